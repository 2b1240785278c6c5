// Stop words of a language, from the stopwords-iso lists (the spec's reference, §3.5).
import { stopwordList } from './stopword-lists.js';

const cache = new Map<string, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();
/**
 * Languages read with another's list: stopwords-iso has one Norwegian list (`no`, Bokmål),
 * while detection names the written standard (`nb` Bokmål, `nn` Nynorsk).
 */
const LIST_OF: Readonly<Record<string, string>> = { nb: 'no', nn: 'no' };

/** The stop words of an ISO 639-1 language, case-folded; empty for a language without a list. */
export function stopWords(language: string): ReadonlySet<string> {
  const list = LIST_OF[language] ?? language;
  let set = cache.get(list);
  if (!set) {
    const words = stopwordList(list);
    set = words ? new Set(words) : EMPTY;
    cache.set(list, set);
  }
  return set;
}

/** True when stopwords-iso has a list for the language. */
export function hasStopWords(language: string): boolean {
  return stopWords(language).size > 0;
}
