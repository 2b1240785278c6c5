// The extractive summarizer behind `essentials` for articles without a box.
import { splitSentences } from './sentences.js';

/** What the summarizer reads: the article's prose in order, by paragraph. */
export interface SummaryInput {
  title: string | null;
  language: string;
  /** The lead and body paragraphs (and list items), in article order. */
  paragraphs: string[];
}

/** Picks `count` of the article's own sentences, verbatim, in article order. */
export function summarize(input: SummaryInput, count: number): string[] {
  const sentences = input.paragraphs.flatMap(splitSentences);
  return sentences.slice(0, Math.max(1, count));
}
