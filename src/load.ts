// Bytes to article: decode, parse by format, analyse; pure (no files, no terminal) but for
// `readArticle`, which reads the input first.
import { analyse, type AnalyseOptions } from './analyse/article.js';
import { decode, type DecodedText } from './io/decode.js';
import type { Article, InputFormat } from './model.js';
import { looksLikeHtml, parseHtml } from './parse/html.js';
import { parseText } from './parse/text.js';
import { readDecoded, STDIN } from './io/input.js';
import type { ParseOptions, ParseResult } from './parse/result.js';

/** How to load an article: format and encoding overrides and analysis settings. */
export interface LoadOptions extends Omit<AnalyseOptions, 'file' | 'encoding'>, ParseOptions {
  /** Forces the input format instead of telling it from the name and content. */
  format?: InputFormat;
  /** Forces the encoding instead of detecting it. */
  encoding?: string;
}

/** An article and the warnings its loading raised (one line each, for stderr). */
export interface Loaded {
  article: Article;
  warnings: string[];
}

/** Characters of stdin looked at to tell Markdown: its start is enough. */
const MARKDOWN_SNIFF_CHARS = 20_000;
const MARKDOWN_NAME = /\.(?:md|markdown)$/i;
const HTML_NAME = /\.html?$/i;

/**
 * The input format of a file: from its name, else from its content (a page starting with
 * `<!doctype html` or `<html` is HTML under any other name; anything else, stdin too, is text).
 */
export function formatOf(name: string, text = ''): InputFormat {
  if (MARKDOWN_NAME.test(name)) return 'markdown';
  if (HTML_NAME.test(name) || looksLikeHtml(text)) return 'html';
  if (name === STDIN && looksLikeMarkdown(text)) return 'markdown';
  return 'text';
}

// A `#` heading as the first line after any front matter, or two `##` headings: no plain-text
// article starts like that, and Markdown on stdin has no name to tell it by.
const FIRST_LINE_HEADING = /^(?:---\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*\n)?\s*# \S/;
const SUBHEADINGS = /^#{2,6} \S/gm;

/** True when stdin's text is Markdown by its look: a `# ` title first, or `##` headings. */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, MARKDOWN_SNIFF_CHARS);
  return FIRST_LINE_HEADING.test(head) || (head.match(SUBHEADINGS)?.length ?? 0) >= 2;
}

type Parser = (text: string, options: ParseOptions) => ParseResult;
/** The parsers at hand; the Markdown parser comes with `loadParser` (it brings marked). */
const PARSERS: Partial<Record<InputFormat, Parser>> = {
  text: parseText,
  html: parseHtml,
};

/**
 * The format whose parser to make ready before reading an input: by its name, and Markdown for
 * stdin, which has no name and is told by its look only once read.
 */
export function readerFormat(name: string): InputFormat {
  return name === STDIN ? 'markdown' : formatOf(name);
}

/**
 * Makes a format's parser ready for `loadArticle`. Markdown's brings marked along, which a
 * plain-text run (`article count x.txt`) should not pay for at start-up; so it is loaded
 * here, once, by whoever is about to read Markdown.
 */
export async function loadParser(format: InputFormat): Promise<void> {
  if (format === 'markdown') PARSERS.markdown ??= (await import('./parse/markdown.js')).parseMarkdown;
}

/** Decodes, parses and analyses one input (after `loadParser` for its format). `name` is the file as given, for messages. */
export function loadArticle(name: string, bytes: Uint8Array, options: LoadOptions = {}): Loaded {
  return articleOf(name, decode(bytes, name, options.encoding), options);
}

/** Parses and analyses decoded text (after `loadParser` for its format). */
function articleOf(name: string, decoded: DecodedText, options: LoadOptions): Loaded {
  const format = options.format ?? formatOf(name, decoded.text);
  const parse = PARSERS[format];
  if (!parse) throw new Error(`the ${format} parser is not loaded: await loadParser('${format}') first`);
  const { structure, warnings } = parse(decoded.text, { pullQuotes: options.pullQuotes });
  const article = analyse(structure, { ...options, file: name, encoding: decoded.encoding });
  return {
    article,
    warnings: [...(decoded.warning ? [decoded.warning] : []), ...warnings.map((w) => `'${name}': ${w}`)],
  };
}

/** Where one input comes from, for `readArticle`. */
export interface ArticleSource {
  /** The file as given (`-` for stdin): what is read, and what tells the parser to make ready. */
  name: string;
  /** The name the article and its warnings show. */
  shown: string;
  /** Its bytes when they are already read (a batch's stdin, read by the main thread); else they are read here. */
  bytes?: Uint8Array;
  /** Standard input, asked for only when it is read. */
  stdin: () => NodeJS.ReadableStream;
  /** Inputs larger than this many bytes are refused. */
  maxBytes: number;
}

/** Reads one input, makes its format's parser ready and loads it: what every command does with each file. */
export async function readArticle(source: ArticleSource, options: LoadOptions = {}): Promise<Loaded> {
  // Bytes already read are decoded here; a file is read and decoded at once (readDecoded).
  const decoded = source.bytes
    ? decode(source.bytes, source.shown, options.encoding)
    : await readDecoded(source.name, source.shown, source.stdin, source.maxBytes, options.encoding);
  await loadParser(options.format ?? readerFormat(source.name));
  return articleOf(source.shown, decoded, options);
}
