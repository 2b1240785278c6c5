// How a stop-word list is matched against an article's words: case-folded, and with curly
// apostrophes beside straight ones. Kept apart so the build can fold the lists once
// (scripts/build.mjs writes them folded) instead of every run folding them again.

/** A stop-word list as matched: each word lower-cased, plus its spelling with `’` where it has `'`. */
export function foldStopWords(words: readonly string[]): string[] {
  const folded: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    folded.push(lower);
    // Lists write apostrophes straight; articles mostly curly: hold both spellings.
    if (lower.includes("'")) folded.push(lower.replaceAll("'", '’'));
  }
  return folded;
}
