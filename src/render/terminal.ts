// The reader: an article as text for a terminal or a pipe, styled by a theme, wrapped by
// display width (CJK and emoji count two columns, ANSI codes none) to a readable measure.
// Elements that Markdown brings go through marked-terminal, which the caller loads and hands
// over only for an article that needs it (`needsMarkdown`): rendering stays synchronous.
import { append, maxOf } from '../arrays.js';
import { CREDIT_DASHES } from '../analyse/chars.js';
import { quotationSpans } from '../analyse/quotes.js';
import { listItemNumber, type Article, type Block, type EssentialsBlock } from '../model.js';
import { fit, visible, width as columnsOf, wrap } from './ansi.js';
import { codeLines, drawTable } from './blocks.js';
import type { MarkdownRenderer, MarkdownRendererFactory } from './markdown-terminal.js';
import { painter, type Painter, type Theme } from './theme.js';

// The dash before a pull quote's speaker, and the space around it: printed on a line of its own.
const SPEAKER_DASH = new RegExp(`[\\s${CREDIT_DASHES}]+$`, 'u');

/** How to render: the theme, the width to wrap to (null: one line a paragraph), hyperlinks. */
export interface RenderOptions {
  theme: Theme;
  width: number | null;
  /** Links become OSC 8 hyperlinks (only when the terminal supports them and colour is on). */
  hyperlinks?: boolean;
  /** Renders Markdown blocks; without it they show their text (see `needsMarkdown`). */
  markdown?: MarkdownRendererFactory;
}

interface Context {
  paint: Painter;
  theme: Theme;
  width: number | null;
  markdown: MarkdownRenderer | null;
}

/** The narrowest width at which the box is drawn with box characters. */
const MIN_BOX_WIDTH = 12;

/**
 * Wraps with a prefix before the first line and `rest` before the others. Where the prefix
 * leaves less than a column (widths 1 to 4), the text still gets one, and lines wider than
 * the width are then wrapped again to fit it.
 */
function hang(text: string, ctx: Context, first: string, rest = ' '.repeat(columnsOf(first))): string[] {
  const width = ctx.width === null ? null : Math.max(1, ctx.width - columnsOf(first));
  const lines = wrap(text, width).map((line, i) => (i === 0 ? first : rest) + line);
  return ctx.width !== null && lines.some((line) => columnsOf(line) > ctx.width!) ? fit(lines, ctx.width) : lines;
}

/** Paints the inline quotations of a (possibly already styled) text, marks included. */
function highlightQuotes(text: string, ctx: Context): string {
  if (!ctx.theme.color) return text;
  const shown = visible(text);
  let out = '';
  let at = 0;
  for (const span of quotationSpans(shown.text)) {
    const from = shown.at[span.open]!;
    const to = shown.at[span.close]! + 1;
    out += text.slice(at, from) + ctx.paint('quote', text.slice(from, to));
    at = to;
  }
  return out + text.slice(at);
}

/** What stands between two facts of the line under the title. */
const FACT_SEPARATOR = ' · ';

/**
 * The facts under the title (author, date, language, words, reading time) in lines of `width`:
 * a fact goes whole to the next line rather than be split (`1` here and `min read` there),
 * unless it is wider than a line itself.
 */
function factLines(facts: readonly string[], width: number | null): string[] {
  if (width === null) return [facts.join(FACT_SEPARATOR)];
  const lines: string[] = [];
  let line = '';
  for (const fact of facts) {
    const joined = line === '' ? fact : line + FACT_SEPARATOR + fact;
    if (line !== '' && columnsOf(joined) > width) {
      lines.push(line);
      line = fact;
    } else line = joined;
  }
  lines.push(line);
  return lines.flatMap((one) => wrap(one, width));
}

function header(article: Article, ctx: Context): string[] {
  const facts = [
    article.meta.author,
    article.meta.date,
    article.language,
    `${article.counts.words} words`,
    `${article.counts.readingMinutes} min read`,
  ].filter((fact): fact is string => Boolean(fact));
  const lines = [...wrap(ctx.paint('title', article.title ?? article.file), ctx.width), ...factLines(facts, ctx.width).map((line) => ctx.paint('meta', line))];
  if (ctx.theme.rule === '') return lines;
  const ruleWidth = ctx.width ?? maxOf(lines.map(columnsOf));
  return [...lines, ctx.paint('rule', ctx.theme.rule.repeat(Math.floor(ruleWidth / columnsOf(ctx.theme.rule))))];
}

/**
 * The items of a box as shown: an item with a link (its Markdown in `markdown`) through the
 * Markdown renderer, so its address is shown or linked as in a paragraph; the others as text.
 */
function boxItems(items: readonly string[], markdown: readonly (string | null)[] | undefined, ctx: Context): string[] {
  return items.map((item, i) => {
    const source = markdown?.[i];
    if (source == null || !ctx.markdown) return item;
    return ctx.markdown
      .block(source)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join(' ');
  });
}

function box(essentials: Pick<EssentialsBlock, 'label' | 'items' | 'markdown'>, ctx: Context): string[] {
  const { paint, theme, width } = ctx;
  const bullet = paint('bullet', theme.bullet);
  const items = boxItems(essentials.items, essentials.markdown, ctx);
  if (!theme.drawBox || width === null || width < MIN_BOX_WIDTH) {
    return [...wrap(paint('label', essentials.label), width), ...items.flatMap((item) => hang(item, ctx, bullet))];
  }
  const inner = width - 4;
  const label = ` ${essentials.label} `;
  // A label too long for the top border stands inside the box instead.
  const labelFits = columnsOf(label) <= inner;
  const top = labelFits
    ? paint('border', '╭─') + paint('label', label) + paint('border', `${'─'.repeat(inner + 1 - columnsOf(label))}╮`)
    : paint('border', `╭${'─'.repeat(inner + 2)}╮`);
  const innerCtx = { ...ctx, width: inner };
  const lines = [
    ...(labelFits ? [] : wrap(paint('label', essentials.label), inner)),
    ...items.flatMap((item) => hang(item, innerCtx, bullet)),
  ];
  const side = paint('border', '│');
  return [
    top,
    ...lines.map((line) => `${side} ${line}${' '.repeat(Math.max(0, inner - columnsOf(line)))} ${side}`),
    paint('border', `╰${'─'.repeat(inner + 2)}╯`),
  ];
}

function pullQuote(item: Extract<Block, { type: 'pullquote' }>, ctx: Context): string[] {
  const prefix = ctx.paint('bar', ctx.theme.pullQuotePrefix);
  const body = item.attribution
    ? item.text.slice(0, item.text.lastIndexOf(item.attribution)).replace(SPEAKER_DASH, '')
    : item.text;
  const lines = hang(ctx.paint('pullQuote', body), ctx, prefix, prefix);
  if (item.attribution) append(lines, hang(ctx.paint('attribution', `— ${item.attribution}`), ctx, prefix, prefix));
  return lines;
}

function headingStyle(level: number): 'heading' | 'subheading' | 'minorHeading' {
  if (level <= 2) return 'heading';
  return level === 3 ? 'subheading' : 'minorHeading';
}

/** A prose block: its Markdown through marked-terminal when it has some, else its text. */
function prose(text: string, markdown: string | undefined, ctx: Context): string[] {
  const lines = markdown !== undefined && ctx.markdown ? ctx.markdown.block(markdown) : [text];
  return fit(lines.map((line) => highlightQuotes(line, ctx)), ctx.width);
}

function block(item: Block, article: Article, ctx: Context): string[] {
  const { paint, theme } = ctx;
  switch (item.type) {
    case 'title':
      return [];
    case 'lead':
      return prose(item.text, item.markdown, ctx).map((line) => paint('lead', line));
    case 'heading':
      return wrap(paint(headingStyle(item.level), item.text), ctx.width);
    case 'essentials': {
      if (article.essentials?.source !== 'front-matter') return box(item, ctx);
      // Front matter's essentials take the box's place; the article's own box is its text
      // still, shown as a heading and a list (as the Markdown export writes it).
      const heading = block({ type: 'heading', level: 2, text: item.label, block: item.block }, article, ctx);
      const list = block({ type: 'list', ordered: false, items: item.items, block: item.block }, article, ctx);
      return [...box(article.essentials, ctx), '', ...heading, '', ...list];
    }
    case 'pullquote':
      return pullQuote(item, ctx);
    case 'paragraph':
      return prose(item.text, item.markdown, ctx);
    case 'list':
      if (item.markdown !== undefined) return prose('', item.markdown, ctx);
      return item.items.flatMap((entry, i) =>
        // Indented like the lists marked-terminal draws for Markdown.
        hang(highlightQuotes(entry, ctx), ctx, `  ${paint('bullet', item.ordered ? `${listItemNumber(item, i)}. ` : theme.bullet)}`),
      );
    case 'code':
      return fit(codeLines(item.text, item.lang, ctx), ctx.width);
    case 'table':
      if (item.markdown !== undefined && ctx.markdown) return fit(ctx.markdown.block(item.markdown), ctx.width);
      return fit(drawTable(item.header.map((cell) => paint('strong', cell)), item.rows, [], ctx), ctx.width);
  }
}

/** True when an article has Markdown blocks, which want a Markdown renderer to show their markup. */
export function needsMarkdown(article: Article): boolean {
  return article.blocks.some(
    (b) => (b.type === 'paragraph' || b.type === 'lead' || b.type === 'list' || b.type === 'table' || b.type === 'essentials') && b.markdown !== undefined,
  );
}

/**
 * Renders an article for reading, a piece at a time: the header, then each block after a
 * blank line. `read` writes the pieces as they come, so a 16 MB article is never held twice.
 */
export function* renderArticleChunks(article: Article, options: RenderOptions): Generator<string> {
  const paint = painter(options.theme);
  const hyperlinks = Boolean(options.hyperlinks && options.theme.color);
  const markdown = options.markdown?.({ theme: options.theme, paint, width: options.width, hyperlinks }) ?? null;
  const ctx: Context = { paint, theme: options.theme, width: options.width, markdown };
  // Every block comes fitted to the width already (prose, code and tables by `fit`, the rest
  // by `wrap` and `hang`): measuring each line again would cost as much as drawing it.
  const piece = (lines: string[]): string => `${lines.join('\n')}\n`;
  yield piece(header(article, ctx));
  // Front-matter essentials with no box in the text stand after the lead (or the header).
  const hasBox = article.blocks.some((b) => b.type === 'essentials');
  let pendingBox = !hasBox && article.essentials?.source === 'front-matter' ? article.essentials : null;
  const hasLead = article.blocks.some((b) => b.type === 'lead');
  if (pendingBox && !hasLead) {
    yield `\n${piece(box(pendingBox, ctx))}`;
    pendingBox = null;
  }
  for (const item of article.blocks) {
    const lines = block(item, article, ctx);
    if (lines.length > 0) yield `\n${piece(lines)}`;
    if (pendingBox && item.type === 'lead') {
      yield `\n${piece(box(pendingBox, ctx))}`;
      pendingBox = null;
    }
  }
}

/** Renders an article for reading: header, then each block, a blank line between blocks. */
export function renderArticle(article: Article, options: RenderOptions): string {
  return [...renderArticleChunks(article, options)].join('');
}
