// The article model: the contract between parsers, analysis and renderers, and the JSON
// schema users script against. Types only; no logic lives here.

/** How an input file was understood: its syntax. */
export type InputFormat = 'text' | 'markdown' | 'html';

/** Where the essentials came from: the article's own box, its front matter, or the summarizer. */
export type EssentialsSource = 'box' | 'front-matter' | 'summary';

/** The essentials of an article ("De essentie", "Key points", …). */
export interface Essentials {
  /** The label as the article wrote it, or a default label in the article's language. */
  label: string;
  source: EssentialsSource;
  items: string[];
}

/** A quotation found in the article: inline between quote marks, or a whole pull quote. */
export interface Quote {
  /** The quoted text without its outer quotation marks. */
  text: string;
  kind: 'inline' | 'pull';
  /** The number of the file's block it stands in, counting from 1. */
  block: number;
}

/** Word counts of each part of the article; the parts add up to `Counts.words`. */
export interface CountParts {
  title: number;
  lead: number;
  headings: number;
  essentials: number;
  pullQuotes: number;
  body: number;
}

/** Words, sentences and reading time of what the article shows. */
export interface Counts {
  words: number;
  sentences: number;
  readingMinutes: number;
  wordsPerMinute: number;
  parts: CountParts;
}

/** Fields every block has. */
interface BlockBase {
  /** The number of the file's block (blank-line-separated in text) this starts at, from 1. */
  block: number;
}

/** The article's title. */
export interface TitleBlock extends BlockBase {
  type: 'title';
  text: string;
}

/** The lead (standfirst): the first prose block after the title. */
export interface LeadBlock extends BlockBase {
  type: 'lead';
  text: string;
  /** The Markdown source, when the input was Markdown (for rich rendering). */
  markdown?: string;
}

/** A section heading; plain text infers level 2, Markdown says 2 to 6. */
export interface HeadingBlock extends BlockBase {
  type: 'heading';
  text: string;
  level: number;
}

/** The essentials box as it stands in the article. */
export interface EssentialsBlock extends BlockBase {
  type: 'essentials';
  label: string;
  items: string[];
  /**
   * Each item's Markdown where it holds a link, whose address its text does not show (from
   * Markdown or HTML); null for the others. Absent when no item has one (and for plain text).
   */
  markdown?: (string | null)[];
}

/** An item of the box as read: its text, and its Markdown where it holds a link (else null). */
export interface BoxEntry {
  text: string;
  markdown: string | null;
}

/** The box's block of its entries: `markdown` only when an entry holds a link. */
export function essentialsBlock(label: string, entries: readonly BoxEntry[], block: number): EssentialsBlock {
  const markdown = entries.map((entry) => entry.markdown);
  return {
    type: 'essentials',
    label,
    items: entries.map((entry) => entry.text),
    ...(markdown.some((source) => source !== null) ? { markdown } : {}),
    block,
  };
}

/** A pull quote (streamer): a sentence set apart from the body. */
export interface PullQuoteBlock extends BlockBase {
  type: 'pullquote';
  /** The block as the article shows it. */
  text: string;
  /** The quotation: the text without its outer marks and attribution. */
  quote: string;
  /** The attribution after a dash (`— Name`), if any. */
  attribution: string | null;
}

/** A paragraph of body text. */
export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
  /** The text shown, without markup. */
  text: string;
  /** The Markdown source, when the input was Markdown (for rich rendering). */
  markdown?: string;
}

/** A bulleted or numbered list in the body. */
export interface ListBlock extends BlockBase {
  type: 'list';
  ordered: boolean;
  /** The number of a numbered list's first item, as the article wrote it (1 unless it says otherwise); absent for bullets. */
  start?: number;
  /** Each item's number, when a plain-text list's numbers do not count up by one from `start` (`3.` `2.` `1.`). */
  numbers?: number[];
  items: string[];
  /** The Markdown source, when the input was Markdown (for rich rendering). */
  markdown?: string;
}

/** The number a numbered list shows before its item `i`: as written, or counted on from `start`. */
export function listItemNumber(list: Pick<ListBlock, 'start' | 'numbers'>, i: number): number {
  return list.numbers?.[i] ?? (list.start ?? 1) + i;
}

/** A block of code (Markdown input). */
export interface CodeBlock extends BlockBase {
  type: 'code';
  text: string;
  lang: string | null;
}

/** A table (Markdown or HTML input). */
export interface TableBlock extends BlockBase {
  type: 'table';
  header: string[];
  rows: string[][];
  /** The Markdown source, when the input was Markdown (for rich rendering). */
  markdown?: string;
}

/** One structural unit of an article, in document order. */
export type Block =
  | TitleBlock
  | LeadBlock
  | HeadingBlock
  | EssentialsBlock
  | PullQuoteBlock
  | ParagraphBlock
  | ListBlock
  | CodeBlock
  | TableBlock;

/** The body blocks under one heading (or before the first heading). */
export interface Section {
  heading: string | null;
  /** Block numbers of the body blocks (paragraphs, lists, code, tables) of the section. */
  paragraphBlocks: number[];
}

/** Metadata from front matter or the page (HTML), when known. */
export interface Meta {
  author: string | null;
  date: string | null;
  source: string | null;
}

/** A structured article: what every command works from. */
export interface Article {
  /** The file's name as given on the command line, or `-` for stdin. */
  file: string;
  format: InputFormat;
  /** The encoding the bytes were decoded from (`utf-8`, `utf-16le`, `windows-1252`, …). */
  encoding: string;
  title: string | null;
  /** ISO 639-1 code, or `und` when it cannot be told. */
  language: string;
  meta: Meta;
  lead: string | null;
  headings: string[];
  sections: Section[];
  /** The box, the front matter's essentials, or a summary; null for an article with no sentence. */
  essentials: Essentials | null;
  pullQuotes: string[];
  quotes: Quote[];
  counts: Counts;
  blocks: Block[];
}

/** A parsed article before analysis: structure and metadata, no quotes, counts or summary. */
export interface ArticleStructure {
  format: InputFormat;
  title: string | null;
  language: string;
  meta: Meta;
  /** Essentials given by front matter, which win over the box. */
  frontMatterEssentials: string[] | null;
  blocks: Block[];
}
