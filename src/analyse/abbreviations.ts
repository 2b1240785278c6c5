// Abbreviations whose period does not end a sentence (spec §5), lower-case, without the final
// period. One set serves every language: a Dutch "bv." in an English text is still no end.
// So it holds no ordinary word of any language ("me", "min", "ed", "gen", "est" end sentences);
// those that are abbreviations only before a number are in a set of their own, and those that
// are a word in another language (Italian "sig.", Danish "sig") in a map by language. Words
// that often do end sentences ("etc.", "usw.", "enz.", "Inc.") are left out on purpose.

const ENGLISH = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'vs', 'cf', 'gov', 'sen',
  'rep', 'col', 'lt', 'capt', 'sgt', 'rev', 'approx', 'dept', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n',
];
const DUTCH = [
  'dhr', 'mevr', 'mr', 'dr', 'drs', 'ir', 'prof', 'bv', 'bijv', 'z.g.a.n', 'ca', 'vgl', 'blz', 'jl',
  'j.l', 'zgn', 'mln', 'mld', 'mrd', 'resp', 'evt', 'incl', 'excl',
];
const GERMAN = [
  'bzw', 'ca', 'vgl', 'dr', 'prof', 'hr', 'hrn', 'fr', 'sog', 'ggf', 'evtl', 'inkl', 'bspw', 'abs', 'str',
  'mio', 'mrd', 'jh', 'o.ä', 'u.ä', 'u.v.m', 'z.zt', 'dipl', 'dipl.-ing', 'dipl.-kfm',
  // Duden's abbreviations before the nouns German writes with a capital (`insb. Kinder`,
  // `zzgl. Mehrwertsteuer`, `der ehem. Minister`, `geb. Müller`).
  'insb', 'bzgl', 'zzgl', 'ehem', 'geb', 'ggü', 'einschl', 'tsd', 'gegr', 'urspr', 'allg', 'hrsg',
];
const FRENCH = ['mme', 'mlle', 'mm', 'dr', 'pr', 'cf', 'av', 'bd', 'n°', 'env', 'hab'];

// Newsroom abbreviations of other languages that are no word of any language, so they serve in
// every one (a Spanish `Sra.` quoted in an English text is still no end). From the lists of
// each language's standard: Dansk Sprognævn and Språkrådet (Danish, Norwegian: `jf.`, `iflg.`,
// `mht.`), Svenska skrivregler (`dvs.`), the Afrikaanse Woordelys en Spelreëls (`mnr.`), the
// RAE's Diccionario panhispánico de dudas, appendix 2 (`Sra.`, `Avda.`, `Excmo.`, `aprox.`),
// Treccani (`dott.`, `avv.`), the Internetová jazyková příručka and Słownik ortograficzny
// PWN (`např.`, `tzv.`, `MUDr.`, `św.`, `tzw.`, `mgr.`), TDK's Kısaltmalar
// Dizini (`Doç.`, `Yrd.`), Kielitoimisto (`esim.`), and Rosental's Справочник (`ул.`, `проф.`).
// Abbreviations that are ordinary words or acronyms somewhere (`sig`, `on`, `ul`, `doc`, `dra`;
// `ING.`, the Dutch bank; `SRA.`) are in LANGUAGE_ABBREVIATIONS, for their own language only.
const OTHER_LANGUAGES = [
  'dvs', 'jf', 'iflg', 'mht', 'skt', 'vedr',
  'mnr',
  'sras', 'srta', 'sres', 'dña', 'avda', 'ctra', 'pza', 'excmo', 'excma', 'exmo', 'exma', 'ilmo',
  'ilma', 'aprox', 'gral', 'pdte',
  'dott', 'avv', 'geom',
  'např', 'napr', 'tzv', 'tzn', 'tj', 'popř', 'mudr', 'judr', 'phdr', 'rndr',
  'św', 'tzw', 'mgr', 'inż',
  'doç', 'yrd', 'öğr',
  'esim',
  'δηλ', 'καθ', 'δρ',
  'ул', 'вул', 'проф', 'акад',
];

// Abbreviations written with periods that are written with a space after the inner one as
// well (`EE. UU.`, the RAE's form for Estados Unidos; `JJ. OO.`, `FF. AA.`; `a. C.`, `d. C.`):
// spaced, each part is read as the whole abbreviation.
const SPACED = ['ee.uu', 'jj.oo', 'ff.aa', 'a.c', 'd.c'];

/**
 * Abbreviations written with periods that introduce what follows (`e.g. The Guardian`,
 * `o.a. De Standaard`, `z.B. Die Zeit`, `p.ex. Le Monde`, `f.eks. Aarhus`): unlike other
 * dotted abbreviations (`U.S.`, `p.m.`, `a.s.`), they end no sentence even before a word that
 * starts one. Case-folded, without the final period.
 */
export const INTRODUCING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'e.g', 'i.e', 'a.k.a', 'n.b', 'p.s',
  'o.a', 'm.a.w', 'd.w.z', 'i.p.v', 'm.b.t', 't.o.v', 'm.n', 'i.v.m', 'n.a.v', 'o.l.v',
  // Dutch: in cooperation with, with the help of, on the occasion of, on behalf of, for the
  // attention of, in combination with, in the context of, except for, as regards.
  'i.s.m', 'm.m.v', 'm.b.v', 't.g.v', 'i.o.v', 't.a.v', 'i.c.m', 'i.h.k.v', 'm.u.v', 'v.w.b',
  'z.b', 'd.h', 'u.a', 'v.a', 'z.t', 'u.u', 'i.d.r',
  'c.-à-d', 'p.ex',
  // Danish, Norwegian, Swedish, Spanish, Italian, Polish, Russian, Greek (`f.eks.`, `p. ej.`,
  // `m.in.`, `т.е.`, `π.χ.`): for example, among others, that is, so-called.
  'f.eks', 'bl.a', 't.ex', 'd.v.s', 's.k', 'p.ej', 'p.es', 'm.in', 'т.е', 'т.н', 'т.к', 'π.χ',
]);

/** Every abbreviation that does not end a sentence, case-folded, without the final period. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...ENGLISH,
  ...DUTCH,
  ...GERMAN,
  ...FRENCH,
  ...OTHER_LANGUAGES,
  ...SPACED,
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
  // Danish, Norwegian, Swedish `kl. 14` (o'clock), Polish `godz. 12` (hour), Spanish and
  // Italian `pág. 3`, `pag. 3` (page), `núm. 5` (number), `párr. 2` (paragraph), Russian
  // `кв. 12` (flat): only ever before a number.
  'kl', 'godz', 'pág', 'pag', 'núm', 'párr', 'кв',
]);

/** A language's own abbreviations, by ISO 639-1 code; a language named in several entries has the words of them all. */
function byLanguage(entries: readonly (readonly [readonly string[], readonly string[]])[]): ReadonlyMap<string, ReadonlySet<string>> {
  const map = new Map<string, Set<string>>();
  for (const [languages, words] of entries) {
    for (const language of languages) {
      const known = map.get(language);
      if (known) for (const word of words) known.add(word);
      else map.set(language, new Set(words));
    }
  }
  return map;
}

const DANO_NORWEGIAN_SWEDISH = ['da', 'nb', 'nn', 'no', 'sv'];
const CZECH_SLOVAK = ['cs', 'sk'];

/**
 * Per language (ISO 639-1), abbreviations that are an ordinary word in another language or a
 * single lower-case letter, so they end no sentence in their own language only: Danish,
 * Norwegian, Swedish `pga.` (PGA in English golf), `iht.` (the British IHT); Afrikaans `mev.`, `ds.`; Spanish,
 * Portuguese `Sra.` (the English SRA), `Dra.` (Norwegian and Swedish `dra`, to leave), Spanish
 * `Lic.`, `Ud.` (Danish `ud`), `Ing.`, `Arq.`, `Cía.`, Portuguese `Eng.` (German `eng`), `Arq.`; Italian `sig.` (Danish `sig`), `on.` (onorevole), `ing.` (the
 * Dutch bank ING), `gen.`, `arch.`, `card.`, `mons.` (French Mons), `cfr.`; Polish `ul.`
 * (street), `al.`, `pl.`, `im.` (German `im`), `gen.`, `np.`, `ks.`; Czech and Slovak `Ing.`,
 * `mil.` and `tis.` (million, thousand: `40 mil. Kč`), `doc.`, `ul.`, `Bc.` (English BC);
 * Turkish `Cad.`, `Sok.`, `Mah.` (street, lane, quarter); Greek `κ.` (Mr); Ukrainian `ім.`
 * (named after) and `м.` (city; after a number, metres);
 * Russian `им.` (named after, `МГУ им. Ломоносова`; the pronoun `им`, to them, may end a
 * sentence too, and is taken for the abbreviation before a capital), `г.` (city; after a
 * number it is the year, `в 2020 г.`, and may end one), `ст.` (article, station).
 */
export const LANGUAGE_ABBREVIATIONS: ReadonlyMap<string, ReadonlySet<string>> = byLanguage([
  [DANO_NORWEGIAN_SWEDISH, ['pga', 'iht']],
  [['af'], ['mev', 'ds']],
  [['es'], ['sra', 'dra', 'lic', 'ud', 'uds', 'vd', 'vds', 'ing', 'arq', 'cía']],
  [['pt'], ['sra', 'dra', 'eng', 'arq']],
  [['it'], ['sig', 'sigg', 'on', 'ing', 'gen', 'arch', 'card', 'mons', 'cfr']],
  [['pl'], ['ul', 'al', 'pl', 'im', 'gen', 'np', 'ks']],
  [CZECH_SLOVAK, ['ing', 'mil', 'tis', 'doc', 'ul', 'bc']],
  [['tr'], ['cad', 'sok', 'mah']],
  [['el'], ['κ']],
  [['ru'], ['им', 'г', 'ст']],
  [['uk'], ['ім', 'м']],
]);

/**
 * Per language, abbreviations that end no sentence only as written in lower case, being a word
 * or a name in capitals or title case: German `gem.` (gemäß: `gem. Artikel 3`), `max.`
 * (maximal; `mit Max.` ends one); Dutch `gem.` (gemiddeld), `mw.` (mevrouw; `MW.` is
 * megawatt), `ing.` (ingenieur; `ING.` is the bank), `ds.` (dominee).
 */
export const LANGUAGE_LOWER_CASE_ABBREVIATIONS: ReadonlyMap<string, ReadonlySet<string>> = byLanguage([
  [['de'], ['gem', 'max']],
  [['nl'], ['gem', 'mw', 'ing', 'ds']],
]);

/**
 * Per language, titles written before a name that are an ordinary word in lower case or in
 * another language, so they end no sentence only when written as a title, capitalised
 * (`Gen. Soleimani`, where `the next gen.` ends one; `Det. Insp. Smith`, where Danish `det.`
 * ends one; `Maj.`, `Hon.`, the Swedish pronoun `hon` and month `maj`): English military,
 * police and civic ranks.
 */
export const LANGUAGE_TITLES: ReadonlyMap<string, ReadonlySet<string>> = byLanguage([
  [['en'], ['gen', 'maj', 'det', 'insp', 'supt', 'cllr', 'hon', 'rt', 'adm', 'brig', 'cmdr', 'cpl', 'pte', 'atty', 'msgr', 'pres']],
]);

/**
 * Per language, abbreviations that are an ordinary word elsewhere or a single lower-case
 * letter and stand before a number: Polish `ok. 120` (about; English `ok`), Russian `ок. 2,3`
 * and `д. 5` (house),
 * Czech and Slovak `č. 89` (number), Finnish `n. 3` (about), Italian `n. 5` (number).
 */
export const LANGUAGE_ABBREVIATIONS_BEFORE_NUMBER: ReadonlyMap<string, ReadonlySet<string>> = byLanguage([
  [['pl'], ['ok']],
  [['ru'], ['ок', 'д']],
  [CZECH_SLOVAK, ['č']],
  [['fi', 'it'], ['n']],
  // Months as each language's dictionary shortens them, before a day or a year (`janv. 2025`,
  // `5. Dez. 2025`, `3 mrt. 2024`, `12 ene. 2025`, `7 genn. 2024`, `3 fev. 2025`): French
  // (Larousse), German (Duden), Dutch (Taalunie), Spanish (RAE), Italian (Treccani),
  // Portuguese (Priberam). Each in its own language only: `ago`, `lug` are English words,
  // `sett` Swedish (seen), `dez` Portuguese (ten, so not its December), `ene` Dutch and Norwegian (one), `ott`
  // Hungarian (there), and any of them may end a sentence before a number there.
  [['fr'], ['janv', 'févr', 'avr', 'juil', 'déc']],
  [['de'], ['jän', 'febr', 'okt', 'dez']],
  [['nl'], ['mrt', 'okt']],
  // German `Tel. 030 …` (telephone; the French `tel`).
  [['de'], ['tel']],
  [['es'], ['ene', 'abr', 'ago', 'dic']],
  [['it'], ['genn', 'febb', 'magg', 'giu', 'lug', 'ago', 'sett', 'ott', 'dic']],
  [['pt'], ['fev', 'abr', 'ago', 'set', 'out']],
  // Swedish, Danish and Norwegian `sid. 14` (page).
  [DANO_NORWEGIAN_SWEDISH, ['sid']],
]);

/**
 * Per language, word endings that make an abbreviation before a number: German and Dutch
 * street names shortened with the street (`Hauptstr. 12`, `Kerkstr. 3`), as `Str. 12` alone is.
 */
export const LANGUAGE_SUFFIXES_BEFORE_NUMBER: ReadonlyMap<string, readonly string[]> = new Map([
  ['de', ['str']],
  ['nl', ['str']],
]);

/** Month names after which a German-style ordinal (`am 3. Januar`) does not end a sentence. */
export const MONTHS: ReadonlySet<string> = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
  'oktober', 'november', 'dezember', 'januari', 'februari', 'maart', 'mei', 'augustus', 'oktober',
]);

/**
 * Capitalised words that may follow an ordinal, in the languages that write ordinals with a
 * period but nouns in lower case, where any other capital after a number starts a sentence:
 * the start of a name (clubs, Czech `1. FC Slovácko`, `1. FK Příbram`; Danish and Norwegian
 * leagues and wars, `1. Division`, `1. Divisjon`, `2. Verdenskrig`; Turkish, which writes the
 * names of institutions with capitals, `2. Dünya Savaşı`, `TFF 1. Lig`, `28. Dönem` of
 * parliament, `10. Yargı Paketi`, `3. Havalimanı`, `5. Filo`, and courts, `26. Ağır Ceza
 * Mahkemesi`, `2. Asliye Hukuk`, `3. Sulh Ceza`, `4. İdare Mahkemesi`), and a month written
 * with a capital against the rule (Danish and Norwegian names besides the German ones in
 * MONTHS, the Czech genitive `5. Května`), a date whatever its case. Case-folded.
 */
export const ORDINAL_NAMES: ReadonlySet<string> = new Set([
  'fc', 'fk', 'division', 'divisjon', 'verdenskrig',
  'dünya', 'lig', 'dönem', 'yargı', 'havalimanı', 'köprü', 'filo', 'kolordu', 'ağır', 'asliye',
  // `İdare` as JavaScript case-folds it: `i` and a combining dot above.
  'sulh', 'i\u0307dare',
  'marts', 'mars', 'maj', 'december', 'desember',
  'ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října',
  'listopadu', 'prosince',
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
// Spanish, for `EE. UU. El presidente…`. Left out: `de`, `del`, `san`, `santa`, `nueva`, which
// begin names after one (`J.M. De la Fuente`, `EE. UU. San Francisco` is rarer than a sentence).
const SPANISH_STARTS = [
  'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas',
  'esto', 'ese', 'esa', 'esos', 'esas', 'eso', 'él', 'ella', 'ellos', 'ellas', 'yo', 'nosotros',
  'usted', 'ustedes', 'su', 'sus', 'mi', 'mis', 'nuestro', 'nuestra', 'hay', 'pero', 'y', 'o',
  'sin', 'además', 'también', 'luego', 'después', 'antes', 'entonces', 'así', 'ahora', 'hoy',
  'ayer', 'según', 'en', 'con', 'para', 'por', 'desde', 'durante', 'tras', 'aunque', 'si',
  'cuando', 'mientras', 'porque', 'como', 'qué', 'quién', 'dónde', 'cómo', 'cuándo', 'no',
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
  ['es', new Set(SPANISH_STARTS)],
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
