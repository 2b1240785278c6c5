// Text with escape codes, measured and wrapped by display width: CJK and emoji take two
// columns, colour codes and hyperlinks none. Article text holds no ESC (decoding removes it),
// so every escape sequence met here is one the renderer made.
import stringWidth from './string-width.js';
import wrapAnsi from 'wrap-ansi';
import { breakLines, hasWideScript, holdSpaces } from './line-break.js';

// Colour (SGR) codes and OSC 8 hyperlink brackets: the only sequences the renderer writes.
const ESCAPE = /\x1b\[[0-9;]*m|\x1b\]8;[^\x07\x1b]*(?:\x07|\x1b\\)/gu;
/** Below this many columns after a hanging indent, a line wraps from the margin instead. */
const MIN_HANGING_COLUMNS = 12;
// What a line may start with that its continuation lines hang under: indentation, then a
// bullet, a number, a task box or a bar.
const HANG = /^(\s*(?:(?:[•◦▪‣*+-]|\d{1,9}[.)]|[☐☑]|[┃│])\s+(?:[☐☑]\s+)?)?)/u;

/** A text without its escape codes, and where each of its characters stands in the original. */
export interface Visible {
  text: string;
  /** `at[i]` is the index in the original of visible character `i`; one more at the end. */
  at: number[];
}

/** Maps a text with escape codes to its visible characters. */
export function visible(text: string): Visible {
  const at: number[] = [];
  let plain = '';
  let from = 0;
  const add = (end: number): void => {
    for (let i = from; i < end; i++) at.push(i);
    plain += text.slice(from, end);
  };
  for (const match of text.matchAll(ESCAPE)) {
    add(match.index);
    from = match.index + match[0].length;
  }
  add(text.length);
  at.push(text.length);
  return { text: plain, at };
}

/** The text without escape codes. */
export function stripAnsi(text: string): string {
  return text.replace(ESCAPE, '');
}

/** Columns a text takes on a terminal. */
export function width(text: string): number {
  return stringWidth(text);
}

/**
 * Whether a text takes more than `columns` columns, measuring a long one only as far as it
 * must: a code unit takes at most two columns, so its first 2 × columns + 2 are enough, but
 * where zero-width characters fill them (or the cut splits a cluster, off by up to two).
 */
export function widerThan(text: string, columns: number): boolean {
  const plain = stripAnsi(text);
  const enough = 2 * columns + 2;
  if (plain.length > enough && stringWidth(plain.slice(0, enough)) > columns + 2) return true;
  return stringWidth(plain) > columns;
}

// SGR codes that end an attribute, by the codes that start it (as chalk writes them).
const SGR_RESET = 0;
const HYPERLINK_START = '\x1b]8;';
const HYPERLINK_END = '\x1b]8;;\x07';
// A hyperlink bracket without a URL, with either terminator: the end of a link.
const HYPERLINK_CLOSE = /^\x1b\]8;[^;\x07\x1b]*;(?:\x07|\x1b\\)$/;
const SGR_CLOSE: ReadonlyArray<readonly [first: number, last: number, close: number]> = [
  [1, 2, 22],
  [3, 3, 23],
  [4, 4, 24],
  [5, 6, 25],
  [7, 7, 27],
  [8, 8, 28],
  [9, 9, 29],
  [30, 38, 39],
  [90, 97, 39],
  [40, 48, 49],
  [100, 107, 49],
  [53, 53, 55],
];

/**
 * The styles open at a point of a text: what a line must close at its end and open again at
 * the start of the next, so that each line of a wrapped text is styled on its own.
 */
class OpenStyles {
  /** Opening codes, by the code that closes them. */
  private readonly open = new Map<number, string>();
  private link = '';

  /** Takes in one escape sequence of the text. */
  apply(sequence: string): void {
    if (sequence.startsWith(HYPERLINK_START)) {
      this.link = HYPERLINK_CLOSE.test(sequence) ? '' : sequence;
      return;
    }
    const code = Number(sequence.slice(2, -1).split(';')[0] || SGR_RESET);
    if (code === SGR_RESET) return this.open.clear();
    const close = SGR_CLOSE.find(([first, last]) => code >= first && code <= last)?.[2];
    if (close !== undefined) this.open.set(close, (this.open.get(close) ?? '') + sequence);
    else this.open.delete(code);
  }

  /** Whether an escape sequence ends a style (or a link) rather than starting one. */
  static closes(sequence: string): boolean {
    if (sequence.startsWith(HYPERLINK_START)) return HYPERLINK_CLOSE.test(sequence);
    const code = Number(sequence.slice(2, -1).split(';')[0] || SGR_RESET);
    return code === SGR_RESET || SGR_CLOSE.some(([, , close]) => close === code);
  }

  /** The codes that open every style now open. */
  opening(): string {
    return this.link + [...this.open.values()].join('');
  }

  /** The codes that close every style now open. */
  closing(): string {
    return [...this.open.keys()].map((close) => `\x1b[${close}m`).join('') + (this.link ? HYPERLINK_END : '');
  }
}

// Columns of a cluster of characters, remembered: CJK text repeats its characters.
const MAX_REMEMBERED_WIDTHS = 4096;
const clusterWidths = new Map<string, number>();

function clusterWidth(cluster: string): number {
  if (cluster.length === 1 && cluster < '\x7f') return 1;
  let columns = clusterWidths.get(cluster);
  if (columns === undefined) {
    if (clusterWidths.size >= MAX_REMEMBERED_WIDTHS) clusterWidths.clear();
    columns = stringWidth(cluster);
    clusterWidths.set(cluster, columns);
  }
  return columns;
}

/**
 * Wraps text with CJK in it by breakLines' rules, keeping its styles: each line closes the
 * styles open at its end and the next opens them again, as wrap-ansi's lines do.
 */
function wrapWide(text: string, shown: Visible, columns: number): string[] {
  const escapes = [...text.matchAll(ESCAPE)];
  const styles = new OpenStyles();
  let next = 0; // the first escape not yet taken in
  const takeEscapesBefore = (end: number): void => {
    while (next < escapes.length && escapes[next]!.index < end) styles.apply(escapes[next++]![0]);
  };
  return breakLines(shown.text, columns, clusterWidth).map(([start, end], line) => {
    const from = shown.at[start]!;
    const to = end > start ? shown.at[end - 1]! + 1 : from;
    takeEscapesBefore(from);
    // The first line starts with the codes before its text as written, a code that closes a
    // style opened before this text included (as wrap-ansi keeps it); later ones reopen theirs.
    const opening = line === 0 ? (text.slice(0, from).match(ESCAPE) ?? []).join('') : styles.opening();
    takeEscapesBefore(to);
    // The escapes right after the line's last character that end a style stay on it; one
    // that starts a style belongs to the next line.
    let through = to;
    while (next < escapes.length && escapes[next]!.index === through && OpenStyles.closes(escapes[next]![0])) {
      through += escapes[next]![0].length;
      styles.apply(escapes[next++]![0]);
    }
    return opening + text.slice(from, through) + styles.closing();
  });
}

// A word this long goes to the CJK breaker too, which cuts it where each line is full in one
// pass: wrap-ansi takes super-linear time to cut a long word of non-ASCII letters (200,000
// `é` took minutes), and no real word or address comes near it.
const LONG_WORD_UNITS = 1000;
const LONG_WORD = new RegExp(`\\S{${LONG_WORD_UNITS}}`, 'u');

/**
 * Wraps text to a width (none when null), breaking words longer than a line; text with CJK in
 * it (or a word of a thousand characters) breaks by its own rules, and French punctuation
 * keeps its spaces (see line-break.ts).
 */
export function wrap(text: string, columns: number | null): string[] {
  if (columns === null) return text.split('\n');
  const room = Math.max(1, columns);
  const held = holdSpaces(text, room, widerThan);
  const wrapped = hasWideScript(held.text) || (held.text.length >= LONG_WORD_UNITS && LONG_WORD.test(held.text))
    ? wrapWide(held.text, visible(held.text), room)
    : wrapAnsi(held.text, room, { hard: true, trim: true }).split('\n');
  return held.release(wrapped);
}

// One escape code at a given place (sticky).
const ESCAPE_AT = new RegExp(ESCAPE.source, 'y');

/**
 * Where the hanging prefix of a line ends, from just after its last character: the codes
 * there that close its styles (a coloured bullet) stay with it, and those that open the
 * text's (a list item in bold) go with the text, to be carried over every line it wraps to.
 */
function hangEnd(line: string, from: number): number {
  let cut = from;
  for (ESCAPE_AT.lastIndex = cut; ; ESCAPE_AT.lastIndex = cut) {
    const code = ESCAPE_AT.exec(line);
    if (code === null || !OpenStyles.closes(code[0])) return cut;
    cut += code[0].length;
  }
}

/**
 * Wraps one rendered line so that its continuation lines hang under its text, after its
 * indentation and bullet (lists, code, nested quotes), and no line is wider than `columns`.
 */
function wrapHanging(line: string, columns: number | null): string[] {
  if (columns === null || !widerThan(line, columns)) return [line];
  const shown = visible(line);
  const hang = HANG.exec(shown.text)?.[1] ?? '';
  const hangWidth = width(hang);
  if (hangWidth === 0 || columns - hangWidth < MIN_HANGING_COLUMNS) return wrap(line, columns);
  const cut = hangEnd(line, shown.at[hang.length - 1]! + 1);
  const rest = wrap(line.slice(cut), columns - hangWidth);
  const indent = ' '.repeat(hangWidth);
  return rest.map((part, i) => (i === 0 ? line.slice(0, cut) : indent) + part);
}

/** Wraps every line of rendered text (hanging where it can) to at most `columns`. */
export function fit(lines: readonly string[], columns: number | null): string[] {
  return lines.flatMap((line) => line.split('\n')).flatMap((line) => wrapHanging(line, columns));
}
