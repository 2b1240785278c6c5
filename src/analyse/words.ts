// Words by the spec's definition (§5): whitespace-separated tokens with a letter or digit;
// in scripts written without spaces every character is a word, as word processors count.

import { lazy } from '../lazy.js';
import { isLetterOrDigit, trimToWord } from './chars.js';

// Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar: scripts that do not separate words.
const UNSPACED_CHAR = lazy(() => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u);
const WHITESPACE = /\s+/;

// Character classes of the word scanner.
const OTHER = 0;
const WORD = 1;
const UNSPACED_WORD = 2;
const SPACE = 3;
type CharClass = typeof OTHER | typeof WORD | typeof UNSPACED_WORD | typeof SPACE;
/** Below this code point (Thai) no character belongs to a script written without spaces. */
export const FIRST_UNSPACED_CODE = 0x0e00;
const SPACE_CHAR = /^\s$/u;
// Non-ASCII characters are classified once each by regex, then looked up.
const classes = new Map<number, CharClass>();

function classify(code: number): CharClass {
  if (code < 128) {
    if (code === 32 || (code >= 9 && code <= 13)) return SPACE;
    const lower = code | 32;
    return (code >= 48 && code <= 57) || (lower >= 97 && lower <= 122) ? WORD : OTHER;
  }
  let known = classes.get(code);
  if (known === undefined) {
    const char = String.fromCodePoint(code);
    if (isLetterOrDigit(code)) known = code >= FIRST_UNSPACED_CODE && UNSPACED_CHAR().test(char) ? UNSPACED_WORD : WORD;
    else known = SPACE_CHAR.test(char) ? SPACE : OTHER;
    classes.set(code, known);
  }
  return known;
}

/** A letter of a script written without spaces (Han, kana, Thai…): each one is a word (spec §5). */
export function isUnspacedLetter(code: number): boolean {
  return code >= FIRST_UNSPACED_CODE && classify(code) === UNSPACED_WORD;
}

/**
 * Counts the words of a text by the spec's definition: a whitespace-separated token with a
 * letter or digit is a word; in a token with letters of an unspaced script each such letter
 * is a word, and so is each run of other letters or digits between them. One pass, no
 * allocation: this runs over every block of 64 MB files.
 */
export function countWords(text: string): number {
  let count = 0;
  let runHasWord = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      code = text.codePointAt(i)!;
      // A pair is one character; a lone high surrogate is one unit, and what follows it is read next.
      if (code > 0xffff) i++;
    }
    const kind = classify(code);
    if (kind === WORD) runHasWord = true;
    else if (kind === SPACE || kind === UNSPACED_WORD) {
      if (runHasWord) count++;
      runHasWord = false;
      if (kind === UNSPACED_WORD) count++;
    }
  }
  return runHasWord ? count + 1 : count;
}

/** A token case-folded and stripped of edge punctuation (`“Soleimani’s,` → `soleimani’s`). */
export function normalizeWord(token: string): string {
  return trimToWord(token).toLowerCase();
}

/** A text's content words in order, repeats kept: case-folded, edge punctuation off, no stop words. */
export function contentWords(text: string, stop: ReadonlySet<string>): string[] {
  const words: string[] = [];
  for (const token of text.split(WHITESPACE)) {
    const word = normalizeWord(token);
    if (word && !stop.has(word)) words.push(word);
  }
  return words;
}
