// Bylines: the line under a headline that names who wrote the article (`By Owen Price`,
// `Door Lotte Bos`, `Von Anna Schmidt`, `Par Jean Dupont`). In Markdown and on web pages such a
// line is a paragraph of its own, and the lead is the paragraph after it.
import { countWords } from './words.js';

/** A byline names its writers in a few words: a longer paragraph is prose. */
export const MAX_BYLINE_WORDS = 12;

// The word a byline opens with in the spec's languages (in any case), then the writer's name.
const BYLINE_WORD = /^(?:by|door|von|par|texte?|tekst)\s*:?\s+/iu;
// A name starts with a capital.
const CAPITAL = /^\p{Lu}/u;
// A byline ends in no sentence punctuation (`Von Montag an gilt die Regel.` is a sentence).
const SENTENCE_END = /[.!?…]["'”’»)]*$/u;

/**
 * True when a paragraph is a byline: at most MAX_BYLINE_WORDS words, opening with `By`,
 * `Door`, `Von`, `Par` or `Text:` (in any case) and a capital, and not ending as a sentence
 * does (`By Owen Price | 21 February`, `Door Lotte Bos`, `Par Jean Dupont, à Bruxelles`).
 */
export function isByline(text: string): boolean {
  const trimmed = text.trim();
  const opener = BYLINE_WORD.exec(trimmed);
  if (!opener || !CAPITAL.test(trimmed.slice(opener[0].length))) return false;
  return !SENTENCE_END.test(trimmed) && countWords(trimmed) <= MAX_BYLINE_WORDS;
}
