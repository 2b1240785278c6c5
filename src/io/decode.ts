// Bytes to text (spec §1): BOMs, UTF-8, UTF-16, the Windows-1252 fallback, binary refusal.
import { createRequire } from 'node:module';
import { BINARY_SNIFF_BYTES } from '../config.js';
import { InputError } from '../errors.js';
import { lazy } from '../lazy.js';
import { describeGuess, guessCodePage } from './code-page.js';
import { sanitize } from './sanitize.js';

/** Text decoded from a file, with the encoding it came in and a warning to show, if any. */
export interface DecodedText {
  text: string;
  encoding: string;
  warning: string | null;
}

type IconvLite = typeof import('iconv-lite');
let iconv: IconvLite | undefined;

// iconv-lite is only needed off the UTF-8 path, so it is loaded on first use.
function iconvLite(): IconvLite {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as IconvLite;
  return iconv;
}

/** True when `name` is an encoding `decode` can be told to use. */
export function isKnownEncoding(name: string): boolean {
  return iconvLite().encodingExists(name);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  const body = bytes.subarray(2, bytes.length - (bytes.length % 2));
  if (!bigEndian) return new TextDecoder('utf-16le').decode(body);
  const swapped = Buffer.from(body);
  swapped.swap16();
  return new TextDecoder('utf-16le').decode(swapped);
}

/** A file with a UTF-16 byte-order mark; an odd last byte, half a code unit, is left out with a warning. */
function utf16(bytes: Uint8Array, file: string, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const text = sanitize(decodeUtf16(bytes, encoding === 'utf-16be'));
  const warning = bytes.length % 2 === 1 ? `'${file}': ${encoding.toUpperCase()} with an odd number of bytes; the last byte was left out` : null;
  return { text, encoding, warning };
}

// UTF-16 text has a NUL in the high byte (the odd bytes little-endian, the even bytes
// big-endian) of each space, digit and ASCII sign, and of every Latin-1 letter: a tenth of its
// code units at least, in Russian or Greek too, and most of them in a Latin script. Its low
// bytes are almost never NUL. A binary file's NULs fall on both.
const UTF16_HIGH_NULS = 0.1;
const UTF16_LOW_NULS = 0.02;

// Chinese, Japanese and Korean in UTF-16 have too few ASCII characters for that: there the
// text read both ways tells, one being letters and the other not. Text has almost no code
// points that are controls, unpaired surrogates, private use or unassigned; bytes read as
// UTF-16 have many.
const NOT_TEXT = /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Co}\p{Cn}\ufffd]/gu;
const LETTER = /\p{L}/gu;
const MAX_NOT_TEXT = 0.02;
const MIN_LETTERS = 0.3;
// Bytes that are mostly printable ASCII, or UTF-8, are text with a stray NUL, not UTF-16 of
// those scripts (half their bytes at most are ASCII). And a few bytes tell nothing.
const MAX_ASCII_SHARE = 0.85;
const MIN_UTF16_BYTES = 32;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** What the binary guesses count in a file's first bytes, in one pass. */
interface ByteCensus {
  /** NUL bytes at even and at odd offsets. */
  nuls: [number, number];
  /** Tab and line feed bytes at even and at odd offsets. */
  breaks: [number, number];
  /** Bytes under 0x80. */
  sevenBit: number;
  /** Printable ASCII, tabs and line ends. */
  printable: number;
}

/** Counts what ByteCensus holds in `head`. */
function censusOf(head: Uint8Array): ByteCensus {
  const census: ByteCensus = { nuls: [0, 0], breaks: [0, 0], sevenBit: 0, printable: 0 };
  for (let i = 0; i < head.length; i++) {
    const byte = head[i]!;
    if (byte === 0) census.nuls[i % 2]!++;
    if (byte === TAB || byte === LINE_FEED) census.breaks[i % 2]!++;
    if (byte < 0x80) census.sevenBit++;
    if ((byte >= 0x20 && byte < 0x7f) || byte === TAB || byte === LINE_FEED || byte === CARRIAGE_RETURN) census.printable++;
  }
  return census;
}

// UTF-16 of Cyrillic, Greek, Arabic or Hebrew is valid UTF-8 (bytes under 0x80), its high
// bytes C0 controls other than NUL (0x04 for Cyrillic): read as UTF-8, one code point in two or
// three is one. UTF-8 text with stray NULs has few or none of those (a form feed, an ANSI
// escape). Short Chinese or Japanese in UTF-16 can be valid UTF-8 with few such controls (one
// in twenty): it gets no hint, as a missing hint misleads no one and a wrong one would.
const OTHER_CONTROL = /[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
const MAX_OTHER_CONTROL_SHARE = 0.1;
// UTF-16 of Devanagari and Gurmukhi is all bytes under 0x80, with tabs and line feeds for high
// bytes (U+09xx, U+0Axx): most bytes of one parity, almost none of the other. In ASCII text
// they fall at either parity, unless every line or field is one letter; in Cyrillic or Greek
// UTF-8 they may keep to one parity (two bytes a letter), but most bytes are 0x80 or more.
const MIN_ONE_SIDED_BREAKS = 0.25;
const MAX_OTHER_SIDE_BREAKS = 0.05;
const MIN_ASCII_BYTES = 0.95;

/** True when the bytes are ASCII whose tabs and line feeds fill one parity and hardly the other, as UTF-16's high bytes. */
function oneSidedBreaks(census: ByteCensus, length: number): boolean {
  const half = Math.max(1, length / 2);
  const [even, odd] = census.breaks;
  return census.sevenBit >= length * MIN_ASCII_BYTES && Math.max(even, odd) / half >= MIN_ONE_SIDED_BREAKS && Math.min(even, odd) / half <= MAX_OTHER_SIDE_BREAKS;
}

/** The share of code points of `text` that no text has, or null when it is not mostly letters or that share is over MAX_NOT_TEXT. */
function notTextShare(text: string): number | null {
  const length = Math.max(1, text.length);
  if ((text.match(LETTER)?.length ?? 0) / length < MIN_LETTERS) return null;
  const share = (text.match(NOT_TEXT)?.length ?? 0) / length;
  return share <= MAX_NOT_TEXT ? share : null;
}

/** `head` read as UTF-16 (a last odd byte left out). */
function utf16Reading(head: Uint8Array, bigEndian: boolean): string {
  const even = Buffer.from(head.subarray(0, head.length - (head.length % 2)));
  if (bigEndian) even.swap16();
  return new TextDecoder('utf-16le').decode(even);
}

// Stray NULs in UTF-8 text are a few; UTF-16 of Latin script has one in every other byte.
const MAX_STRAY_NUL_SHARE = 1 / 8;

/**
 * True when the bytes are UTF-8 (a sequence cut at their end allowed) with a few NULs and few
 * other C0 controls: text with stray NULs, not UTF-16.
 */
function isUtf8Text(head: Uint8Array, census: ByteCensus): boolean {
  if (census.nuls[0] + census.nuls[1] > head.length * MAX_STRAY_NUL_SHARE || oneSidedBreaks(census, head.length)) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return false;
  }
  return (text.match(OTHER_CONTROL)?.length ?? 0) / Math.max(1, text.length) < MAX_OTHER_CONTROL_SHARE;
}

/** The UTF-16 encoding the bytes of `head` (a file's start) look like, or null for a binary file. */
function utf16Without(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (head.length < MIN_UTF16_BYTES) return null;
  const census = censusOf(head);
  if (isUtf8Text(head, census)) return null;
  const units = head.length / 2;
  const [even, odd] = [census.nuls[0] / units, census.nuls[1] / units];
  if (odd >= UTF16_HIGH_NULS && even <= UTF16_LOW_NULS) return 'utf-16le';
  if (even >= UTF16_HIGH_NULS && odd <= UTF16_LOW_NULS) return 'utf-16be';
  if (census.printable / head.length >= MAX_ASCII_SHARE) return null;
  const little = notTextShare(utf16Reading(head, false));
  const big = notTextShare(utf16Reading(head, true));
  if (little !== null && (big === null || little < big)) return 'utf-16le';
  if (big !== null && (little === null || big < little)) return 'utf-16be';
  return null;
}

/**
 * Decodes a file's bytes to sanitized text with LF line ends. `file` names the input in
 * errors and warnings; `encoding` forces an encoding instead of detecting one.
 */
export function decode(bytes: Uint8Array, file: string, encoding?: string): DecodedText {
  if (encoding) {
    const text = iconvLite().decode(Buffer.from(bytes), encoding, { stripBOM: true });
    return { text: sanitize(text), encoding: encoding.toLowerCase(), warning: null };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes, file, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes, file, 'utf-16be');
  // Only UTF-16 has NUL bytes in text; after a UTF-8 byte-order mark they still mean binary.
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (head.includes(0)) {
    const guess = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? null : utf16Without(head);
    const hint = guess ? ` (it looks like UTF-16 without a byte-order mark: use --encoding ${guess})` : '';
    throw new InputError(file, `binary file (NUL bytes), not an article${hint}`);
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: sanitize(utf8(bytes.subarray(3), false)), encoding: 'utf-8', warning: null };
  }
  try {
    return { text: sanitize(utf8(bytes, true)), encoding: 'utf-8', warning: null };
  } catch {
    // Node's TextDecoder('windows-1252') maps 0x80-0x9F to C1 controls, losing ‘ ’ “ ” €;
    // iconv-lite has the real table.
    const text = iconvLite().decode(Buffer.from(bytes), 'windows-1252');
    // Spec §1 reads it as Windows-1252 all the same; the warning says what the page declares
    // or, failing that, what it looks like.
    return { text: sanitize(text), encoding: 'windows-1252', warning: `'${file}': not valid UTF-8, read as Windows-1252${why(bytes)}` };
  }
}

// Bytes a browser looks through for a page's declared encoding (the HTML standard's prescan).
const CHARSET_PRESCAN_BYTES = 1024;
// `<meta charset="…">`, `<meta http-equiv="Content-Type" content="text/html; charset=…">` or
// an XML declaration's `encoding="…"`, read off bytes taken one for one as characters.
// Made on first use: only bytes that are not UTF-8 ask.
const declaredCharsetPattern = lazy(() => /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)|<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)/i);
// Encodings that read as Windows-1252 does, for what a page writes in them (as browsers read
// them), by their names without case, dashes or underscores.
const WINDOWS_1252_ALIKE: ReadonlySet<string> = new Set(['windows1252', 'cp1252', 'iso88591', 'latin1', 'l1', 'cp819', 'ibm819', 'usascii', 'ascii']);

/** The canonical name of an encoding label as browsers know it (`ISO_8859-1` → `windows-1252`), or the label. */
function canonicalEncoding(label: string): string {
  if (WINDOWS_1252_ALIKE.has(label.replace(/[^a-z0-9]/g, ''))) return 'windows-1252';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return label;
  }
}

/** The encoding a page or XML file declares in its first bytes, in lower case, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, CHARSET_PRESCAN_BYTES)).toString('latin1');
  const match = declaredCharsetPattern().exec(head);
  return (match?.[1] ?? match?.[2])?.toLowerCase() ?? null;
}

/**
 * Why bytes that are not UTF-8 were read as Windows-1252, for the warning: a page that declares
 * Windows-1252 or Latin-1 says so; one that declares another encoding is told to use it; other
 * bytes get a guess at their code page, if any.
 */
function why(bytes: Uint8Array): string {
  const declared = declaredCharset(bytes);
  const canonical = declared && canonicalEncoding(declared);
  if (declared && canonical === 'windows-1252') return `, as it declares (${declared})`;
  if (declared && canonical && canonical !== 'utf-8' && isKnownEncoding(canonical)) {
    return `; it declares ${declared}: try --encoding ${canonical}`;
  }
  const mostly = mostlyUtf8(bytes);
  if (mostly) {
    const bad = mostly.invalid === 1 ? '1 byte is not' : `${mostly.invalid.toLocaleString('en')} bytes are not`;
    return `; it is mostly UTF-8 (${bad}, the first at offset ${mostly.first.toLocaleString('en')}): try --encoding utf-8`;
  }
  const guess = guessCodePage(bytes, isKnownEncoding);
  return guess ? `; ${describeGuess(guess)}` : '';
}

/** What a scan of bytes as UTF-8 found: sequences of two bytes or more that are UTF-8, bytes that are not, the first of those. */
interface Utf8Scan {
  valid: number;
  invalid: number;
  first: number;
}

/**
 * Whether bytes that are not all UTF-8 are mostly so: more characters beyond ASCII written as
 * UTF-8 than bytes that are not (one Latin-1 `é` pasted into a UTF-8 export). Windows-1252 text
 * has next to none of the first, as its `é` is a lone byte; null when not.
 */
export function mostlyUtf8(bytes: Uint8Array): Utf8Scan | null {
  const scan: Utf8Scan = { valid: 0, invalid: 0, first: -1 };
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceAt(bytes, i);
    if (length > 0) {
      scan.valid++;
      i += length;
    } else {
      if (scan.first < 0) scan.first = i;
      scan.invalid++;
      i++;
    }
  }
  return scan.invalid > 0 && scan.valid > scan.invalid ? scan : null;
}

/** The length of the UTF-8 sequence of two bytes or more that starts at `i` (shortest form, no surrogates), or 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  const second = bytes[i + 1]!;
  // Overlong forms, surrogates and code points past U+10FFFF are no UTF-8.
  if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return 0;
  return length;
}

const BOM = '\ufeff';
const REPLACEMENT = '\ufffd';

/**
 * What `decode` gives for a file that Node read as UTF-8 into `text`, or null when only the
 * bytes can tell: a U+FFFD may stand for bytes that are not UTF-8 (then the file is read as
 * Windows-1252, or is UTF-16 with a byte-order mark), and a NUL near the start for a binary
 * file. Else the two readings agree: valid UTF-8, a UTF-8 byte-order mark taken off.
 */
export function decodedUtf8(text: string): DecodedText | null {
  if (text.includes(REPLACEMENT) || text.slice(0, BINARY_SNIFF_BYTES).includes('\0')) return null;
  return { text: sanitize(text.startsWith(BOM) ? text.slice(1) : text), encoding: 'utf-8', warning: null };
}

function utf8(bytes: Uint8Array, fatal: boolean): string {
  return new TextDecoder('utf-8', { fatal, ignoreBOM: true }).decode(bytes);
}
