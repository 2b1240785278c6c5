// The one Markdown escaper: text written into Markdown (`read --format markdown`, the link
// Markdown of HTML paragraphs, `summary --format markdown`) shows as the same text when read
// back. It lives in parse/ because the HTML parser writes Markdown too, and parse comes before
// render and batch, which import it from here.
import { maxOf } from '../arrays.js';
import { oneLine } from '../io/sanitize.js';

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

/** Text with every mark that could start inline markup escaped; white space left as it is. */
export function escapeInline(text: string): string {
  return text.replace(INLINE_MARKUP, '\\$&').replace(REFERENCE_START, '\\&');
}

/** A line of Markdown whose first characters cannot start a list or a heading underline. */
export function escapeLineStart(line: string): string {
  return line.replace(BLOCK_START, (mark, digits?: string) => (digits ? `${digits}\\` : `\\${mark}`));
}

/** Text escaped so that Markdown shows it as it is, on one line. */
export function escapeMarkdown(text: string): string {
  return escapeLineStart(escapeInline(oneLine(text)));
}
