// `count` without --json leaves pull quotes unfound (ParseOptions.pullQuotes false): its totals
// must be exactly those of the article with them found, whatever the article.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle, loadParser } from '../src/load.js';
import type { Article, Block } from '../src/model.js';
import { cli, lines, ROOT } from './helpers.js';

/** Every article the project holds in a format whose pull quotes are inferred or marked. */
function inputs(): { name: string; text: string }[] {
  const found: { name: string; text: string }[] = [];
  const add = (path: string): void => void found.push({ name: path, text: readFileSync(join(ROOT, path), 'utf8') });
  for (const name of readdirSync(join(ROOT, 'articles'))) add(`articles/${name}`);
  for (const format of ['text', 'markdown']) {
    for (const entry of readdirSync(join(ROOT, 'tests/fixtures', format), { withFileTypes: true })) {
      const folder = `tests/fixtures/${format}/${entry.name}`;
      if (!entry.isDirectory()) continue;
      for (const file of readdirSync(join(ROOT, folder))) if (/^input\.(?:txt|md)$/.test(file)) add(`${folder}/${file}`);
    }
  }
  return found;
}

function load(name: string, text: string, pullQuotes: boolean): Article {
  return loadArticle(name, Buffer.from(text), { summarySentences: 0, pullQuotes }).article;
}

/** The blocks as they are with pull quotes left unfound: each pull quote a paragraph. */
function unfound(blocks: Block[]): Block[] {
  return blocks.map((block) => (block.type === 'pullquote' ? { type: 'paragraph', text: block.text, block: block.block } : block));
}

const totals = ({ counts }: Article): [number, number, number] => [counts.words, counts.sentences, counts.readingMinutes];

beforeAll(async () => {
  await loadParser('markdown');
});

describe('pull quotes left unfound', () => {
  const cases = inputs();

  it.each(cases)('$name: the same totals, and each pull quote a paragraph', ({ name, text }) => {
    const found = load(name, text, true);
    const left = load(name, text, false);
    expect(totals(left)).toEqual(totals(found));
    // Plain text infers pull quotes and leaves them; Markdown marks them, so they stay.
    if (name.endsWith('.txt')) {
      expect(left.blocks.some((block) => block.type === 'pullquote')).toBe(false);
      expect(left.blocks).toEqual(unfound(found.blocks));
    } else {
      expect(left.blocks).toEqual(found.blocks);
    }
  });

  it('the articles above hold pull quotes to leave unfound', () => {
    const withPullQuotes = cases.filter(({ name, text }) => name.endsWith('.txt') && load(name, text, true).pullQuotes.length > 0);
    expect(withPullQuotes.length).toBeGreaterThanOrEqual(2);
  });

  // Articles made of paragraphs, their short repeats and short quoted blocks: the blocks the
  // pull-quote rules take, among lists, headings and a box.
  const sentence = fc
    .array(fc.constantFrom('the', 'council', 'voted', 'Harbour', 'ferry', 'night', 'rates', '14.886', 'dr.', 'F-16’s', '—'), {
      minLength: 3,
      maxLength: 14,
    })
    .map((words) => `${words.join(' ')}.`);
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));
  const block = fc.oneof(
    paragraph,
    paragraph.map((text) => `“${text.replace(/\.$/, '')},” she said.`),
    paragraph.map((text) => `"${text}"`),
    fc.constantFrom('Key points', '- one item.\n- another item.', 'A heading here', 'Council votes'),
  );
  const articleText = fc
    .tuple(fc.array(block, { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 4 }))
    .map(([blocks, repeats]) => {
      // A repeat of a block's first sentence, quoted or bare, put somewhere else.
      for (const [from, to, quoted] of repeats) {
        const first = blocks[from % blocks.length]!.split('. ')[0]!.replace(/\.$/, '');
        blocks.splice(to % (blocks.length + 1), 0, quoted ? `“${first}.”` : `${first}.`);
      }
      return blocks.join('\n\n');
    });

  it('any article: the same totals, and no other block changes', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const found = load('property.txt', text, true);
        const left = load('property.txt', text, false);
        expect(totals(left)).toEqual(totals(found));
        expect(left.blocks).toEqual(unfound(found.blocks));
      }),
      { numRuns: 200 },
    );
  });
});

describe('count', () => {
  it('prints the totals that count --json gives, pull quotes found', async () => {
    const files = inputs().map(({ name }) => name);
    const plain = await cli(['count', ...files]);
    const json = JSON.parse((await cli(['count', '--json', ...files])).stdout) as Article['counts'][];
    expect(plain.code).toBe(0);
    const expected = json.map(({ words, sentences }, i) => `${words} words ${sentences} sentences ${files[i]}`);
    expect(lines(plain.stdout).slice(0, -1).map((line) => line.replace(/\s+/g, ' ').replace(/ \d+ min /, ' ').trim())).toEqual(expected);
  });
});
