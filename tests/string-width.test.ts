// The string-width stand-in against string-width itself: every BMP character alone and in
// company, with and without colour codes, under both ANSI options.
import realStringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import stringWidth from '../src/render/string-width.js';

const SURROGATES = [0xd800, 0xdfff];
function* bmp(): Generator<string> {
  for (let code = 0; code <= 0xffff; code++) if (code < SURROGATES[0]! || code > SURROGATES[1]!) yield String.fromCharCode(code);
}

describe('stringWidth', () => {
  it('gives what string-width gives for every BMP character', () => {
    const differing: string[] = [];
    for (const char of bmp()) {
      if (stringWidth(char) !== realStringWidth(char)) differing.push(char.charCodeAt(0).toString(16));
    }
    expect(differing).toEqual([]);
  });

  it.each([
    ['plain Latin text', 'Soleimani’s wraak – “dat is één ding”… ‹oui› ‰ €', undefined],
    ['text with colour codes', '\u001b[1mZürich\u001b[22m — straße', undefined],
    ['colour codes counted', '\u001b[1mZürich\u001b[22m', { countAnsiEscapeCodes: true }],
    ['ambiguous characters wide', '‘quote’ ±', { ambiguousIsNarrow: false }],
    ['a combining accent', 'e\u0301te', undefined],
    ['CJK and emoji', '日本語 😀 ‼️', undefined],
    ['a soft hyphen', 'Donau\u00addampf', undefined],
    ['an empty text', '', undefined],
  ])('gives what string-width gives for %s', (_name, text, options) => {
    expect(stringWidth(text, options)).toBe(realStringWidth(text, options));
  });

  it('gives what string-width gives for strings of characters around the fast ranges', () => {
    // Neighbours of every range edge, mixed: joins across characters would show here.
    const edges = [0x1f, 0x20, 0x7e, 0x7f, 0x9f, 0xa0, 0xac, 0xad, 0xae, 0x2ff, 0x300, 0x301, 0x200d, 0x2010, 0x2027, 0x2028, 0x202f, 0x2030, 0x203c, 0x2049, 0x205e, 0x205f, 0x20ac, 0x24ff, 0x2500, 0x257f, 0x2580, 0xfe0f];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 1 + (next() % 6) }, () => String.fromCharCode(edges[next() % edges.length]!)).join('');
      expect(stringWidth(text), JSON.stringify(text)).toBe(realStringWidth(text));
    }
  });

  it('gives what string-width gives for long texts, which it measures in pieces', () => {
    // Clusters that a careless cut would split: emoji joined by ZWJ, skin tones, flags, marks,
    // variation selectors, Hangul jamo, surrogate pairs; and the ASCII and CJK it cuts before.
    const parts = ['日', 'か', 'a', ' ', '👩\u200d💻', '👍🏽', '🇯🇵', 'e\u0301', '葛\u{e0100}', '\u1100\u1161', '가', '𠀋', '\u0600a', '\u3099', '\u001b[1m', '\u001b[22m', 'ẞ'];
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 40; i++) {
      const text = Array.from({ length: 1500 + (next() % 3000) }, () => parts[next() % parts.length]).join('');
      expect(text.length).toBeGreaterThan(2048);
      expect(stringWidth(text), `text ${i}`).toBe(realStringWidth(text));
    }
  });
});
