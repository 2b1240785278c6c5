// Bylines and names: the line under a headline that names who wrote the article (`By Owen
// Price`, `Door Lotte Bos`, `Von Anna Schmidt`, `Par Jean Dupont`), and the words of a name.
// In Markdown and on web pages a byline is a paragraph of its own, and the lead is the
// paragraph after it.
import { countWords } from './words.js';

/** A byline names its writers in a few words: a longer paragraph is prose. */
export const MAX_BYLINE_WORDS = 12;
/** The words of one name, or of two or three joined by `and`: more is a sentence. */
export const MAX_NAME_WORDS = 8;
/** Words in lower case before a name: a role or an article (`le président`, `unserem Korrespondenten`). */
export const MAX_ROLE_WORDS = 3;

// The word a byline opens with in the spec's languages (in any case), then the writer's name.
const BYLINE_WORD = /^(?:by|door|von|par|texte?|tekst)\s*:?\s+/iu;
// A byline ends in no sentence punctuation (`Von Montag an gilt die Regel.` is a sentence).
const SENTENCE_END = /[.!?…]["'”’»)]*$/u;
// Where a name ends and a place, a role, a date or a time begins: `Owen Price | 21 February`,
// `Jean Dupont, à Bruxelles`, `Ann Lee (Reuters)`, `Lotte Bos · 12 mei`, `Ann Lee - Berlin`,
// `Owen Price 21 February`.
const NAME_END = /[|,;(/·•:]|\s[-–—]\s|\s\p{N}/u;
// A word of a name: a capital first (`Füssenich`, `O'Brien`, `J.`), or all in capitals; or a
// particle glued to one (`d'Estaing`, `l'AFP`, `el-Amrani`).
const NAME_WORD = /^(?:[dlo]['’]|(?:al|el|bin|ibn|ben)-)?\p{Lu}[\p{L}\p{M}'’.-]*$/u;
// The small words inside names and between names, in the spec's languages and their neighbours.
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'de', 'der', 'den', 'het', "'t", '’t', 'ter', 'ten', 'von', 'zu', 'vom', 'zur', 'le', 'la', 'du', 'des', 'di', 'da', 'del', 'dos', 'y', 'e', 'bin', 'al', 'el',
  'and', 'en', 'und', 'et', '&',
]);
// A lower-case word that may follow a name and lead to a place or a date (`Owen Price in
// London`, `Jean Dupont à Bruxelles`, `publié le 3 mai`).
const AFTER_NAME: ReadonlySet<string> = new Set(['in', 'at', 'from', 'aus', 'uit', 'te', 'à', 'au', 'aux', 'publié', 'publiée', 'updated', 'published']);

/**
 * True when text is a name, or starts with one: up to MAX_ROLE_WORDS words in lower case (a
 * role, `burgemeester`), then the name's words, each with a capital or a name particle (`Kees
 * de Vries`, `Lotte Bos en Ann Lee`), at least `minWords` with a capital and the last with one,
 * up to the end, a separator (`|`, `,`, `·`, `:`, `(`, a dash between spaces, a number) or a
 * word that leads to a place or a date (`in`, `à`, `publié`). `Mittwoch an streiken …` and
 * `Christmas Eve the town …` start with no name.
 */
export function startsWithName(text: string, minWords = 1): boolean {
  const trimmed = text.trim();
  const end = trimmed.search(NAME_END);
  const words = (end < 0 ? trimmed : trimmed.slice(0, end)).split(/\s+/u).filter((word) => word !== '');
  let i = 0;
  while (i < words.length && i < MAX_ROLE_WORDS && !NAME_WORD.test(words[i]!)) i++;
  let capitals = 0;
  let last = -1;
  for (let j = i; j < words.length; j++) {
    const word = words[j]!;
    if (NAME_WORD.test(word)) {
      capitals++;
      last = j;
    } else if (!NAME_PARTICLES.has(word.toLowerCase())) {
      break;
    }
  }
  if (last < 0 || capitals < minWords || last + 1 - i > MAX_NAME_WORDS) return false;
  const after = words[last + 1];
  return after === undefined || AFTER_NAME.has(after.toLowerCase());
}

/**
 * True when a paragraph is a byline: at most MAX_BYLINE_WORDS words, opening with `By`,
 * `Door`, `Von`, `Par` or `Text:` (in any case) and a name (see startsWithName), and not ending
 * as a sentence does (`By Owen Price | 21 February`, `Door Lotte Bos`, `Par Jean Dupont à
 * Bruxelles`, `Von unserem Korrespondenten Max Muster`; not `Von Mittwoch an streiken …`).
 */
export function isByline(text: string): boolean {
  const trimmed = text.trim();
  const opener = BYLINE_WORD.exec(trimmed);
  if (!opener || !startsWithName(trimmed.slice(opener[0].length))) return false;
  return !SENTENCE_END.test(trimmed) && countWords(trimmed) <= MAX_BYLINE_WORDS;
}
