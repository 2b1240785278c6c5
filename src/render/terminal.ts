// The reader: an article as text for a terminal or a pipe, styled by a theme, wrapped by
// display width (CJK and emoji count two columns, ANSI codes none).
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { MIN_QUOTE_WORDS } from '../config.js';
import { findQuoteSpans, spanText } from '../analyse/quotes.js';
import { countWords } from '../analyse/words.js';
import type { Article, Block, Essentials } from '../model.js';
import { painter, type Painter, type Theme } from './theme.js';

/** How to render: the theme, and the width to wrap to (null: one line a paragraph). */
export interface RenderOptions {
  theme: Theme;
  width: number | null;
}

interface Context {
  paint: Painter;
  theme: Theme;
  width: number | null;
}

/** Wraps text to a width (no wrapping when null), hard-breaking words longer than a line. */
function wrap(text: string, width: number | null): string[] {
  if (width === null) return [text];
  return wrapAnsi(text, Math.max(1, width), { hard: true, trim: true }).split('\n');
}

/** Wraps with a prefix before the first line and `rest` before the others. */
function hang(text: string, ctx: Context, first: string, rest = ' '.repeat(stringWidth(first))): string[] {
  const width = ctx.width === null ? null : ctx.width - stringWidth(first);
  return wrap(text, width).map((line, i) => (i === 0 ? first : rest) + line);
}

/** Paints the inline quotations of a text (marks included) in the quote style. */
function highlightQuotes(text: string, paint: Painter): string {
  let out = '';
  let at = 0;
  for (const span of findQuoteSpans(text)) {
    if (countWords(spanText(text, span)) < MIN_QUOTE_WORDS) continue;
    out += text.slice(at, span.open) + paint('quote', text.slice(span.open, span.close + 1));
    at = span.close + 1;
  }
  return out + text.slice(at);
}

function header(article: Article, ctx: Context): string[] {
  const title = article.title ?? article.file;
  const facts = [
    article.meta.author,
    article.meta.date,
    article.language,
    `${article.counts.words} words`,
    `${article.counts.readingMinutes} min read`,
  ].filter((fact): fact is string => Boolean(fact));
  return [
    ...wrap(ctx.paint('title', title), ctx.width),
    ...wrap(ctx.paint('meta', facts.join(' · ')), ctx.width),
  ];
}

function box(essentials: Essentials, ctx: Context): string[] {
  const { paint, theme, width } = ctx;
  if (!theme.drawBox || width === null || width < 12) {
    return [
      paint('label', essentials.label),
      ...essentials.items.flatMap((item) => hang(item, ctx, paint('bullet', theme.bullet))),
    ];
  }
  const inner = width - 4;
  const label = ` ${essentials.label} `;
  const top =
    paint('border', '╭─') + paint('label', label) + paint('border', `${'─'.repeat(Math.max(0, inner + 1 - stringWidth(label)))}╮`);
  const lines = essentials.items.flatMap((item) =>
    hang(item, { ...ctx, width: inner }, paint('bullet', theme.bullet)),
  );
  const side = paint('border', '│');
  return [
    top,
    ...lines.map((line) => `${side} ${line}${' '.repeat(Math.max(0, inner - stringWidth(line)))} ${side}`),
    paint('border', `╰${'─'.repeat(inner + 2)}╯`),
  ];
}

function block(item: Block, article: Article, ctx: Context): string[] {
  const { paint, theme } = ctx;
  switch (item.type) {
    case 'title':
      return [];
    case 'lead':
      return wrap(paint('lead', highlightQuotes(item.text, paint)), ctx.width);
    case 'heading':
      return wrap(paint(item.level <= 2 ? 'heading' : 'subheading', item.text), ctx.width);
    case 'essentials': {
      const shown = article.essentials?.source === 'front-matter' ? article.essentials : item;
      return box({ label: shown.label, source: 'box', items: shown.items }, ctx);
    }
    case 'pullquote': {
      const prefix = paint('bar', theme.pullQuotePrefix);
      const body = item.attribution ? item.text.slice(0, item.text.lastIndexOf(item.attribution)).replace(/[\s—–-]+$/u, '') : item.text;
      const lines = hang(paint('pullQuote', body), ctx, prefix, prefix);
      if (item.attribution) lines.push(...hang(paint('attribution', `— ${item.attribution}`), ctx, prefix, prefix));
      return lines;
    }
    case 'paragraph':
      return wrap(highlightQuotes(item.text, paint), ctx.width);
    case 'list':
      return item.items.flatMap((entry, i) =>
        hang(highlightQuotes(entry, paint), ctx, paint('bullet', item.ordered ? `${i + 1}. ` : theme.bullet)),
      );
    case 'code':
      return item.text.split('\n').flatMap((line) => hang(paint('code', line), ctx, '    '));
    case 'table':
      return [item.header, ...item.rows].flatMap((row) => wrap(row.join(' │ '), ctx.width));
  }
}

/** Renders an article for reading: header, then each block, a blank line between blocks. */
export function renderArticle(article: Article, options: RenderOptions): string {
  const ctx: Context = { paint: painter(options.theme), theme: options.theme, width: options.width };
  const parts: string[][] = [header(article, ctx)];
  const hasBox = article.blocks.some((b) => b.type === 'essentials');
  for (const item of article.blocks) parts.push(block(item, article, ctx));
  // Front-matter essentials with no box in the text stand after the lead.
  if (!hasBox && article.essentials?.source === 'front-matter') {
    const leadAt = parts.findIndex((_, i) => article.blocks[i - 1]?.type === 'lead');
    parts.splice(leadAt > 0 ? leadAt + 1 : 1, 0, box(article.essentials, ctx));
  }
  return parts.filter((lines) => lines.length > 0).map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
