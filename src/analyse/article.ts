// Structure to article: headings, sections, essentials, quotations and counts (spec §3-5).
import { DEFAULT_SUMMARY_SENTENCES, WORDS_PER_MINUTE } from '../config.js';
import type { Article, ArticleStructure, Block, Counts, Essentials, Quote, Section } from '../model.js';
import { FRONT_MATTER_LABELS, SUMMARY_LABELS, labelFor } from './labels.js';
import { inlineQuotes } from './quotes.js';
import { countSentences } from './sentences.js';
import { summarize, type SummaryInput } from './summary.js';
import { countWords } from './words.js';

/** What the analysis needs besides the structure. */
export interface AnalyseOptions {
  file: string;
  encoding: string;
  wordsPerMinute?: number;
  /** Sentences of the summary made for an article without a box; 0 makes none (count, quotes). */
  summarySentences?: number;
}

/** The texts of a block that are prose (spec §3.5: all but title, headings and the box). */
function proseTexts(block: Block): string[] {
  switch (block.type) {
    case 'lead':
    case 'paragraph':
    case 'pullquote':
      return [block.text];
    case 'list':
      return block.items;
    default:
      return [];
  }
}

/** What the summarizer reads of an article: title, language, and lead, paragraphs and list items. */
export function summaryInput(structure: Pick<ArticleStructure, 'title' | 'language' | 'blocks'>): SummaryInput {
  const paragraphs = structure.blocks.flatMap((block) => (block.type === 'pullquote' ? [] : proseTexts(block)));
  return { title: structure.title, language: structure.language, paragraphs };
}

function sections(blocks: Block[]): Section[] {
  const result: Section[] = [{ heading: null, paragraphBlocks: [] }];
  for (const block of blocks) {
    if (block.type === 'heading') result.push({ heading: block.text, paragraphBlocks: [] });
    else if (block.type === 'paragraph' || block.type === 'list' || block.type === 'code' || block.type === 'table') {
      // An intro line and its list share a block number: the block is listed once.
      const numbers = result[result.length - 1]!.paragraphBlocks;
      if (numbers[numbers.length - 1] !== block.block) numbers.push(block.block);
    }
  }
  return result[0]!.paragraphBlocks.length === 0 ? result.slice(1) : result;
}

// A quotation repeated with other final punctuation or another capital at its start (`we stay,”
// she said` inline, `“We stay.”` as a pull quote) is the same text to a reader: compare
// without them. Case elsewhere tells texts apart (German `retten sie` and `retten Sie`).
const FINAL_PUNCTUATION = /[\s.,;:!?…]+$/u;

/** The text as `quotes` compares it: without final punctuation, its first letter in lower case. */
function quoteKey(text: string): string {
  const bare = text.replace(FINAL_PUNCTUATION, '');
  const first = bare.codePointAt(0);
  if (first === undefined) return bare;
  const head = String.fromCodePoint(first);
  return head.toLowerCase() + bare.slice(head.length);
}

function quotes(blocks: Block[]): Quote[] {
  const seen = new Set<string>();
  const result: Quote[] = [];
  const add = (text: string, kind: Quote['kind'], block: number): void => {
    const key = quoteKey(text);
    if (seen.has(key)) return;
    seen.add(key);
    result.push({ text, kind, block });
  };
  for (const block of blocks) {
    if (block.type === 'pullquote') add(block.quote, 'pull', block.block);
    else for (const text of proseTexts(block)) for (const quote of inlineQuotes(text)) add(quote, 'inline', block.block);
  }
  return result;
}

function essentials(structure: ArticleStructure, summarySentences: number): Essentials | null {
  const { language, blocks } = structure;
  if (structure.frontMatterEssentials) {
    return { label: labelFor(FRONT_MATTER_LABELS, language), source: 'front-matter', items: structure.frontMatterEssentials };
  }
  const box = blocks.find((block) => block.type === 'essentials');
  if (box) return { label: box.label, source: 'box', items: box.items };
  if (summarySentences <= 0) return null;
  const items = summarize(summaryInput(structure), summarySentences);
  return items.length > 0 ? { label: labelFor(SUMMARY_LABELS, language), source: 'summary', items } : null;
}

/** Words and sentences of what the article shows, by part. */
function counts(structure: ArticleStructure, shownEssentials: Essentials | null, wordsPerMinute: number): Counts {
  const parts = { title: 0, lead: 0, headings: 0, essentials: 0, pullQuotes: 0, body: 0 };
  let sentences = 0;
  const prose = (text: string): number => {
    sentences += countSentences(text, structure.language);
    return countWords(text);
  };
  parts.title = structure.title ? countWords(structure.title) : 0;
  if (shownEssentials && shownEssentials.source !== 'summary') {
    parts.essentials = countWords(shownEssentials.label) + shownEssentials.items.reduce((n, item) => n + prose(item), 0);
  }
  for (const block of structure.blocks) {
    switch (block.type) {
      case 'lead':
        parts.lead += prose(block.text);
        break;
      case 'heading':
        parts.headings += countWords(block.text);
        break;
      case 'pullquote':
        parts.pullQuotes += prose(block.text);
        break;
      case 'paragraph':
        parts.body += prose(block.text);
        break;
      case 'list':
        parts.body += block.items.reduce((n, item) => n + prose(item), 0);
        break;
      case 'code':
        parts.body += countWords(block.text);
        break;
      case 'table':
        parts.body += [block.header, ...block.rows].flat().reduce((n, cell) => n + countWords(cell), 0);
        break;
      case 'essentials':
        // Front matter's essentials are shown instead of the box, which `read` shows as a heading and a list.
        if (shownEssentials?.source === 'front-matter') {
          parts.headings += countWords(block.label);
          parts.body += block.items.reduce((n, item) => n + prose(item), 0);
        }
        break;
      case 'title':
        break;
    }
  }
  const words = Object.values(parts).reduce((a, b) => a + b, 0);
  return { words, sentences, readingMinutes: readingMinutes(words, wordsPerMinute), wordsPerMinute, parts };
}

/** Reading time in whole minutes (spec §5): rounded up, at least one. */
export function readingMinutes(words: number, wordsPerMinute: number): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** Completes a parsed structure into the article every command works from. */
export function analyse(structure: ArticleStructure, options: AnalyseOptions): Article {
  const { blocks } = structure;
  const wordsPerMinute = options.wordsPerMinute ?? WORDS_PER_MINUTE;
  const found = essentials(structure, options.summarySentences ?? DEFAULT_SUMMARY_SENTENCES);
  const lead = blocks.find((block) => block.type === 'lead');
  const pullQuotes = blocks.flatMap((block) => (block.type === 'pullquote' ? [block.quote] : []));
  let quoted: Quote[] | undefined;
  return {
    file: options.file,
    format: structure.format,
    encoding: options.encoding,
    title: structure.title,
    language: structure.language,
    meta: structure.meta,
    lead: lead?.type === 'lead' ? lead.text : null,
    headings: blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : [])),
    sections: sections(blocks),
    essentials: found,
    pullQuotes,
    // Computed when first read (quotes, read, JSON), not for count, which never shows them.
    get quotes(): Quote[] {
      quoted ??= quotes(blocks);
      return quoted;
    },
    counts: counts(structure, found, wordsPerMinute),
    blocks,
  };
}
