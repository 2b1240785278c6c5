// Blocks the terminal renderer draws the same whatever the input format: tables (by display
// width, cells wrapped, never cut) and code (highlighted by the theme, broken where full).
// marked-terminal's own table (cli-table3) cuts cells it cannot wrap and measures emoji
// differently, and its highlighter picks colours by itself, so both are done here.
import { maxOf } from '../arrays.js';
import { createRequire } from 'node:module';
import wrapAnsi from 'wrap-ansi';
import { stripAnsi, width, wrap } from './ansi.js';
import { applyStyle, themeChalk, type Painter, type Theme } from './theme.js';

type CliHighlight = typeof import('cli-highlight');
let cliHighlight: CliHighlight | undefined;

/** What blocks are drawn with: the theme, its painter, and the columns available (null: no limit). */
export interface BlockStyle {
  theme: Theme;
  paint: Painter;
  width: number | null;
}

/** The texts of a table's cells as they show, to share the width among its columns. */
interface TableShape {
  header: string[];
  rows: string[][];
}

/** Columns of a table cell besides its text: one space on each side. */
const CELL_PADDING = 2;
/** The narrowest column worth drawing: two characters of text. */
const MIN_COLUMN = CELL_PADDING + 2;
/** Spaces a tab in code stands for (string-width gives a tab no width at all). */
const TAB_SPACES = 4;
/** Each column's natural width (padding included): its widest cell, header or row. */
function naturalWidths(table: TableShape): number[] {
  return table.header.map((cell, i) => maxOf(table.rows.map((row) => width(row[i] ?? '')), width(cell)) + CELL_PADDING);
}

/**
 * Column widths (padding included) that fit a table whose columns are `natural` wide into
 * `columns`, sharing the room out narrowest column first; undefined when it fits as it is,
 * null when it cannot fit at all.
 */
function columnWidths(natural: readonly number[], columns: number | null): number[] | undefined | null {
  const count = natural.length;
  const room = columns === null ? Infinity : columns - (count + 1);
  if (natural.reduce((a, b) => a + b, 0) <= room) return undefined;
  if (room < count * MIN_COLUMN) return null;
  const widths = new Array<number>(count).fill(0);
  let left = room;
  const order = natural.map((w, i) => ({ w, i })).sort((a, b) => a.w - b.w);
  order.forEach(({ w, i }, k) => {
    widths[i] = Math.max(MIN_COLUMN, Math.min(w, Math.floor(left / (count - k))));
    left -= widths[i]!;
  });
  return widths;
}

function highlighter(): CliHighlight {
  cliHighlight ??= createRequire(import.meta.url)('cli-highlight') as CliHighlight;
  return cliHighlight;
}

/** Code highlighted by the theme's syntax styles; plain when the theme has none or the language is unknown. */
function highlightCode(text: string, lang: string | null, style: BlockStyle): string {
  const { theme, paint } = style;
  if (lang === null || Object.keys(theme.syntax).length === 0) return paint('code', text);
  const { highlight, supportsLanguage, DEFAULT_THEME } = highlighter();
  if (!supportsLanguage(lang)) return paint('code', text);
  const chalk = themeChalk();
  // Every class gets a function, so none falls back to the highlighter's own colours.
  const classes = Object.fromEntries(
    Object.keys(DEFAULT_THEME).map((name) => [name, (s: string) => applyStyle(chalk, theme.syntax[name] ?? [], s)]),
  );
  return highlight(text, { language: lang, ignoreIllegals: true, theme: classes });
}

/** The lines of a code block: highlighted when the theme has syntax colours, broken where full, each behind the bar. */
export function codeLines(text: string, lang: string | null, style: BlockStyle): string[] {
  const prefix = style.paint('border', style.theme.codePrefix);
  const room = style.width === null ? null : Math.max(1, style.width - width(style.theme.codePrefix));
  const source = text.replace(/\t/g, ' '.repeat(TAB_SPACES)).replace(/\n+$/u, '');
  return highlightCode(source, lang, style)
    .split('\n')
    // Code breaks where the line is full, keeping its spaces, and every piece keeps the bar.
    .flatMap((line) => (room === null ? [line] : wrapAnsi(line, room, { hard: true, trim: false, wordWrap: false }).split('\n')))
    .map((line) => prefix + line);
}

/** A table too narrow to draw: each row as `header: cell` lines. */
function tableAsLines(header: string[], rows: string[][]): string[] {
  return rows.flatMap((row, r) => [...(r > 0 ? [''] : []), ...row.map((cell, i) => `${header[i] ?? ''}: ${cell}`)]);
}

function pad(text: string, room: number, align: string | null): string {
  const space = Math.max(0, room - width(text));
  if (align === 'right') return ' '.repeat(space) + text;
  if (align === 'center') return ' '.repeat(Math.floor(space / 2)) + text + ' '.repeat(Math.ceil(space / 2));
  return text + ' '.repeat(space);
}

/**
 * Columns the box frame adds to a table over the plain one: `│ ` on the left and ` │` on the
 * right; inside, `│` and ` | ` both take a cell's padding and one separator column.
 */
const BOX_FRAME = 4;

/**
 * Draws a table with box characters, its columns narrowed (cells wrapped, never cut) to fit
 * the width, measured by display width like everything else; in a theme without box drawing
 * (pipes, files) the columns are split by ` | ` with a `-` rule under the header.
 */
export function drawTable(header: string[], rows: string[][], align: (string | null)[], style: BlockStyle): string[] {
  const boxed = style.theme.drawBox;
  const shape = { header: header.map(stripAnsi), rows: rows.map((row) => row.map(stripAnsi)) };
  // The plain table is the boxed one without its outer frame: it has that much more room.
  const natural = naturalWidths(shape);
  const widths = columnWidths(natural, boxed || style.width === null ? style.width : style.width + BOX_FRAME);
  if (widths === null) return tableAsLines(header, rows);
  const rooms = (widths ?? natural).map((w) => w - CELL_PADDING);
  const border = (text: string): string => style.paint('rule', text);
  const rule = (left: string, middle: string, right: string): string =>
    border(left + rooms.map((room) => '─'.repeat(room + CELL_PADDING)).join(middle) + right);
  const lines = (cells: string[]): string[] => {
    const wrapped = rooms.map((room, i) => wrap(cells[i] ?? '', room));
    const height = maxOf(wrapped.map((cell) => cell.length));
    const padded = (k: number): string[] => wrapped.map((cell, i) => pad(cell[k] ?? '', rooms[i]!, align[i] ?? null));
    return Array.from({ length: height }, (_, k) =>
      boxed
        ? border('│') + padded(k).map((cell) => ` ${cell} `).join(border('│')) + border('│')
        : padded(k).join(' | ').trimEnd(),
    );
  };
  if (!boxed) {
    const plainRule = '-'.repeat(rooms.reduce((sum, room) => sum + room, 0) + (rooms.length - 1) * ' | '.length);
    return [...lines(header), plainRule, ...rows.flatMap(lines)];
  }
  return [rule('┌', '┬', '┐'), ...lines(header), rule('├', '┼', '┤'), ...rows.flatMap(lines), rule('└', '┴', '┘')];
}
