// Bylines and names: the line under a headline that names who wrote the article (`By Owen
// Price`, `Door Lotte Bos`, `Von Anna Schmidt`, `Par Jean Dupont`), and the words of a name.
// In Markdown and on web pages a byline is a paragraph of its own, and the lead is the
// paragraph after it.
import { countWords } from './words.js';

/** A byline names its writers in a few words: a longer paragraph is prose. */
export const MAX_BYLINE_WORDS = 12;
/** The words of one name, or of two or three joined by `and`: more is a sentence. */
export const MAX_NAME_WORDS = 8;
/** Words in lower case before a name: a role (`burgemeester`, `former prime minister`). */
export const MAX_ROLE_WORDS = 3;

// The word a byline opens with in the spec's languages (in any case), then the writer's name.
const BYLINE_WORD = /^(?:by|door|von|par|texte?|tekst)\s*:?\s+/iu;
/** The end of a line that ends as a sentence does, closing marks after it (`Von Montag an gilt die Regel.`). */
export const ENDS_AS_SENTENCE = /[.!?…]["'”’»)]*$/u;
// Where a name ends and a place, a role, a date or a time begins (not a colon, which ends a
// headline's topic: `Von Angela Merkel zu Olaf Scholz: …`): `Owen Price | 21 February`,
// `Jean Dupont, à Bruxelles`, `Ann Lee (Reuters)`, `Lotte Bos · 12 mei`, `Ann Lee - Berlin`,
// `Owen Price 21 February`.
const NAME_END = /[|,;(/·•]|\s[-–—]\s|\s\p{N}/u;
// A word of a name: a capital first (`Füssenich`, `O'Brien`, `J.`), or all in capitals; or a
// particle glued to one (`d'Estaing`, `l'AFP`, `el-Amrani`).
const NAME_WORD = /^(?:[dlo]['’]|(?:al|el|bin|ibn|ben)-)?\p{Lu}[\p{L}\p{M}'’.-]*$/u;
// The small words inside names and between names, in the spec's languages and their neighbours.
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'de', 'der', 'den', 'het', "'t", '’t', 'ter', 'ten', 'von', 'zu', 'vom', 'zur', 'le', 'la', 'du', 'des', 'di', 'da', 'del', 'dos', 'y', 'e', 'bin', 'al', 'el',
  'and', 'en', 'und', 'et', '&',
]);
// Words that make no role: a role word before a name is a noun (`minister`, `président`),
// not an article, a preposition or a conjunction (`in the Second World War` names no one).
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'of', 'to', 'at', 'on', 'by', 'for', 'and', 'then', 'de', 'het', 'een', 'van', 'op', 'en', 'der', 'die', 'das', 'den', 'dem',
  'ein', 'eine', 'im', 'am', 'und', 'le', 'la', 'les', 'un', 'une', 'du', 'des', 'à', 'au', 'aux', 'et',
]);

// The word that opens a byline's role: a possessive (`onze verslaggever`, `unserem
// Korrespondenten`, `notre correspondant`, `our correspondent`).
const POSSESSIVES: ReadonlySet<string> = new Set(['onze', 'ons', 'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'notre', 'nos', 'our']);
// A lower-case word after a name that leads to a place, a date or an occasion (`Owen Price in
// London`, `Jean Dupont à Bruxelles`, `Anna Schmidt aus Berlin`, `publié le 3 mai`).
const AFTER_NAME: ReadonlySet<string> = new Set([
  'in', 'at', 'from', 'on', 'with', 'aus', 'mit', 'am', 'uit', 'te', 'op', 'met', 'à', 'au', 'aux', 'avec', 'publié', 'publiée', 'updated', 'published', 'aktualisiert',
]);

/** Words of a place or a date after a name (`in London`, `publié le 3 mai 2024`). */
const MAX_PLACE_WORDS = 5;
/** Letters of a lower-case word a place or a date may hold (`le`, `der`, `mai`). */
const MAX_SHORT_WORD = 4;
// News agencies and desks that sign a story alone (`Von dpa`, `Door redactie`, `By Reuters`).
const AGENCIES: ReadonlySet<string> = new Set([
  'reuters', 'afp', 'ap', 'dpa', 'anp', 'belga', 'apa', 'sda', 'ansa', 'efe', 'epd', 'kna', 'upi', 'bloomberg', 'redactie', 'redaktion', 'rédaction', 'staff',
]);
// An agency's initials in capitals (`ANP`, `KNA`).
const ACRONYM = /^\p{Lu}{2,5}$/u;
// An article glued to the word after it (`l'AFP`, `l'Élysée`).
const GLUED_ARTICLE = /^[dl]['’]/u;

/** What `startsWithName` takes for a name. */
export interface NameRule {
  /** Words with a capital the name has at least. */
  minWords: number;
  /**
   * Role words in lower case that may come before the name: any (`former prime minister`,
   * the last no article or preposition), those after a possessive only (`onze verslaggever`),
   * or none.
   */
  roles: 'any' | 'possessive' | 'none';
  /** Whether an agency or a desk alone on its line counts (`By Reuters`, `Door ANP`, `Von dpa`). */
  alone: boolean;
  /**
   * Whether what follows a word such as `in` or `à` after the name must be a place or a date
   * (`in London`, `le 3 mai 2024`), not the rest of a sentence (`Merz aus der Union gedrängt`).
   */
  placeOnly: boolean;
}

/**
 * True when text is a name, or starts with one: up to MAX_ROLE_WORDS role words in lower case
 * as `rule.roles` allows, the last no article or preposition (`le président`, `onze
 * verslaggever`), then the name's words, each with a capital or a name particle (`Kees de
 * Vries`, `Lotte Bos en Ann Lee`, `d'Estaing`), the first and the last with a capital and at
 * least `rule.minWords` with one (or one alone, where `rule.alone`), up to the end or a
 * separator (`|`, `,`, `·`, `:`, `(`, a dash between spaces, a number), or, after a name of two
 * words or more, a word leading to a place or a date (`in`, `à`, `aus`, `publié`). `Mittwoch
 * an streiken …`, `Tuesday 5,000 workers …` and `de Tweede Kamer: …` start with no name.
 */
export function startsWithName(text: string, rule: NameRule): boolean {
  const trimmed = text.trim();
  const end = trimmed.search(NAME_END);
  const words = (end < 0 ? trimmed : trimmed.slice(0, end)).split(/\s+/u).filter((word) => word !== '');
  let i = 0;
  const roles = rule.roles === 'any' || (rule.roles === 'possessive' && POSSESSIVES.has(words[0]?.toLowerCase() ?? ''));
  while (roles && i < words.length && i < MAX_ROLE_WORDS && !NAME_WORD.test(words[i]!)) i++;
  if (i > 0 && FUNCTION_WORDS.has(words[i - 1]!.toLowerCase())) return false;
  // A news agency or a desk alone on its line (`Von dpa`, `Door redactie`, `By AFP`).
  if (rule.alone && end < 0 && words.length === 1 && i === 0) {
    const agency = words[0]!.replace(GLUED_ARTICLE, '');
    return AGENCIES.has(agency.toLowerCase()) || ACRONYM.test(agency);
  }
  if (i >= words.length || !NAME_WORD.test(words[i]!)) return false;
  let capitals = 0;
  let j = i;
  for (; j < words.length; j++) {
    const word = words[j]!;
    if (NAME_WORD.test(word)) capitals++;
    else if (!NAME_PARTICLES.has(word.toLowerCase()) || j === words.length - 1) break;
  }
  if (j - i > MAX_NAME_WORDS || !NAME_WORD.test(words[j - 1]!)) return false;
  // The name alone, before a separator or the end; two words or more, then a word leading to a
  // place or a date (`Owen Price in London`); a name of one word only alone (`By Reuters`).
  if (j === words.length) return capitals >= rule.minWords;
  if (capitals < Math.max(rule.minWords, 2) || !AFTER_NAME.has(words[j]!.toLowerCase())) return false;
  // After such a word, a place, a date or an agency, not the rest of a sentence (`Merz aus der
  // Union gedrängt`): a few words, with a capital or a number, or short (`le 3 mai 2024`).
  if (!rule.placeOnly) return true;
  const rest = trimmed.split(/\s+/u).slice(j + 1);
  return rest.length <= MAX_PLACE_WORDS && rest.every((word) => /^[\p{Lu}\p{N}]/u.test(word.replace(GLUED_ARTICLE, '')) || word.replace(/\P{L}/gu, '').length <= MAX_SHORT_WORD);
}

/** A byline's name: a first and a last name at least, after a possessive role or not (`Door Lotte Bos`, `Door onze verslaggever Lotte Bos`). */
const BYLINE_NAME: NameRule = { minWords: 2, roles: 'possessive', alone: true, placeOnly: true };

/**
 * True when a paragraph is a byline: at most MAX_BYLINE_WORDS words, opening with `By`,
 * `Door`, `Von`, `Par` or `Text:` (in any case) and a name (see startsWithName), and not ending
 * as a sentence does (`By Owen Price | 21 February`, `Door Lotte Bos · 12 mei`, `Par Jean
 * Dupont, à Bruxelles`; not `Von Mittwoch an streiken …`, `By Tuesday 5,000 workers …`).
 */
export function isByline(text: string): boolean {
  const trimmed = text.trim();
  const opener = BYLINE_WORD.exec(trimmed);
  if (!opener || !startsWithName(trimmed.slice(opener[0].length), BYLINE_NAME)) return false;
  return !ENDS_AS_SENTENCE.test(trimmed) && countWords(trimmed) <= MAX_BYLINE_WORDS;
}
