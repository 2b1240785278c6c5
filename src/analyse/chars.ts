import { lazy } from '../lazy.js';

// Character classes by code point, asked by every rule on every character. ASCII is answered by
// arithmetic; any other character by one Unicode regex, once per distinct character, and then
// remembered. Regexes with Unicode properties (`\p{L}`) take V8 0.1 to 0.8 ms each to compile,
// so one shared test instead of one such regex per rule is most of a short article's run time.

/**
 * A remembered one-character test: each character meets the regex once, and the regex is
 * made on the first character that needs it (making one costs too; many runs need none).
 */
function cachedTest(source: string): (code: number) => boolean {
  const known = new Map<number, boolean>();
  const pattern = lazy(() => new RegExp(source, 'u'));
  return (code) => {
    let answer = known.get(code);
    if (answer === undefined) {
      answer = pattern().test(String.fromCodePoint(code));
      known.set(code, answer);
    }
    return answer;
  };
}

const regexLetterOrDigit = cachedTest('^[\\p{L}\\p{N}]$');
const regexLetter = cachedTest('^\\p{L}$');
const regexUpperCase = cachedTest('^\\p{Lu}$');
const regexLatin = cachedTest('^\\p{Script=Latin}$');
const regexPunctuationOrSymbol = cachedTest('^[\\p{P}\\p{S}]$');

const ASCII_LIMIT = 0x80;
// Latin-1 letters and Latin Extended-A and -B (`À` to `ɏ`, less `×` and `÷`) and Latin Extended
// Additional (`Ḁ` to `ỿ`) are all Latin letters; General Punctuation (`’ “ ” – — …`, spaces)
// holds no letter or digit. Most characters of a Western article fall in these ranges, which
// spares the regexes (tests/chars.test.ts checks every code point against them).
const LATIN_1_LETTERS_FROM = 0xc0;
const LATIN_EXTENDED_B_TO = 0x24f;
const MULTIPLICATION_SIGN = 0xd7;
const DIVISION_SIGN = 0xf7;
const LATIN_ADDITIONAL_FROM = 0x1e00;
const LATIN_ADDITIONAL_TO = 0x1eff;
const GENERAL_PUNCTUATION_FROM = 0x2000;
const GENERAL_PUNCTUATION_TO = 0x206f;

/** True, false, or undefined when the ranges above do not tell: is the character a Latin letter? */
function latinLetterByRange(code: number): boolean | undefined {
  if (code >= LATIN_1_LETTERS_FROM && code <= LATIN_EXTENDED_B_TO) return code !== MULTIPLICATION_SIGN && code !== DIVISION_SIGN;
  if (code >= LATIN_ADDITIONAL_FROM && code <= LATIN_ADDITIONAL_TO) return true;
  if (code >= GENERAL_PUNCTUATION_FROM && code <= GENERAL_PUNCTUATION_TO) return false;
  return undefined;
}

function nonAsciiLetterOrDigit(code: number): boolean {
  return latinLetterByRange(code) ?? regexLetterOrDigit(code);
}

function nonAsciiLetter(code: number): boolean {
  return latinLetterByRange(code) ?? regexLetter(code);
}

function nonAsciiLatin(code: number): boolean {
  return latinLetterByRange(code) ?? regexLatin(code);
}

function nonAsciiUpperCase(code: number): boolean {
  return code >= GENERAL_PUNCTUATION_FROM && code <= GENERAL_PUNCTUATION_TO ? false : regexUpperCase(code);
}

/** An ASCII letter, `A`–`Z` or `a`–`z`. */
export function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * White space as a regex's `\s` has it: the ASCII spaces and line ends, no-break spaces
 * (U+00A0, the narrow U+202F), the spaces of set widths (U+2000–U+200A), the ideographic space,
 * the line and paragraph separators and the byte-order mark. Spec §1 counts each as a space.
 */
export function isSpace(code: number): boolean {
  if (code < ASCII_LIMIT) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** A letter or digit of any script (`[\p{L}\p{N}]`): what makes a token a word (spec §5). */
export function isLetterOrDigit(code: number): boolean {
  return code < ASCII_LIMIT ? isAsciiLetter(code) || isAsciiDigit(code) : nonAsciiLetterOrDigit(code);
}

/** A letter of any script (`\p{L}`). */
export function isLetter(code: number): boolean {
  return code < ASCII_LIMIT ? isAsciiLetter(code) : nonAsciiLetter(code);
}

/** An upper-case letter (`\p{Lu}`). */
export function isUpperCase(code: number): boolean {
  return code < ASCII_LIMIT ? code >= 0x41 && code <= 0x5a : nonAsciiUpperCase(code);
}

/** A character of the Latin script (`\p{Script=Latin}`): ASCII letters, `é`, `ß`, `ø`… */
export function isLatin(code: number): boolean {
  return code < ASCII_LIMIT ? isAsciiLetter(code) : nonAsciiLatin(code);
}

/** Punctuation or a symbol (`[\p{P}\p{S}]`): in ASCII, every printable character but letters, digits and space. */
export function isPunctuationOrSymbol(code: number): boolean {
  if (code < ASCII_LIMIT) return code > 0x20 && code < 0x7f && !isAsciiLetter(code) && !isAsciiDigit(code);
  return regexPunctuationOrSymbol(code);
}

/** True when the text has a letter or digit (not `***`, `---`, `—`): what makes a block show words. */
export function hasWord(text: string): boolean {
  for (const char of text) if (isLetterOrDigit(char.codePointAt(0)!)) return true;
  return false;
}

/** True when the text starts with a letter or digit. */
export function startsWithWord(text: string): boolean {
  return text.length > 0 && isLetterOrDigit(text.codePointAt(0)!);
}

/** The text without the characters that are not letters or digits at either end (`“Soleimani’s,` → `Soleimani’s`). */
export function trimToWord(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end) {
    const code = text.codePointAt(start)!;
    if (isLetterOrDigit(code)) break;
    start += code > 0xffff ? 2 : 1;
  }
  while (end > start) {
    // A low surrogate ends a pair that starts one unit earlier.
    const low = text.charCodeAt(end - 1);
    const high = end - 2 >= start ? text.charCodeAt(end - 2) : 0;
    const width = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (isLetterOrDigit(text.codePointAt(end - width)!)) break;
    end -= width;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * The dashes before the name of a quotation's speaker (`“…” — Name`), for a character class:
 * em and en dash, horizontal bar (Japanese `―`), figure dash and the hyphen (typed `--`),
 * each of them also doubled (Chinese `——`).
 */
export const CREDIT_DASHES = '—–―‒-';

/**
 * Characters of Chinese and Japanese, written without spaces between words and two columns
 * wide: CJK radicals, symbols and punctuation (not the ideographic space), kana, bopomofo,
 * ideographs and their extensions, full-width forms. Not Hangul: Korean spaces its words.
 */
export const CJK_WIDE_RANGES: ReadonlyArray<readonly [from: number, to: number]> = [
  [0x2e80, 0x2fff],
  [0x3001, 0x303e],
  [0x3041, 0x312f],
  [0x3190, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

/** A character of CJK_WIDE_RANGES (Chinese and Japanese). */
export function isCjkWide(code: number | undefined): boolean {
  if (code === undefined || code < CJK_WIDE_RANGES[0]![0]) return false;
  return CJK_WIDE_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** The last code point of a text (a surrogate pair read whole), or undefined for an empty one. */
export function lastCodePoint(text: string): number | undefined {
  if (text.length === 0) return undefined;
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xdc00 && last <= 0xdfff && text.length > 1 ? text.codePointAt(text.length - 2) : last;
}

// Quotation marks that Chinese writes between its characters (as full-width, though Unicode
// has them narrow): a break beside one is judged by the character on its other side.
const CJK_CONTEXT_QUOTES = '“”‘’';

/** The character at the end of a text that a soft break there sits beside, looking past one quotation mark. */
function codeBeforeBreak(text: string): number | undefined {
  const last = lastCodePoint(text);
  const quote = last !== undefined && CJK_CONTEXT_QUOTES.includes(String.fromCodePoint(last));
  return quote ? lastCodePoint(text.slice(0, -1)) : last;
}

/** The character at the start of a text that a soft break before it sits beside, looking past one quotation mark. */
function codeAfterBreak(text: string): number | undefined {
  const first = text.codePointAt(0);
  const quote = first !== undefined && CJK_CONTEXT_QUOTES.includes(String.fromCodePoint(first));
  return quote ? text.codePointAt(1) : first;
}

/**
 * What a soft line break between two texts becomes: nothing between two Chinese or Japanese
 * characters (they are written without spaces, as CSS drops such a break; a quotation mark
 * between them too: `。\n“我们`), else a space.
 */
export function softBreak(before: string, after: string): string {
  return isCjkWide(codeBeforeBreak(before)) && isCjkWide(codeAfterBreak(after)) ? '' : ' ';
}

// A line break with the white space around it, ideographic spaces too (the indent of a
// Japanese paragraph's line goes, as the plain-text parser trims each line). A match starts
// only where its run of spaces does: tried at every space of a long run that no line break
// ends, it would scan the rest of the run each time (quadratic).
const SOFT_BREAK = /(?<![^\S\n])[^\S\n]*\n\s*/gu;
/** Characters either side of a break that softBreak needs to see (a quotation mark and a surrogate pair). */
const SIDE_UNITS = 3;

/**
 * A text's line breaks (with the white space around each, ideographic spaces too) as softBreak
 * has them: a space, or nothing between CJK. `before` and `after` are the text around it, for a
 * piece of a paragraph (a Markdown text token beside emphasis): a break at its edge sees them.
 */
export function joinSoftBreaks(text: string, before = '', after = ''): string {
  if (!text.includes('\n')) return text;
  return text.replace(SOFT_BREAK, (run: string, at: number) => {
    const end = at + run.length;
    const left = (at < SIDE_UNITS ? before.slice(-SIDE_UNITS) : '') + text.slice(Math.max(0, at - SIDE_UNITS), at);
    const right = text.slice(end, end + SIDE_UNITS) + (end + SIDE_UNITS > text.length ? after.slice(0, SIDE_UNITS) : '');
    return softBreak(left, right);
  });
}
