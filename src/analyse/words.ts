// Words by the spec's definition (§5): whitespace-separated tokens with a letter or digit;
// in scripts written without spaces every character is a word, as word processors count.

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
// Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar: scripts that do not separate words.
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
// The characters counted: letters and digits of those scripts. Their combining vowel signs and
// tone marks (Thai ที่ is one character with two marks) belong to the letter before them.
const UNSPACED_SPLIT =
  /(?=[\p{L}\p{N}])[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
const WHITESPACE = /\s+/;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The whitespace-separated tokens of a text that count as words (without unspaced scripts). */
export function wordTokens(text: string): string[] {
  return text.split(WHITESPACE).filter((token) => HAS_WORD_CHAR.test(token));
}

/** Counts the words of a text by the spec's definition. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(WHITESPACE)) {
    if (!HAS_WORD_CHAR.test(token)) continue;
    if (!UNSPACED_CHAR.test(token)) {
      count += 1;
      continue;
    }
    // Each unspaced character is a word; runs of other letters or digits between them too.
    const unspaced = token.match(UNSPACED_SPLIT)?.length ?? 0;
    const rest = token.split(UNSPACED_SPLIT).filter((part) => HAS_WORD_CHAR.test(part)).length;
    count += unspaced + rest;
  }
  return count;
}

/** A token case-folded and stripped of edge punctuation (`“Soleimani’s,` → `soleimani’s`). */
export function normalizeWord(token: string): string {
  return token.replace(EDGE_PUNCTUATION, '').toLowerCase();
}

/** A text's content words in order, repeats kept: case-folded, edge punctuation off, no stop words. */
export function contentWords(text: string, stop: ReadonlySet<string>): string[] {
  const words: string[] = [];
  for (const token of text.split(WHITESPACE)) {
    const word = normalizeWord(token);
    if (word && !stop.has(word)) words.push(word);
  }
  return words;
}
