// Bare addresses as marked's GFM rules read them in inline Markdown: a URL (`https://…`,
// `ftp://…` anywhere; `www.…` at the start of a word, after a space, `(`, `*`, `_` or `~`) or
// an email address. Their marks (`*`, `_`, `~`) are part of the link: a backslash put before
// one ends up in it (`raw\_data` links to `raw%5C_data`). The escaper and the emphasis limit
// leave them as they are.
import { lazy } from '../lazy.js';

// The schemes marked links bare (`https://…`, `ftp://…`), in any case.
const SCHEMES = 'https?|ftp';
const SCHEME_BEFORE = new RegExp(`(?:${SCHEMES})$`, 'i');
// marked's own extent of a URL: to the next space or `<` (its `url` rule).
const BARE_URL = new RegExp(`(?:(?:${SCHEMES}):\\/\\/|www\\.)[A-Za-z\\d-][^\\s<]*`, 'iy');
// What of it stays the link: marked takes trailing punctuation and marks off it, and an
// unbalanced `)` or a final `&…;` (its `_backpedal`, repeated until nothing changes).
const BACKPEDAL = /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/;
const TRAILING = `?!.,:;*_'"~)`;
// Where marked starts a `www.` link: at the start, after a space, `*`, `_`, `~` or `(` (where
// its text rule stops for one), and after an escape (`\[www.…`; it tries a link wherever a
// token ends), so after any character the escaper escapes.
const WWW_AFTER = /[\s*_~(\\`[\]<>#|&]/u;
// An email address (`press_office@example.com`), as marked's GFM rule reads one: from the start
// of a run of the characters its text rule stops before.
const BARE_EMAIL = /[A-Za-z\d._+-]+@[A-Za-z\d_-]+(?:\.[A-Za-z\d_-]*[A-Za-z\d])+(?![\w-])/y;
// The characters of that run, by ASCII code (asked of every character of a paragraph), made
// on first need: no work at module load.
const EMAIL_RUN = lazy(() => {
  const table = new Uint8Array(0x80);
  for (let code = 0; code < 0x80; code++) table[code] = /[A-Za-z\d.!#$%&'*+/=?_`{|}~-]/.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
});
/** True for a character of the runs marked reads as an email address's start (`[A-Za-z0-9.!#$%&'*+/=?_\`{|}~-]`). */
export const inEmailRun = (code: number): boolean => code < 0x80 && EMAIL_RUN()[code] === 1;
// What could start an address: without one, a text has none (a quick test before the scan).
const ADDRESS_SIGN = /:\/\/|www\.|@/i;

/** A bare address found in a text. */
export interface BareAddress {
  /** Where the link ends: what marked makes a link of is `text.slice(start, end)`. */
  end: number;
  /** Where marked's match ends, the punctuation and marks it takes off the link included. */
  rawEnd: number;
  /** Its scheme's `:`, `www.`'s `.` or the `@`: a backslash before it keeps marked from linking. */
  sign: number;
}

/** True when a text may hold a bare address (see `bareAddress`); false when it cannot. */
export function mayHoldAddress(text: string): boolean {
  return ADDRESS_SIGN.test(text);
}

/** True when the `:` at `i` is that of a scheme marked links bare (`https://`). */
export function isSchemeColon(text: string, i: number): boolean {
  return text[i] === ':' && text.startsWith('//', i + 1) && SCHEME_BEFORE.test(text.slice(Math.max(0, i - 5), i));
}

/** True when marked starts a `www.` link at `i`: `www.` in lower case, first or after WWW_AFTER. */
export function startsWww(text: string, i: number): boolean {
  return text.startsWith('www.', i) && (i === 0 || WWW_AFTER.test(text[i - 1]!));
}

/** The length of a final `&name;` of `text[0, end)`, 0 when it has none. */
function finalReference(text: string, end: number): number {
  if (text[end - 1] !== ';') return 0;
  let at = end - 1;
  while (at > 0 && /[a-zA-Z0-9]/.test(text[at - 1]!)) at--;
  return at < end - 1 && at > 0 && text[at - 1] === '&' ? end - at + 1 : 0;
}

/** True when the `)` ending `text[0, end)` closes a `(` after the `)` before it: a pair BACKPEDAL keeps. */
function closesPair(text: string, end: number): boolean {
  for (let at = end - 2; at >= 0; at--) {
    if (text[at] === ')') return false;
    if (text[at] === '(') return true;
  }
  return false;
}

/**
 * The link marked keeps of a URL's match: BACKPEDAL once, then what its further passes take
 * off the end, one a pass (a final `&name;`, else a final punctuation mark or mark, but a `)`
 * closing a pair), taken off here in one walk back, as repeating the regex would take time
 * growing with the square.
 */
function backpedal(raw: string): string {
  const kept = BACKPEDAL.exec(raw)?.[0] ?? '';
  let end = kept.length;
  for (;;) {
    const reference = finalReference(kept, end);
    const last = kept[end - 1];
    if (reference > 0) end -= reference;
    else if (last !== undefined && TRAILING.includes(last) && !(last === ')' && closesPair(kept, end))) end--;
    else return kept.slice(0, end);
  }
}

/**
 * The bare URL or email address that marked reads starting at `i`, or null. Linear over a text
 * when asked at each position in turn (an email is tried once per run, at its start).
 */
export function bareAddress(text: string, i: number): BareAddress | null {
  const code = text.charCodeAt(i);
  const lower = code | 0x20;
  const www = code === 0x77;
  if (lower === 0x68 || lower === 0x66 || (www && startsWww(text, i))) { // h, f, w
    BARE_URL.lastIndex = i;
    if (BARE_URL.test(text)) {
      const rawEnd = BARE_URL.lastIndex;
      const sign = www ? i + 3 : text.indexOf(':', i);
      return { end: i + backpedal(text.slice(i, rawEnd)).length, rawEnd, sign };
    }
  }
  if (inEmailRun(code) && (i === 0 || !inEmailRun(text.charCodeAt(i - 1)))) {
    BARE_EMAIL.lastIndex = i;
    if (BARE_EMAIL.test(text)) return { end: BARE_EMAIL.lastIndex, rawEnd: BARE_EMAIL.lastIndex, sign: text.indexOf('@', i) };
  }
  return null;
}
