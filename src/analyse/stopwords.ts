// Stop words of a language, from the stopwords-iso lists (the spec's reference, §3.5).
import { createRequire } from 'node:module';

type StopwordLists = Record<string, string[]>;
let lists: StopwordLists | undefined;
const cache = new Map<string, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

function allLists(): StopwordLists {
  lists ??= createRequire(import.meta.url)('stopwords-iso') as StopwordLists;
  return lists;
}

/** The stop words of an ISO 639-1 language, case-folded; empty for a language without a list. */
export function stopWords(language: string): ReadonlySet<string> {
  let set = cache.get(language);
  if (!set) {
    const words = allLists()[language];
    // Lists write apostrophes straight; articles mostly curly: hold both spellings.
    set = words ? new Set(words.flatMap((w) => [w.toLowerCase(), w.toLowerCase().replace(/'/g, '’')])) : EMPTY;
    cache.set(language, set);
  }
  return set;
}

/** True when stopwords-iso has a list for the language. */
export function hasStopWords(language: string): boolean {
  return language in allLists();
}
