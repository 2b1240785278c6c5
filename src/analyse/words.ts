// Words by the spec's definition (§5): whitespace-separated tokens with a letter or digit;
// in scripts written without spaces every character is a word, as word processors count.

import { lazy } from '../lazy.js';
import { isLetterOrDigit, trimToWord } from './chars.js';

// Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar: scripts that do not separate words. By
// script extension, so that letters the scripts share (the kana length mark `ー` of `フェリー`,
// `〆`) belong to the run of characters they stand in.
const UNSPACED_CHAR = lazy(
  () => /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u,
);
const WHITESPACE = /\s+/;

// Character classes of the word scanner.
const OTHER = 0;
const WORD = 1;
const UNSPACED_WORD = 2;
const SPACE = 3;
// A combining mark (Thai vowel signs and tone marks): part of the character before it.
const MARK = 4;
type CharClass = typeof OTHER | typeof WORD | typeof UNSPACED_WORD | typeof SPACE | typeof MARK;
/** Below this code point (Thai) no character belongs to a script written without spaces. */
export const FIRST_UNSPACED_CODE = 0x0e00;
const SPACE_CHAR = /^\s$/u;
const MARK_CHAR = lazy(() => /^\p{M}$/u);
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
    else if (SPACE_CHAR.test(char)) known = SPACE;
    else known = MARK_CHAR().test(char) ? MARK : OTHER;
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

/** Pushes a case-folded word unless it is empty or a stop word. */
function pushContentWord(word: string, stop: ReadonlySet<string>, into: string[]): void {
  if (word && !stop.has(word)) into.push(word);
}

/** Single-character stop words as code points, per stop list: asked for every character pair. */
const stopCharsOf = new WeakMap<ReadonlySet<string>, ReadonlySet<number>>();

function stopChars(stop: ReadonlySet<string>): ReadonlySet<number> {
  let chars = stopCharsOf.get(stop);
  if (!chars) {
    const codes = new Set<number>();
    for (const word of stop) {
      const code = word.codePointAt(0)!;
      if (word.length === (code > 0xffff ? 2 : 1)) codes.add(code);
    }
    chars = codes;
    stopCharsOf.set(stop, chars);
  }
  return chars;
}

// Japanese changes script where one word or ending gives way to the next (`鉄道会社|は|月曜日|に`):
// kana and Han are told apart so that no pair straddles the change. The length mark and the
// kana iteration marks (`ー`, `ゝ`, `ヽ`) go with the kana before them.
const HAN_OR_OTHER = 0;
const HIRAGANA = 1;
const KATAKANA = 2;
const SAME_AS_BEFORE = 3;
type Kana = typeof HAN_OR_OTHER | typeof HIRAGANA | typeof KATAKANA | typeof SAME_AS_BEFORE;

function kanaOf(code: number): Kana {
  if (code === 0x30fc || code === 0xff70 || code === 0x309d || code === 0x309e || code === 0x30fd || code === 0x30fe) return SAME_AS_BEFORE;
  if (code >= 0x3040 && code <= 0x309f) return HIRAGANA;
  if ((code >= 0x30a0 && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff) || (code >= 0xff66 && code <= 0xff9f)) return KATAKANA;
  return HAN_OR_OTHER;
}

/**
 * Scans a token for content words where it has letters of an unspaced script. There no
 * whitespace tells the words, so the units are the pairs of neighbouring characters (`高铁项目`
 * gives `高铁`, `铁项`, `项目`), a character standing alone being one by itself; a pair that is a
 * stop word (`我们`) or of two stop characters (`的一`) is left out. Pairs rather than single
 * characters: common characters (`市`, `人`, `大`) occur in every long paragraph, so single ones
 * made short blocks look like repeats of a longer one (README, Summaries, gives the figures). The
 * text between runs (`iPhone` in `iPhone用`) is a word as elsewhere. A character is a letter with
 * the marks after it (Thai `ที่`), as countWords counts it.
 */
class MixedTokenScanner {
  private readonly stopCodes: ReadonlySet<number>;
  // The run being read: the start of its previous character, of its last one, and its length.
  private previous = 0;
  private last = 0;
  private length = 0;
  private script: Kana = HAN_OR_OTHER;

  constructor(
    private readonly token: string,
    private readonly stop: ReadonlySet<string>,
    private readonly into: string[],
  ) {
    this.stopCodes = stopChars(stop);
  }

  /** Pushes the content words of the whole token. */
  scan(): void {
    const token = this.token;
    let pieceStart = 0;
    for (let i = 0; i < token.length; ) {
      const code = token.codePointAt(i)!;
      const kind = classify(code);
      if (kind === UNSPACED_WORD) {
        const script = kanaOf(code);
        if (this.length > 0 && script !== SAME_AS_BEFORE && script !== this.script) this.endRun(i);
        else if (this.length === 0) pushContentWord(normalizeWord(token.slice(pieceStart, i)), this.stop, this.into);
        else this.endCharacter(i);
        if (script !== SAME_AS_BEFORE || this.length === 0) this.script = script;
        this.previous = this.last;
        this.last = i;
        this.length++;
      } else if (kind !== MARK && this.length > 0) {
        this.endRun(i);
        pieceStart = i;
      }
      i += code > 0xffff ? 2 : 1;
    }
    if (this.length > 0) this.endRun(token.length);
    else pushContentWord(normalizeWord(token.slice(pieceStart)), this.stop, this.into);
  }

  /** The run's last character ends at `end`: the pair it closes is a unit. */
  private endCharacter(end: number): void {
    if (this.length < 2 || (this.isStopChar(this.previous, this.last) && this.isStopChar(this.last, end))) return;
    const pair = this.token.slice(this.previous, end);
    if (!this.stop.has(pair)) this.into.push(pair);
  }

  private endRun(end: number): void {
    if (this.length === 1) pushContentWord(this.token.slice(this.last, end), this.stop, this.into);
    else this.endCharacter(end);
    this.length = 0;
  }

  private isStopChar(start: number, end: number): boolean {
    const code = this.token.codePointAt(start)!;
    if (end - start === (code > 0xffff ? 2 : 1)) return this.stopCodes.has(code);
    return this.stop.has(this.token.slice(start, end));
  }
}

/** True when a token has a letter of a script written without spaces. */
function hasUnspacedLetter(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    // Below FIRST_UNSPACED_CODE a unit is no such letter (nor half of one): most tokens end here.
    if (token.charCodeAt(i) >= FIRST_UNSPACED_CODE && isUnspacedLetter(token.codePointAt(i)!)) return true;
  }
  return false;
}

/**
 * A text's content words in order, repeats kept: case-folded, edge punctuation off, no stop
 * words. In scripts written without spaces they are the pairs of neighbouring characters.
 */
export function contentWords(text: string, stop: ReadonlySet<string>): string[] {
  const words: string[] = [];
  for (const token of text.split(WHITESPACE)) {
    if (hasUnspacedLetter(token)) new MixedTokenScanner(token, stop, words).scan();
    else pushContentWord(normalizeWord(token), stop, words);
  }
  return words;
}
