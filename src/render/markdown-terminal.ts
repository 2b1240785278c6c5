// Body elements that Markdown brings (lists, emphasis, links, code, tables) rendered through
// marked-terminal, styled by the theme. This module is heavy, so `read` imports it only for
// articles that need it and hands it to the terminal renderer. marked-terminal's own choices
// that depend on the process (its global chalk, its hyperlink detection, its highlighter, its
// tables) are replaced by the theme's and by the renderer's own tables and code (blocks.ts).
import { DEFAULT_WIDTH } from '../config.js';
import { Marked, type Token, type Tokens } from 'marked';
import { lexInlineLimited, lexLimited } from '../parse/emphasis-limit.js';
import { markedTerminal } from 'marked-terminal';
import { joinSoftBreaks } from '../analyse/chars.js';
import { decodeEntities } from '../io/entities.js';
import { htmlText } from '../parse/markdown-text.js';
import { stripAnsi } from './ansi.js';
import { codeLines, drawTable, type BlockStyle } from './blocks.js';
import type { Painter } from './theme.js';

/** What Markdown is rendered with: the block style, and whether links become hyperlinks. */
export interface MarkdownOptions extends BlockStyle {
  /** Make links OSC 8 hyperlinks (the terminal supports them and colour is on). */
  hyperlinks: boolean;
}

/** A renderer of Markdown blocks for one theme and width. */
export interface MarkdownRenderer {
  /** The lines a block of Markdown renders to (tables drawn to fit; other lines not yet wrapped). */
  block(source: string): string[];
}

/** Makes a Markdown renderer; the terminal renderer is handed one for articles that need it. */
export type MarkdownRendererFactory = (options: MarkdownOptions) => MarkdownRenderer;

// Addresses that may become OSC 8 hyperlinks; anything else is shown as text.
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The URL of a link target when it may be a hyperlink (http, https, mailto), else null. */
export function hyperlinkTarget(href: string): string | null {
  try {
    const url = new URL(href);
    return LINK_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

// A word of link text that names a place: a URL with a scheme, an e-mail address, or a bare
// domain (`mybank.example`, `www.bank.example/login`); its host is what the reader trusts.
const URL_WORD = /^[a-z][a-z\d+.-]*:\/\//iu;
// Labels of letters, combining marks (Devanagari vowel signs: `बैंक.भारत`) and digits.
const DOMAIN_WORD = /^(?:[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?\.)+\p{L}[\p{L}\p{M}]+\.?(?=$|[:/?#])/u;
// Punctuation around a word in running text (`(see bank.example).`), not part of the address.
const WORD_EDGES = /^[("'‘“<[]+|[)"'’”>\],.;:!?]+$/gu;

// What a reader sees as the same text: compatibility forms folded (`ＢＡＮＫ．ｅｘａｍｐｌｅ`, the
// one-dot leader `․`), invisible characters dropped (format characters and every other
// default-ignorable one: a zero-width space, a combining grapheme joiner, a variation selector
// inside `bank.example`), and the full stops that browsers take for a dot in a host name (UTS
// #46: the ideographic `。` and the half-width `｡`) made one between letters or digits of any
// script (`пример。рф`, `例え。jp`). A Chinese or Japanese link text of two sentences then
// looks like a host too and shows its address: the safe side.
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const HOST_DOTS = /(?<=[\p{L}\p{M}\p{N}])[。｡](?=[\p{L}\p{N}])/gu;

/** Link text as a reader sees it, for comparing the places it names with the target's. */
function asSeen(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(HOST_DOTS, '.');
}

/** A host as a URL normalises it (lower case, IDN as punycode, no `www.`); null if not a host. */
function normalHost(host: string): string | null {
  try {
    return new URL(`http://${host}`).hostname.replace(/\.$/u, '').replace(/^www\./u, '');
  } catch {
    return null;
  }
}

/** The host a word of link text names (`''` for a URL without one), or undefined for a plain word. */
function hostNamed(word: string): string | null | undefined {
  if (/^mailto:/iu.test(word)) return normalHost(word.slice(word.lastIndexOf('@') + 1));
  if (URL_WORD.test(word)) {
    try {
      return normalHost(new URL(word).hostname) ?? '';
    } catch {
      return '';
    }
  }
  const domain = word.slice(word.lastIndexOf('@') + 1).match(DOMAIN_WORD);
  return domain ? normalHost(domain[0]) : undefined;
}

/** The host of a hyperlink target (the domain of a `mailto:` address). */
function targetHost(target: string): string | null {
  const url = new URL(target);
  return url.protocol === 'mailto:' ? normalHost(url.pathname.slice(url.pathname.lastIndexOf('@') + 1)) : normalHost(url.hostname);
}

/**
 * True when link text may become a hyperlink to `target`: no word of the text looks like a URL,
 * an e-mail address or a domain of another host than the target's, so `[https://mybank.example]
 * (https://evil.example/)` is never a clickable bank-looking link (spec §1: article text plants
 * no hyperlink the reader cannot see through). `target` must come from `hyperlinkTarget`.
 */
export function mayPlantHyperlink(shown: string, target: string): boolean {
  const host = targetHost(target);
  return asSeen(shown)
    .split(/\s+/u)
    .map((word) => hostNamed(word.replace(WORD_EDGES, '')))
    .every((named) => named === undefined || (named !== null && named !== '' && named === host));
}

/**
 * The address shown beside a link's text: the target as the URL parser has it (lower-case host,
 * an international one as punycode, so the reader sees the real host), but without the `/`
 * the parser adds to a bare host (`https://example.org`), which the article did not write.
 */
function shownAddress(href: string, target: string): string {
  return target === `${href}/` ? href : target;
}

/** An OSC 8 hyperlink around text; `url` must come from `hyperlinkTarget`. */
function osc8(text: string, url: string): string {
  return `\x1b]8;;${url}\x07${text}\x1b]8;;\x07`;
}

function listBody(body: string, ordered: boolean, start: number, options: MarkdownOptions): string {
  let n = start - 1;
  const lines = body
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      // marked-terminal starts each item of this list with `* ` at the margin; nested lists are indented.
      if (!line.startsWith('* ')) return `  ${line}`;
      n++;
      return options.paint('bullet', ordered ? `${n}. ` : options.theme.bullet) + line.slice(2);
    });
  // A nested list follows its parent item's text directly; the line break keeps it off that line.
  return `\n${lines.join('\n')}`;
}

/** The text a token shows, roughly (its source for emphasis): what a soft break beside it sees. */
function textOf(token: Token | undefined): string {
  return token !== undefined && 'text' in token && typeof token.text === 'string' ? token.text : '';
}

/** Joins the soft breaks of the text tokens among inline tokens, each seeing its neighbours. */
function joinSoftBreaksOf(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    if (token.type === 'text' && !('tokens' in token && token.tokens) && token.text.includes('\n')) {
      token.text = joinSoftBreaks(token.text, textOf(tokens[i - 1]), textOf(tokens[i + 1]));
    }
  });
}

/** Makes the Markdown renderer for a theme, a width and hyperlink support. */
export const markdownRenderer: MarkdownRendererFactory = (options) => {
  const { paint } = options;
  const style = (element: Parameters<Painter>[0]) => (text: string) => paint(element, text);
  const same = (text: string): string => text;
  const marked = new Marked();
  // The renderer lexes a block's Markdown again: with the parser's limit on emphasis marks.
  marked.use({
    hooks: {
      provideLexer(block?: boolean) {
        return (block ?? this.block) === false ? lexInlineLimited : lexLimited;
      },
    },
  });
  // marked-terminal tells its list renderer only the body and whether the list is numbered.
  // The number of the first item is noted here as each list starts (nested ones start and end
  // inside it) and taken back as each ends, last in, first out.
  const starts: number[] = [];
  // marked (since 16) puts a task item's checkbox among the item's tokens, drawn by the
  // checkbox renderer below, and marked-terminal draws a `[ ]` of its own for a task item as
  // well: it is told the item is no task, so the box is drawn once.
  marked.use({
    walkTokens(token) {
      if (token.type === 'list_item' && token.task && token.tokens?.some((inner) => inner.type === 'checkbox')) token.task = false;
      // A soft break at the edge of a text token sits beside emphasis, a link or code: it is
      // judged with their text (`新たな**指針**\nを`), before the text is rendered alone.
      if ('tokens' in token && token.tokens) joinSoftBreaksOf(token.tokens);
    },
  });
  marked.use(
    markedTerminal({
      code: style('code'),
      blockquote: style('pullQuote'),
      html: same,
      heading: style('subheading'),
      firstHeading: style('heading'),
      hr: style('rule'),
      listitem: same,
      list: (body: string, ordered: boolean) => listBody(body, ordered, starts.pop() ?? 1, options),
      paragraph: same,
      strong: style('strong'),
      em: style('emphasis'),
      codespan: style('code'),
      del: style('strike'),
      link: same,
      href: style('link'),
      text: same,
      unescape: false,
      emoji: false,
      width: options.width ?? DEFAULT_WIDTH,
      showSectionPrefix: false,
      reflowText: false,
      tab: 2,
    }),
  );
  marked.use({
    renderer: {
      text(token: Tokens.Text | Tokens.Escape) {
        // marked-terminal prints a tight list item's text token raw; its inline tokens are the text.
        if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
        return token.type === 'escape' ? token.text : joinSoftBreaks(decodeEntities(token.text));
      },
      link(token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        const href = decodeEntities(token.href).trim();
        const target = hyperlinkTarget(href);
        // Like HTML links: `javascript:`, other schemes and relative addresses keep only their text.
        if (!target) return text;
        const shown = stripAnsi(text);
        const honest = mayPlantHyperlink(shown, target);
        if (options.hyperlinks && honest) return osc8(paint('link', text), target);
        if (honest && (href === shown || href === `mailto:${shown}`)) return paint('link', text);
        return `${paint('link', text)} ${paint('url', `(${shownAddress(href, target)})`)}`;
      },
      image(token: Tokens.Image) {
        return paint('image', decodeEntities(token.text));
      },
      html(token: Tokens.HTML | Tokens.Tag) {
        return htmlText(token.text);
      },
      list(token: Tokens.List) {
        starts.push(token.ordered && token.start !== '' ? Number(token.start) : 1);
        // marked-terminal's own list renderer draws it, then calls listBody above.
        return false;
      },
      checkbox(token: Tokens.Checkbox) {
        return token.checked ? '☑ ' : '☐ ';
      },
      table(token: Tokens.Table) {
        const cells = (row: Tokens.TableCell[]): string[] => row.map((cell) => this.parser.parseInline(cell.tokens));
        const header = cells(token.header).map((cell) => paint('strong', cell));
        return `${drawTable(header, token.rows.map(cells), token.align, options).join('\n')}\n\n`;
      },
      code(token: Tokens.Code) {
        return `${codeLines(token.text, token.lang?.trim() || null, options).join('\n')}\n\n`;
      },
    },
  });
  return {
    block(source) {
      return (marked.parse(source) as string).replace(/^\n+|\n+$/gu, '').split('\n');
    },
  };
};
