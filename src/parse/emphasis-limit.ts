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
import { bareAddress, inEmailRun, isSchemeColon, mayHoldAddress, startsWww } from './markdown-addresses.js';

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
 * Code spans met in a scan from the left, as the limits read them: a backtick run opens one,
 * and the next run of the same length closes it (an unclosed one the caller sees at the end).
 */
class CodeSpans {
  private ticks = 0; // the length of the open span's backtick run; 0 outside one

  /** True inside an open span. */
  get isOpen(): boolean {
    return this.ticks !== 0;
  }

  /** Steps over the backtick run at `i`: where it ends, and whether it opened or closed a span. */
  step(text: string, i: number): { end: number; change: 'opened' | 'closed' | null } {
    let end = i;
    while (text.charCodeAt(end) === BACKTICK) end++;
    if (this.ticks === 0) {
      this.ticks = end - i;
      return { end, change: 'opened' };
    }
    if (end - i !== this.ticks) return { end, change: null };
    this.ticks = 0;
    return { end, change: 'closed' };
  }
}

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
  const spans = new CodeSpans();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!spans.isOpen) {
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
      const { end, change } = spans.step(text, i);
      if (change === 'opened') spanMarks = [];
      i = end - 1;
      continue;
    }
    if (!MARKS.has(code)) continue;
    if (!spans.isOpen) visit(i, 0);
    else spanMarks.push(i);
  }
  if (spans.isOpen) for (const at of spanMarks) visit(at, 0);
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
 * An `@` after a run of more than this many characters that marked reads as the start of an
 * email address is escaped: no address has such a name (a local part has at most 64).
 */
export const MAX_ADDRESS_RUN = 256;

/** More `!` than this in one inline context, or URLs in one word, are read as characters. */
export const MAX_RUN_STOPS = 256;

const BANG = 0x21;
// What a bare URL starts with: `h`, `f` (`https://`, `ftp://`, in any case) or `w` (`www.`).
const URL_START = new Set([0x48, 0x68, 0x46, 0x66, 0x77]);
const OPEN_BRACKET = 0x5b;
const SPACE = /\s/u;
// What limitRuns escapes besides the signs of addresses: without one, it has nothing to do.
const RUN_STOPS = /[@!<]/;

/** True where marked's URL rule stops: white space or `<`. */
function endsUrl(text: string, i: number, code: number): boolean {
  return code <= 0x20 || code === LESS_THAN || (code > 0x7f && SPACE.test(text[i]!));
}

/**
 * Inline Markdown with the characters escaped at which marked would look over the rest of a
 * long run again and again, outside code spans. Its text rule, wherever it stops (at a `!`, a
 * mark, a URL), looks ahead over the run of characters an email address may start with for an
 * `@`; its URL rule takes a URL to the next space. So 160 KB of `!` took 15 s to read, of
 * `https://a.b/(` 3 s, and 80 KB of `a.a.…@b` 6 s, each growing with the square. Escaped, each
 * is read as the character it is, once:
 * - an `@` after a run of more than MAX_ADDRESS_RUN such characters, not in a URL;
 * - every `!` not before `[`, after `<` or in a URL (where it means nothing), when there are
 *   more than MAX_RUN_STOPS;
 * - the `<` of every `<?` and `<!` (processing instructions and declarations, whose end marked
 *   looks for to the end of the text at each), when there are more than MAX_RUN_STOPS;
 * - the `:` of `https://` or the `.` of `www.` of each URL of a word that holds more than
 *   MAX_RUN_STOPS of them, or of a match marked would take more than MAX_RUN_STOPS characters
 *   off the end of, one a pass (`https://a.b/!!!…`): it is then no link.
 * A `!` or `@` in the part of a URL marked matches is never escaped (a backslash would be part
 * of the link); where marked sees no URL (`https://` without a host, in a code span) it is.
 * Linear in the text.
 */
export function limitRuns(inline: string): string {
  if (!RUN_STOPS.test(inline) && !mayHoldAddress(inline)) return inline;
  const ats: number[] = [];
  const bangs: number[] = [];
  const tags: number[] = [];
  const signs: number[] = [];
  const tails: number[] = []; // the signs of URLs in a match with a long tail
  let word: number[] = []; // the URL signs of the word read
  const spans = new CodeSpans();
  let opened = [0, 0, 0, 0, 0]; // the lengths of ats, bangs, tags, word and tails when a span opened
  let run = 0;
  // marked's match of the bare URL read (to the next space or `<`): a backslash put in it
  // would be part of the link, so no `!` or `@` in it is escaped. A backtick ends it here.
  let urlEnd = -1;
  // The end of the last URL match found, and whether marked would take more than
  // MAX_RUN_STOPS characters off it: it takes one a pass (`https://a.b/!!!…`), each pass over
  // the whole match. Every URL start in such a match has its sign escaped: no link, no passes.
  let matchEnd = -1;
  let longTail = false;
  const endWord = (): void => {
    if (word.length > MAX_RUN_STOPS) append(signs, word);
    word = [];
  };
  /** A URL's sign (`:` of its scheme, `.` of `www.`): escaped with its word's, or in a match with a long tail. */
  const urlSign = (at: number): void => {
    if (at < matchEnd && longTail) tails.push(at);
    word.push(at);
  };
  for (let i = 0; i < inline.length; i++) {
    const code = inline.charCodeAt(i);
    if (code === BACKSLASH && !spans.isOpen) {
      run = 0;
      i++;
      continue;
    }
    if (code === BACKTICK) {
      const { end, change } = spans.step(inline, i);
      if (change === 'opened') {
        opened = [ats.length, bangs.length, tags.length, word.length, tails.length];
      } else if (change === 'closed') {
        // What the span held is code: nothing in it is escaped.
        ats.length = opened[0]!;
        bangs.length = opened[1]!;
        tags.length = opened[2]!;
        word.length = Math.min(word.length, opened[3]!);
        tails.length = opened[4]!;
      }
      run += end - i;
      urlEnd = Math.min(urlEnd, i);
      i = end - 1;
      continue;
    }
    if (endsUrl(inline, i, code)) endWord();
    if (i >= matchEnd && URL_START.has(code)) {
      const address = bareAddress(inline, i);
      if (address && inline[address.sign] !== '@') {
        matchEnd = address.rawEnd;
        longTail = address.rawEnd - address.end > MAX_RUN_STOPS;
        if (!longTail) urlEnd = address.rawEnd;
      }
    }
    const inUrl = i < urlEnd;
    if (code === AT && run > MAX_ADDRESS_RUN && !inUrl) ats.push(i);
    else if (code === BANG && !inUrl && inline.charCodeAt(i + 1) !== OPEN_BRACKET && inline.charCodeAt(i - 1) !== LESS_THAN) bangs.push(i);
    else if (code === LESS_THAN && (inline[i + 1] === '?' || inline[i + 1] === '!')) tags.push(i);
    else if (isSchemeColon(inline, i)) urlSign(i);
    else if (code === 0x77 && startsWww(inline, i)) urlSign(i + 3);
    run = inEmailRun(code) ? run + 1 : 0;
  }
  endWord();
  // An unclosed backtick run opens no code span: what follows it counts.
  const many = (found: number[]): number[] => (found.length > MAX_RUN_STOPS ? found : []);
  const at = ats.concat(many(bangs), many(tags), signs, tails).sort((a, b) => a - b);
  // A sign escaped for its tail and again with its word is escaped once.
  return escapeAt(inline, at.filter((i, k) => k === 0 || at[k - 1] !== i));
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

/** marked's lexer, with each inline context's emphasis marks and address runs limited (see limitEmphasis, limitRuns). */
export class LimitedLexer extends Lexer {
  private depth = 0;

  /** Lexes inline Markdown (a context, or the inside of emphasis and links) with its marks limited. */
  override inlineTokens(src: string, tokens: Token[] = []): Token[] {
    const limited = limitEmphasis(limitRuns(src), this.depth >= MAX_EMPHASIS_DEPTH);
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
