// The reference article (spec §7): every field of seed-expected.json, and the plain output of
// `essentials` and `quotes` byte for byte.
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../src/load.js';
import { cli, SEED, seedBytes, specFile } from './helpers.js';

const expected = JSON.parse(specFile('seed-expected.json'));
const { article, warnings } = loadArticle(SEED, seedBytes());

describe('the reference article through loadArticle', () => {
  it('loads without warnings, as UTF-8 plain text', () => {
    expect(warnings).toEqual([]);
    expect(article.encoding).toBe('utf-8');
    expect(article.format).toBe('text');
    expect(article.file).toBe(expected.file);
  });

  it.each(['title', 'language', 'lead', 'headings', 'essentials', 'pullQuotes', 'quotes', 'sections'])('%s', (field) => {
    expect((article as unknown as Record<string, unknown>)[field]).toEqual(expected[field]);
  });

  it.each(['words', 'sentences', 'readingMinutes'])('counts.%s', (field) => {
    expect((article.counts as unknown as Record<string, unknown>)[field]).toBe(expected.counts[field]);
  });

  it('counts.parts, which add up to the words', () => {
    expect(article.counts.parts).toEqual(expected.counts.parts);
    const sum = Object.values(article.counts.parts).reduce((a, b) => a + b, 0);
    expect(sum).toBe(article.counts.words);
  });
});

describe('the reference article through the CLI', () => {
  it('essentials prints seed-essentials.txt', async () => {
    const r = await cli(['essentials', SEED]);
    expect(r).toEqual({ code: 0, stdout: specFile('seed-essentials.txt'), stderr: '' });
  });

  it('quotes prints seed-quotes.txt', async () => {
    const r = await cli(['quotes', SEED]);
    expect(r).toEqual({ code: 0, stdout: specFile('seed-quotes.txt'), stderr: '' });
  });

  it('essentials --json gives the box', async () => {
    const r = await cli(['essentials', '--json', SEED]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected.essentials);
  });

  it('quotes --json gives text, kind and block', async () => {
    const r = await cli(['quotes', '--json', SEED]);
    expect(JSON.parse(r.stdout)).toEqual(expected.quotes);
  });
});
