// Line formats for scripts: `count` lines and totals, and the JSON of counts.
import { readingMinutes } from '../analyse/article.js';
import type { Article, Counts } from '../model.js';

/** The counts of one article as `count --json` prints them. */
export function countJson(article: Article): { file: string } & Counts {
  return { file: article.file, ...article.counts };
}

/** `n noun`, in the plural but for one, padded so that columns stay aligned. */
function counted(n: number, width: number, noun: string): string {
  return `${String(n).padStart(width)} ${noun}${n === 1 ? ' ' : 's'}`;
}

function line(words: number, sentences: number, minutes: number, label: string): string {
  return `${counted(words, 7, 'word')} ${counted(sentences, 6, 'sentence')} ${String(minutes).padStart(4)} min  ${label}\n`;
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
  return line(words, sentences, readingMinutes(words, wordsPerMinute), 'total');
}
