// Pathological inputs (issue: hardening): each finishes in seconds through every reading
// command, exits 0 and prints no internal error. Bounds are vitest timeouts, not timings.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticle, loadParser } from '../src/load.js';
import { width } from '../src/render/ansi.js';
import { cli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'article-pathological-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Japanese paragraph of 1 MB with no space in it: string-width alone took minutes to measure a fifth of it. */
const JAPANESE_SENTENCE = '市は十二日、新しい博物館を開館したと発表した。館長は「この博物館は市民のためのものです」と語った。';
const JAPANESE_PARAGRAPH_BYTES = 1024 * 1024;
const WRAP_COLUMNS = 80;

const ONE_WORD_PARAGRAPHS = Array.from({ length: 100_000 }, (_, i) => `Woord${i % 50}`).join('\n\n');
const CASES: [name: string, text: () => string, words: number | null][] = [
  ['10,000 nested quote levels.md', () => `${'>'.repeat(10_000)} deep`, 1],
  ['3,000 nested list levels.md', () => Array.from({ length: 3_000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'), 3_000],
  ['a single 10 MB line.md', () => 'word '.repeat(2 * 1024 * 1024), 2 * 1024 * 1024],
  ['a single 10 MB line.txt', () => 'word '.repeat(2 * 1024 * 1024), 2 * 1024 * 1024],
  ['100,000 one-word paragraphs.txt', () => ONE_WORD_PARAGRAPHS, 100_000],
  ['100,000 one-word paragraphs.md', () => ONE_WORD_PARAGRAPHS, 100_000],
  ['a table of 100,000 rows.md', () => `|a|b|\n|-|-|\n${'|x|y|\n'.repeat(100_000)}`, 200_002],
  ['200,000 unclosed emphasis marks.md', () => `${'*a '.repeat(200_000)}\n\n${'['.repeat(100_000)}`, 200_000],
  ['100,000 stars around a letter.md', () => `${'*'.repeat(50_000)}x${'*'.repeat(50_000)}`, 1],
  ['100,000 underscores around a letter.md', () => `${'_'.repeat(50_000)}x${'_'.repeat(50_000)}`, 1],
  ['100,000 setext headings without a blank line.md', () => 'Kop\n-\n'.repeat(100_000), 100_000],
  ['50,000 lines over a delimiter row of two cells.md', () => 'a\n-|-\n'.repeat(50_000), null],
  ['500,000 unclosed processing instructions.md', () => '<?'.repeat(500_000), null],
  ['150,000 unclosed script tags.md', () => '<script'.repeat(150_000), null],
  ['150,000 unclosed script tags and a > at the end.md', () => `<div>${'<script'.repeat(150_000)}>`, null],
  ['500,000 unclosed tags in an HTML block.md', () => `<div>${'<a'.repeat(500_000)}`, null],
  ['a URL before 160,000 exclamation marks.md', () => `https://a.b/${'!'.repeat(160_000)}`, 1],
  ['a scheme without a host before 160,000 exclamation marks.md', () => `https://${'!'.repeat(160_000)}`, 1],
  ['a URL in a code span before 160,000 exclamation marks.md', () => `\`https://a.b\`${'!'.repeat(160_000)}`, 1],
  ['a scheme without a host before an 160,000-character address run.md', () => `https://!${'a.'.repeat(80_000)}@b`, 1],
  ['an autolink over 100,000 setext headings.md', () => `<https://a.b>\n${'Kop\n-\n'.repeat(100_000)}`, null],
  ['inline HTML over 100,000 setext headings.md', () => `Kop\n-\n<b>bold</b> start\n${'Kop\n-\n'.repeat(100_000)}`, null],
  ['inline HTML over 50,000 delimiter rows.md', () => `para\n<i>x</i>\n${'a\n-|-\n'.repeat(50_000)}`, null],
  ['160,000 lines, every other one numbered alike, in one block.txt', () => `Titel\n\n${'woord\n3. maart\n'.repeat(80_000)}`, 240_001],
  ['200,000 unclosed span elements.html', () => `<html><body><p>${'<span>x '.repeat(200_000)}</p></body></html>`, 200_000],
  ['200,000 unclosed div elements.html', () => `<!doctype html><body>${'<div>'.repeat(200_000)}word`, 1],
  ['a paragraph of 1.6 million character references.html', () => `<!doctype html><body><p>Lead text here.</p><p>${'&amp;x'.repeat(1_600_000)}</p>`, 4],
  ['a paragraph of 10 MB under 120 div elements.html', () => `<!doctype html><body>${'<div>'.repeat(120)}<p>${'word '.repeat(2 * 1024 * 1024)}</p>`, 2 * 1024 * 1024],
  ['a million opening quote marks.txt', () => `${'“'.repeat(1_000_000)} a b ${'”'.repeat(1_000_000)}`, 2],
  // Last: a worker that has read the large pages before reads more slowly (the 200,000 div elements took twice as long after these).
  ['30,000 short paragraphs in a headline\'s header.html', () => `<!doctype html><body><header><h1>Kop</h1><div>${'<p>Kort woord</p>'.repeat(30_000)}</div></header>`, null],
  ['a <title> of 64,000 parts around its heading.html', () => `<!doctype html><head><title>Long site name here | ${'x | '.repeat(64_000)}Long site name here</title></head><body><h1>x</h1><p>Lead text here.</p>`, null],
];

describe('pathological input', () => {
  it.each(CASES)('%s: count, read, quotes and essentials finish and exit 0', async (name, text, words) => {
    const file = join(dir, name);
    writeFileSync(file, text());
    for (const command of ['count', 'read', 'quotes', 'essentials']) {
      const r = await cli([command, file]);
      expect(r.code, `${command}: ${r.stderr}`).toBe(0);
      expect(r.stderr).not.toMatch(/internal error/);
    }
    const counts = JSON.parse((await cli(['count', '--json', file])).stdout)[0];
    if (words !== null) expect(counts.words).toBe(words);
  }, 120_000);

  it('hundreds of setext headings without blank lines read as with them; fenced code keeps its lines', async () => {
    await loadParser('markdown');
    const headings = Array.from({ length: 300 }, (_, i) => `Heading ${i}\n---`);
    const tight = loadArticle('tight.md', Buffer.from(`# Title\n\n${headings.join('\n')}\n`)).article;
    const loose = loadArticle('loose.md', Buffer.from(`# Title\n\n${headings.join('\n\n')}\n`)).article;
    expect(tight.headings).toHaveLength(300);
    expect(tight.blocks).toEqual(loose.blocks);
    const code = headings.join('\n');
    const fenced = loadArticle('fenced.md', Buffer.from(`# Title\n\nThe lead.\n\n\`\`\`\n${code}\n\`\`\`\n`)).article;
    expect(fenced.blocks.at(-1)).toMatchObject({ type: 'code', text: code });
  });

  it.each([
    ['an unclosed tag in an HTML block', '<div>if a <b then words follow\n', 'if a <b then words follow'],
    ['an unclosed instruction in an HTML block', '<div>x <? y words</div>\n', 'x <? y words'],
    ['tags and an instruction closed', '<div>a <b>bold</b> <?php x ?> c</div>\n', 'a bold c'],
    ['an opening <style that no > ends', '<div>\nthe <style of writing matters here\n', 'the <style of writing matters here'],
    ['a script and a style, one unclosed', '<div>a <SCRIPT type="x">var b;</script > c <style>.d{}', 'a c'],
    ['an unterminated control sequence in an element', '<div><b>alpha&#27;]</b> lost words here.</div>\n', 'alpha lost words here.'],
  ])('%s shows its words', async (_case, html, text) => {
    await loadParser('markdown');
    const { article } = loadArticle('x.md', Buffer.from(`# Title\n\nThe lead.\n\n${html}`));
    expect(article.blocks.map((block) => ('text' in block ? block.text : '')).join(' ').replace(/\s+/g, ' ')).toContain(text);
  });

  it.each([
    ['a table of 300 rows of dashes', `| a | b |\n|---|---|\n${'| - | - |\n'.repeat(300)}`],
    ['indented code of 300 rules', `    code\n${'    ----\n'.repeat(300)}`],
    ['fenced code in a blockquote', `> \`\`\`\n${'> a\n> ---\n'.repeat(300)}> \`\`\`\n`],
    ['an HTML block', `<div>\n${'a\n---\n'.repeat(300)}</div>\n`],
    ['an HTML block of an element of its own', `<news-box class="x">\n${'a\n---\n'.repeat(300)}</news-box>\n`],
  ])('%s is read as it is written, with no blank lines put in', async (_case, body) => {
    await loadParser('markdown');
    const read = (text: string) => loadArticle('x.md', Buffer.from(`# Title\n\nThe lead.\n\n${text}`)).article.blocks;
    const blocks = read(body);
    // One block or a few, and no blank line put into any text (code keeps its lines).
    expect(blocks.length).toBeLessThan(10);
    expect(JSON.stringify(blocks)).not.toMatch(/-\\n\\n/);
  });

  it('a long run of * or _ beside text is read as those characters, in Markdown, with no warning; alone on its line it is a rule', async () => {
    await loadParser('markdown');
    const run = '*'.repeat(400);
    const { article, warnings } = loadArticle('runs.md', Buffer.from(`# Title\n\nThe lead, long enough to be a lead: ${run}x${'_'.repeat(400)} and **bold** too.\n\n${run}\n\nAfter the rule.\n`));
    expect(warnings).toEqual([]);
    // Over the limit, every mark of the paragraph is a character, those of **bold** too.
    expect(article.lead).toBe(`The lead, long enough to be a lead: ${run}x${'_'.repeat(400)} and **bold** too.`);
    expect(article.blocks.map((block) => block.type)).toEqual(['title', 'lead', 'paragraph']);
  });

  it('a 1 MB paragraph of Japanese, read wrapped to 80 columns, finishes: no line wider, none starting with 。 or 、', async () => {
    const file = join(dir, 'japanese paragraph.txt');
    const repeats = Math.ceil(JAPANESE_PARAGRAPH_BYTES / Buffer.byteLength(JAPANESE_SENTENCE));
    writeFileSync(file, `見出し\n\n${JAPANESE_SENTENCE.repeat(repeats)}\n`);
    const r = await cli(['read', '--width', String(WRAP_COLUMNS), file]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = r.stdout.split('\n');
    expect(lines.length).toBeGreaterThan(repeats);
    expect(lines.filter((line) => width(line) > WRAP_COLUMNS)).toEqual([]);
    expect(lines.filter((line) => /^[。、」]/u.test(line))).toEqual([]);
  }, 120_000);

  it('a word of 200,000 letters é, read wrapped to 80 columns, finishes: cut into full lines, no letter lost', async () => {
    const file = join(dir, 'long word.txt');
    const word = 'é'.repeat(200_000);
    writeFileSync(file, `Titre\n\nUn mot : ${word} fin.\n`);
    const r = await cli(['read', '--width', String(WRAP_COLUMNS), file]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = r.stdout.split('\n');
    expect(lines.filter((line) => width(line) > WRAP_COLUMNS)).toEqual([]);
    expect(lines.filter((line) => line === 'é'.repeat(WRAP_COLUMNS)).length).toBeGreaterThan(2_000);
    expect(lines.join('').replace(/[^é]/gu, '')).toHaveLength(200_000);
  }, 60_000);
});
