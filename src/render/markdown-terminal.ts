// Body elements that Markdown brings (lists, emphasis, links, code, tables) rendered through
// marked-terminal, styled by the theme. This module is heavy (marked-terminal, and the
// highlighter on demand), so the terminal renderer imports it only for articles that need it.
// marked-terminal's own choices that depend on the process (its global chalk, its hyperlink
// detection, its highlighter's colours) are replaced by the theme's. Tables are drawn here by
// display width rather than by marked-terminal's cli-table3, which cuts cells it cannot wrap
// and measures emoji differently.
import { createRequire } from 'node:module';
import { Marked, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import wrapAnsi from 'wrap-ansi';
import { decodeEntities } from '../io/entities.js';
import { htmlText } from '../parse/markdown-text.js';
import { stripAnsi, width, wrap } from './ansi.js';
import { applyStyle, themeChalk, type Painter, type Theme } from './theme.js';

type CliHighlight = typeof import('cli-highlight');
let cliHighlight: CliHighlight | undefined;

/** What Markdown is rendered with: the theme, its painter, the width, and hyperlink support. */
export interface MarkdownOptions {
  theme: Theme;
  paint: Painter;
  /** Columns available, or null for no limit. */
  width: number | null;
  /** Make links OSC 8 hyperlinks (the terminal supports them and colour is on). */
  hyperlinks: boolean;
}

/** A renderer of Markdown blocks for one theme and width. */
export interface MarkdownRenderer {
  /** The lines a block of Markdown renders to (tables drawn to fit; other lines not yet wrapped). */
  block(source: string): string[];
  /** The lines of a code block, highlighted when the theme has syntax colours. */
  code(text: string, lang: string | null): string[];
}

/** The texts of a table's cells as they show, to share the width among its columns. */
export interface TableShape {
  header: string[];
  rows: string[][];
}

/** Columns of a table cell besides its text: one space on each side. */
const CELL_PADDING = 2;
/** The narrowest column worth drawing: two characters of text. */
const MIN_COLUMN = CELL_PADDING + 2;
/** Spaces a tab in code stands for (string-width gives a tab no width at all). */
const TAB_SPACES = 4;
// Addresses that may become OSC 8 hyperlinks; anything else is shown as text.
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The URL of a link target when it may be a hyperlink (http, https, mailto), else null. */
export function hyperlinkTarget(href: string): string | null {
  try {
    const url = new URL(href);
    return LINK_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** An OSC 8 hyperlink around text; `url` must come from `hyperlinkTarget`. */
function osc8(text: string, url: string): string {
  return `\x1b]8;;${url}\x07${text}\x1b]8;;\x07`;
}

/**
 * Column widths (padding included) that fit a table into `columns`, sharing the room out
 * narrowest column first; undefined when it fits as it is, null when it cannot fit at all.
 */
export function columnWidths(table: TableShape, columns: number | null): number[] | undefined | null {
  const count = table.header.length;
  const natural = table.header.map(
    (cell, i) => Math.max(width(cell), ...table.rows.map((row) => width(row[i] ?? ''))) + CELL_PADDING,
  );
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
function highlightCode(text: string, lang: string | null, options: MarkdownOptions): string {
  const { theme, paint } = options;
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

function codeLines(text: string, lang: string | null, options: MarkdownOptions): string[] {
  const prefix = options.paint('border', options.theme.codePrefix);
  const room = options.width === null ? null : Math.max(1, options.width - width(options.theme.codePrefix));
  const source = text.replace(/\t/g, ' '.repeat(TAB_SPACES)).replace(/\n+$/u, '');
  return highlightCode(source, lang, options)
    .split('\n')
    // Code breaks where the line is full, keeping its spaces, and every piece keeps the bar.
    .flatMap((line) => (room === null ? [line] : wrapAnsi(line, room, { hard: true, trim: false, wordWrap: false }).split('\n')))
    .map((line) => prefix + line);
}

function listBody(body: string, ordered: boolean, options: MarkdownOptions): string {
  let n = 0;
  return body
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      // marked-terminal starts each item of this list with `* ` at the margin; nested lists are indented.
      if (!line.startsWith('* ')) return `  ${line}`;
      n++;
      return options.paint('bullet', ordered ? `${n}. ` : options.theme.bullet) + line.slice(2);
    })
    .join('\n');
}

/** Makes the Markdown renderer for a theme, a width and hyperlink support. */
export function markdownRenderer(options: MarkdownOptions): MarkdownRenderer {
  const { paint } = options;
  const style = (element: Parameters<Painter>[0]) => (text: string) => paint(element, text);
  const same = (text: string): string => text;
  const marked = new Marked();
  marked.use(
    markedTerminal({
      code: style('code'),
      blockquote: style('pullQuote'),
      html: same,
      heading: style('subheading'),
      firstHeading: style('heading'),
      hr: style('rule'),
      listitem: same,
      list: (body: string, ordered: boolean) => listBody(body, ordered, options),
      paragraph: same,
      strong: style('strong'),
      em: style('emphasis'),
      codespan: style('code'),
      del: style('strike'),
      link: same,
      href: style('link'),
      text: same,
      unescape: false,
      emoji: false,
      width: options.width ?? 80,
      showSectionPrefix: false,
      reflowText: false,
      tab: 2,
    }),
  );
  marked.use({
    renderer: {
      text(token: Tokens.Text | Tokens.Escape) {
        // marked-terminal prints a tight list item's text token raw; its inline tokens are the text.
        if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
        return token.type === 'escape' ? token.text : decodeEntities(token.text).replace(/\s*\n\s*/gu, ' ');
      },
      link(token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        const href = decodeEntities(token.href).trim();
        const target = hyperlinkTarget(href);
        if (options.hyperlinks && target) return osc8(paint('link', text), target);
        const shown = stripAnsi(text);
        if (href === '' || href === shown || href === `mailto:${shown}`) return paint('link', text);
        return `${paint('link', text)} ${paint('url', `(${href})`)}`;
      },
      image(token: Tokens.Image) {
        return paint('image', decodeEntities(token.text));
      },
      html(token: Tokens.HTML | Tokens.Tag) {
        return htmlText(token.text);
      },
      checkbox(token: Tokens.Checkbox) {
        return token.checked ? '☑ ' : '☐ ';
      },
      table(token: Tokens.Table) {
        const cells = (row: Tokens.TableCell[]): string[] => row.map((cell) => this.parser.parseInline(cell.tokens));
        const header = cells(token.header).map((cell) => paint('strong', cell));
        return `${drawTable(header, token.rows.map(cells), token.align, options).join('\n')}\n\n`;
      },
      code(token: Tokens.Code) {
        return `${codeLines(token.text, token.lang?.trim() || null, options).join('\n')}\n\n`;
      },
    },
  });
  return {
    block(source) {
      return (marked.parse(source) as string).replace(/\n+$/u, '').split('\n');
    },
    code: (text, lang) => codeLines(text, lang, options),
  };
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
 * Draws a table with box characters, its columns narrowed (cells wrapped, never cut) to fit
 * the width, measured by display width like everything else.
 */
function drawTable(header: string[], rows: string[][], align: (string | null)[], options: MarkdownOptions): string[] {
  const shape = { header: header.map(stripAnsi), rows: rows.map((row) => row.map(stripAnsi)) };
  const widths = columnWidths(shape, options.width);
  if (widths === null) return tableAsLines(header, rows);
  const rooms = (widths ?? header.map((_, i) => Math.max(...[shape.header, ...shape.rows].map((row) => width(row[i] ?? ''))) + CELL_PADDING)).map(
    (w) => w - CELL_PADDING,
  );
  const border = (text: string): string => options.paint('rule', text);
  const rule = (left: string, middle: string, right: string): string =>
    border(left + rooms.map((room) => '─'.repeat(room + CELL_PADDING)).join(middle) + right);
  const lines = (cells: string[]): string[] => {
    const wrapped = rooms.map((room, i) => wrap(cells[i] ?? '', room));
    const height = Math.max(...wrapped.map((cell) => cell.length));
    return Array.from({ length: height }, (_, k) =>
      border('│') + wrapped.map((cell, i) => ` ${pad(cell[k] ?? '', rooms[i]!, align[i] ?? null)} `).join(border('│')) + border('│'),
    );
  };
  return [rule('┌', '┬', '┐'), ...lines(header), rule('├', '┼', '┤'), ...rows.flatMap(lines), rule('└', '┴', '┘')];
}
