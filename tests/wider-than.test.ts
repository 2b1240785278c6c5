// Whether a rendered line is wider than the terminal, told without measuring all of a long one.
import { describe, expect, it } from 'vitest';
import { widerThan, width } from '../src/render/ansi.js';

describe('widerThan', () => {
  it.each([
    // [text, columns, wider]
    ['', 0, false],
    ['abc', 3, false],
    ['abcd', 3, true],
    ['日本語', 6, false],
    ['日本語', 5, true],
    ['\x1b[1mabc\x1b[22m', 3, false],
    // Long texts, judged from their start where that is enough.
    ['日'.repeat(100_000), 80, true],
    ['a'.repeat(100_000), 99_999, true],
    ['a'.repeat(100_000), 100_000, false],
    // Zero-width characters fill the start: the whole text is measured.
    [`${'e\u0301'.repeat(50)}`, 60, false],
    [`${'\u0301'.repeat(500)}ab`, 1, true],
    [`${'\u0301'.repeat(500)}a`, 1, false],
  ])('%j at %i columns: %s', (text, columns, wider) => {
    expect(widerThan(text, columns)).toBe(wider);
    expect(widerThan(text, columns)).toBe(width(text) > columns);
  });
});
