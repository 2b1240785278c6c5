// Pathological inputs (issue: hardening): each finishes in seconds through every reading
// command, exits 0 and prints no internal error. Bounds are vitest timeouts, not timings.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'article-pathological-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
  ['a million opening quote marks.txt', () => `${'“'.repeat(1_000_000)} a b ${'”'.repeat(1_000_000)}`, 2],
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
});
