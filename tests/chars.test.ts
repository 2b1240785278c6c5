// The shared character tests against the Unicode regexes they stand for, over every code point
// of the Basic Multilingual Plane and a sample of the others: ASCII arithmetic and the per-character
// cache must answer exactly as the regex would.
import { describe, expect, it } from 'vitest';
import { hasWord, isLatin, isPunctuationOrSymbol, isLetter, isLetterOrDigit, isUpperCase, startsWithWord, trimToWord } from '../src/analyse/chars.js';
import { startsWithElidedWord, startsWithElidedYear } from '../src/analyse/quotes.js';
import { withoutElidedPrefix } from '../src/analyse/sentences.js';
import { FIRST_UNSPACED_CODE } from '../src/analyse/words.js';

const SUPPLEMENTARY_STEP = 97;
const LAST_CODE_POINT = 0x10ffff;

function codePoints(): number[] {
  const codes: number[] = [];
  for (let code = 0; code <= 0xffff; code++) codes.push(code);
  for (let code = 0x10000; code <= LAST_CODE_POINT; code += SUPPLEMENTARY_STEP) codes.push(code);
  return codes;
}

describe('character tests agree with their Unicode regexes', () => {
  const cases: [string, (code: number) => boolean, RegExp][] = [
    ['isLetterOrDigit', isLetterOrDigit, /^[\p{L}\p{N}]$/u],
    ['isLetter', isLetter, /^\p{L}$/u],
    ['isUpperCase', isUpperCase, /^\p{Lu}$/u],
    ['isLatin', isLatin, /^\p{Script=Latin}$/u],
    ['isPunctuationOrSymbol', isPunctuationOrSymbol, /^[\p{P}\p{S}]$/u],
  ];
  it.each(cases)('%s', (_name, test, pattern) => {
    const disagree = codePoints().filter((code) => test(code) !== pattern.test(String.fromCodePoint(code)));
    expect(disagree).toEqual([]);
  });

  it('no character below FIRST_UNSPACED_CODE is of a script written without spaces', () => {
    const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
    const below = codePoints().filter((code) => code < FIRST_UNSPACED_CODE && unspaced.test(String.fromCodePoint(code)));
    expect(below).toEqual([]);
    expect(unspaced.test(String.fromCodePoint(FIRST_UNSPACED_CODE + 1))).toBe(true);
  });
});

describe('trimToWord', () => {
  it.each([
    ['“Soleimani’s,', 'Soleimani’s'],
    ['(dr.', 'dr'],
    ['word', 'word'],
    ['—', ''],
    ['', ''],
    ['«\u00a0Nous\u00a0»', 'Nous'],
    ['"𝐀bc𝐙"', '𝐀bc𝐙'],
    ['\ud800x\udc00', 'x'],
    ['x\ud800', 'x'],
    ['😀F-16’s😀', 'F-16’s'],
  ])('%j → %j', (token, expected) => {
    expect(trimToWord(token)).toBe(expected);
  });

  it('agrees with the regex it replaces on tokens of mixed characters', () => {
    const edge = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
    const pieces = ['a', 'É', '1', '٣', '’', '“', '.', ',', '😀', '𝐀', '\ud800', '\udc00', '-', ' ', '中'];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) {
      const token = a + b + c;
      expect(trimToWord(token), JSON.stringify(token)).toBe(token.replace(edge, ''));
    }
  });
});

describe('hasWord and startsWithWord', () => {
  it.each([
    ['***', false, false],
    ['---', false, false],
    ['— 14', true, false],
    ['Einde', true, true],
    ['中文', true, true],
    ['', false, false],
    ['\ud835', false, false],
  ])('%j: has a word %s, starts with one %s', (text, has, starts) => {
    expect(hasWord(text)).toBe(has);
    expect(startsWithWord(text)).toBe(starts);
  });
});

describe('elided words and years agree with the regexes they replace', () => {
  const word = /^(?:(?:s|t|n|k|m|r|em|[tT]is|[tT]was|til|cause)(?![\p{L}\p{N}])|[nN]['’])/u;
  const year = /^\d\ds?(?![\p{L}\p{N}])/u;
  const starts = ['s', 't', 'n', 'N', 'k', 'm', 'r', 'em', 'tis', 'Tis', 'twas', 'Twas', 'til', 'cause', 'T', 'S', '9', '90', '90s', '2', 'x', ''];
  const ends = ['', ' ', 's', 'x', '1', '’', "'", ',', 'é', '中', '😀', '𝐀', '\ud800', '\udc00', '-'];
  it('on every start followed by two of the ends', () => {
    const texts = starts.flatMap((start) => ends.flatMap((a) => ends.map((b) => start + a + b)));
    expect(texts.filter((text) => startsWithElidedWord(text) !== word.test(text))).toEqual([]);
    expect(texts.filter((text) => startsWithElidedYear(text) !== year.test(text))).toEqual([]);
  });
});

describe('withoutElidedPrefix agrees with the regex it replaces', () => {
  // The regex as it was. The scan differs from it only where /iu case-folds: the Kelvin sign
  // (U+212A) and the long s (U+017F) pass for `k` and `s` in [a-z], and the combining
  // ypogegrammeni (U+0345), a mark, folds to ι and so passes for a letter in \p{L}. None of
  // them starts or follows an elided word in real text, so the tokens leave them out.
  const ELIDED_PREFIX = /^[a-z]{1,5}['’](?=\p{L}{2})/iu;
  const prefixes = ['', 'l', 'L', 'd', 'qu', 'dell', 'nell', 'quell', 'quelqu', 'a1', 'é', '1'];
  const marks = ['', "'", '’', '‘', '`'];
  const rests = ['', 'a', 'art', 'ART', 'env', 'é', 'éé', 'a1', '1a', 's', 'ßa', 'Ωμ', '𝐀𝐁', '𝐀', '𝐀1', 'a.', 'à-d', "a'b"];
  const tokens = prefixes.flatMap((prefix) => marks.flatMap((mark) => rests.map((rest) => prefix + mark + rest)));
  it(`on ${tokens.length} tokens`, () => {
    const disagree = tokens.filter((token) => withoutElidedPrefix(token) !== token.replace(ELIDED_PREFIX, ''));
    expect(disagree).toEqual([]);
    expect(tokens.filter((token) => withoutElidedPrefix(token) !== token).length).toBeGreaterThan(50);
  });
});
