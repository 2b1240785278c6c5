// Bylines and names: the line under a headline that names who wrote the article (`By Owen
// Price`, `Door Lotte Bos`, `Von Anna Schmidt`, `Par Jean Dupont`), and the words of a name.
// In Markdown and on web pages a byline is a paragraph of its own, and the lead is the
// paragraph after it.
import { isMonthName } from '../parse/blocks.js';
import { isCredit, isPictureCredit } from './credit.js';
import { countWords } from './words.js';
import { lazy } from '../lazy.js';

/** A byline names its writers in a few words: a longer paragraph is prose. */
export const MAX_BYLINE_WORDS = 12;
/** The words of one name, or of two or three joined by `and`: more is a sentence. */
export const MAX_NAME_WORDS = 8;
/** Words in lower case before a name: a role (`burgemeester`, `former prime minister`). */
export const MAX_ROLE_WORDS = 3;

// The words a byline opens with in the spec's languages (in any case), then the writer's name:
// `By`, `Words by`, `Door`, `Bewerkt door`, `Van onze verslaggever`, `Von`, `Ein Kommentar
// von`, `Par`, `Propos recueillis par`, `Texte :`.
const BYLINE_WORD =
  /^(?:(?:words|written|reporting|text|story|interview|edited|compiled|photos?|pictures?)\s+by|(?:foto'?s?)\s+(?:door|von|par)|(?:bewerkt|geschreven|opgetekend|samengesteld)\s+door|van(?=\s+(?:onze|ons)\s)|(?:eine?n?\s+(?:kommentar|kolumne|analyse|gastbeitrag|essay|interview|reportage|bericht|porträt|glosse)\s+)?von|(?:propos\s+recueillis\s+|(?:une?\s+)?(?:analyse|chronique|tribune|éditorial|reportage|entretien)\s+)?par|by|door|texte?|tekst|foto|beeld)\s*:?\s+/iu;
/** The end of a line that ends as a sentence does, closing marks after it (`Von Montag an gilt die Regel.`). */
export const ENDS_AS_SENTENCE = /[.!?…]["'”’»)]*$/u;
// Where a name ends and a place, a role, a date or a time begins (not a colon, which ends a
// headline's topic: `Von Angela Merkel zu Olaf Scholz: …`): `Owen Price | 21 February`,
// `Jean Dupont, à Bruxelles`, `Ann Lee (Reuters)`, `Lotte Bos · 12 mei`, `Ann Lee - Berlin`,
// `Owen Price 21 February`, `Jane Smith @janesmith`.
const NAME_END = /[|,;(/·•]|\s[-–—]\s|\s\p{N}|\s(?=@\w)/u;
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

/** Words of a place or a date after a name (`in London`, `in Kyiv and Tom Brown in London`). */
const MAX_PLACE_WORDS = 8;
/** Letters of a lower-case word a place or a date may hold (`le`, `der`, `mai`). */
const MAX_SHORT_WORD = 4;
// Lower-case words of a byline's tail after a name: who else reported, and when
// (`with additional reporting by Tom Brown`, `met medewerking van Jan de Vries`, `mit Material
// von Reuters`, `aktualisiert am 3. März`).
const TAIL_WORDS: ReadonlySet<string> = new Set([
  'additional', 'reporting', 'contributed', 'contributing', 'agencies', 'medewerking', 'bijdragen', 'bijgewerkt', 'material',
  'agenturen', 'mitarbeit', 'agences', 'collaboration', 'modifié', 'modifiée', 'mis', 'jour',
]);
// News agencies and desks that sign a story alone, or beside a name (`Von dpa`, `Door redactie`,
// `By Reuters`, `Von dpa, Berlin`, `By Owen Price and agencies`).
const AGENCIES: ReadonlySet<string> = new Set([
  'reuters', 'afp', 'ap', 'dpa', 'anp', 'belga', 'apa', 'sda', 'ansa', 'efe', 'epd', 'kna', 'upi', 'bloomberg', 'redactie', 'redaktion', 'rédaction', 'staff',
  'agencies', 'agences', 'agenturen', 'agentschappen',
]);
// The articles a desk may follow (`la rédaction`, `die Redaktion`).
const DESK_ARTICLES: ReadonlySet<string> = new Set(['the', 'de', 'die', 'der', 'la', 'le']);
// An agency's initials in capitals (`ANP`, `KNA`).
const ACRONYM = /^\p{Lu}{2,5}$/u;
// A news site's address (`tagesschau.de`, `NU.nl`).
const SITE_ADDRESS = /^[\p{L}\p{N}-]+\.(?:[a-z]{2,4})$/u;
// An article glued to the word after it (`l'AFP`, `l'Élysée`).
const GLUED_ARTICLE = /^[dl]['’]/u;

/** Whether a word alone names an agency, a desk or a site by a name that is no common word (`dpa`, `ANP`, `redactie`, `tagesschau.de`). */
function isAgency(word: string): boolean {
  const bare = word.replace(GLUED_ARTICLE, '');
  return AGENCIES.has(bare.toLowerCase()) || ACRONYM.test(bare) || SITE_ADDRESS.test(bare);
}

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
 * least `rule.minWords` with one, up to the end or a separator (`|`, `,`, `·`, `:`, `(`, a dash
 * between spaces, a number), or, after a name of two words or more, a word leading to a place
 * or a date (`in`, `à`, `aus`, `publié`). Where `rule.alone`, an agency, a desk or a site
 * (`dpa`, `ANP`, `tagesschau.de`) before a separator or the end counts, as do a name of one
 * word alone on its line (`Axios`, `SPIEGEL`) and a role after a possessive without a name
 * (`unserem Korrespondenten`, `notre envoyé spécial à Kiev`). `Mittwoch an streiken …`,
 * `Tuesday 5,000 workers …` and `de Tweede Kamer: …` start with no name.
 */
export function startsWithName(text: string, rule: NameRule): boolean {
  const trimmed = text.trim();
  const end = trimmed.search(NAME_END);
  const words = (end < 0 ? trimmed : trimmed.slice(0, end)).split(/\s+/u).filter((word) => word !== '');
  const possessive = POSSESSIVES.has(words[0]?.toLowerCase() ?? '');
  let i = 0;
  const roles = rule.roles === 'any' || (rule.roles === 'possessive' && possessive);
  while (roles && i < words.length && i < MAX_ROLE_WORDS && !NAME_WORD.test(words[i]!)) i++;
  if (rule.alone && words.length === 1) return isAgency(words[0]!) || (end < 0 && NAME_WORD.test(words[0]!));
  // A desk after an article (`la rédaction`, `die Redaktion`, `de redactie`).
  if (rule.alone && words.length === 2 && DESK_ARTICLES.has(words[0]!.toLowerCase()) && AGENCIES.has(words[1]!.toLowerCase())) return true;
  if (!(i > 0 && FUNCTION_WORDS.has(words[i - 1]!.toLowerCase())) && nameAt(trimmed, words, i, rule)) return true;
  return rule.alone && possessive && roleAlone(trimmed, words, rule);
}

/**
 * Whether the name starts at `words[i]` (see startsWithName): at least `rule.minWords` words
 * with a capital to the end, or two or more and a word leading to a place or a date.
 */
function nameAt(trimmed: string, words: readonly string[], i: number, rule: NameRule): boolean {
  if (i >= words.length || !NAME_WORD.test(words[i]!)) return false;
  let capitals = 0;
  let j = i;
  for (; j < words.length; j++) {
    const word = words[j]!;
    if (NAME_WORD.test(word) || (j > i && AGENCIES.has(word.toLowerCase()))) capitals++;
    else if (!NAME_PARTICLES.has(word.toLowerCase()) || j === words.length - 1) break;
  }
  const last = words[j - 1]!;
  if (j - i > MAX_NAME_WORDS || !(NAME_WORD.test(last) || AGENCIES.has(last.toLowerCase()))) return false;
  // The name alone, before a separator or the end (`Owen Price`, `Owen Price and agencies`).
  if (j === words.length) return capitals >= rule.minWords;
  // Two words or more, then a word leading to a place or a date (`Owen Price in London`).
  if (capitals < Math.max(rule.minWords, 2) || !AFTER_NAME.has(words[j]!.toLowerCase())) return false;
  return !rule.placeOnly || placeAfter(trimmed, j);
}

/**
 * Whether a possessive and a role with no name after it make the text a byline, alone or
 * before a place (`unserem Korrespondenten`, `onze redacteur`, `our correspondent in Kyiv`):
 * up to MAX_ROLE_WORDS words after the possessive, none an article or a preposition.
 */
function roleAlone(trimmed: string, words: readonly string[], rule: NameRule): boolean {
  let k = 1;
  while (k < words.length && !AFTER_NAME.has(words[k]!.toLowerCase())) k++;
  if (k === 1 || k - 1 > MAX_ROLE_WORDS || words.slice(1, k).some((word) => FUNCTION_WORDS.has(word.toLowerCase()))) return false;
  return k === words.length || !rule.placeOnly || placeAfter(trimmed, k);
}

// A word that is only a separator, after which a byline gives its date or its length
// (`in Kyiv | Updated 3 March`, `· 3 min read`).
const SEPARATOR_WORD = /^[|·•–—-]$/u;

/**
 * Whether what follows the word at `index` (`in`, `à`, `aus`) is a place, a date or more
 * names up to a separator, not the rest of a sentence (`Merz aus der Union gedrängt`): at most
 * MAX_PLACE_WORDS words with letters, each with a capital or a number, short, or a byline's
 * own (`le 3 mai 2024`, `Kyiv and Tom Brown in London`, `additional reporting by Tom Brown`).
 */
function placeAfter(trimmed: string, index: number): boolean {
  const tail = trimmed.split(/\s+/u).slice(index + 1);
  const stop = tail.findIndex((word) => SEPARATOR_WORD.test(word));
  const rest = (stop < 0 ? tail : tail.slice(0, stop)).filter((word) => /\p{L}/u.test(word));
  return rest.length <= MAX_PLACE_WORDS && rest.every((word) => {
    const bare = word.replace(GLUED_ARTICLE, '');
    const lower = bare.toLowerCase().replace(/\P{L}+$/u, '');
    return /^[\p{Lu}\p{N}]/u.test(bare) || bare.replace(/\P{L}/gu, '').length <= MAX_SHORT_WORD || TAIL_WORDS.has(lower) || AFTER_NAME.has(lower);
  });
}

/** A byline's name: a first and a last name at least, after a possessive role or not (`Door Lotte Bos`, `Door onze verslaggever Lotte Bos`). */
const BYLINE_NAME: NameRule = { minWords: 2, roles: 'possessive', alone: true, placeOnly: true };
// `Foto` or `Beeld` alone as an opener, without `door` or a colon (`Foto Olivier Middendorp`).
const PICTURE_OPENER = /^(?:foto|beeld)\s+$/iu;
/** A picture's maker after `Foto` or `Beeld` with no colon: a name of two words at least, never one word alone (not `Foto Finish`). */
const PICTURE_MAKER: NameRule = { minWords: 2, roles: 'none', alone: false, placeOnly: true };

/**
 * Whether what follows `Foto` or `Beeld` with no colon names a picture's maker or source:
 * agencies (news and image agencies; other initials after a slash), or a name of two words at
 * least, each side of a slash one of them or, after it, a paper (`ANP`, `EPA`, `Getty`,
 * `Reuters, AFP`, `Olivier Middendorp`, `ANP / Koen van Weel`, `Olivier Middendorp / NRC`,
 * `Jiri Büller / de Volkskrant`; not `Foto VS`, `Beeld KLM`); not a word alone (`Foto Finish`, `Beeld
 * Nederland`) or a phrase (`Beeld van 9/11 blijft hangen`, `Foto des Tages via Instagram`),
 * which a colon-less opener cannot tell from a maker otherwise.
 */
function isPictureMaker(rest: string): boolean {
  const sides = rest.split(/\s*\/\s*/u);
  const agencyBeside = sides.some((side) => isAgencyLine(side) || IMAGE_AGENCIES.has(side.toLowerCase()));
  return sides.every((side, i) => {
    const end = side.search(AGENCY_END);
    const head = end < 0 ? side : side.slice(0, end);
    // Initials alone after a slash or beside an agency only (`Olivier Middendorp / NRC`, `KNVB /
    // ANP`): alone, they may name a country or a firm (`Foto VS`, `Beeld KLM`).
    const single = !/\s/u.test(head) && (IMAGE_AGENCIES.has(head.toLowerCase()) || ((i > 0 || agencyBeside) && isAgency(head)));
    if (isAgencyLine(head) || single) return end < 0 || isBylineRest(side.slice(end));
    // After the slash, the paper the maker works for (`Jiri Büller / de Volkskrant`).
    return nameAndRest(side, PICTURE_MAKER) || (i > 0 && isPaperName(side));
  });
}

// Image agencies that sign a picture alone (`Beeld Getty`, `Foto Shutterstock`), beside the news agencies and initials isAgency knows.
const IMAGE_AGENCIES: ReadonlySet<string> = new Set(['getty', 'shutterstock', 'istock', 'imago', 'alamy', 'unsplash', 'epa', 'hh']);

// A shortened unit of time whose period ends a line that is no sentence (`vor 2 Std.`, `Lesezeit: 4 Min.`).
const UNIT_AT_END = /(?<![\p{L}\p{N}])(?:std|min|mins|mn|hrs?|sek|sec)\.$/iu;

/** A byline or a dateline is short: a longer text is prose, whatever its words (and never scanned). */
const MAX_BYLINE_CHARS = 240;
/** A line of dates and times is short, though it may give two (`Publié le …, modifié le …`). */
const MAX_DATELINE_WORDS = 16;
// The parts of a byline after the name, or of a dateline: a separator or a comma, a dash
// between spaces, a number after a word of four letters or more with a capital, not a label
// before a colon (`München 12. März 2024` is a place and a date; `vor 3 Stunden`, `Mon 5 Feb
// 2024`, `Le 12 mars`, `Leesduur: 4 min` one date).
const BYLINE_PARTS = /\s*[|·•,;/]\s*|\s[-–—]\s|(?<=\p{Lu}\S{2,}[^\s:])\s+(?=\p{N})/u;
// Words of dates and times beside numbers and month names (`Publié le 12 mars à 14h05`,
// `Updated 3 March`, `Stand: 12.03.2024 14:05 Uhr`, `3 uur geleden`, `3 min read`).
const DATE_WORDS: ReadonlySet<string> = new Set([
  'updated', 'published', 'posted', 'last', 'modified', 'today', 'yesterday', 'hours', 'hour', 'minutes', 'ago', 'read',
  'gepubliceerd', 'bijgewerkt', 'laatste', 'update', 'vandaag', 'gisteren', 'uur', 'geleden', 'minuten', 'leestijd',
  'aktualisiert', 'veröffentlicht', 'stand', 'heute', 'gestern', 'stunden', 'lesezeit', 'zuletzt',
  'publié', 'publiée', 'modifié', 'modifiée', 'jour', 'aujourd', 'hier', 'heures', 'lecture',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
]);
// Words that name a writer's job in a byline after a comma (`Political Editor`, `correspondant
// à Bruxelles`, `Redakteurin`).
const ROLE_WORDS: ReadonlySet<string> = new Set([
  'editor', 'correspondent', 'reporter', 'writer', 'columnist', 'journalist', 'author', 'staff',
  'redacteur', 'verslaggever', 'correspondente', 'journaliste', 'auteur',
  'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'autor', 'autorin', 'reporterin', 'journalistin',
  'correspondant', 'correspondante', 'rédacteur', 'rédactrice', 'chroniqueur', 'chroniqueuse', 'envoyé', 'envoyée', 'éditorialiste',
  'chef', 'bureau', 'desk',
]);

// The ends of Dutch and German compounds that name a writer's job or desk (`economieredacteur`,
// `buitenlandredactie`, `Wirtschaftsredakteurin`, `Auslandskorrespondent`).
const COMPOUND_ROLE_ENDS: readonly string[] = [
  'redacteur', 'redactrice', 'redactie', 'verslaggever', 'verslaggeefster', 'correspondent', 'redakteur', 'redakteurin', 'redaktion', 'korrespondent', 'korrespondentin', 'reporter', 'reporterin',
];
/** Letters before a compound's role end at least (`economie-`, `Wirtschafts-`): a shorter start is no compound. */
const MIN_COMPOUND_START = 3;
/** Words a role after a name holds (`correspondant permanent à Bruxelles`, `deputy political editor`). */
const MAX_ROLE_PART_WORDS = 6;
/** Words a place after a name holds (`Den Haag`, `Frankfurt am Main`; not `der Kanzlerin der Krisen`). */
const MAX_PLACE_PART_WORDS = 3;
/** Letters a lower-case word of a date or a place may have and be no word of a sentence (`le`, `am`, `à`). */
const MAX_DATE_SHORT_WORD = 3;

/** A word's letters, in lower case, without the marks around it (`Stand:` is `stand`, `aujourd'hui` `aujourd`). */
function bareWord(word: string): string {
  // The marks at the end are found by one match from the last letter back, never by `\P{L}+$`,
  // which tries again at every position of a long word of marks (`***…x***…`).
  const lower = word.toLowerCase().replace(/^\P{L}+/u, '').replace(/['’].*$/u, '');
  let end = lower.length;
  while (end > 0 && !isLetterAt(lower, end - 1)) end--;
  return lower.slice(0, end);
}

/** Whether the character before `index + 1` is a letter (a surrogate pair read whole). */
function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  const start = code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
  return /\p{L}/u.test(text.slice(start, index + 1));
}

// A number that only a date or a time has: a day and a month or an hour and its minutes
// (`12.03`, `14:05`, `17.30`, `12-03-24`), a year (`2024`), a French time (`14h05`).
const DATE_NUMBER = /\d{1,2}[.:/-]\d{1,2}|(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d{1,2}h\d\d/u;

// A part of numbers alone, as a date's parts split at a word with a capital are (`2024` of `Updated 3 March 2024`).
const NUMBERS_ONLY = /^[\p{N}\s.,:/-]+$/u;

/** Whether a word is one of dates and times or a month's name (`Stunden`, `mrt`), without its marks. */
function isDateWord(word: string): boolean {
  const bare = bareWord(word);
  return DATE_WORDS.has(bare) || isMonthName(bare);
}

// Units of time as sites shorten them, which make a date only beside a number (`5 min`, `2 h`,
// `1 u`, `3 Std.`; not `U en ik`, nor whole words such as `Tage` or `days` without a word of a
// relative time: `Olaf Scholz, 100 Tage`, `Rishi Sunak's First 100 Days`).
const BESIDE_NUMBER_DATE_WORDS: ReadonlySet<string> = new Set(['min', 'mins', 'mn', 'h', 'hr', 'hrs', 'std', 'u']);
// A unit of time, shortened or whole, in the spec's languages.
const TIME_UNIT = String.raw`(?:sek|sec|seconds?|seconden|secondes?|min|mins|minutes?|minuten?|minuut|mn|h|hrs?|hours?|std|stunden?|uur|u|heures?|days?|tage?n?|dag|dagen|jours?|weeks?|wochen?|weken|semaines?|months?|monate?n?|maand(?:en)?|mois|years?|jahre?n?|jaar|ans?)\.?`;
// A relative time (`vor 2 Tagen`, `il y a 2 jours`, `2 dagen geleden`, `3 days ago`) or a
// reading time (`Reading time: 5 mins`, `Temps de lecture : 5 min`), whole: each is a date part.
const RELATIVE_OR_READING_TIME = lazy(
  () =>
    new RegExp(
      String.raw`^(?:(?:vor|il\s+y\s+a)\s+\d+\s*${TIME_UNIT}|\d+\s*${TIME_UNIT}\s+(?:ago|geleden)|(?:reading\s+time|read\s+time|leesduur|leestijd|lesedauer|lesezeit|temps\s+de\s+lecture)\s*:?\s*\d+\s*${TIME_UNIT})$`,
      'iu',
    ),
);

/** Whether a word makes a date beside a number (see BESIDE_NUMBER_DATE_WORDS), or is one of dates. */
function isDateWordBesideNumber(word: string): boolean {
  return isDateWord(word) || BESIDE_NUMBER_DATE_WORDS.has(bareWord(word));
}

/**
 * Whether a part of a byline is a date or a time (`12 mrt 2024`, `Publié le 12 mars à 14h05`,
 * `Vandaag`, `vor 3 Stunden`): a relative or a reading time (see RELATIVE_OR_READING_TIME),
 * or opening with a word of dates (not `Von heute`), or with a number
 * that a date has, numbers alone, or a number beside a word of dates (not `Top 10`, `Mit 80 auf
 * der A7`); each word a number, short, or of dates.
 */
function isDatePart(part: string): boolean {
  if (/\p{N}/u.test(part) && RELATIVE_OR_READING_TIME().test(part)) return true;
  const words = part.split(/\s+/u);
  const dated = isDateWord(words[0]!) || (/\p{N}/u.test(part) && (DATE_NUMBER.test(part) || NUMBERS_ONLY.test(part) || words.some(isDateWordBesideNumber)));
  return dated && words.every((word) => /\p{N}/u.test(word) || bareWord(word).length <= MAX_DATE_SHORT_WORD || isDateWordBesideNumber(word));
}

/**
 * Whether a word names a writer's job, in the singular or the plural (`editor`,
 * `verslaggevers`), or ends a Dutch or German compound with one (`economieredacteur`).
 */
function isRoleWord(word: string): boolean {
  const bare = bareWord(word);
  const singular = bare.replace(/(?:s|en|n)$/u, '');
  if (ROLE_WORDS.has(bare) || ROLE_WORDS.has(singular)) return true;
  return COMPOUND_ROLE_ENDS.some((end) => (bare.endsWith(end) && bare.length >= end.length + MIN_COMPOUND_START) || (singular.endsWith(end) && singular.length >= end.length + MIN_COMPOUND_START));
}

/**
 * Whether a part of a byline after a name is a place or a role: a place of up to
 * MAX_PLACE_PART_WORDS words, each with a capital or a short word (`Berlin`, `à Paris`,
 * `Frankfurt am Main`), or up to MAX_ROLE_PART_WORDS words with a word of a writer's job
 * (`Political Editor`, `health and science reporter`, `correspondant permanent à Bruxelles`).
 */
function isPlaceOrRole(part: string): boolean {
  const words = part.split(/\s+/u).map((word) => word.replace(/^[(\[]+|[)\]]+$/gu, ''));
  if (words.some(isRoleWord)) return isRole(words);
  return words.length <= MAX_PLACE_PART_WORDS && words.some((word) => NAME_WORD.test(word)) && words.every((word) => NAME_WORD.test(word) || isShortWord(word));
}

/** Whether a word is a short one of a date, a place or a role (`le`, `am`, `à`, `of`). */
function isShortWord(word: string): boolean {
  const bare = bareWord(word);
  return bare !== '' && bare.length <= MAX_DATE_SHORT_WORD;
}

/**
 * Whether words are a writer's job: up to MAX_ROLE_PART_WORDS, one of them a job's, each a
 * job's, one that qualifies it, a capital's or short (`Political Editor`, `health and science
 * reporter`; not `war correspondent killed in Syria`, `columnist and farmer`).
 */
function isRole(words: readonly string[]): boolean {
  return (
    words.length <= MAX_ROLE_PART_WORDS &&
    words.some(isRoleWord) &&
    words.every((word) => isRoleWord(word) || ROLE_QUALIFIERS.has(bareWord(word)) || NAME_WORD.test(word) || isShortWord(word))
  );
}

// Words that qualify a writer's job (`health and science reporter`, `deputy political editor`,
// `freie Journalistin`, `correspondant permanent`).
const ROLE_QUALIFIERS: ReadonlySet<string> = new Set([
  'deputy', 'senior', 'chief', 'political', 'foreign', 'home', 'affairs', 'health', 'science', 'economics', 'business', 'security', 'diplomatic',
  'environment', 'technology', 'sports', 'sport', 'culture', 'arts', 'special', 'staff', 'contributing', 'investigations', 'investigative', 'data',
  'politiek', 'economisch', 'buitenland', 'binnenland', 'freie', 'freier', 'permanent', 'permanente', 'spécial', 'spéciale', 'politique', 'adjoint', 'adjointe',
  'grand', 'grande', 'européen', 'européenne', 'international', 'internationale', 'national', 'nationale', 'regional', 'régional', 'régionale', 'world', 'europe',
]);

/** Whether a text is agencies alone (`Reuters`, `(Reuters)`, `dpa/AFP`, `Quelle: dpa`, `ANP en Belga`). */
function isAgencyLine(text: string): boolean {
  const bare = text.trim().replace(/^(?:quelle|source|bron)\s*:\s*/iu, '').replace(/^\((.*)\)$/u, '$1');
  return bare.split(/\s*[/&+,]\s*|\s+(?:and|en|und|et)\s+/iu).every((part) => AGENCIES.has(part.replace(GLUED_ARTICLE, '').toLowerCase()));
}

/** The parts of a byline or a dateline between its separators; none when it has no text. */
function partsOf(text: string): string[] {
  const parts = text.split(BYLINE_PARTS).map((part) => part.trim()).filter((part) => part !== '');
  return parts.length > 0 ? parts : [''];
}

/** Whether each part of a byline's rest is a date, a place, a role, an agency or another name (`12 mrt 2024`, `, Political Editor`, `· 3 uur geleden`, `, Sarah Khan and Tom Hughes`). */
function isBylineRest(rest: string): boolean {
  return partsOf(rest).every((whole) => {
    // A copyright sign before a source (`© Reuters`, `© 2024 AFP`), brackets around a part (`(avec AFP)`).
    const part = whole.replace(COPYRIGHT, '').replace(/^[(\[]+|[)\]]+$/gu, '');
    if (part === '') return false;
    if (isDatePart(part) || isPlaceOrRole(part) || isAgencyLine(part) || SOCIAL_HANDLE.test(part) || (isCredit(part) && isCreditLine(part))) return true;
    const [first, ...more] = part.split(/\s+/u);
    // A site or an agency by its address or initials alone (`tagesschau.de`, `NOS`).
    if (more.length === 0) return isAgency(first!) || startsWithName(part, NAME_ALONE);
    // `avec AFP`, `with Reuters`, `in Kyiv`, `with additional reporting by Tom Brown`.
    if (AFTER_NAME.has(first!.toLowerCase())) {
      return isAgencyLine(more.join(' ')) || isPlaceOrRole(more.join(' ')) || (more.some((word) => TAIL_WORDS.has(bareWord(word))) && placeAfter(part, 0));
    }
    // A paper after a definite article with a capital (`The New York Times`, `Die Welt am
    // Sonntag`; not `der Kanzlerin der Krisen`); another name, not a phrase after an indefinite
    // article (`A Nation In Mourning`).
    const article = first!.toLowerCase();
    if (INDEFINITE_ARTICLES.has(article)) return false;
    if (DETERMINERS.has(article)) return first !== article && isPaperName(part);
    return startsWithName(part, NAME_ALONE);
  });
}

/**
 * Whether a credit line (see isCredit) credits a maker or a source, not a sentence after a
 * colon: a picture's credit (`Photograph: Henry Nicholls/Reuters`, `Foto: ANP`), or another
 * that names one (`Bron: CBS`); not `Video: Drone footage shows the flood`.
 */
function isCreditLine(text: string): boolean {
  const rest = text.slice(text.search(/[:：]/u) + 1).trim();
  return isPictureCredit(text) ? isPictureCreditRest(rest) : isBylineRest(rest);
}

/**
 * Whether what follows a picture's credit word names its maker or source: an image agency or a
 * handout (see CREDITED_SOURCE), a maker for a paper, or what a byline's rest may be (`ANP`,
 * `Olivier Middendorp`, `Reuters, AFP`; not `Finish`, `the moment the bridge collapsed`).
 */
function isPictureCreditRest(rest: string): boolean {
  const forPaper = rest.split(FOR_PAPER);
  return CREDITED_SOURCE.test(rest) || (forPaper.length === 2 && isBareName(forPaper[0]!)) || isBylineRest(rest);
}

// A maker's work for a paper (`Jane Smith for NBC News`, `Jan de Vries voor de Volkskrant`).
const FOR_PAPER = /\s(?:for|voor|für|pour)\s/u;

// What a picture's credit names beside a name, a maker for a paper or an agency: an image
// agency after a slash or `via`, a handout (`AFP via Getty Images`, `picture alliance/dpa`,
// `courtesy of the family`, `imago images`; not `the moment the bridge collapsed`).
const CREDITED_SOURCE =
  /\/|\svia\s|^(?:courtesy|handout|privé|privat|private|archive|archief|archiv|imago|getty|istock|shutterstock|epa|pa)(?![\p{L}\p{N}])/iu;

// A copyright sign, and the year after it, before a picture's source (`© Reuters`, `(c) 2024 AFP`).
const COPYRIGHT = /^(?:©|\(c\))\s*(?:\p{N}{4}\s+)?/iu;

// A writer's handle on a social network (`@janesmith`, `(@janesmith)`).
const SOCIAL_HANDLE = /^\(?@[\w.]+\)?$/u;

// Where agencies at the start of a line end and a date or a place begins (`(Reuters) 12 March`, `dpa, Berlin`).
const AGENCY_END = /[|,;·•]|\s[-–—]\s|\s\p{N}/u;
/** A writer's name with no word before it (`Kees de Vries`, `Rachel O'Connor`). */
const NAME_ALONE: NameRule = { minWords: 2, roles: 'none', alone: false, placeOnly: true };

/**
 * True when a paragraph is a byline or a dateline, the lines under a headline that say who
 * wrote an article and when, and never a sentence (none ends as one does):
 * - at most MAX_BYLINE_WORDS words, opening with `By`, `Door`, `Von`, `Par`, `Text:` and the
 *   like (see BYLINE_WORD) and a name (see startsWithName): `By Owen Price | 21 February`,
 *   `Door Lotte Bos · 12 mei`, `Par Jean Dupont, à Bruxelles`; not `Von Mittwoch an streiken …`,
 *   `By Tuesday 5,000 workers …`;
 * - agencies alone, or a name alone, then dates, places, roles or agencies after separators
 *   (`(Reuters) 12 March 2024`, `Kees de Vries 12 mrt 2024`, `Rachel O'Connor, Political Editor`);
 * - dates and times alone, of up to MAX_DATELINE_WORDS words (`Publié le 12 mars 2024 à 14h05`,
 *   `Updated 3 March 2024`, `Vandaag, 14:05`);
 * - a picture's credit of up to MAX_BYLINE_WORDS words that names its maker or source
 *   (`Photograph: Henry Nicholls/Reuters`, `Foto: ANP`).
 */
export function isByline(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > MAX_BYLINE_CHARS || (ENDS_AS_SENTENCE.test(trimmed) && !UNIT_AT_END.test(trimmed))) return false;
  const words = countWords(trimmed);
  if (words <= MAX_DATELINE_WORDS && (RELATIVE_OR_READING_TIME().test(trimmed) || partsOf(trimmed).every(isDatePart))) return true;
  if (words > MAX_BYLINE_WORDS) return false;
  if (isCredit(trimmed)) return isCreditLine(trimmed);
  if (COPYRIGHT.test(trimmed)) return isBylineRest(trimmed);
  const opener = BYLINE_WORD.exec(trimmed);
  if (opener) {
    const rest = trimmed.slice(opener[0].length);
    // `Foto` or `Beeld` with no colon opens a picture's credit (`Foto Olivier Middendorp`, `Beeld ANP / Koen van Weel`).
    return PICTURE_OPENER.test(opener[0]) ? isPictureMaker(rest) : nameAndRest(rest, BYLINE_NAME);
  }
  // A paper that signs with an agency (`Le Monde avec AFP`, `Der Spiegel mit dpa`).
  const withAgency = WITH_AGENCY.exec(trimmed);
  if (withAgency && isPaperName(withAgency[1]!) && isAgencyLine(withAgency[2]!)) return true;
  const agencyEnd = trimmed.search(AGENCY_END);
  if (isAgencyLine(agencyEnd < 0 ? trimmed : trimmed.slice(0, agencyEnd))) return agencyEnd < 0 || isBylineRest(trimmed.slice(agencyEnd));
  // A name with no opener is a byline only with a date, a place, a role or an agency after a
  // separator (`Kees de Vries 12 mrt 2024`): alone, it cannot be told from a headline-like
  // standfirst (`Scientists Warn Of Tipping Point`, `Das Ende der Ampel`).
  const end = trimmed.search(NAME_END);
  return end > 0 && isBareName(trimmed.slice(0, end)) && isBylineRest(trimmed.slice(end));
}

/** Words of a name with no opener before it (`Kees de Vries`, `Fatima El Amrani`). */
const MAX_BARE_NAME_WORDS = 4;
// Articles that open a phrase, never a paper's or a person's name (`A Nation In Mourning`).
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'een', 'ein', 'eine', 'un', 'une']);
// Capitalised words that open a phrase, not a name (`Das Ende der Ampel`, `The Man Who …`).
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'de', 'het', 'een', 'der', 'die', 'das', 'ein', 'eine', 'le', 'la', 'les', 'un', 'une']);

/**
 * Whether a text is a name and nothing else: two to MAX_BARE_NAME_WORDS words, each with a
 * capital or a name particle between them, the first no article (`Kees de Vries`; not `Das
 * Ende der Ampel`).
 */
function isBareName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length < 2 || words.length > MAX_BARE_NAME_WORDS || DETERMINERS.has(words[0]!.toLowerCase())) return false;
  return words.every((word, i) => NAME_WORD.test(word) || (i > 0 && i < words.length - 1 && NAME_PARTICLES.has(word.toLowerCase())));
}

/**
 * Whether a text is a name (see startsWithName) and, after a separator, dates, places, roles
 * or agencies only (`Owen Price | 21 February`, `Jean Dupont, correspondant à Bruxelles`; not
 * `Gérard Larcher, le Sénat fait savoir son opposition`).
 */
function nameAndRest(text: string, rule: NameRule): boolean {
  const end = text.search(NAME_END);
  if (end === 0) return false;
  return (startsWithName(text, rule) || nameRoleAndPaper(end < 0 ? text : text.slice(0, end), rule)) && (end < 0 || isBylineRest(text.slice(end)));
}

// The word before the paper a writer writes for (`for The Telegraph`, `voor de Volkskrant`, `für die SZ`, `pour Le Monde`).
const FOR_WORDS: ReadonlySet<string> = new Set(['for', 'voor', 'für', 'pour']);
// A paper that signs with an agency: its name, a word of company, the agencies.
const WITH_AGENCY = /^(\S+(?:\s+\S+){0,4}?)\s+(?:avec|with|mit|met)\s+(\S.*)$/u;
/** Words of a paper's name, its article included (`The New York Times`, `die Süddeutsche Zeitung`). */
const MAX_PAPER_WORDS = 5;

/**
 * Whether a text is a paper's name: up to MAX_PAPER_WORDS words, an article first or not, the
 * rest each with a capital, short words between them (`The Telegraph`, `de Volkskrant`, `Le
 * Monde`, `MailOnline`, `Die Welt am Sonntag`).
 */
function isPaperName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  const first = DETERMINERS.has(words[0]!.toLowerCase()) || GLUED_ARTICLE.test(words[0]!) ? 1 : 0;
  const name = words.slice(first);
  if (name.length === 0 || words.length > MAX_PAPER_WORDS || !NAME_WORD.test(name[0]!) || !NAME_WORD.test(name.at(-1)!)) return false;
  return name.every((word) => NAME_WORD.test(word) || isShortWord(word));
}

/**
 * Whether a byline's name (see startsWithName) is followed, with no separator, by the writer's
 * job, the paper written for, or both (`Rajeev Syal Home affairs editor`, `Jane Smith for The
 * Telegraph`, `Jean Dupont pour Le Monde`; not `Tim Smith for the school trip`).
 */
function nameRoleAndPaper(text: string, rule: NameRule): boolean {
  let words = text.trim().split(/\s+/u);
  const forAt = words.findIndex((word, i) => i >= rule.minWords && FOR_WORDS.has(word.toLowerCase()));
  if (forAt > 0) {
    if (!isPaperName(words.slice(forAt + 1).join(' '))) return false;
    words = words.slice(0, forAt);
    if (startsWithName(words.join(' '), rule)) return true;
  }
  const name: NameRule = { ...rule, alone: false };
  for (let k = rule.minWords; k < words.length; k++) {
    if (isRole(words.slice(k)) && startsWithName(words.slice(0, k).join(' '), name)) return true;
  }
  return false;
}
