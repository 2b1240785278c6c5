// Abbreviations whose period does not end a sentence (spec §5), lower-case, without the final
// period. One set serves every language: a Dutch "bv." in an English text is still no end.
// So it holds no ordinary word of any of them ("me", "min", "ed", "gen", "est" end sentences);
// those that are abbreviations only before a number are in a set of their own. Words that
// often do end sentences ("etc.", "usw.", "enz.", "Inc.") are left out on purpose.

const ENGLISH = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'vs', 'cf', 'gov', 'sen',
  'rep', 'col', 'lt', 'capt', 'sgt', 'rev', 'approx', 'dept', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n',
];
const DUTCH = [
  'dhr', 'mevr', 'mr', 'dr', 'drs', 'ir', 'prof', 'bv', 'bijv', 'z.g.a.n', 'ca', 'vgl', 'blz', 'jl',
  'j.l', 'zgn', 'mln', 'mld', 'mrd', 'resp', 'evt', 'incl', 'excl',
];
const GERMAN = [
  'bzw', 'ca', 'vgl', 'dr', 'prof', 'hr', 'fr', 'sog', 'ggf', 'evtl', 'inkl', 'bspw', 'abs', 'str',
  'mio', 'mrd', 'jh', 'o.ä', 'z.zt',
];
const FRENCH = ['mme', 'mlle', 'mm', 'dr', 'pr', 'cf', 'av', 'bd', 'n°', 'env', 'hab'];

/**
 * Abbreviations written with periods that introduce what follows (`e.g. The Guardian`,
 * `o.a. De Standaard`, `z.B. Die Zeit`, `p.ex. Le Monde`): unlike other dotted abbreviations
 * (`U.S.`, `p.m.`, `a.s.`), they end no sentence even before a word that starts one. In
 * English, Dutch, German and French, without the final period.
 */
export const INTRODUCING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'e.g', 'i.e', 'a.k.a', 'n.b', 'p.s',
  'o.a', 'm.a.w', 'd.w.z', 'i.p.v', 'm.b.t', 't.o.v', 'm.n', 'i.v.m', 'n.a.v', 'o.l.v',
  'z.b', 'd.h', 'u.a', 'v.a', 'z.t', 'u.u', 'i.d.r',
  'c.-à-d', 'p.ex',
]);

/** Every abbreviation that does not end a sentence, case-folded, without the final period. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...ENGLISH,
  ...DUTCH,
  ...GERMAN,
  ...FRENCH,
  ...INTRODUCING_ABBREVIATIONS,
]);

/**
 * Abbreviations that are also ordinary words (`no`, `art`, `Jan`, `p`, `s`, `ex`): they do not
 * end a sentence only when a number follows (`No. 5`, `p. 12`, `Jan. 5`, `S. 12`, `art. 3`,
 * `chap. 4`, `ex. 3`).
 */
export const ABBREVIATIONS_BEFORE_NUMBER: ReadonlySet<string> = new Set([
  'no', 'nos', 'nr', 'p', 'pp', 'fig', 'figs', 'vol', 'vols', 'art', 's', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'chap', 'ex',
]);

/** Month names after which a German-style ordinal (`am 3. Januar`) does not end a sentence. */
export const MONTHS: ReadonlySet<string> = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
  'oktober', 'november', 'dezember', 'januari', 'februari', 'maart', 'mei', 'augustus', 'oktober',
]);

// German words that may start a sentence after one that ends in a number, but never follow an
// ordinal: an ordinal stands before a noun or an adjective (`der 2. Weltkrieg`, `zum 1. Mal`),
// never before an article, a pronoun, a preposition or a conjunction, all of which German
// writes in lower case inside a sentence. So `bei 45. Das sagte…` is two sentences.
const GERMAN_STARTS = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einen', 'einem', 'eines',
  'er', 'sie', 'es', 'wir', 'ich', 'ihr', 'man', 'im', 'am', 'in', 'an', 'auf', 'aus', 'bei',
  'mit', 'nach', 'seit', 'von', 'vor', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'um', 'durch',
  'gegen', 'ohne', 'und', 'aber', 'doch', 'denn', 'dann', 'danach', 'damit', 'dabei', 'dafür',
  'dass', 'als', 'wenn', 'weil', 'so', 'auch', 'nur', 'noch', 'schon', 'jetzt', 'nun', 'heute',
  'gestern', 'dies', 'diese', 'dieser', 'dieses', 'dort', 'hier', 'wie', 'was', 'wer', 'wo',
  'warum', 'trotzdem', 'deshalb', 'daher', 'zudem', 'außerdem', 'allerdings', 'jedoch', 'bisher',
];

// The same for English, Dutch and French, where they serve after a dotted abbreviation
// (`5 p.m. The minister left`). Words that begin names or titles after one are left out:
// `Under` (`U.S. Under Secretary`), `No` (`U.S. No. 1`), `Today`, Dutch `Van`, `Ten`, `Ter`.
// An elided word is looked up by its part before the apostrophe (`It’s`, `C’est`, `L’homme`).
const ENGLISH_STARTS = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'several', 'both',
  'each', 'all', 'such', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their',
  'our', 'my', 'your', 'there', 'here', 'but', 'and', 'or', 'so', 'yet', 'then', 'now', 'also',
  'however', 'meanwhile', 'still', 'instead', 'if', 'when', 'while', 'as', 'after', 'before',
  'although', 'though', 'because', 'since', 'until', 'once', 'in', 'on', 'at', 'for', 'by', 'from',
  'with', 'during', 'what', 'who', 'why', 'how', 'where',
];
const DUTCH_STARTS = [
  'de', 'het', 'een', 'dit', 'dat', 'deze', 'die', 'hij', 'zij', 'ze', 'wij', 'we', 'ik', 'jij',
  'je', 'jullie', 'hun', 'haar', 'zijn', 'men', 'er', 'daar', 'hier', 'nu', 'toen', 'dan', 'daarna',
  'daarom', 'dus', 'maar', 'en', 'of', 'want', 'omdat', 'als', 'toch', 'ook', 'volgens', 'in', 'op',
  'met', 'bij', 'na', 'voor', 'tijdens', 'sinds', 'vanaf', 'over', 'door', 'naar', 'om', 'zo',
  'wat', 'wie', 'waar', 'waarom', 'hoe', 'wanneer', 'ondanks', 'bovendien', 'intussen',
  'inmiddels', 'echter', 'verder', 'wel', 'niet', 'geen', "'t", "'s",
];
const FRENCH_STARTS = [
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'c',
  'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'j', 'mon', 'ma', 'mes', 'son', 'sa',
  'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mais', 'et', 'or', 'donc', 'car', 'puis',
  'ensuite', 'alors', 'selon', 'pour', 'dans', 'en', 'à', 'depuis', 'après', 'avant', 'lors',
  'pendant', 'par', 'sur', 'avec', 'sans', 'cependant', 'pourtant', 'toutefois', 'néanmoins',
  'ainsi', 'enfin', 'si', 'quand', 'lorsque', 'comme', 'qui', 'que', 'qu', 'où', 'pourquoi',
  'comment', "aujourd'hui", 'hier',
];

/**
 * Per language (ISO 639-1), case-folded words that start sentences but continue no noun phrase
 * (articles, pronouns, prepositions, conjunctions): a period before one of them ends a sentence
 * even where a period usually does not, after a German ordinal (`bei 45. Das sagte…`) or a
 * dotted abbreviation (`5 p.m. The minister left`).
 */
export const SENTENCE_STARTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['de', new Set(GERMAN_STARTS)],
  ['en', new Set(ENGLISH_STARTS)],
  ['nl', new Set(DUTCH_STARTS)],
  ['fr', new Set(FRENCH_STARTS)],
]);

/**
 * Name particles that are also sentence-start words (`De`, `Le`, `La`, `Der`, `Von`): after
 * initials written with periods they begin a name (`A.J. De Vries`, `F.C. Den Bosch`,
 * `F.C. Le Mans`), not a sentence.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'den', 'der', 'van', 'von', 'le', 'la', 'du', 'des', 'di', 'da', 'del',
]);


/**
 * Japanese particles that report a quotation: after a closing bracket that follows the quoted
 * sentence's own terminal (`「明日行く。」と言った`) they continue the reporting sentence. `と`
 * also covers `との`, `という`, `として` and `と、`, and is the one news Japanese uses
 * (`と述べた`, `と話した`); `って` is its spoken form and `など` (`などと話した`) heads a list
 * of quotations. No sentence starts with `って` or `など`.
 */
export const JAPANESE_QUOTATIVE_PARTICLES: readonly string[] = ['と', 'って', 'など'];

/**
 * Words that start with `と` and may open a sentence (adverbs and conjunctions: `とても`,
 * `ところで`, `ところが`, `とにかく`): after a closed quotation they start the next sentence,
 * and the `と` is no particle. `ところ` stands for `ところで` and `ところが`; a quotation is
 * never followed by `ところ` as a noun without `という` between them.
 */
export const JAPANESE_SENTENCE_OPENERS_WITH_TO: readonly string[] = [
  'とても', 'ところ', 'とにかく', 'とりあえず', 'とうとう', 'ともかく', 'ともあれ', 'とりわけ',
  'とはいえ', 'ときどき', 'とっくに',
];
