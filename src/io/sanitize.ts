// Article text must never drive the terminal: escape sequences are removed whole, then
// every remaining control character but LF and TAB, and the bidi controls (spec §1).

import { joinSoftBreaks } from '../analyse/chars.js';

// CSI (7-bit and 8-bit): parameters, intermediates, one final byte.
const CSI = String.raw`(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?`;
// OSC, DCS, SOS, PM, APC: a string up to its terminator (BEL or ST); an unterminated one
// ends at the line's end, so a stray opener cannot swallow the rest of the article.
const STRING_SEQ = String.raw`(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?`;
// Any other escape: ESC, intermediates, a final byte (ESC c, ESC 7, ESC ( B, …).
const OTHER_ESC = String.raw`\x1b[\x20-\x2f]*[\x30-\x7e]?`;
const ESCAPE_SEQUENCES = new RegExp(`${STRING_SEQ}|${CSI}|${OTHER_ESC}`, 'g');

// C0 but TAB and LF, DEL, C1; bidi embeddings, overrides and isolates (Trojan Source); the
// deprecated format characters that switch shaping and symmetric swapping (U+206A-U+206F) and
// the interlinear annotation marks (U+FFF9-U+FFFB), which no text needs and which hide or
// change what is shown; BOMs and other zero-width no-breaks left inside the text; and soft
// hyphens (U+00AD), a web page's hints where a word may break, which terminals show one way
// or another and which would split a word for grep and for every rule (`Bundes&shy;regierung`).
const CONTROL = String.raw`[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u202a-\u202e\u2066-\u206f\ufeff\ufff9-\ufffb]`;
const CONTROLS = new RegExp(CONTROL, 'g');
// The same class without the global flag: `test` with a global regex would carry lastIndex over.
const HAS_CONTROL = new RegExp(CONTROL);
const LINE_BREAKS = /\r\n?|[\u2028\u2029\x85]/g;
// Everything the three replacements below act on starts with one of these characters (CR and
// the Unicode line breaks, ESC and the 8-bit introducers among the controls): a text without
// any, nearly every article, is returned as it is, and the escape-sequence regex is never built.
const NEEDS_SANITIZING = new RegExp(String.raw`[\r\u2028\u2029]|${CONTROL}`);

/** Removes escape sequences and control characters and turns CRLF, CR and U+2028 into LF. */
export function sanitize(text: string): string {
  // Line ends first: an unterminated sequence ends at its line's end, also in a file with CR line ends.
  if (!NEEDS_SANITIZING.test(text)) return text;
  return text.replace(LINE_BREAKS, '\n').replace(ESCAPE_SEQUENCES, '').replace(CONTROLS, '');
}

// Whitespace but the ideographic space, which Chinese and Japanese text keeps as written
// inside a line, as the plain-text parser does (at a line break it goes, see joinSoftBreaks).
const WHITESPACE = /[^\S\u3000]+/gu;

/**
 * Runs of whitespace as one space, trimmed: a block's text as one line. A line break between
 * two Chinese or Japanese characters goes (see joinSoftBreaks).
 */
export function oneLine(text: string): string {
  return joinSoftBreaks(text).replace(WHITESPACE, ' ').trim();
}

/**
 * Text decoded after the file was sanitized (HTML entities, YAML escapes) made safe and tidy:
 * sanitized, so `&#27;[2J` or `"\e[2J"` cannot become a live escape, then on one line.
 */
export function cleanText(raw: string): string {
  return oneLine(sanitize(raw));
}

/** True when the text holds a character `sanitize` would remove (for tests and assertions). */
export function hasControlCharacters(text: string): boolean {
  return HAS_CONTROL.test(text);
}

/** Text from outside (a file name, an argument) made safe to show on one line of a terminal. */
export function printable(text: string): string {
  return sanitize(text).replace(/[\n\t]/g, ' ');
}
