// Bylines and names: the line under a headline that names who wrote the article (`By Owen
// Price`, `Door Lotte Bos`, `Von Anna Schmidt`, `Par Jean Dupont`), and the words of a name.
// In Markdown and on web pages a byline is a paragraph of its own, and the lead is the
// paragraph after it.
import { countWords } from './words.js';

/** A byline names its writers in a few words: a longer paragraph is prose. */
export const MAX_BYLINE_WORDS = 12;
/** The words of one name, or of two or three joined by `and`: more is a sentence. */
export const MAX_NAME_WORDS = 8;

// The word a byline opens with in the spec's languages (in any case), then the writer's name.
const BYLINE_WORD = /^(?:by|door|von|par|texte?|tekst)\s*:?\s+/iu;
// A byline ends in no sentence punctuation (`Von Montag an gilt die Regel.` is a sentence).
const SENTENCE_END = /[.!?…]["'”’»)]*$/u;
// Where a name ends and a place, a role or a date begins: `Owen Price | 21 February`,
// `Jean Dupont, à Bruxelles`, `Ann Lee (Reuters)`, `Ann Lee - Berlin`.
const NAME_END = /\s*(?:[|,;(/]|\s[-–—]\s).*$/su;
// A word of a name: a capital first (`Füssenich`, `O'Brien`, `J.`), or written all in capitals.
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
// The small words inside names and between names, in the spec's languages and their neighbours.
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'von', 'zu', 'vom', 'zur', 'le', 'la', 'du', 'des', 'di', 'da', 'del', 'dos', 'y', 'e', 'bin', 'al', 'el',
  'and', 'en', 'und', 'et', '&',
]);

/**
 * True when text starts with a name: the words before a separator (`|`, `,`, `(`, a dash
 * between spaces) or the end, at least `minWords` and at most MAX_NAME_WORDS of them, the first
 * and last with a capital and every other one with a capital or a particle (`Kees de Vries`,
 * `Lotte Bos en Ann Lee`).
 */
export function startsWithName(text: string, minWords = 1): boolean {
  const words = text.trim().replace(NAME_END, '').split(/\s+/u).filter((word) => word !== '');
  if (words.length < minWords || words.length > MAX_NAME_WORDS) return false;
  if (!NAME_WORD.test(words[0]!) || !NAME_WORD.test(words.at(-1)!)) return false;
  return words.every((word) => NAME_WORD.test(word) || NAME_PARTICLES.has(word.toLowerCase()));
}

/**
 * True when a paragraph is a byline: at most MAX_BYLINE_WORDS words, opening with `By`,
 * `Door`, `Von`, `Par` or `Text:` (in any case) and a name (see startsWithName), and not ending
 * as a sentence does (`By Owen Price | 21 February`, `Door Lotte Bos`, `Par Jean Dupont, à
 * Bruxelles`; not `Von Mittwoch an streiken die Lokführer`).
 */
export function isByline(text: string): boolean {
  const trimmed = text.trim();
  const opener = BYLINE_WORD.exec(trimmed);
  if (!opener || !startsWithName(trimmed.slice(opener[0].length))) return false;
  return !SENTENCE_END.test(trimmed) && countWords(trimmed) <= MAX_BYLINE_WORDS;
}
