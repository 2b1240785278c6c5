// string-width, answered without it where the answer is plain. The first time string-width
// meets a character outside printable ASCII it compiles its emoji regexes (`\p{RGI_Emoji}`
// with the v flag, about 15 ms): a Dutch article's first `’` would pay that on every `read`.
// Text of characters that are each one column and never join a neighbour into one grapheme
// (Latin letters, Latin-1 signs, general punctuation) is as wide as it is long; anything else
// goes to string-width itself. The build gives wrap-ansi this module for string-width too.
import realStringWidth from 'string-width';
import stripAnsi from 'strip-ansi';

/** The options string-width takes. */
export interface WidthOptions {
  ambiguousIsNarrow?: boolean;
  countAnsiEscapeCodes?: boolean;
}

// Printable ASCII, Latin-1 but the soft hyphen (which is invisible), Latin Extended-A and -B,
// IPA and spacing modifier letters, and general punctuation (dashes, quotes, bullets,
// ellipsis, per mille, guillemets) but its invisible controls, the line and paragraph
// separators and the emoji ‼ and ⁉, the euro sign, and the box-drawing lines the reader
// draws its rules and boxes with: one column each (tests/string-width.test.ts checks every
// one against string-width), none an extending or joining character.
const ONE_COLUMN_EACH = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e\u20ac\u2500-\u257f]*$/;

/** Columns a text takes on a terminal, exactly as string-width counts them. */
export default function stringWidth(text: string, options: WidthOptions = {}): number {
  if (options.ambiguousIsNarrow === false) return realStringWidth(text, options);
  const plain = !options.countAnsiEscapeCodes && (text.includes('\u001b') || text.includes('\u009b')) ? stripAnsi(text) : text;
  return ONE_COLUMN_EACH.test(plain) ? plain.length : realStringWidth(text, options);
}
