// Where stop-word lists come from: the stopwords-iso package. The build (scripts/build.mjs)
// puts a module with the same exports in this one's place that reads one language's list,
// folded at build time, from a file of its own, so a command parses the few lists it uses,
// not all 58, and folds none.
import { createRequire } from 'node:module';
import { foldStopWords } from './stopword-fold.js';

let lists: Record<string, string[]> | undefined;

/** The stopwords-iso list of an ISO 639-1 language, folded (stopword-fold.ts), or undefined when it has none. */
export function stopwordList(language: string): readonly string[] | undefined {
  lists ??= createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
  return Object.hasOwn(lists, language) ? foldStopWords(lists[language]!) : undefined;
}
