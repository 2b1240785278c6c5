// Line formats for scripts: `count` lines and totals, and the JSON of counts.
import type { Article, Counts } from '../model.js';

/** The counts of one article as `count --json` prints them. */
export function countJson(article: Article): { file: string } & Counts {
  return { file: article.file, ...article.counts };
}

function line(words: number, sentences: number, minutes: number, label: string): string {
  return `${String(words).padStart(7)} words ${String(sentences).padStart(6)} sentences ${String(minutes).padStart(4)} min  ${label}\n`;
}

/** One `count` line: words, sentences, reading minutes and the file name. */
export function countLine(article: Article): string {
  const { words, sentences, readingMinutes } = article.counts;
  return line(words, sentences, readingMinutes, article.file);
}

/** The `count` total: sums of words and sentences, reading time of all the words together. */
export function totalLine(articles: Article[], wordsPerMinute: number): string {
  const words = articles.reduce((n, a) => n + a.counts.words, 0);
  const sentences = articles.reduce((n, a) => n + a.counts.sentences, 0);
  return line(words, sentences, Math.max(1, Math.ceil(words / wordsPerMinute)), 'total');
}
