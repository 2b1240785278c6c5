// Size: a few megabytes (the reference article repeated) are counted in linear time — no
// quadratic rule may hide in parsing, quotes or the pull-quote overlap index (DESIGN, PREAMBLE).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, seedBytes } from './helpers.js';

const COPIES = 900; // about 3 MB
const dir = mkdtempSync(join(tmpdir(), 'article-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a large input', () => {
  it(
    'count on ~3 MB finishes and counts every copy',
    async () => {
      const file = join(dir, 'large.txt');
      const copies = Array.from({ length: COPIES }, () => seedBytes().toString('utf8'));
      writeFileSync(file, copies.join('\n\n'));
      const r = await cli(['count', '--json', file]);
      expect(r.code).toBe(0);
      const [counts] = JSON.parse(r.stdout);
      expect(counts.words).toBe(508 * COPIES);
      expect(counts.sentences).toBe(34 * COPIES);
    },
    60_000,
  );

  it(
    'one enormous block (no blank lines) is no slower',
    async () => {
      const text = seedBytes().toString('utf8').replace(/\n+/g, ' ');
      const r = await cli(['count', '--json', '-'], { stdin: Array.from({ length: 600 }, () => text).join(' ') });
      expect(JSON.parse(r.stdout)[0].words).toBe(508 * 600);
    },
    60_000,
  );
});
