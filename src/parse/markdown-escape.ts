// The one Markdown escaper: text written into Markdown (`read --format markdown`, the link
// Markdown of HTML paragraphs, `summary --format markdown`) shows as the same text when read
// back. It lives in parse/ because the HTML parser writes Markdown too, and parse comes before
// render and batch, which import it from here.
import { maxOf } from '../arrays.js';
import { oneLine } from '../io/sanitize.js';
import { bareAddress, mayHoldAddress, type BareAddress } from './markdown-addresses.js';

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

// In a table cell, `|` in an address is still escaped: a table splits its row at `|` before it
// reads a cell's links, and takes `\|` for `|`. Anything else escaped in an address would join
// the link (`raw\_data` links to `raw%5C_data`), and no reference or markup starts inside one.
const CELL_SEPARATOR = /\|/g;
// What makes marked link a text: a scheme's `://`, `www.`, an `@` (each escaped, none does).
const LINK_SIGNS = /:(?=\/\/)|(?<=www)\.|@/gi;

function escapeMarkup(text: string): string {
  return text.replace(INLINE_MARKUP, '\\$&').replace(REFERENCE_START, '\\&');
}

/** Where escaped text goes: prose, a table cell, or a link's text (which holds no links). */
export type MarkdownContext = 'text' | 'cell' | 'link-text';

/**
 * An address written so that Markdown shows its text: as it is, where marked links all of it
 * and takes nothing after it into the link; else escaped like other text, with a backslash
 * before every scheme's `:`, `www.`'s `.` and `@` in it so that marked links none of it (a mark or
 * `&name;` that marked takes off its end, `(https://example.com/*)`, would turn into markup
 * unescaped and join the link escaped, as would a `<` right after it).
 */
function escapeAddress(text: string, i: number, { end, rawEnd, sign }: BareAddress, context: MarkdownContext): string {
  const trailer = text.slice(end, rawEnd);
  const url = text[sign] !== '@';
  if (escapeMarkup(trailer) === trailer && !(url && text[rawEnd] === '<')) {
    const address = text.slice(i, rawEnd);
    return context === 'cell' ? address.replace(CELL_SEPARATOR, '\\|') : address;
  }
  return escapeMarkup(text.slice(i, rawEnd)).replace(LINK_SIGNS, '\\$&');
}

/**
 * Text with every mark that could start inline markup escaped; white space left as it is.
 * Bare URLs and email addresses keep their marks, as Markdown reads them as links (see
 * escapeAddress), except in a link's text, where Markdown reads none.
 */
export function escapeInline(text: string, context: MarkdownContext = 'text'): string {
  if (context === 'link-text' || !mayHoldAddress(text)) return escapeMarkup(text);
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const address = bareAddress(text, i);
    if (!address) continue;
    out += escapeMarkup(text.slice(from, i)) + escapeAddress(text, i, address, context);
    from = address.rawEnd;
    i = address.rawEnd - 1;
  }
  return out + escapeMarkup(text.slice(from));
}

/** A line of Markdown whose first characters cannot start a list or a heading underline. */
export function escapeLineStart(line: string): string {
  return line.replace(BLOCK_START, (mark, digits?: string) => (digits ? `${digits}\\` : `\\${mark}`));
}

/** Text escaped so that Markdown shows it as it is, on one line (in `context`, prose by default). */
export function escapeMarkdown(text: string, context: MarkdownContext = 'text'): string {
  return escapeLineStart(escapeInline(oneLine(text), context));
}
