// The pull-quote index (typed arrays, each text indexed once, answers remembered by text)
// against a straightforward reimplementation: a Set of keys per block part, every part
// compared by brute force. Two parts of one block share its id (a paragraph and the list
// under it), which a block passes over when it asks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PULL_QUOTE_PROBES, PULL_QUOTE_OVERLAP } from '../src/config.js';
import { contentKeys, OverlapIndex, type ProseBlock } from '../src/analyse/overlap.js';
import { countWords } from '../src/analyse/words.js';

const STOP: ReadonlySet<string> = new Set(['the', 'a', 'of', 'de', 'het']);
const VOCAB = ['the', 'a', 'of', 'dike', 'dikes', 'water', 'waterboard', 'board', 'crack', 'cracks', 'closed', 'village', 'traffic', 'de', 'het', 'Dike', 'dijk', 'dijken', '—', '高铁', '项目'];

/** The reference: every part of every block, answered by brute force (no dedupe, no cache). */
function reference(blocks: ProseBlock[], id: number, text: string): boolean {
  const keys = contentKeys(text, STOP);
  if (keys.size === 0) return false;
  const needed = Math.ceil(keys.size * PULL_QUOTE_OVERLAP - 1e-9);
  const words = countWords(text);
  return blocks.some((other) => {
    if (other.id === id || other.words <= words) return false;
    const otherKeys = contentKeys(other.text, STOP);
    let hits = 0;
    for (const key of keys) if (otherKeys.has(key)) hits++;
    return hits >= needed;
  });
}

const text = fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
// Blocks with ids 1, 2, 3… where a block may have two parts of the same id (paragraph + list).
const article = fc.array(fc.tuple(text, fc.option(text, { nil: undefined })), { minLength: 1, maxLength: 12 }).map((parts) => {
  const blocks: ProseBlock[] = [];
  parts.forEach(([first, second], i) => {
    for (const t of second === undefined ? [first] : [first, second]) blocks.push({ id: i + 1, text: t, words: countWords(t) });
  });
  return blocks;
});

describe('OverlapIndex agrees with a Set per block part', () => {
  it('on random articles of a small vocabulary (ids unique per part)', () => {
    fc.assert(
      fc.property(article.map((bs) => bs.map((b, i) => ({ ...b, id: i + 1 }))), (blocks) => {
        const index = new OverlapIndex(blocks, STOP, blocks.reduce((n, b) => n + b.words, 0));
        for (const b of blocks) expect(index.repeatsLongerBlock(b.id, b.text)).toBe(reference(blocks, b.id, b.text));
      }),
      { numRuns: 1000 },
    );
  });

  it('with a fresh index per question, parts sharing an id', () => {
    fc.assert(
      fc.property(article, fc.nat(), (blocks, pick) => {
        const b = blocks[pick % blocks.length]!;
        const index = new OverlapIndex(blocks, STOP, blocks.reduce((n, x) => n + x.words, 0));
        expect(index.repeatsLongerBlock(b.id, b.text)).toBe(reference(blocks, b.id, b.text));
      }),
      { numRuns: 3000 },
    );
  });

  it('one index answering every part in turn, parts sharing an id (remembered answers)', () => {
    fc.assert(
      fc.property(article, (blocks) => {
        const index = new OverlapIndex(blocks, STOP, blocks.reduce((n, b) => n + b.words, 0));
        for (const b of blocks) expect(index.repeatsLongerBlock(b.id, b.text)).toBe(reference(blocks, b.id, b.text));
      }),
      { numRuns: 3000 },
    );
  });

  it('a repeat found among more than MAX_PULL_QUOTE_PROBES longer blocks sharing one key (rarest keys walked first)', () => {
    const n = MAX_PULL_QUOTE_PROBES + 5;
    const blocks: ProseBlock[] = [];
    for (let i = 0; i < n; i++) { const t = `dike crack${i} village${i} traffic${i} other${i} more${i} extra${i}`; blocks.push({ id: i + 1, text: t, words: countWords(t) }); }
    const last = 'dike waterboard closed village traffic crack more words here';
    blocks.push({ id: n + 1, text: last, words: countWords(last) });
    const quote = 'dike waterboard closed';
    blocks.push({ id: n + 2, text: quote, words: countWords(quote) });
    const index = new OverlapIndex(blocks, STOP, blocks.reduce((s, x) => s + x.words, 0));
    expect(reference(blocks, n + 2, quote)).toBe(true);
    expect(index.repeatsLongerBlock(n + 2, quote)).toBe(true);
  });
});

describe('copies and remembered answers, where the asking block has two parts', () => {
  const L = 'dike crack village traffic closed waterboard';
  const S = 'dike crack village';
  const block = (id: number, t: string): ProseBlock => ({ id, text: t, words: countWords(t) });

  it('a copy of a longer text in another block counts when the first copy is in the asking block', () => {
    // Block 1: a paragraph part S and a longer part L; block 2 repeats L verbatim.
    const blocks = [block(1, S), block(1, L), block(2, L)];
    expect(reference(blocks, 1, S)).toBe(true);
    const index = new OverlapIndex(blocks, STOP, 100);
    expect(index.repeatsLongerBlock(1, S)).toBe(true);
  });

  it('a repeat found in a block holds for the other copies of the text, not for that block', () => {
    // Block 1: S alone; block 2: S with the longer L under it. Block 1's S repeats L (block 2);
    // block 2's own S does not, as L is its own part.
    const blocks = [block(1, S), block(2, S), block(2, L)];
    const index = new OverlapIndex(blocks, STOP, 100);
    expect(index.repeatsLongerBlock(1, S)).toBe(true);
    expect(index.repeatsLongerBlock(2, S)).toBe(false);
  });

  it('the answer for a text does not depend on which block asked first', () => {
    // Block 1: S with the longer L as its second part; block 2: S alone, which repeats L.
    const blocks = [block(1, S), block(1, L), block(2, S)];
    expect(reference(blocks, 1, S)).toBe(false);
    expect(reference(blocks, 2, S)).toBe(true);
    const index = new OverlapIndex(blocks, STOP, 100);
    expect(index.repeatsLongerBlock(1, S)).toBe(false);
    expect(index.repeatsLongerBlock(2, S)).toBe(true);
  });
});
