// Abbreviations whose period does not end a sentence (spec §5), lower-case, without the final
// period. One set serves every language: a Dutch "bv." in an English text is still no end.
// Words that often do end sentences ("etc.", "usw.", "enz.", "Inc.") are left out on purpose.

const ENGLISH = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'vs', 'e.g', 'i.e', 'cf', 'no', 'nos',
  'fig', 'figs', 'p', 'pp', 'vol', 'vols', 'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'capt', 'sgt',
  'rev', 'approx', 'dept', 'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'ed', 'eds',
];
const DUTCH = [
  'dhr', 'mevr', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'bv', 'bijv', 'o.a', 'm.a.w', 'd.w.z',
  'i.p.v', 'm.b.t', 't.o.v', 'z.g.a.n', 'ca', 'vgl', 'blz', 'nr', 'jl', 'j.l', 'zgn', 'mln', 'mld',
  'mrd', 'resp', 'evt', 'incl', 'excl', 'max', 'min',
];
const GERMAN = [
  'z.b', 'bzw', 'ca', 'd.h', 'u.a', 'vgl', 'nr', 'dr', 'prof', 'hr', 'fr', 's', 'sog', 'ggf',
  'evtl', 'inkl', 'bspw', 'u.u', 'z.t', 'abs', 'str', 'mio', 'mrd', 'jh', 'o.ä', 'v.a', 'z.zt',
];
const FRENCH = ['mme', 'mlle', 'mm', 'me', 'dr', 'pr', 'p', 'cf', 'av', 'bd', 'n°', 'env', 'hab', 'c.-à-d'];

/** Every abbreviation that does not end a sentence, case-folded, without the final period. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([...ENGLISH, ...DUTCH, ...GERMAN, ...FRENCH]);

/** Month names after which a German-style ordinal (`am 3. Januar`) does not end a sentence. */
export const MONTHS: ReadonlySet<string> = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
  'oktober', 'november', 'dezember', 'januari', 'februari', 'maart', 'mei', 'augustus', 'oktober',
]);
