// Inline quotations (spec §4): quote marks paired by kind and by position, apostrophes and
// elisions told apart, nested quotations kept inside their outer one.
import { MIN_QUOTE_WORDS } from '../config.js';
import { CREDIT_DASHES, isLetter, isLetterOrDigit, isPunctuationOrSymbol } from './chars.js';
import { countWords, isUnspacedLetter } from './words.js';

/** A top-level pair of quotation marks in a text: `open` and `close` index the marks. */
export interface QuoteSpan {
  open: number;
  close: number;
}

// Each opening mark and the marks that may close it. Beyond the spec's pairs, `„` may close
// with a straight `"`, as German and Dutch typed on a keyboard that makes only the opening
// mark curly write it (`„Wir schaffen das", sagte sie`).
const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '„': '“”"',
  '‚': '‘’',
  '‘': '’',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
  '"': '"',
  "'": "'",
  '”': '”',
  // Beyond the spec's pairs: the corner brackets Japanese and traditional Chinese quote with.
  '「': '」',
};
const QUOTE_MARKS = new Set(['“', '”', '„', '‚', '‘', '’', '«', '»', '‹', '›', '"', "'", '「', '」']);
// Guillemets, low marks and corner brackets are never apostrophes and pair by kind wherever they stand.
const KIND_MARKS = new Set(['«', '»', '‹', '›', '„', '‚', '「', '」']);
const OPENING_MARKS = '“„‚‘«»‹›"\'「';
const SPACE = /\s/u;
const BEFORE_OPENING = /[\s([{\-‐–—/]/u;
// CJK Symbols and Punctuation (`、。「」《》`) and the full-width forms (`：，；！？（）`): Chinese
// and Japanese write no space around them, so before an opening mark they stand for the space.
const CJK_PUNCTUATION_FROM = 0x3000;
const CJK_PUNCTUATION_TO = 0x303f;
const FULL_WIDTH_FROM = 0xff00;
const FULL_WIDTH_TO = 0xffef;
// Hangul syllables and jamo: Korean spaces its words but glues particles to a closing mark (`”라고`).
const HANGUL_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x11ff],
  [0x3130, 0x318f],
  [0xac00, 0xd7a3],
];
// Only these marks double as apostrophes in an elision (spec §4); “ ” „ " never elide.
const ELIDING_MARKS = "'‘’";
// Elided words after an apostrophe, lower-case only: 's, 't, 'n, 'k, 'm, 'r (Dutch), 'em,
// 'tis, 'twas ('Tis and 'Twas too), 'til, 'cause, and the `'n'` of `rock 'n' roll`. Another
// upper-case letter after an opening mark starts a quotation (`‘S&P fell’`, `'T-Mobile will cut'`), not an elision.
// Each stands alone: no letter or digit follows it (`'s ` and `'t,` but not `'sMobile`).
const ELIDED_WORDS = ['s', 't', 'n', 'k', 'm', 'r', 'em', 'tis', 'Tis', 'twas', 'Twas', 'til', 'cause'];
const N_THEN_APOSTROPHE = /^[nN]['’]/;

/** True when no letter or digit stands at `index` of the text (its end counts too). */
function noWordAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code === undefined || !isLetterOrDigit(code);
}

function isAsciiDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** True when the text (what follows an apostrophe) starts with an elided word: `s Avonds`, `n' roll`. */
export function startsWithElidedWord(text: string): boolean {
  return ELIDED_WORDS.some((word) => text.startsWith(word) && noWordAt(text, word.length)) || N_THEN_APOSTROPHE.test(text);
}

/**
 * True when the text (what follows an apostrophe) starts with an elided century: `90s`, `90`.
 * `90s` is a decade (spec §4), always an elision. `90` is also how a quotation may start
 * (`'24 hours is…'`), so it is an elision only when no mark that could close such a
 * quotation follows in the block.
 */
export function startsWithElidedYear(text: string): boolean {
  return startsWithElidedDecade(text) || (isAsciiDigit(text[0]) && isAsciiDigit(text[1]) && noWordAt(text, 2));
}

/** True when the text (what follows an apostrophe) starts with a decade: `90s`. */
function startsWithElidedDecade(text: string): boolean {
  return isAsciiDigit(text[0]) && isAsciiDigit(text[1]) && text[2] === 's' && noWordAt(text, 3);
}
/** Openers deeper than this are ignored, which keeps pairing linear on hostile input. */
const MAX_DEPTH = 32;

function isCjkPunctuation(code: number): boolean {
  if (code >= CJK_PUNCTUATION_FROM && code <= CJK_PUNCTUATION_TO) return true;
  return code >= FULL_WIDTH_FROM && code <= FULL_WIDTH_TO && isPunctuationOrSymbol(code);
}

/**
 * A letter of a script that writes no apostrophes and puts no space between a quotation and
 * the words around it: those written without spaces (`他说“我们走”然后`, spec §5) and Hangul
 * (`“갑니다”라고`). Beside such a letter a mark is a word boundary, as a space is elsewhere.
 */
function isApostropheFreeLetter(code: number | undefined): boolean {
  if (code === undefined) return false;
  return isUnspacedLetter(code) || HANGUL_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** The code point that ends just before index `i` (a surrogate pair read whole), or undefined at 0. */
function codePointBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  const high = i >= 2 ? text.charCodeAt(i - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.codePointAt(i - 2) : low;
}

function isOpeningPosition(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (next === undefined || SPACE.test(next)) return false;
  if (prev === undefined || BEFORE_OPENING.test(prev) || OPENING_MARKS.includes(prev)) return true;
  const before = codePointBefore(text, i)!;
  return isCjkPunctuation(before) || isApostropheFreeLetter(before);
}

function isClosingPosition(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (prev === undefined || SPACE.test(prev)) return false;
  if (next === undefined || SPACE.test(next) || isPunctuationOrSymbol(next.charCodeAt(0))) return true;
  return isApostropheFreeLetter(text.codePointAt(i + 1));
}

// The closing mark of `rock 'n' roll`, whose `n` is elided on both sides.
const N_ELIDED_BOTH_SIDES = /^['‘’]n['’]$/iu;

/** The last index of each mark in a closing position, found once per text when first asked. */
class LastClosers {
  private readonly last = new Map<string, number>();
  constructor(private readonly text: string) {}

  /** True when a mark that closes `opener` stands in a closing position after `i`. */
  follows(opener: string, i: number): boolean {
    for (const mark of CLOSERS[opener] ?? '') if (this.lastOf(mark) > i) return true;
    return false;
  }

  private lastOf(mark: string): number {
    let at = this.last.get(mark);
    if (at === undefined) {
      // Backwards to the first closing-position mark: linear in the text, done once per mark.
      // At index 0 the search ends: lastIndexOf(mark, -1) would find index 0 again, forever.
      at = this.text.lastIndexOf(mark);
      while (at >= 0 && !isClosingPosition(this.text, at)) at = at > 0 ? this.text.lastIndexOf(mark, at - 1) : -1;
      this.last.set(mark, at);
    }
    return at;
  }
}

/** Characters after a mark that can tell an elision (`twas ` and `90s ` are the longest). */
const ELISION_LOOKAHEAD = 7;

/** One UTF-16 unit (or none) that is a letter or digit; half a surrogate pair is not. */
function isAlnumUnit(unit: string): boolean {
  return unit !== '' && isLetterOrDigit(unit.charCodeAt(0));
}

function isApostrophe(text: string, i: number, closers: LastClosers): boolean {
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  const inWord = isAlnumUnit(prev) && isAlnumUnit(next);
  if (inWord && !isApostropheFreeLetter(codePointBefore(text, i)) && !isApostropheFreeLetter(text.codePointAt(i + 1))) return true;
  const mark = text[i]!;
  if (!ELIDING_MARKS.includes(mark)) return false;
  if (i >= 2 && N_ELIDED_BOTH_SIDES.test(text.slice(i - 2, i + 1)) && isOpeningPosition(text, i - 2)) return true;
  if (!isOpeningPosition(text, i)) return false;
  const after = text.slice(i + 1, i + 1 + ELISION_LOOKAHEAD);
  if (startsWithElidedWord(after) || startsWithElidedDecade(after)) return true;
  return startsWithElidedYear(after) && !closers.follows(mark, i);
}

/** True when a text starts with an elision (`’s Avonds`, `'t Is`): a word, not an opening quote. */
export function startsWithElision(text: string): boolean {
  return ELIDING_MARKS.includes(text[0] ?? '') && startsWithElidedWord(text.slice(1, 8));
}

/** True for `"` `'` `«` `»`, U+2018-U+201E, U+2039, U+203A and `「」`: every quote mark is one of these. */
function maybeQuoteMark(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e) || code === 0x2039 || code === 0x203a || code === 0x300c || code === 0x300d;
}

// What follows a straight `"` that closes a quotation ending in a number, where an inch mark
// is followed by a word, a space or a hyphen.
const AFTER_CLOSING_NUMBER = ',.;:!?…)';
// Or a spaced dash, before the reporting clause (`„Das war 2020" – sagte er`).
const DASH_AFTER = /^ [–—-]/u;

/**
 * True when a straight `"` that can only close (not after a digit, not opening) follows `i`
 * before a new `„`, and closes no straight pair of its own (`die "Krise"`): it, not the one
 * at `i`, closes the quotation, which may hold sentences (`32" - das reicht. Mehr nicht", …`).
 */
function laterStraightCloser(text: string, i: number, end: number): boolean {
  let inPair = false;
  for (let at = i + 1; at < end; at++) {
    const char = text[at];
    if (char === '„') return false;
    if (char !== '"' || isAsciiDigit(text[at - 1])) continue;
    // One before a word opens a pair, wherever it stands (`sagte:"Die Nachfrage…"`, no space
    // after the colon): a closer stands before a space, punctuation or the end.
    const next = text.charCodeAt(at + 1);
    const opens = isOpeningPosition(text, at) || (!Number.isNaN(next) && !SPACE.test(text[at + 1]!) && !isPunctuationOrSymbol(next));
    const closes = isClosingPosition(text, at);
    if (inPair) inPair = !closes;
    else if (opens) inPair = true;
    else if (closes) return true;
  }
  return false;
}

/** How far past a straight `"` a curly mark that closes the same `„` is looked for. */
const CURLY_CLOSER_REACH = 400;

/**
 * True when the straight `"` at `i` closes a quotation opened with `„`: not when it is an inch
 * (after a digit and before a word or hyphen: `„Een 65" tv past niet“`, `55"-Fernseher`; a
 * number that ends a quotation is followed by punctuation: `1998", sagte er`), and not when a
 * curly mark closes it later, before the next `„` (within CURLY_CLOSER_REACH characters).
 */
function straightClosesLow(text: string, i: number): boolean {
  const end = Math.min(text.length, i + CURLY_CLOSER_REACH);
  if (isAsciiDigit(text[i - 1]) && !AFTER_CLOSING_NUMBER.includes(text[i + 1] ?? '.')) {
    // Before a spaced dash it closes unless another straight mark closes the quotation later
    // (`„Der Bildschirm misst 32" - das reicht", sagte sie`).
    if (!DASH_AFTER.test(text.slice(i + 1, i + 4)) || laterStraightCloser(text, i, end)) return false;
  }
  for (let at = i + 1; at < end; at++) {
    const char = text[at];
    // A new quotation (`„…`, or Dutch `het “nieuwe” plan`) begins: none closes ours after it.
    if (char === '„' || (char === '“' && isOpeningPosition(text, at) && !isClosingPosition(text, at))) return true;
    if ((char === '“' || char === '”') && isClosingPosition(text, at)) return false;
  }
  return true;
}

/**
 * True when a `»` can close a quotation opened by another `»`, as Swedish and Finnish write
 * them (`»Vi bygger bron»`): it stands in a closing position and not in an opening one, so
 * Danish and German nesting (`»Han sagde »nej« og gik«`) still opens an inner quotation.
 */
function closesSwedishQuotation(text: string, i: number): boolean {
  return isClosingPosition(text, i) && !isOpeningPosition(text, i);
}

/** Index in the stack of the innermost opener that `mark` closes, or -1. */
function findOpener(stack: { mark: string }[], mark: string): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (CLOSERS[stack[k]!.mark]!.includes(mark)) return k;
  }
  return -1;
}

/** Finds the top-level quotation mark pairs of a text, in order; nested pairs are inside them. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const stack: { mark: string; at: number }[] = [];
  const closed: QuoteSpan[] = [];
  const closers = new LastClosers(text);
  for (let i = 0; i < text.length; i++) {
    // Cheap code test first: this loop runs over every character of the article.
    if (!maybeQuoteMark(text.charCodeAt(i))) continue;
    const mark = text[i]!;
    if (!QUOTE_MARKS.has(mark)) continue;
    const kind = KIND_MARKS.has(mark);
    if (!kind && isApostrophe(text, i, closers)) continue;
    let opener = kind || isClosingPosition(text, i) ? findOpener(stack, mark) : -1;
    if (opener >= 0 && mark === '"' && stack[opener]!.mark === '„' && !straightClosesLow(text, i)) opener = -1;
    if (opener < 0 && mark === '»' && closesSwedishQuotation(text, i)) opener = stack.findLastIndex((open) => open.mark === '»');
    if (opener >= 0) {
      closed.push({ open: stack[opener]!.at, close: i });
      stack.length = opener;
    } else if (mark in CLOSERS && (kind || isOpeningPosition(text, i)) && stack.length < MAX_DEPTH) {
      stack.push({ mark, at: i });
    }
  }
  // Pairs close inner first; keep those no other pair encloses (an unclosed outer one
  // leaves its inner pairs at the top level).
  closed.sort((a, b) => a.open - b.open);
  const top: QuoteSpan[] = [];
  for (const span of closed) {
    const last = top[top.length - 1];
    if (!last || span.open > last.close) top.push(span);
  }
  return top;
}

/** The text between a span's marks, trimmed of spaces and of a trailing comma. */
export function spanText(text: string, span: QuoteSpan): string {
  return text
    .slice(span.open + 1, span.close)
    .trim()
    .replace(/,$/u, '')
    .trim();
}

// Corner brackets also set off terms, names and titles in Japanese and Chinese (`「デジタル庁」`,
// `「東京」`, `「ふるさと納税」`), where other languages use no marks or italics. Such a span is a
// quotation when it is said: a reporting verb comes before it (Chinese `他說「…」`, `表示：「…」`)
// or the quotative particle and a reporting verb after it (Japanese `「…」と述べた`, `と話した`),
// or it holds a comma or sentence mark, or it is a sentence's length (CORNER_QUOTE_CHARS).
const CORNER_QUOTE_CHARS = 10;
const SPEECH_SIGNS = /[、。，！？,.!?]/u;
// Chinese reporting verbs, not as the end of a noun (小說 novel, 傳說 legend, 學說 theory, also
// in 不同學說 and 大同學說, but not 同學說 a classmate says, 簡稱 abbreviation, 俗稱, 號稱, 頻道 channel, 顧問 adviser, 疑問
// doubt, 學問).
const SAY = '(?<![小傳传])(?<!(?<!(?<![不大])同)[學学])[说說]';
// The other Chinese verbs of reporting, before a quotation or after its speaker.
const REPORT = '表示|指出|透露|强调|強調';
const SAID_BEFORE = new RegExp(
  `(?:${SAY}|(?<![頻频知報报渠味軌轨管街車车人通隧航跑步食赤古])道|(?<![簡简俗號号名職职])[称稱]|(?<![顧顾疑學学請请訪访詢询提])[问問]|${REPORT}|回答|認為|认为|坦言|直言)[：:，,]?$`,
  'u',
);
// Japanese `と` (or `との`, `って`) and, within a few words, a verb or phrase of saying:
// `と述べた`, `と記者団に語った`, `と声を弾ませた`, `との認識を示した`; not `として`, `と言えば`.
const SAID_AFTER =
  /^(?:との(?:認識|考え|見方|見解|見通し|声明|声|談話(?!会)|指摘|発言|意見|意向|方針|立場|姿勢|主張|説明(?!会)|回答|決意|コメント)|(?:と(?!の)|って)[^。「」、す]{0,6}?(?:述べ|話し|話す|語っ|語る|語り|強調|説明|答え|訴え|指摘|主張|批判|発表|明かし|明らかに|明言|表明|断言|声を|力を込め|笑顔|涙|喜び|振り返|呼びかけ|胸を張|認識|考えを|意欲|言った|言って(?!も)|言い|コメント))/u;
// The speaker and a reporting verb ending the sentence right after a Chinese quotation, a
// comma between or not: `「…」他說。`, `「…」，一名居民說。`, `「…」他表示。` (not `政策表示，…`,
// where the verb's sentence goes on).
const SPEAKER_AND = '^[，,]?[^。「」，]{1,10}?';
const SAID_AFTER_CHINESE = new RegExp(`${SPEAKER_AND}(?:${SAY}|${REPORT})[。！!]`, 'u');
// Or, when the quotation opens its sentence, a verb the sentence goes on after: `「…」他說，…`,
// and between the two parts of one, `「…」，市長表示，「…」`. Not after a topic (`談到「美國廠」，
// 他說：「…」`, `對於「九二共識」，…表示，「…」`), where the span is the subject spoken of.
const SAID_BETWEEN_CHINESE = new RegExp(`${SPEAKER_AND}(?:(?:${SAY}|${REPORT})[，,：:](?=「)|${SAY}[，,])`, 'u');
// What may stand before a quotation that opens its sentence: nothing, the end of another, a
// semicolon, or a dateline in brackets (`（中央社記者台北15日電）`, `【記者王小明／台北報導】`).
const SENTENCE_BEFORE = /(?:^|[。！？!?」』”；;）)】］\s])$/u;
// How far around a span the reporting words are looked for.
const SAID_REACH = 16;

/** True when the text between corner brackets is speech, not a term (see CORNER_QUOTE_CHARS). */
function isCornerQuotation(text: string, quoted: string, span: QuoteSpan): boolean {
  if (SPEECH_SIGNS.test(quoted) || [...quoted.replace(/\s/gu, '')].length >= CORNER_QUOTE_CHARS) return true;
  const after = text.slice(span.close + 1, span.close + 1 + SAID_REACH);
  const opensSentence = SENTENCE_BEFORE.test(text.slice(Math.max(0, span.open - 1), span.open));
  return SAID_BEFORE.test(text.slice(Math.max(0, span.open - SAID_REACH), span.open)) || SAID_AFTER.test(after) ||
    SAID_AFTER_CHINESE.test(after) || (opensSentence && SAID_BETWEEN_CHINESE.test(after));
}

/** True when a span is a quotation: enough words between its marks, and speech, not a term, between corner brackets. */
function isQuotation(text: string, span: QuoteSpan): boolean {
  const quoted = spanText(text, span);
  if (countWords(quoted) < MIN_QUOTE_WORDS) return false;
  return text[span.open] !== '「' || isCornerQuotation(text, quoted, span);
}

/** The top-level quote spans of a text that are quotations (see isQuotation). */
export function quotationSpans(text: string): QuoteSpan[] {
  return findQuoteSpans(text).filter((span) => isQuotation(text, span));
}

/** The inline quotations of a block's text: top-level pairs of at least two words. */
export function inlineQuotes(text: string): string[] {
  return quotationSpans(text).map((span) => spanText(text, span));
}

/** A text wholly enclosed in one pair of marks, with an optional `— Name` after it. */
export interface EnclosedQuote {
  quote: string;
  attribution: string | null;
}

// After the closing mark: punctuation, then optionally a dash (CREDIT_DASHES, doubled as in
// Chinese `——` or typed `--`) and the attribution.
const AFTER_ENCLOSED = new RegExp(`^([\\s.,;:!?…]*)(?:[${CREDIT_DASHES}]+\\s*(\\S.*))?$`, 'su');
const SENTENCE_END = /[.!?…]$/u;

/** True for a lower-case letter of a script with case (`a`, `з`, `ł`); caseless scripts have none. */
function isLowerCaseLetter(char: string): boolean {
  return char.toLowerCase() === char && char.toUpperCase() !== char;
}

/**
 * Languages that write direct speech as a quotation, a dash and the reporting clause without a
 * comma (Polish `„…” – mówi Jan Kowalski.`): there a lower-case clause ending like a sentence
 * reports the quotation. Elsewhere such a clause is a credit written in lower case (`— the
 * mayor of Kyiv.`, `– burgemeester Klitschko.`).
 */
const DASH_SPEECH_LANGUAGES: ReadonlySet<string> = new Set(['pl', 'cs', 'sk', 'ru', 'uk', 'be', 'bg', 'sl', 'hr', 'sr', 'bs', 'mk']);

/**
 * True when what follows the dash reports the quotation as a sentence of its own rather than
 * naming who spoke (spec §3.5 allows `— Name`): it starts with a lower-case letter and either a
 * comma stands before the dash (Russian `», — заявил мэр`) or, in DASH_SPEECH_LANGUAGES, it ends
 * like a sentence (Polish `” – mówi Jan Kowalski.`). A lower-case credit without either (`— the
 * mayor`, `— мэр Москвы`) still names the speaker; in a script without case (Arabic, Hebrew,
 * Chinese) the words after the dash are always taken for the speaker.
 */
function isReportedSpeech(before: string, attribution: string, language: string | undefined): boolean {
  const first = [...attribution].find((char) => isLetter(char.codePointAt(0)!));
  if (first === undefined || !isLowerCaseLetter(first)) return false;
  if (before.includes(',')) return true;
  return language !== undefined && DASH_SPEECH_LANGUAGES.has(language) && SENTENCE_END.test(attribution);
}

/**
 * The quotation a whole block is, when it is one pair of marks (plus attribution); else null.
 * One quoted word is a scare quote, not a quotation (spec §4), so it gives null too, and so does
 * a quotation followed by reported speech (`«…», — заявил мэр.`): that block is a paragraph.
 * `language` (the article's, ISO 639-1) tells how its reported speech is written.
 */
export function enclosedQuote(text: string, language?: string): EnclosedQuote | null {
  const trimmed = text.trim();
  const first = findQuoteSpans(trimmed)[0];
  if (!first || first.open !== 0) return null;
  const after = AFTER_ENCLOSED.exec(trimmed.slice(first.close + 1));
  const quote = spanText(trimmed, first);
  if (!after || !isQuotation(trimmed, first)) return null;
  const attribution = after[2]?.trim() ?? null;
  if (attribution !== null && isReportedSpeech(after[1]!, attribution, language)) return null;
  return { quote, attribution };
}
