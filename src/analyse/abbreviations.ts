// Abbreviations whose period does not end a sentence (spec §5), lower-case, without the final
// period. One set serves every language: a Dutch "bv." in an English text is still no end.
// So it holds no ordinary word of any of them ("me", "min", "ed", "gen", "est" end sentences);
// those that are abbreviations only before a number are in a set of their own. Words that
// often do end sentences ("etc.", "usw.", "enz.", "Inc.") are left out on purpose.

const ENGLISH = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'vs', 'e.g', 'i.e', 'cf', 'gov', 'sen',
  'rep', 'col', 'lt', 'capt', 'sgt', 'rev', 'approx', 'dept', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n',
];
const DUTCH = [
  'dhr', 'mevr', 'mr', 'dr', 'drs', 'ir', 'prof', 'bv', 'bijv', 'o.a', 'm.a.w', 'd.w.z', 'i.p.v',
  'm.b.t', 't.o.v', 'z.g.a.n', 'ca', 'vgl', 'blz', 'jl', 'j.l', 'zgn', 'mln', 'mld', 'mrd', 'resp',
  'evt', 'incl', 'excl',
];
const GERMAN = [
  'z.b', 'bzw', 'ca', 'd.h', 'u.a', 'vgl', 'dr', 'prof', 'hr', 'fr', 'sog', 'ggf', 'evtl', 'inkl',
  'bspw', 'u.u', 'z.t', 'abs', 'str', 'mio', 'mrd', 'jh', 'o.ä', 'v.a', 'z.zt',
];
const FRENCH = ['mme', 'mlle', 'mm', 'dr', 'pr', 'cf', 'av', 'bd', 'n°', 'env', 'hab', 'c.-à-d'];

/** Every abbreviation that does not end a sentence, case-folded, without the final period. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([...ENGLISH, ...DUTCH, ...GERMAN, ...FRENCH]);

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

/**
 * Per language (ISO 639-1), case-folded words that start sentences but continue no noun phrase
 * (articles, pronouns, prepositions, conjunctions): a period before one of them ends a sentence
 * even where a period usually does not (after a German ordinal: `bei 45. Das sagte…`).
 */
export const SENTENCE_STARTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['de', new Set(GERMAN_STARTS)]]);


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
