// Text with escape codes, measured and wrapped by display width: CJK and emoji take two
// columns, colour codes and hyperlinks none. Article text holds no ESC (decoding removes it),
// so every escape sequence met here is one the renderer made.
import stringWidth from './string-width.js';
import wrapAnsi from 'wrap-ansi';

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

/** Wraps text to a width (none when null), breaking words longer than a line. */
export function wrap(text: string, columns: number | null): string[] {
  if (columns === null) return text.split('\n');
  return wrapAnsi(text, Math.max(1, columns), { hard: true, trim: true }).split('\n');
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
  const cut = shown.at[hang.length]!;
  const rest = wrap(line.slice(cut), columns - hangWidth);
  const indent = ' '.repeat(hangWidth);
  return rest.map((part, i) => (i === 0 ? line.slice(0, cut) : indent) + part);
}

/** Wraps every line of rendered text (hanging where it can) to at most `columns`. */
export function fit(lines: readonly string[], columns: number | null): string[] {
  return lines.flatMap((line) => line.split('\n')).flatMap((line) => wrapHanging(line, columns));
}
