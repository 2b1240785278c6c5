// Text to blocks (spec §2): runs of lines separated by blank lines; list blocks by marker.

import { softBreak } from '../analyse/chars.js';
import { lazy } from '../lazy.js';

/** A blank-line-separated run of lines, numbered from 1 in file order. */
export interface RawBlock {
  number: number;
  lines: string[];
}

/** Two texts the same but for case and edge spaces (an inferred title against front matter's). */
export function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** A line of only white space (or none): it separates blocks (spec §2). */
const BLANK_LINE = /^\s*$/;
// The markers of §2, and the Japanese bullet `・` (katakana middle dot), which Japanese writes
// with or without a space after it: between two words it joins them and does not start a
// line; several make an ellipsis (`・・・それでも`), no list.
const LIST_MARKER = /^\s*(?:(?:[-*•]|\d{1,3}[.)])\s+|・(?!・)\s*(?=\S))/u;
const SPACE_RUN = /  |\t/;
const SPACE_RUNS = /[ \t]+/g;
const ORDERED_MARKER = /^\s*(\d{1,3})[.)]\s+/u;

/** Splits text into blocks; a line of only spaces is blank. */
export function* splitBlocks(text: string): Generator<RawBlock> {
  let number = 0;
  let lines: string[] = [];
  // Line by line with indexOf rather than split('\n'): a 64 MB article has a million lines,
  // and an array of them all (blank ones too) would be held while the blocks are made.
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (BLANK_LINE.test(text.slice(start, end))) {
      if (lines.length > 0) yield { number: ++number, lines };
      lines = [];
    } else {
      lines.push(text.slice(start, end));
    }
    start = end + 1;
  }
  if (lines.length > 0) yield { number: ++number, lines };
}

/**
 * A block's text with soft line breaks as spaces (none between two Chinese or Japanese
 * characters) and runs of whitespace as one space.
 */
export function joinLines(lines: readonly string[]): string {
  let previous = lines[0]!.trim();
  let joined = previous;
  for (let i = 1; i < lines.length; i++) {
    // Asked of the line before, not of the text joined so far: reading a character of a
    // string built by `+=` flattens it, which made each line cost as much as all before it.
    const line = lines[i]!.trim();
    joined += softBreak(previous, line) + line;
    previous = line;
  }
  return SPACE_RUN.test(joined) ? joined.replace(SPACE_RUNS, ' ') : joined;
}


/**
 * Ends in sentence punctuation or a colon (`：` too), with any closing marks after it (a French » or ›
 * after a space, the CJK 」』）): what a title does not end in, and what ends a list's lead-in.
 */
export const SENTENCE_END = /[.!?…:。！？．：](?:["'”’“‘»«›‹)\]」』）]|\s[»›])*$/u;

// Bullets that no sentence starts a line with, hard-wrapped or not.
const BULLET_ONLY = /^\s*[•・]/u;

// Month names that Dutch, French, Italian, Spanish and Portuguese write in lower case.
const LOWER_CASE_MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|' +
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|oct|déc|' +
  'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|' +
  'enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|' +
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)';
// Month names written with a capital, for dateColonItem (English, German).
const CAPITAL_MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|' +
  'januar|februar|märz|mai|juni|juli|oktober|dezember|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez)';
const monthNames = lazy(() => new Set(`${LOWER_CASE_MONTH}|${CAPITAL_MONTH}`.replace(/[(?:)]/g, '').split('|')));

/** Whether a word is a month's name or its abbreviation in one of the languages above, in any case (`mrt`, `März`, `août`). */
export function isMonthName(word: string): boolean {
  return monthNames().has(word.toLowerCase());
}

// The day of a date item: a number, a range of days (`30/31`, `30-31`, `30–31`), an ordinal
// sign or ending (`1°`, `1º`, `1er`, `1st`), and the `de` of Spanish and Portuguese dates.
const DATE_DAY = '\\p{N}[\\p{N}./\\-–]*[°º]?\\p{Ll}{0,3}\\s+(?:de\\s+)?';
// A line a dash or star bullets, its item starting with a capital, after an opening quote mark
// or bracket at most; or with a number and a capital word (`- 30 June: …`, `- 20 Prozent …`);
// or with a date in lower case, a day or a range of days, and a colon (`- 30 juni: …`,
// `- 1er juillet : …`, `- 30/31 juli: …`, `- 30-31 juli: …`, `- 1° luglio: …`, `- 30 de junio: …`).
// Not `'s ochtends`, not a score's `- 2 gelijk` or `- 2 gelijk: …`. The bullet is captured.
const CAPITAL_DASH_ITEM = new RegExp(
  `^\\s*([-*])\\s+(?:${DATE_DAY}${LOWER_CASE_MONTH}\\.?(?:\\s+\\p{N}+)?\\s?:|(?:["“„‘‚(»›]|[«‹]\\s?)?(?:\\p{N}[\\p{N}.,:/%\\-–]*\\s+)?\\p{Lu})`,
  'u',
);
// An item that is a date and a colon in any of the languages above, in either case (`- 30 June: …`,
// `- 1 juli: …`): a list of dates, whatever the line above it ends in (see wrappedAtDash). Made
// on first use: most articles never ask.
const dateColonItem = lazy(
  () => new RegExp(`^\\s*[-*]\\s+${DATE_DAY}(?:${LOWER_CASE_MONTH}|${CAPITAL_MONTH})\\.?(?:\\s+\\p{N}+)?\\s?:`, 'iu'),
);
// What a line ends in when its sentence goes on into the next: a comma or a dash.
const GOES_ON = /[,\-–—]$/u;
// A dash between spaces: an aside that a line's first dash opened closes there, in prose.
const SPACED_DASH = /\s[-–—]\s/u;
// An item that ends in a number over one that starts with one: ranges or scores wrapped at
// their dashes one after another (`von 10` / `- 18 Uhr … von 11` / `- 17 Uhr`), not a list.
// Only a line as long as a hard-wrapped one counts: an item such as `- Neue Buslinie 12` is short.
const NUMBER_ITEM = /^\s*[-*]\s+\p{N}/u;
const ENDS_IN_NUMBER = /\p{N}\s*$/u;
const MIN_WRAPPED_LINE = 40;

/**
 * True when the block is a one-line lead-in over two or more items bulleted alike with `-` or
 * `*` (see CAPITAL_DASH_ITEM), none holding a dash between spaces (`What changes for cyclists`
 * / `- Bikes ride free` / `- Racks at both quays`): every line after the first an item.
 * Hard-wrapped prose may start a line with a dash aside (`Die Pendler` / `- Die meisten fahren
 * mit der S-Bahn - mussten…`) or a score's dash (`met 2` / `- 2 gelijk`), but seldom each of
 * two or more lines after the first, with a capital and no closing dash. An item starting with
 * a number under a long item (a wrapped line) ending in one is one of ranges or scores wrapped
 * at their dashes (`von 10` / `- 18 Uhr … von 11` / `- 17 Uhr`); a lead-in ending in a number
 * is no sign (`Die Termine für 2025` / `- 30 Juni: …`). Numbered items (`1.`) are left out:
 * wrapped German dates do start consecutive lines (`ab` / `1. Januar … ab` / `2. Juli.`).
 */
function dashListUnderLeadIn(lines: readonly string[]): boolean {
  if (lines.length < 3 || GOES_ON.test(lines[0]!.trimEnd())) return false;
  const bullet = CAPITAL_DASH_ITEM.exec(lines[1]!)?.[1];
  if (bullet === undefined) return false;
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (CAPITAL_DASH_ITEM.exec(line)?.[1] !== bullet || SPACED_DASH.test(line.trim().slice(1))) return false;
    if (k > 1 && wrappedAtDash(lines[k - 1]!, line)) return false;
  }
  return true;
}

/**
 * True when `line`, an item starting with a number, goes on from `above`, a wrapped line ending
 * in one; not when the item is a date and a colon (`- 1 May: … until March 2026` / `- 30 June:
 * …`), as in a list of dates whose items end in a year or a time.
 */
function wrappedAtDash(above: string, line: string): boolean {
  return NUMBER_ITEM.test(line) && ENDS_IN_NUMBER.test(above) && above.trim().length >= MIN_WRAPPED_LINE && !dateColonItem().test(line);
}

// The end of a line that closes a quotation, and the hyphen of a credit line under it.
const QUOTE_END = /["'”’»›“]$/u;
const CREDIT_HYPHEN = /^\s*-\s/u;

/**
 * True when the marked line at `i` is the speaker's credit under a quotation (`"We stay."` /
 * `- Lydia Peeters`): a hyphen on the block's last line, right after a line that ends in a
 * closing quote mark. It stays in the quotation's text, as a credit after a dash on the same
 * line does, and starts no list.
 */
function isCredit(lines: readonly string[], i: number): boolean {
  return i === lines.length - 1 && CREDIT_HYPHEN.test(lines[i]!) && QUOTE_END.test(lines[i - 1]!.trimEnd());
}

/**
 * Where the list of a block starts: the first line with a list marker (spec §2), or -1. A
 * marked line after unmarked ones starts the list when the line before it ends a sentence or
 * a colon (`We will do this:` / `- one thing`) or when its bullet is `•` or `・`, which no
 * sentence starts a line with, or when it is the second line of a one-line lead-in over
 * dash items (see `dashListUnderLeadIn`); or, with `anyLeadIn`, always. A hard-wrapped
 * sentence may put a dash or a number at the start of a line (`zei hij` / `- en dat was raar
 * -`, `am` / `3. März`), which starts no list.
 */
export function listStart(lines: readonly string[], anyLeadIn = false): number {
  for (let i = 0; i < lines.length; i++) {
    if (!LIST_MARKER.test(lines[i]!)) continue;
    if (i === 0 || anyLeadIn) return i;
    if (i === 1 && dashListUnderLeadIn(lines)) return i;
    if (isCredit(lines, i)) continue;
    if (SENTENCE_END.test(lines[i - 1]!.trimEnd()) || BULLET_ONLY.test(lines[i]!)) return i;
  }
  return -1;
}

/**
 * The entries of a list block: each marker starts one; unmarked lines continue the last. A
 * numbered list starts at its first marker's number; when its items do not count up by one
 * from there (a countdown `3.` `2.` `1.`, a gap, ties `3.` `3.`, `1. FC Köln` `1. FC Union`),
 * each item's own number is kept in `numbers`: a number may be data, so none is rewritten.
 */
export function listItems(lines: readonly string[]): { ordered: boolean; start?: number; numbers?: number[]; items: string[] } {
  const items: { lines: string[]; number: number | undefined }[] = [];
  for (const line of lines) {
    if (LIST_MARKER.test(line) || items.length === 0) {
      const written = ORDERED_MARKER.exec(line)?.[1];
      items.push({ lines: [line.replace(LIST_MARKER, '')], number: written === undefined ? undefined : Number(written) });
    } else items[items.length - 1]!.lines.push(line);
  }
  const kept = items.map((item) => ({ text: joinLines(item.lines), number: item.number })).filter((item) => item.text !== '');
  const first = items[0]?.number;
  if (first === undefined) return { ordered: false, items: kept.map((item) => item.text) };
  // An item marked with a bullet in a numbered list takes the number after the one before it.
  const numbers: number[] = [];
  for (const item of kept) numbers.push(item.number ?? (numbers.length === 0 ? first : numbers[numbers.length - 1]! + 1));
  // An empty item is left out, and with it its number: the list starts at the first item shown.
  const start = numbers[0] ?? first;
  const counting = numbers.every((number, i) => number === start + i);
  return { ordered: true, start, ...(counting ? {} : { numbers }), items: kept.map((item) => item.text) };
}
