// Bare addresses as marked's GFM rules read them in inline Markdown: a URL (`https://…`,
// `ftp://…`, `www.…`) or an email address, anywhere in the text. Their marks (`*`, `_`, `~`)
// are part of the address: a backslash put before one ends up in the link (`raw\_data` links
// to `raw%5C_data`). The escaper and the emphasis limit leave them as they are.
import { lazy } from '../lazy.js';

// A backtick ends a URL here: marked may pair it with a later one as a code span. marked looks
// for one anywhere, after a space, a bracket (`(https://…)`), a quote mark or a letter alike.
const BARE_URL = /(?:(?:https?|ftp):\/\/|www\.)[A-Za-z\d-][^\s<`]*/iy;
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
const inEmailRun = (code: number): boolean => code < 0x80 && EMAIL_RUN()[code] === 1;
// What could start an address: without one, a text has none (a quick test before the scan).
const ADDRESS_SIGN = /:\/\/|www\.|@/i;

/** True when a text may hold a bare address (see `bareAddressEnd`); false when it cannot. */
export function mayHoldAddress(text: string): boolean {
  return ADDRESS_SIGN.test(text);
}

/**
 * Where the bare URL or email address starting at `i` ends (what marked takes off a URL's end,
 * trailing punctuation and marks, included: escaped, those would join the URL); `i` when none
 * starts there. Linear over a text when asked at each position in turn.
 */
export function bareAddressEnd(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const lower = code | 0x20;
  if (lower === 0x68 || lower === 0x66 || lower === 0x77) { // h, f, w
    BARE_URL.lastIndex = i;
    if (BARE_URL.test(text)) return BARE_URL.lastIndex;
  }
  // Tried once per run of address characters, at its start.
  if (inEmailRun(code) && (i === 0 || !inEmailRun(text.charCodeAt(i - 1)))) {
    BARE_EMAIL.lastIndex = i;
    if (BARE_EMAIL.test(text)) return BARE_EMAIL.lastIndex;
  }
  return i;
}
