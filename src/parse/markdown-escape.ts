// The one Markdown escaper: text written into Markdown (`read --format markdown`, the link
// Markdown of HTML paragraphs, `summary --format markdown`) shows as the same text when read
// back. It lives in parse/ because the HTML parser writes Markdown too, and parse comes before
// render and batch, which import it from here.
import { maxOf } from '../arrays.js';
import { oneLine } from '../io/sanitize.js';
import { bareAddressEnd, mayHoldAddress } from './markdown-addresses.js';

// Characters that would start markup anywhere in a line (GFM's tables, strikethrough included).
const INLINE_MARKUP = /[\\`*_[\]<>#|~]/g;
// An ampersand before a name or `#` would be read as a character reference (`&copy;`).
const REFERENCE_START = /&(?=[#A-Za-z])/g;
// What starts a block when it opens a line and the inline escapes leave alone: a list bullet,
// a setext underline, an ordered list's number (`1.`, `1)`).
const BLOCK_START = /^(?:[-+=]|(\d{1,9})(?=[.)]))/;

/** The longest run of backticks in a text (0 when it has none): a code fence or span around it must be longer. */
export function longestBacktickRun(text: string): number {
  return maxOf((text.match(/`+/g) ?? []).map((run) => run.length), 0);
}

// Inside a bare address only the cell separator is escaped: a table splits its row at `|`
// before it reads a cell's links (and un-escapes `\|`); anything else escaped would join the
// link (`raw\_data` links to `raw%5C_data`), and no reference or markup starts inside one.
const ADDRESS_MARKUP = /\|/g;

function escapeMarkup(text: string): string {
  return text.replace(INLINE_MARKUP, '\\$&').replace(REFERENCE_START, '\\&');
}

/**
 * Text with every mark that could start inline markup escaped; white space left as it is.
 * Bare URLs and email addresses keep their marks, as Markdown reads them as links, unless
 * `addresses` is false: inside a link's text, where Markdown reads none.
 */
export function escapeInline(text: string, addresses = true): string {
  if (!addresses || !mayHoldAddress(text)) return escapeMarkup(text);
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const end = bareAddressEnd(text, i);
    if (end === i) continue;
    out += escapeMarkup(text.slice(from, i)) + text.slice(i, end).replace(ADDRESS_MARKUP, '\\|');
    from = end;
    i = end - 1;
  }
  return out + escapeMarkup(text.slice(from));
}

/** A line of Markdown whose first characters cannot start a list or a heading underline. */
export function escapeLineStart(line: string): string {
  return line.replace(BLOCK_START, (mark, digits?: string) => (digits ? `${digits}\\` : `\\${mark}`));
}

/** Text escaped so that Markdown shows it as it is, on one line. */
export function escapeMarkdown(text: string): string {
  return escapeLineStart(escapeInline(oneLine(text)));
}
