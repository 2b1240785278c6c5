// Stop words of a language, from the stopwords-iso lists (the spec's reference, §3.5).
import { stopwordList } from './stopword-lists.js';

const cache = new Map<string, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

/** The stop words of an ISO 639-1 language, case-folded; empty for a language without a list. */
export function stopWords(language: string): ReadonlySet<string> {
  let set = cache.get(language);
  if (!set) {
    const words = stopwordList(language);
    set = words ? new Set(words) : EMPTY;
    cache.set(language, set);
  }
  return set;
}

/** True when stopwords-iso has a list for the language. */
export function hasStopWords(language: string): boolean {
  return stopWords(language).size > 0;
}
