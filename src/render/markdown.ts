// The article as clean Markdown (`read --format markdown`): front matter with the metadata,
// `#` title, `##` headings, the box as `## <label>` with a list, `>` pull quotes. Text is
// escaped so that reading the export back shows the same words, quotes, box and headings.
import { UNDETERMINED } from '../analyse/language.js';
import { listItemNumber, type Article, type Block, type ListBlock, type TableBlock } from '../model.js';
import { formatFrontMatter } from '../parse/frontmatter.js';
import { escapeMarkdown, longestBacktickRun } from '../parse/markdown-escape.js';

const LOWEST_HEADING = 2;
const DEEPEST_HEADING = 6;

/** A GFM table of a table block's cells. */
function tableMarkdown(table: Pick<TableBlock, 'header' | 'rows'>): string {
  const row = (cells: string[]): string => `| ${cells.map((cell) => escapeMarkdown(cell, 'cell') || ' ').join(' | ')} |`;
  return [row(table.header), `|${table.header.map(() => ' --- ').join('|')}|`, ...table.rows.map(row)].join('\n');
}

function fence(text: string, lang: string | null): string {
  // A fence is three backticks at least.
  const marks = '`'.repeat(Math.max(2, longestBacktickRun(text)) + 1);
  return `${marks}${lang ?? ''}\n${text.replace(/\n+$/u, '')}\n${marks}`;
}

// Between two lists written one after the other: an empty HTML comment ends the first, which
// CommonMark would otherwise continue (`3.` `2.` `1.` as one list shows 3, 4, 5).
const LIST_BREAK = '\n\n<!-- -->\n\n';

function list(items: string[], ordered: boolean, numbering: Pick<ListBlock, 'start' | 'numbers'> = {}): string {
  if (!ordered) return items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
  // CommonMark numbers a list from its first item on, so each run of numbers that counts up
  // by one is a list of its own: a countdown, a repeated `1.` or tied ranks keep their numbers.
  const runs: string[][] = [];
  items.forEach((item, i) => {
    const number = listItemNumber(numbering, i);
    const line = `${number}. ${escapeMarkdown(item)}`;
    if (i > 0 && number === listItemNumber(numbering, i - 1) + 1) runs[runs.length - 1]!.push(line);
    else runs.push([line]);
  });
  return runs.map((run) => run.join('\n')).join(LIST_BREAK);
}

/**
 * The box's items as a list: an item with a link as its Markdown, continuation lines indented
 * under it, and the definitions of its reference links (after a blank line in its source)
 * after the list, where Markdown reads them.
 */
function boxList(block: Extract<Block, { type: 'essentials' }>): string {
  const definitions: string[] = [];
  const items = block.items.map((item, i) => {
    const source = block.markdown?.[i];
    if (source == null) return `- ${escapeMarkdown(item)}`;
    const gap = source.indexOf('\n\n');
    if (gap >= 0) definitions.push(source.slice(gap + 2));
    return `- ${(gap >= 0 ? source.slice(0, gap) : source).replace(/\n/gu, '\n  ')}`;
  });
  return [items.join('\n'), ...definitions].join('\n\n');
}

function blockMarkdown(block: Block): string | null {
  switch (block.type) {
    case 'title':
      return `# ${escapeMarkdown(block.text)}`;
    case 'lead':
    case 'paragraph':
      return block.markdown ?? escapeMarkdown(block.text);
    case 'heading':
      return `${'#'.repeat(Math.min(DEEPEST_HEADING, Math.max(LOWEST_HEADING, block.level)))} ${escapeMarkdown(block.text)}`;
    case 'essentials':
      // A box without items cannot be a heading (a heading holds a box only with items under it).
      if (block.items.length === 0) return `> ${escapeMarkdown(block.label)}`;
      return `## ${escapeMarkdown(block.label)}\n\n${boxList(block)}`;
    case 'pullquote':
      return `> ${escapeMarkdown(block.text)}`;
    case 'list':
      return block.markdown ?? list(block.items, block.ordered, block);
    case 'code':
      return fence(block.text, block.lang);
    case 'table':
      return block.markdown ?? tableMarkdown(block);
  }
}

/** The article as Markdown with front matter (title, lang and the metadata known), if any. */
export function renderMarkdown(article: Article): string {
  const essentials = article.essentials?.source === 'front-matter' ? article.essentials.items : null;
  // An article without metadata has no front matter (formatFrontMatter gives '').
  const head = formatFrontMatter({
    title: article.title,
    author: article.meta.author,
    date: article.meta.date,
    source: article.meta.source,
    lang: article.language === UNDETERMINED ? null : article.language,
    essentials,
  });
  const hasTitle = article.blocks.some((block) => block.type === 'title');
  const title = article.title !== null && !hasTitle ? [`# ${escapeMarkdown(article.title)}`] : [];
  const body = [...title, ...article.blocks.map(blockMarkdown).filter((part): part is string => part !== null && part !== '')];
  if (body.length === 0) return head;
  return `${head === '' ? '' : `${head}\n`}${body.join('\n\n')}\n`;
}
