// Markdown to an article structure (spec §3, Markdown): the structure is explicit. `#` first
// is the title, `##`–`######` are headings, `>` blocks are pull quotes, and a heading or
// blockquote that starts with an essentials label opens the box. Block numbers count the
// top-level tokens of marked's lexer (paragraphs, headings, lists, quotes, code, tables,
// rules, HTML, link definitions), not the blank space between them, from 1.
import { append } from '../arrays.js';
import { lazy } from '../lazy.js';
import { type Links, type MarkedToken, type Tokens, type TokensList } from 'marked';
import { MAX_BOX_ITEMS } from '../config.js';
import { lexInlineLimited, lexLimited } from './emphasis-limit.js';
import { isByline } from '../analyse/byline.js';
import { matchBoxLabel, type LabelMatch } from '../analyse/labels.js';
import { detectLanguage } from '../analyse/language.js';
import { enclosedQuote } from '../analyse/quotes.js';
import { countSentences } from '../analyse/sentences.js';
import { CREDIT_DASHES, hasWord } from '../analyse/chars.js';
import { essentialsBlock, type ArticleStructure, type Block, type BoxEntry, type PullQuoteBlock } from '../model.js';
import { sameText } from './blocks.js';
import { splitFrontMatter, type SplitFrontMatter } from './frontmatter.js';
import { parseText } from './text.js';
import { blockSources, blockTexts, htmlText, inlineText, linkedMarkdown, listItemSources, listItemTexts, rowTexts, standaloneMarkdown } from './markdown-text.js';
import type { ParseOptions, ParseResult } from './result.js';
import { languageSample } from './sample.js';

// A last blockquote paragraph that starts with a dash names the speaker (`> — Name`).
// The name starts with neither a space nor a dash: `---` names no one.
const ATTRIBUTION = new RegExp(`^[${CREDIT_DASHES}]+\\s*([^\\s${CREDIT_DASHES}].*)$`, 'u');

/** The Markdown source of a block, when it shows more than its text (markup, links, breaks). */
function sourceOf(token: MarkedToken, text: string, links: Links): { markdown?: string } {
  const markdown = standaloneMarkdown(token, links);
  return markdown === text ? {} : { markdown };
}

/** True for a paragraph that only shows images: a photo, not the lead. */
function onlyImages(token: Tokens.Paragraph): boolean {
  const visible = token.tokens.filter((t) => !(t.type === 'text' && t.raw.trim() === '') && t.type !== 'br');
  return visible.length > 0 && visible.every((t) => t.type === 'image');
}

/**
 * The items of a box opened by a heading: the text after the label, then the list under the
 * heading, or else the single-sentence paragraphs under it (spec §3.2, at most 7). `next` is
 * the first token after the box; null when the heading has nothing to hold (a plain heading).
 */
function headingBox(
  label: LabelMatch,
  tokens: MarkedToken[],
  start: number,
  links: Links,
  language: () => string,
): { entries: BoxEntry[]; next: number } | null {
  const entries: BoxEntry[] = label.rest === '' ? [] : [{ text: label.rest, markdown: null }];
  let next = start;
  const following = tokens[next];
  if (following?.type === 'list') {
    append(entries, listItemSources(following, links));
    next++;
  } else {
    for (; next < tokens.length && entries.length < MAX_BOX_ITEMS; next++) {
      const token = tokens[next]!;
      if (token.type !== 'paragraph') break;
      const text = inlineText(token.tokens);
      if (countSentences(text, language()) !== 1) break;
      entries.push({ text, markdown: linkedMarkdown(token, links) });
    }
  }
  return entries.length > 0 ? { entries, next } : null;
}



// What the quotation before a credit line ends with: a terminal or a closing mark.
const QUOTATION_END = /[.!?…。！？」』”’»›"')]$/u;
// What a name does not start with: a digit (`-5 degrees`).
const NO_NAME = /^\p{N}/u;

/**
 * The credit on the last line of a blockquote's source (`> We must…` / `> — *Mayor Zhang*`),
 * as text (its markup read), when it is a `— Name` and ends the quote's text: the lines are
 * one paragraph, joined by soft breaks. Else null, and so when the quotation does not end
 * before it (a sentence wrapped before a dash, `fall to` / `-5 degrees`, `said` / `— if…`).
 */
function creditLine(source: string, text: string): string | null {
  const lines = source.trimEnd().split('\n');
  const last = lines[lines.length - 1]!.trim();
  const name = ATTRIBUTION.exec(last)?.[1];
  if (lines.length < 2 || name === undefined || NO_NAME.test(name)) return null;
  const credit = inlineText(lexInlineLimited(last));
  const spoken = text.slice(0, text.length - credit.length).trimEnd();
  return text.endsWith(credit) && QUOTATION_END.test(spoken) ? credit : null;
}

/**
 * A blockquote as a pull quote: its paragraphs, and a closing `— Name` as attribution, in a
 * paragraph of its own or on the last line (`source`, the blockquote's Markdown without `>`).
 */
function pullQuote(texts: string[], source: string, block: number): PullQuoteBlock {
  const text = texts.join(' ');
  const credit = texts.length > 1 ? texts[texts.length - 1]! : creditLine(source, text);
  const dash = credit === null ? null : ATTRIBUTION.exec(credit);
  if (dash) {
    const spoken = text.slice(0, text.length - credit!.length).trim();
    return { type: 'pullquote', text, quote: enclosedQuote(spoken)?.quote ?? spoken, attribution: dash[1]!.trim(), block };
  }
  const enclosed = enclosedQuote(text);
  return { type: 'pullquote', text, quote: enclosed?.quote ?? text, attribution: enclosed?.attribution ?? null, block };
}

/** Turns the top-level tokens after the title into blocks; the box, headings, lead and body. */
function bodyBlocks(tokens: MarkedToken[], start: number, links: Links, language: () => string): Block[] {
  const blocks: Block[] = [];
  let boxOpened = false;
  let hasLead = false;
  const prose = (text: string, block: number, markdown: string | undefined): void => {
    const base = { text, block, ...(markdown === undefined ? {} : { markdown }) };
    // A byline under the headline (`*By Owen Price*`) is a paragraph; the lead comes after it.
    const lead = !hasLead && !isByline(text);
    blocks.push(lead ? { type: 'lead', ...base } : { type: 'paragraph', ...base });
    hasLead ||= lead;
  };
  /** Opens the box at a heading-like token `i` when its text is a label and items follow; the token after the box, or null. */
  const openBox = (label: LabelMatch | null, i: number): number | null => {
    const box = label && !boxOpened ? headingBox(label, tokens, i + 1, links, language) : null;
    if (!label || !box) return null;
    boxOpened = true;
    blocks.push(essentialsBlock(label.label, box.entries, i + 1));
    return box.next;
  };
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i]!;
    const block = i + 1;
    switch (token.type) {
      case 'heading': {
        const text = inlineText(token.tokens);
        const next = openBox(matchBoxLabel(text), i);
        if (next !== null) {
          i = next - 1;
        } else if (text !== '') {
          blocks.push({ type: 'heading', text, level: token.depth, block });
        }
        break;
      }
      case 'blockquote': {
        const texts = blockTexts(token.tokens);
        const opensWithText = token.tokens.find((t) => t.type !== 'space')?.type !== 'list';
        const label = boxOpened || !opensWithText || texts.length === 0 ? null : matchBoxLabel(texts[0]!);
        if (label) {
          boxOpened = true;
          const rest = label.rest === '' ? [] : [{ text: label.rest, markdown: null }];
          blocks.push(essentialsBlock(label.label, [...rest, ...blockSources(token.tokens, links).slice(1)], block));
        } else if (texts.length > 0) {
          blocks.push(pullQuote(texts, token.text, block));
        }
        break;
      }
      case 'paragraph': {
        const text = inlineText(token.tokens);
        if (text === '') break;
        // A paragraph of the label alone, as a heading (`**Das Wichtigste:**` over a list);
        // not an image whose alternative text is one.
        const image = onlyImages(token);
        const label = image ? null : matchBoxLabel(text);
        const next = label?.rest === '' ? openBox(label, i) : null;
        if (next !== null) {
          i = next - 1;
          break;
        }
        const { markdown } = sourceOf(token, text, links);
        if (image) blocks.push({ type: 'paragraph', text, markdown, block });
        else prose(text, block, markdown);
        break;
      }
      case 'list': {
        const items = listItemTexts(token);
        if (items.length > 0) {
          const start = token.ordered ? { start: token.start === '' ? 1 : Number(token.start) } : {};
          blocks.push({ type: 'list', ordered: token.ordered, ...start, items, ...sourceOf(token, '', links), block });
        }
        break;
      }
      case 'code':
        blocks.push({ type: 'code', text: token.text, lang: token.lang?.trim() || null, block });
        break;
      case 'table':
        blocks.push({
          type: 'table',
          header: rowTexts(token.header),
          rows: token.rows.map(rowTexts),
          markdown: standaloneMarkdown(token, links),
          block,
        });
        break;
      case 'html': {
        const text = htmlText(token.text);
        if (hasWord(text)) prose(text, block, undefined);
        break;
      }
      default:
        // Rules and link definitions are counted as blocks but show nothing.
        break;
    }
  }
  return blocks;
}

/** What the title and blocks show, in order, for language detection (code is no language). */
function* shownTexts(title: string | null, blocks: Block[]): Generator<string> {
  if (title) yield title;
  for (const block of blocks) {
    if (block.type === 'list' || block.type === 'essentials') yield* block.items;
    else if (block.type === 'table') {
      yield* block.header;
      for (const row of block.rows) yield* row;
    } else if (block.type !== 'code') yield block.text;
  }
}

/**
 * Deeper nesting than this (quote markers, or indentation in columns) is flattened before
 * marked reads the text: marked's time grows with the square of list depth (3,000 levels took
 * a minute) and its recursion overflows the stack on 10,000 quote levels. Articles nest two or
 * three levels.
 */
const MAX_QUOTE_DEPTH = 64;
const MAX_INDENT_COLUMNS = 128;
const DEEP_QUOTES = new RegExp(`^((?: {0,3}>){${MAX_QUOTE_DEPTH}})(?: {0,3}>)+`, 'gm');
const DEEP_INDENT = new RegExp(`^([ \\t]{${MAX_INDENT_COLUMNS}})[ \\t]+`, 'gm');

/** The text with quote nesting and indentation cut to what marked reads in reasonable time. */
function limitNesting(body: string): string {
  return body.replace(DEEP_QUOTES, '$1').replace(DEEP_INDENT, '$1');
}

/**
 * More lines than this that could be a table's delimiter row (`-`, `---`, `-|-`, `:--|--:`)
 * under another line, in one stretch of lines without a blank line, each get a blank line
 * after them. marked tries each as a table, its header above, and takes in every line after it
 * as a row before it finds the header and the delimiter row do not agree (no `|`, or another
 * number of cells): 100,000 setext headings (`Heading` over `-`, 400 KB) took 48 s, 50,000
 * `a` over `-|-` 88 s. After a heading a blank line changes nothing; a real table has one
 * delimiter row, and a stretch of hundreds is no table.
 */
const MAX_UNSEPARATED_UNDERLINES = 256;
// A delimiter row, after any quote markers and indentation (group 1), which it keeps.
const DELIMITER_ROW = '\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$';
// Quote markers, and at most three spaces of indentation: more is indented code.
const LINE_START = '((?: {0,3}>)*) {0,3}';
const DASH_LINE = new RegExp(`^${LINE_START}${DELIMITER_ROW}`);
const DASH_LINES = new RegExp(`^${LINE_START}${DELIMITER_ROW}`, 'gm');
const BLANK_LINE = /^[ \t>]*$/;
const FENCE_OPEN = new RegExp(`^${LINE_START}(\`{3,}|~{3,})`);
const FENCE_CLOSE = new RegExp(`^${LINE_START}(\`{3,}|~{3,})[ \\t]*$`);
// The start of an HTML block, as CommonMark's conditions 1–6 (and marked's) read one: raw text
// tags, a comment, `<?`, `<!X`, CDATA, or a block-level tag. These may interrupt a paragraph.
const BLOCK_TAGS =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const HTML_START = new RegExp(`^${LINE_START}(?:<(?:script|pre|style|textarea)(?:\\s|>|$)|<!--|<\\?|<![A-Za-z]|<!\\[CDATA\\[|</?(?:${BLOCK_TAGS})(?:\\s|/?>|$))`, 'i');
// Condition 7: any other whole tag alone on its line, which cannot interrupt a paragraph (an
// autolink `<https://…>` or a line that goes on after its tag, `<b>bold</b> text`, is none).
const HTML_TAG_LINE = new RegExp(`^${LINE_START}(?:<[A-Za-z][A-Za-z\\d-]*(?:\\s[^<>]*)?/?>|</[A-Za-z][A-Za-z\\d-]*\\s*>)\\s*$`);

/** The text with a blank line after each underline of a stretch holding too many (see MAX_UNSEPARATED_UNDERLINES); fenced code untouched. */
function separateUnderlines(body: string): string {
  if ((body.match(DASH_LINES)?.length ?? 0) <= MAX_UNSEPARATED_UNDERLINES) return body;
  const lines = body.split('\n');
  const separated = new Set<number>();
  let stretch: number[] = [];
  const endStretch = (): void => {
    if (stretch.length > MAX_UNSEPARATED_UNDERLINES) for (const i of stretch) separated.add(i);
    stretch = [];
  };
  let fence = '';
  let html = false; // in an HTML block: the rest of the stretch is left as it is
  let under = false; // the line before is text, not blank and no delimiter row
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      const close = FENCE_CLOSE.exec(line)?.[2];
      if (close && close[0] === fence[0] && close.length >= fence.length) fence = '';
      under = fence === ''; // a closing fence is text above the next line
      continue;
    }
    fence = FENCE_OPEN.exec(line)?.[2] ?? '';
    const blank = BLANK_LINE.test(line);
    const dash = !blank && DASH_LINE.test(line);
    if (fence || blank) {
      endStretch();
      html = false;
    } else if (HTML_START.test(line) || (!under && HTML_TAG_LINE.test(line))) {
      stretch = [];
      html = true;
    } else if (!html && dash && under) {
      // Under a line that is no delimiter row itself: a table's rows of dashes are no try.
      stretch.push(i);
    }
    under = !fence && !blank && !dash;
  }
  endStretch();
  if (separated.size === 0) return body;
  return lines.map((line, i) => (separated.has(i) ? `${line}\n${DASH_LINE.exec(line)![1]!.trimEnd()}` : line)).join('\n');
}

/** Parses a Markdown article (spec §3, Markdown rules) into the article structure. */
export function parseMarkdown(source: string, options: ParseOptions = {}): ParseResult {
  const split = splitFrontMatter(source);
  let lexed: TokensList;
  try {
    // Emphasis marks are limited per inline context as marked lexes (see emphasis-limit.ts).
    lexed = lexLimited(separateUnderlines(limitNesting(split.body)));
  } catch (error) {
    // marked recurses and backtracks; a pathological text (a 10 MB line) can still exhaust
    // the stack. The text is still an article: read it as plain text, and say so.
    if (!(error instanceof RangeError)) throw error;
    const { structure, warnings } = parseText(source, options);
    return {
      structure: { ...structure, format: 'markdown' },
      warnings: [...warnings, 'Markdown too deeply nested or too long a line for the Markdown reader; read as plain text'],
    };
  }
  return fromTokens(lexed, split);
}

/** The article structure of marked's tokens and the front matter. */
function fromTokens(lexed: TokensList, { frontMatter, warnings }: SplitFrontMatter): ParseResult {
  const tokens = lexed.filter((token) => token.type !== 'space') as MarkedToken[];
  const blocks: Block[] = [];
  let title = frontMatter?.title ?? null;
  const first = tokens[0];
  if (first?.type === 'heading' && first.depth === 1) {
    const text = inlineText(first.tokens);
    if (text !== '' && (!title || sameText(text, title))) {
      blocks.push({ type: 'title', text, block: 1 });
      title ??= text;
    }
  }
  // A box under a heading counts its paragraphs' sentences before the blocks, whose texts tell
  // the language, exist: it asks the language of the tokens' texts, found only then.
  const tokenLanguage = lazy(() => frontMatter?.lang ?? detectLanguage(languageSample(blockTexts(tokens.filter((token) => token.type !== 'code')), '\n')));
  append(blocks, bodyBlocks(tokens, blocks.length, lexed.links, tokenLanguage));
  const structure: ArticleStructure = {
    format: 'markdown',
    title,
    language: frontMatter?.lang ?? detectLanguage(languageSample(shownTexts(title, blocks), '\n')),
    meta: { author: frontMatter?.author ?? null, date: frontMatter?.date ?? null, source: frontMatter?.source ?? null },
    frontMatterEssentials: frontMatter?.essentials ?? null,
    blocks,
  };
  return { structure, warnings };
}
