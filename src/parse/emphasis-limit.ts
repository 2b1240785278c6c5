// marked pairs emphasis delimiters (`*`, `_`, and `~` for strikethrough) in time that grows
// with the square of their number in one inline context (a paragraph, a heading, a list
// item's text, a table cell): 250,000 runs of `***` in a 1 MB paragraph took 75 s, 100,000
// `*` around a letter overflowed its stack. An article puts a few in a paragraph. The lexer
// here hands marked each inline context with its marks escaped when it holds more than
// MAX_EMPHASIS_MARKS, so they are read as the characters they are. Only inline contexts are
// touched: code blocks, HTML blocks and everything marked does not read as inline text are
// never seen here; in a context, code spans, autolinks and bare addresses keep their marks.
import { Lexer, type MarkedOptions, type Token, type TokensList } from 'marked';
import { append } from '../arrays.js';
import { bareAddress, inEmailRun } from './markdown-addresses.js';

/** More `*`, `_` and `~` than this in one inline context are read as characters, not emphasis. */
export const MAX_EMPHASIS_MARKS = 256;

const BACKSLASH = 0x5c;
const BACKTICK = 0x60;
const LESS_THAN = 0x3c;
const AT = 0x40;
const MARKS = new Set([0x2a, 0x5f, 0x7e]); // * _ ~
// An autolink (`<https://…>`, `<mailto:…>`): its marks are part of an address, as are those
// of a bare URL or email address (markdown-addresses.ts).
const AUTOLINK = /<[A-Za-z][A-Za-z\d+.-]{1,31}:[^\s<>]*>/y;

/**
 * Visits the marks of inline Markdown that can delimit emphasis: not escaped, not in a closed
 * code span (an unclosed backtick run opens none: the marks after it count) or an autolink,
 * which marked hides from its search for closing marks. The marks of a bare URL or email
 * address are visited with its number (from 1; 0 outside one): marked searches through them,
 * so they count, but escaping them would change the address. A `_` inside a word (`data_0_v2`) is
 * never emphasis, yet marked spends as long on it as on any mark (100,000 `x_` took 24 s), so
 * it counts and is escaped like the others. Linear in the text.
 */
function forEachMark(text: string, visit: (at: number, url: number) => void): void {
  let urls = 0;
  let spanMarks: number[] = [];
  let spanTicks = 0; // the length of the open code span's backtick run; 0 outside one
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (spanTicks === 0) {
      if (code === BACKSLASH) {
        i++;
        continue;
      }
      if (code === LESS_THAN) {
        AUTOLINK.lastIndex = i;
        if (AUTOLINK.test(text)) {
          i = AUTOLINK.lastIndex - 1;
          continue;
        }
      }
      const address = bareAddress(text, i);
      if (address) {
        // A backtick ends it here: marked may pair it with a later one as a code span.
        const tick = text.slice(i, address.end).indexOf('`');
        const urlEnd = tick >= 0 ? i + tick : address.end;
        urls++;
        for (let at = i; at < urlEnd; at++) if (MARKS.has(text.charCodeAt(at))) visit(at, urls);
        i = urlEnd - 1;
        continue;
      }
    }
    if (code === BACKTICK) {
      let end = i;
      while (text.charCodeAt(end) === BACKTICK) end++;
      const ticks = end - i;
      if (spanTicks === 0) {
        spanTicks = ticks;
        spanMarks = [];
      } else if (ticks === spanTicks) spanTicks = 0;
      i = end - 1;
      continue;
    }
    if (!MARKS.has(code)) continue;
    if (spanTicks === 0) visit(i, 0);
    else spanMarks.push(i);
  }
  if (spanTicks !== 0) for (const at of spanMarks) visit(at, 0);
}

/**
 * Inline Markdown with its marks escaped when it holds more than MAX_EMPHASIS_MARKS, or when
 * `all` (a context nested too deep); else as it is.
 */
export function limitEmphasis(inline: string, all = false): string {
  const perUrl = new Map<number, number>(); // marks of each bare URL
  let marks = 0;
  forEachMark(inline, (_i, url) => {
    marks++;
    if (url !== 0) perUrl.set(url, (perUrl.get(url) ?? 0) + 1);
  });
  if (!all && marks <= MAX_EMPHASIS_MARKS) return inline;
  // A URL's marks are escaped too only when it alone has too many: no address has that many.
  const at: number[] = [];
  forEachMark(inline, (i, url) => {
    if (url === 0 || all || perUrl.get(url)! > MAX_EMPHASIS_MARKS) at.push(i);
  });
  return escapeAt(inline, at);
}

/**
 * An `@` after a run of more than this many characters that marked reads as an email address
 * is escaped: no address has such a name (a local part has at most 64), and marked tries one
 * at each character of the run (`a.a.a.…@b`: 80 KB took 6 s, 1 MB minutes).
 */
export const MAX_ADDRESS_RUN = 256;

/** Inline Markdown with the `@` escaped that ends a run longer than MAX_ADDRESS_RUN, outside code spans. Linear. */
export function limitAddressRuns(inline: string): string {
  if (!inline.includes('@')) return inline;
  const at: number[] = [];
  let spanAt: number[] = [];
  let spanTicks = 0; // the length of the open code span's backtick run; 0 outside one
  let run = 0;
  for (let i = 0; i < inline.length; i++) {
    const code = inline.charCodeAt(i);
    if (code === BACKSLASH && spanTicks === 0) {
      run = 0;
      i++;
      continue;
    }
    if (code === BACKTICK) {
      let end = i;
      while (inline.charCodeAt(end) === BACKTICK) end++;
      if (spanTicks === 0) {
        spanTicks = end - i;
        spanAt = [];
      } else if (end - i === spanTicks) spanTicks = 0;
      run += end - i;
      i = end - 1;
      continue;
    }
    if (code === AT && run > MAX_ADDRESS_RUN) (spanTicks === 0 ? at : spanAt).push(i);
    run = inEmailRun(code) ? run + 1 : 0;
  }
  // An unclosed backtick run opens no code span: the `@` after it count.
  if (spanTicks !== 0) append(at, spanAt);
  return escapeAt(inline, at);
}

/** The text with a backslash before each of the ascending positions `at`. */
function escapeAt(text: string, at: readonly number[]): string {
  if (at.length === 0) return text;
  let out = '';
  let from = 0;
  for (const i of at) {
    out += `${text.slice(from, i)}\\`;
    from = i;
  }
  return out + text.slice(from);
}

/**
 * Emphasis nested deeper than this has the marks inside it read as characters: marked lexes
 * the inside of each level again, so 128 levels around 1 MB of words took 4 s to read.
 * Articles nest two (a link in bold).
 */
export const MAX_EMPHASIS_DEPTH = 8;

/** marked's lexer, with each inline context's emphasis marks and address runs limited (see limitEmphasis, limitAddressRuns). */
export class LimitedLexer extends Lexer {
  private depth = 0;

  /** Lexes inline Markdown (a context, or the inside of emphasis and links) with its marks limited. */
  override inlineTokens(src: string, tokens: Token[] = []): Token[] {
    const limited = limitEmphasis(limitAddressRuns(src), this.depth >= MAX_EMPHASIS_DEPTH);
    this.depth++;
    try {
      return super.inlineTokens(limited, tokens);
    } finally {
      this.depth--;
    }
  }
}

/** Lexes a Markdown document with the limited lexer; a stand-in for marked's own `lex` (see `provideLexer`). */
export function lexLimited<P = string, R = string>(src: string, options?: MarkedOptions<P, R>): TokensList {
  return new LimitedLexer(options as MarkedOptions | undefined).lex(src);
}

/** Lexes inline Markdown with the limited lexer; a stand-in for marked's own `lexInline`. */
export function lexInlineLimited<P = string, R = string>(src: string, options?: MarkedOptions<P, R>): Token[] {
  return new LimitedLexer(options as MarkedOptions | undefined).inlineTokens(src);
}
