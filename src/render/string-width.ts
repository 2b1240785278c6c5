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

// string-width slows down faster than the text grows (a paragraph of 64,000 Japanese
// characters took it 0.5 s, one of 200,000 over half a minute), so a long text is measured in
// pieces of about this many code units, cut where no grapheme can span the cut.
const PIECE_UNITS = 2048;
// How far past a piece's length a cut is looked for; text with no such place in it (a run of
// combining marks) is cut there all the same, which can miscount a column at the cut.
const PIECE_SLACK_UNITS = 256;
const ZERO_WIDTH_JOINER = 0x200d;

/**
 * Whether a grapheme may start at `at` and not join what comes before: before printable
 * ASCII, a CJK ideograph or a kana letter, and not after a zero-width joiner or the first
 * half of a surrogate pair.
 */
function isSafeCut(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  const before = text.charCodeAt(at - 1);
  const starts = (unit >= 0x20 && unit < 0x7f) || (unit >= 0x3041 && unit <= 0x3096) || (unit >= 0x30a1 && unit <= 0x30fa) || (unit >= 0x3400 && unit <= 0x9fff);
  return starts && before !== ZERO_WIDTH_JOINER && !(before >= 0xd800 && before <= 0xdbff);
}

/** string-width of a long text, summed over pieces cut where graphemes cannot span the cut. */
function widthInPieces(text: string, options: WidthOptions): number {
  let columns = 0;
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + PIECE_UNITS);
    const latest = Math.min(text.length, to + PIECE_SLACK_UNITS);
    while (to < latest && !isSafeCut(text, to)) to++;
    columns += realStringWidth(text.slice(from, to), options);
    from = to;
  }
  return columns;
}

/** Columns a text takes on a terminal, as string-width counts them (a very long text in pieces). */
export default function stringWidth(text: string, options: WidthOptions = {}): number {
  const plain = !options.countAnsiEscapeCodes && (text.includes('\u001b') || text.includes('\u009b')) ? stripAnsi(text) : text;
  if (options.ambiguousIsNarrow !== false && ONE_COLUMN_EACH.test(plain)) return plain.length;
  return plain.length > PIECE_UNITS ? widthInPieces(plain, { ...options, countAnsiEscapeCodes: true }) : realStringWidth(text, options);
}
