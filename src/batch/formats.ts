// The output formats of `article summary`. Each writer turns records into text as they come
// (a start, one piece per record, an end), so no format holds more than one record.
import type { EssentialsSource } from '../model.js';
import { escapeMarkdown, longestBacktickRun } from '../parse/markdown-escape.js';
import { wrap as wrapToWidth } from '../render/ansi.js';
import type { Painter } from '../render/theme.js';
import type { BatchFormat } from './format-names.js';
import type { SummaryRecord } from './record.js';


/** What joins the essentials items in their one CSV cell (json and ndjson keep them apart). */
export const CSV_ITEM_SEPARATOR = ' | ';

/** The CSV columns, in order: the header row. */
export const CSV_COLUMNS = [
  'file', 'title', 'language', 'words', 'readingMinutes', 'essentialsLabel', 'essentialsSource', 'essentials', 'quotes',
] as const;

/** Turns records into output text as they come. */
export interface RecordWriter {
  /** What comes before the first record (a header, an opening bracket), possibly nothing. */
  start(): string;
  record(record: SummaryRecord): string;
  /** What comes after the last record, also after an interrupted run (json closes its array). */
  end(): string;
}

/** How the people formats look: colours (a no-op painter in pipes) and the wrap width (null: none). */
export interface WriterStyle {
  paint: Painter;
  width: number | null;
}

const SOURCE_NAMES: Readonly<Record<EssentialsSource, string>> = {
  box: "the article's box",
  'front-matter': 'from the front matter',
  summary: 'picked from its sentences',
};

/**
 * Text for one line: line breaks and tabs (multi-line front matter) as a space. Records hold
 * sanitized text and names already (decode, and the batch's main thread), so nothing else is
 * left to take out.
 */
function oneLine(text: string): string {
  return text.replace(/\s*[\t\n]\s*/g, ' ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The facts line shared by text and Markdown: language, words, reading time, quotations. */
function facts(record: SummaryRecord): string[] {
  return [record.language, plural(record.words, 'word'), `${record.readingMinutes} min read`, plural(record.quotes, 'quote')];
}

const NO_ESSENTIALS = 'no essentials: the article has no sentence';

function textWriter({ paint, width }: WriterStyle): RecordWriter {
  const wrap = (first: string, rest: string, text: string): string => {
    const lines = width === null ? [text] : wrapToWidth(text, width - rest.length);
    return lines.map((line, i) => `${i === 0 ? first : rest}${line}\n`).join('');
  };
  let separator = '';
  return {
    start: () => '',
    record(record) {
      const file = record.file;
      const heading = record.title === null ? file : oneLine(record.title);
      const meta = [...(record.title === null ? [] : [file]), ...facts(record)].join(' · ');
      let text = separator + wrap('', '', paint('title', heading)) + wrap('', '', paint('meta', meta));
      separator = '\n';
      const { essentials } = record;
      if (!essentials) return text + wrap('', '', paint('meta', NO_ESSENTIALS));
      text += wrap('', '', `${paint('label', oneLine(essentials.label))} (${SOURCE_NAMES[essentials.source]})`);
      for (const item of essentials.items) text += wrap(`  ${paint('bullet', '•')} `, '    ', oneLine(item));
      return text;
    },
    end: () => '',
  };
}

/** A code span holding `text` as is: a fence longer than any run of backticks inside. */
function codeSpan(text: string): string {
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function markdownWriter(): RecordWriter {
  return {
    start: () => '# Article summaries\n',
    record(record) {
      const file = record.file;
      const heading = escapeMarkdown(record.title ?? file);
      let text = `\n## ${heading}\n\n${[codeSpan(file), ...facts(record)].join(' · ')}\n\n`;
      const { essentials } = record;
      if (!essentials) return `${text}_${NO_ESSENTIALS}_\n`;
      text += `**${escapeMarkdown(essentials.label)}** (${SOURCE_NAMES[essentials.source]})\n\n`;
      return text + essentials.items.map((item) => `- ${escapeMarkdown(item)}\n`).join('');
    },
    end: () => '',
  };
}

/** A CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, a quote or a line break. */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvWriter(): RecordWriter {
  const row = (fields: (string | number | null)[]): string => `${fields.map(csvField).join(',')}\n`;
  return {
    start: () => row([...CSV_COLUMNS]),
    record(r) {
      const e = r.essentials;
      const text = (value: string | null | undefined): string | null => (value == null ? null : oneLine(value));
      const items = e ? e.items.map(oneLine).join(CSV_ITEM_SEPARATOR) : null;
      return row([r.file, text(r.title), r.language, r.words, r.readingMinutes, text(e?.label), e?.source ?? null, items, r.quotes]);
    },
    end: () => '',
  };
}

/** A JSON array written a record at a time; it reads exactly as `JSON.stringify(records, null, 2)`. */
function jsonWriter(): RecordWriter {
  let count = 0;
  return {
    start: () => '[',
    record(record) {
      // JSON strings hold no raw line break, so every line start is one of the structure's.
      return `${count++ === 0 ? '\n' : ',\n'}${JSON.stringify(record, null, 2).replace(/^/gm, '  ')}`;
    },
    end: () => (count === 0 ? ']\n' : '\n]\n'),
  };
}

/** The writer for a format; `style` matters to text only. */
export function recordWriter(format: BatchFormat, style: WriterStyle): RecordWriter {
  switch (format) {
    case 'text':
      return textWriter(style);
    case 'markdown':
      return markdownWriter();
    case 'csv':
      return csvWriter();
    case 'json':
      return jsonWriter();
    case 'ndjson':
      return { start: () => '', record: (record) => `${JSON.stringify(record)}\n`, end: () => '' };
  }
}
