// The batch progress line: sized to the terminal so it never wraps (a wrapped line leaves a
// row that `\r\x1b[2K` cannot erase), and redrawn at most every 100 ms.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { Progress } from '../src/batch/progress.js';

/** The lines a run of `files` inputs (every third one failing) draws on a terminal `columns` wide. */
function drawn(columns: number | undefined, files: number, counted: boolean): string[] {
  let out = '';
  let clock = 0;
  const progress = new Progress({ write: (text: string) => void (out += text) }, columns, () => (clock += 1_000));
  if (counted) progress.setTotal(files);
  for (let i = 1; i <= files; i++) progress.advance(i % 3 === 0);
  progress.clear();
  return out.split('\r\x1b[2K').filter((line) => line !== '');
}

describe('Progress', () => {
  it.each([
    [80, true],
    [40, true],
    [30, true],
    [30, false],
    [12, true],
    [2, true],
    [1, false],
  ])('on %i columns (total known: %s) every line is narrower than the terminal', (columns, counted) => {
    const lines = drawn(columns, 1_234, counted);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(Math.max(1, columns - 1));
  });

  it('draws a bar of 20 cells on a wide terminal, and the end full', () => {
    const lines = drawn(200, 12, true);
    expect(lines.at(-1)).toBe(`article: ${'█'.repeat(20)} 12/12 files, 4 failed`);
  });

  it('narrows the bar to what is left beside the counter on 40 columns', () => {
    const last = drawn(40, 12, true).at(-1)!;
    expect(last).toBe(`article: ${'█'.repeat(8)} 12/12 files, 4 failed`);
    expect(stringWidth(last)).toBe(39);
  });

  it('drops the bar when it would be too short to show anything, keeping the counter', () => {
    expect(drawn(30, 12, true).at(-1)).toBe('article: 12/12 files, 4 failed'.slice(0, 29));
  });

  it('assumes 80 columns when the terminal does not say', () => {
    expect(drawn(undefined, 12, true).at(-1)).toBe(`article: ${'█'.repeat(20)} 12/12 files, 4 failed`);
  });
});
