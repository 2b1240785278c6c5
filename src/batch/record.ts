// One input of a batch to one record: read, load through the pipeline, keep what the summary
// outputs show. The same function runs in the main thread (`--jobs 1`) and in the workers, so
// the output cannot depend on where a file was summarized.
import { Readable } from 'node:stream';
import { InputError, unexpectedReason } from '../errors.js';
import { readArticle } from '../load.js';
import type { Article, Essentials, InputFormat } from '../model.js';

/** What `article summary` reports of one article, in every output format. */
export interface SummaryRecord {
  /** The file's name as given or as found by the walk (shown sanitized, on one line, as every command shows it). */
  file: string;
  title: string | null;
  language: string;
  words: number;
  readingMinutes: number;
  /** The box, the front matter's essentials, or a summary; null for an article with no sentence. */
  essentials: Essentials | null;
  /** How many quotations the article holds. */
  quotes: number;
}

/** How every input of a batch is read and analysed; plain data, so workers can be given it. */
export interface BatchSettings {
  summarySentences: number;
  wordsPerMinute: number;
  inputFormat?: InputFormat;
  encoding?: string;
  maxSize: number;
}

/** One unit of work: a file to read, or the bytes of stdin already read by the main thread. */
export interface BatchTask {
  name: string;
  bytes?: Uint8Array;
}

/** What became of one input: its record and the warnings it raised, or why it failed. */
export type Outcome =
  | { ok: true; record: SummaryRecord; warnings: string[] }
  | { ok: false; file: string; reason: string };

/** The summary record of an analysed article. */
function summaryRecord(article: Article): SummaryRecord {
  return {
    file: article.file,
    title: article.title,
    language: article.language,
    words: article.counts.words,
    readingMinutes: article.counts.readingMinutes,
    essentials: article.essentials,
    quotes: article.quotes.length,
  };
}

/**
 * Reads and summarizes one input. Never throws: a bad input is an outcome, and so is a bug
 * met on one file, so that one strange file among 10,000 does not stop the others.
 */
export async function summarizeTask(task: BatchTask, settings: BatchSettings): Promise<Outcome> {
  try {
    const source = { name: task.name, shown: task.name, bytes: task.bytes, stdin: () => Readable.from([]), maxBytes: settings.maxSize };
    const { article, warnings } = await readArticle(source, {
      summarySentences: settings.summarySentences,
      wordsPerMinute: settings.wordsPerMinute,
      format: settings.inputFormat,
      encoding: settings.encoding,
    });
    return { ok: true, record: summaryRecord(article), warnings };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, file: error.file, reason: error.reason };
    return { ok: false, file: task.name, reason: unexpectedReason(error) };
  }
}
