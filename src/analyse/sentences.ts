// Sentence boundaries (spec §5): `. ! ? …` (and the Greek question mark) with closing quotes
// and brackets, followed by a space and an upper-case letter, a digit or an opening mark; or
// the end of the block; and
// the Chinese and Japanese `。！？．` wherever they stand, but before a Japanese quotative
// particle after a closing bracket.
import { lazy } from '../lazy.js';
import {
  ABBREVIATIONS,
  ABBREVIATIONS_BEFORE_NUMBER,
  INTRODUCING_ABBREVIATIONS,
  JAPANESE_QUOTATIVE_PARTICLES,
  JAPANESE_SENTENCE_OPENERS_WITH_TO,
  LANGUAGE_ABBREVIATIONS,
  LANGUAGE_ABBREVIATIONS_BEFORE_NUMBER,
  LANGUAGE_SUFFIXES_BEFORE_NUMBER,
  LANGUAGE_LOWER_CASE_ABBREVIATIONS,
  LANGUAGE_TITLES,
  MONTHS,
  NAME_PARTICLES,
  ORDINAL_NAMES,
  SENTENCE_STARTS,
} from './abbreviations.js';
import { CREDIT_DASHES, isAsciiLetter, isLetter, isLetterOrDigit, isSpace, isUpperCase } from './chars.js';
import { startsWithElision } from './quotes.js';

// Closing marks may follow the terminator (German and Czech close with “ and ‘: `„Wir
// bleiben.“ Dann`); a French closing guillemet stands after a space
// (`« Nous partons. »`): a spaced » or › followed by a space cannot open a German quotation.
// The end of the text counts as a space, so a block-final `. »` is taken whole, never split off.
// Chinese and Japanese do not space between sentences: `。！？．` end one wherever they stand,
// with any closing marks after them (`」』”）`), except before a Japanese quotative particle
// (`「明日行く。」と言った`: the quotation is part of the sentence that reports it).
// Greek writes the question mark as `;` (U+037E GREEK QUESTION MARK, which Unicode normalisation
// turns into U+003B): U+037E ends a sentence in every language, `;` in Greek only, where the
// semicolon is written `·` (U+0387) and a `;` is always a question mark.
function terminator(marks: string): RegExp {
  return new RegExp(`[${marks}]+(?:["'”’“‘»«›‹)\\]]|\\s[»›](?=\\s|$))*(?=\\s|$)|[。！？．]+[」』”）]*`, 'gu');
}
const TERMINATOR = terminator('.!?…\u037e');
const GREEK_TERMINATOR = lazy(() => terminator('.!?…;\u037e'));
const UNSPACED_TERMINATOR = /^[。！？．]/u;
// A full-width period between digits (`３．５`) is a decimal point.
const FULL_WIDTH_DECIMAL = lazy(() => /^\p{N}．\p{N}/u);
// A terminal followed by a closing quotation bracket: what comes right after the bracket may
// report the quotation (`「明日行く。」と言った`).
const CLOSED_QUOTATION = /[」』”]$/u;
// A dash starts no sentence (it is not in SENTENCE_START): after `。”` it brings the speaker of
// the quotation (`“……。”—— 市长张伟`), as after `.”` in `“…” — Mayor Zhang`.
const DASH_START = new RegExp(`^[${CREDIT_DASHES}]`, 'u');
// What may start the next sentence: an upper-case or caseless letter, a digit, an opening mark
// (and an elided word, `’s Avonds`, `'t Is`, tested apart).
// A » or › opens a (German) quotation only when a word follows at once; a spaced one closes
// a French quotation (`« Nous partons. », dit-elle`). The same holds for ” and ’, with which
// Swedish and Finnish open quotations (`”Tilanne on vaikea”, sanoi hän`): glued to the word
// after a space, they can only open one, in every language (a closing mark is glued to the
// word before it), so an English ” typed for “ opens one too.
const SENTENCE_START = lazy(() => /^(?:[\p{Lu}\p{Lt}\p{Lo}\p{N}“‘"'„‚«‹(\[¿¡]|[»›”’](?=[\p{L}\p{N}]))/u);
// A hyphen may follow a period: French initials of a double first name (`J.-M.`, `J.-C.`).
const DOTTED = lazy(() => /^(?:\p{L}{1,2}\.-?)+\p{L}{0,2}$/u);
// DOTTED for a token of ASCII only, where `\p{L}` is `[A-Za-z]`: the usual case, without
// compiling a Unicode regex.
const ASCII_DOTTED = /^(?:[A-Za-z]{1,2}\.-?)+[A-Za-z]{0,2}$/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ORDINAL = /^\d{1,2}$/;
// The next token starts with a digit: `p. 12`, `No. 5`.
const NUMBER_NEXT = lazy(() => /^\s*\p{N}/u);

/**
 * Whether the text right after a closed Japanese quotation reports it (`と言った`, `との`,
 * `という`, `って`, `などと`), so the quoted sentence's terminal ends no sentence of its own.
 * A `と` that begins an adverb or conjunction (`とても`, `ところで`) is no particle. The
 * particles are hiragana, so a Chinese sentence after `」` (`「我明天去。」他說。`) still starts.
 */
function reportsQuotation(after: string): boolean {
  if (!JAPANESE_QUOTATIVE_PARTICLES.some((particle) => after.startsWith(particle))) return false;
  return !JAPANESE_SENTENCE_OPENERS_WITH_TO.some((word) => after.startsWith(word));
}

// A short Chinese clause that reports the quotation before it (`“我们会继续努力。”他说。`,
// `”市长张伟补充说，`, `”他表示。`, `”该公司称。`): a speaker of at most ten characters, then a
// reporting verb (说/說, 道 but not 知道 (to know), 表示, 指出, 强调/強調, 称/稱 but not in
// the nouns 名称, 简称, 职称, 昵称, 全称, 总称, 代称) and a full stop or comma. It is part of
// the quotation's sentence, as in English. 问 and 答 end too many nouns (疑问, 顾问, 解答) to count.
const CHINESE_SPEECH = lazy(() => /^[^。！？．，“”「」\s]{1,10}?(?:(?<!知)[说說道]|(?<![名简簡职職昵暱全总總代])[称稱]|表示|指出|强调|強調)[。，,]/u);

/**
 * Whether what follows a quotation closed after its own terminal (`。」`, `。”`) goes on with
 * its sentence: a Japanese quotative particle, a short Chinese reporting clause, or a dash
 * naming the speaker. `after` is the text right after it, `rest` the same without its spaces.
 */
function quotationGoesOn(after: string, rest: string): boolean {
  return reportsQuotation(after) || CHINESE_SPEECH().test(after) || DASH_START.test(rest);
}

/** How far past a terminator the next word is looked for: farther is a gap, not a sentence. */
const LOOKAHEAD_CHARS = 40;

/** The token before `end`, less the characters before its first letter or digit (`(dr` → `dr`). */
function previousToken(text: string, end: number): string {
  // After any space (`45\u00a0Mio.`, `z.\u202fB.`), as spec §1 counts no-break spaces as spaces.
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  while (start < end) {
    const code = text.codePointAt(start)!;
    if (isLetterOrDigit(code)) break;
    start += code > 0xffff ? 2 : 1;
  }
  return text.slice(start, end);
}

/**
 * Whether a title's period ends a sentence all the same: a closing mark follows it (`“Yes,
 * Gen.” He…`) or a word that starts sentences (`the Next Gen. It ships…`).
 */
function titleEndsSentence(text: string, dotIndex: number, after: number, rules: LanguageRules): boolean {
  return after > dotIndex + 1 || isSentenceStartWord(nextWord(text, after), rules.starts);
}

/** A capital, then lower case only (`Gen`, not `gen` or `GEN`). */
function isTitleCased(token: string): boolean {
  return isUpperCase(token.codePointAt(0)!) && token.slice(1) === token.slice(1).toLowerCase();
}

/** One upper-case letter: an initial (`J. Smith`). */
function isInitial(token: string): boolean {
  const code = token.codePointAt(0);
  return code !== undefined && token.length === (code > 0xffff ? 2 : 1) && isUpperCase(code);
}

/** Initials or an abbreviation written with periods, less its last (`o.a`, `e.g`, `U.S`). */
function isDotted(token: string): boolean {
  if (!token.includes('.')) return false;
  return ASCII_ONLY.test(token) ? ASCII_DOTTED.test(token) : DOTTED().test(token);
}

/**
 * Whether the text after a terminator starts a sentence. A lower-case ASCII letter never does,
 * an upper-case one or a digit always: the usual cases, answered without the Unicode regex.
 */
function startsSentence(rest: string): boolean {
  const code = rest.charCodeAt(0);
  if (code >= 0x61 && code <= 0x7a) return false;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) return true;
  return SENTENCE_START().test(rest) || startsWithElision(rest);
}

// Initials written with periods (`A.J`, `F.C`, `U.S`, `J.-M`), less the last period.
const DOTTED_INITIALS = lazy(() => /^(?:\p{Lu}\.-?)+\p{Lu}$/u);

/** The word after `start` as written, without the marks around it (`“We` → `We`) but its apostrophes. */
function nextWordAsWritten(text: string, start: number): string {
  const match = /^\s*(\S+)/.exec(text.slice(start, start + LOOKAHEAD_CHARS));
  return (match?.[1] ?? '').replace(/^[^\p{L}\p{N}'’]+|[^\p{L}]+$/gu, '');
}

/** The word after `start`, case-folded, without the marks around it (`“We` → `we`) but its apostrophes. */
function nextWord(text: string, start: number): string {
  return nextWordAsWritten(text, start).toLowerCase();
}

/**
 * Whether `word` (from `nextWord`) is one of a language's sentence starts; an elided word is
 * looked up by its part before the apostrophe (`it’s`, `c’est`), a quoted one without it.
 */
function isSentenceStartWord(word: string, starts: ReadonlySet<string>): boolean {
  const folded = word.replaceAll('’', "'");
  if (starts.has(folded)) return true;
  const apostrophe = folded.indexOf("'");
  if (apostrophe > 0) return starts.has(folded.slice(0, apostrophe));
  return apostrophe === 0 && starts.has(folded.slice(1));
}

/**
 * Languages that write an ordinal number with a period (`am 3. Spieltag`, `zum 100. Mal`,
 * `den 5. maj`, `3. kerroksessa`): in them a number of up to three digits before a period may
 * be an ordinal, not the end of a sentence (a year, four digits, always ends one).
 */
const PERIOD_ORDINAL_LANGUAGES: ReadonlySet<string> = new Set([
  'de', 'da', 'nb', 'nn', 'no', 'fi', 'is', 'cs', 'sk', 'pl', 'hu', 'sl', 'hr', 'sr', 'bs', 'et', 'lv', 'tr',
]);
/**
 * Of those, the languages that write every noun with a capital, so a capital after an ordinal
 * is the rule (`der 2. Weltkrieg`, `am 3. Januar`): there the number ends a sentence only before
 * a word that never follows an ordinal (`bei 45. Das sagte…`), and `Er wurde 85. Seine Frau…`
 * is taken as one. The others write nouns and months in lower case (`den 5. maj`,
 * `2. světová válka`, `3. kerroksessa`), so a capital after the number starts a sentence
 * (`steget til 23. Politiet…`) unless it begins a name an ordinal heads (`1. FC`).
 */
const CAPITALISED_NOUN_LANGUAGES: ReadonlySet<string> = new Set(['de']);
const ORDINAL_NUMBER = /^\d{1,3}$/;
const NO_WORDS: ReadonlySet<string> = new Set();

/** How a language writes ordinals: without a period, or with one before capitalised or lower-case nouns. */
type PeriodOrdinals = 'none' | 'capitalised-nouns' | 'lower-case-nouns';

/**
 * What the article's language adds to the rules: period ordinals, its sentence-start words,
 * and its own abbreviations that are words elsewhere (`sig.`, `ul.`), some only before a number
 * (`ok. 120`, `č. 89`).
 */
interface LanguageRules {
  readonly periodOrdinals: PeriodOrdinals;
  readonly starts: ReadonlySet<string>;
  readonly abbreviations: ReadonlySet<string>;
  readonly beforeNumber: ReadonlySet<string>;
  readonly suffixesBeforeNumber: readonly string[];
  readonly titles: ReadonlySet<string>;
  readonly lowerCase: ReadonlySet<string>;
}

/** How `language` writes ordinals (see PERIOD_ORDINAL_LANGUAGES and CAPITALISED_NOUN_LANGUAGES). */
function periodOrdinalsOf(language: string | undefined): PeriodOrdinals {
  if (language === undefined || !PERIOD_ORDINAL_LANGUAGES.has(language)) return 'none';
  return CAPITALISED_NOUN_LANGUAGES.has(language) ? 'capitalised-nouns' : 'lower-case-nouns';
}

/** The rules of a language (ISO 639-1); none for an unknown one or none given. */
function rulesFor(language: string | undefined): LanguageRules {
  const words = (byLanguage: ReadonlyMap<string, ReadonlySet<string>>): ReadonlySet<string> =>
    (language === undefined ? undefined : byLanguage.get(language)) ?? NO_WORDS;
  return {
    periodOrdinals: periodOrdinalsOf(language),
    starts: words(SENTENCE_STARTS),
    abbreviations: words(LANGUAGE_ABBREVIATIONS),
    beforeNumber: words(LANGUAGE_ABBREVIATIONS_BEFORE_NUMBER),
    suffixesBeforeNumber: (language === undefined ? undefined : LANGUAGE_SUFFIXES_BEFORE_NUMBER.get(language)) ?? [],
    titles: words(LANGUAGE_TITLES),
    lowerCase: words(LANGUAGE_LOWER_CASE_ABBREVIATIONS),
  };
}

// A French or Italian elided article, pronoun or preposition is not part of the abbreviation
// after it (`l’art. 5`, `d’env. 3`, `qu’env.`, `dell’avv.`, `nell’on.`); what follows it is
// two letters or more, so a Dutch plural or an English possessive keeps its `s` (`auto's.`,
// `Lloyd's.` end sentences before a number, where a lone `s.` would be the abbreviation `S. 12`).
// Scanned by hand: the regex for it (`/^[a-z]{1,5}['’](?=\p{L}{2})/iu`) took 0.75 ms to compile,
// a fifth of the sentence splitter's share of `article count`'s start-up.
const ELIDED_LETTERS_MAX = 5;
const APOSTROPHES = "'’";

/** The token less an elided word at its start (`l’art` → `art`); the token itself when it has none. */
export function withoutElidedPrefix(token: string): string {
  let apostrophe = 0;
  while (apostrophe < token.length && apostrophe <= ELIDED_LETTERS_MAX && isAsciiLetter(token.charCodeAt(apostrophe))) apostrophe++;
  if (apostrophe === 0 || apostrophe > ELIDED_LETTERS_MAX || !APOSTROPHES.includes(token[apostrophe] ?? '\n')) return token;
  const first = token.codePointAt(apostrophe + 1);
  if (first === undefined || !isLetter(first)) return token;
  const second = token.codePointAt(apostrophe + 1 + (first > 0xffff ? 2 : 1));
  return second !== undefined && isLetter(second) ? token.slice(apostrophe + 1) : token;
}

/**
 * Whether a dotted abbreviation (`U.S`, `p.m`, `a.s`, less the last period) ends its sentence:
 * it does before a word that starts sentences and continues no noun phrase (`5 p.m. The
 * minister left`; `the U.S. Army` goes on), unless it introduces what follows (`e.g. The
 * Guardian`, `o.a. De Standaard`) or is initials before a name particle (`A.J. De Vries`).
 */
function dottedEndsSentence(token: string, text: string, after: number, starts: ReadonlySet<string>): boolean {
  if (starts.size === 0 || INTRODUCING_ABBREVIATIONS.has(token.toLowerCase())) return false;
  const next = nextWord(text, after);
  if (NAME_PARTICLES.has(next) && DOTTED_INITIALS().test(token)) return false;
  return isSentenceStartWord(next, starts);
}

/** Letters in a part of an abbreviation written with a space after its inner period. */
const SPACED_PART_CHARS = 3;
const SPACED_NEXT_PART = /^\s([^\s.]{1,3})\./;

/**
 * The abbreviation that `token` (before the period at `tokenStart + token.length`) is a part of
 * when it is written with a space after its inner period (`EE. UU.`, `p. ej.`, `a. C.`,
 * `f. eks.`), as it is written without one (`EE.UU`), and whether `token` is its first part.
 */
function spacedAbbreviation(text: string, tokenStart: number, token: string, after: number): { whole: string; first: boolean } | undefined {
  if (token.length > SPACED_PART_CHARS) return undefined;
  const next = SPACED_NEXT_PART.exec(text.slice(after, after + SPACED_PART_CHARS + 2));
  if (next && ABBREVIATIONS.has(`${token}.${next[1]}`.toLowerCase())) return { whole: `${token}.${next[1]}`, first: true };
  if (!isSpace(text.charCodeAt(tokenStart - 1)) || text[tokenStart - 2] !== '.') return undefined;
  const previous = previousToken(text, tokenStart - 2);
  if (previous === '' || previous.length > SPACED_PART_CHARS) return undefined;
  const whole = `${previous}.${token}`;
  return ABBREVIATIONS.has(whole.toLowerCase()) ? { whole, first: false } : undefined;
}

const NUMBER_BEFORE = /\d\s$/;

/**
 * Whether a number stands right before `start`: a single letter there is a unit, not a title
 * (Russian `г.` is `город`, city, before a name, but `год`, year, after one: `в 2020 г.`).
 */
function followsNumber(text: string, start: number): boolean {
  return NUMBER_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

const LEADING_APOSTROPHE = /^['’]/;
// A number alone before a period is a list's enumerator (`1. The first item. 2. The second…`),
// not a sentence: it begins the sentence after it.
const ENUMERATOR = /^\d{1,3}\.$/;

/**
 * Whether a number of up to three digits before a period ends its sentence in a language that
 * writes ordinals with a period (see CAPITALISED_NOUN_LANGUAGES). A digit after it never starts
 * one there (`24. 12. 2020`), nor does a lower-case word (`den 5. maj`).
 */
function ordinalEndsSentence(text: string, after: number, rules: LanguageRules): boolean {
  if (rules.periodOrdinals === 'capitalised-nouns') return isSentenceStartWord(nextWord(text, after), rules.starts);
  const word = nextWordAsWritten(text, after).replace(LEADING_APOSTROPHE, '');
  const code = word.codePointAt(0);
  if (code === undefined || !isUpperCase(code)) return false;
  const folded = word.toLowerCase();
  return !ORDINAL_NAMES.has(folded) && !MONTHS.has(folded);
}

// A Roman century after a period continues a date (Polish `w latach 90. XX wieku`, Russian
// `в 90-х гг. XX века`): the numeral and the word for century in the genitive (`wieku`,
// `века`, `storočia`), as a date has it and no sentence starts; a numeral before another word
// starts one (`41. II tura…`, `I to…`, `V pondělí…`, and the nominative `XX wiek przyniósł…`).
const ROMAN_LETTERS = 'IVXL';
const ROMAN_CENTURY = /^\s*[IVXL]{1,6}\s+(?:wieku|w\.|века|в\.|století|stol\.|storočia|stoljeća|stoletja)/u;

// A single period after an abbreviation, an initial or an ordinal does not end a sentence.
function isAbbreviation(text: string, dotIndex: number, after: number, rules: LanguageRules): boolean {
  const raw = previousToken(text, dotIndex);
  let token = withoutElidedPrefix(raw);
  if (token === '') return false;
  const spaced = spacedAbbreviation(text, dotIndex - raw.length, token, after);
  if (spaced?.first) return true;
  token = spaced?.whole ?? token;
  if (isInitial(token)) return true;
  if (rules.periodOrdinals !== 'none' && ORDINAL_NUMBER.test(token)) return !ordinalEndsSentence(text, after, rules);
  const folded = token.toLowerCase();
  if (ABBREVIATIONS.has(folded) || isDotted(token)) {
    return !(token.includes('.') && dottedEndsSentence(token, text, after, rules.starts));
  }
  if (rules.titles.has(folded) && isTitleCased(token)) return !titleEndsSentence(text, dotIndex, after, rules);
  if (rules.abbreviations.has(folded)) return token.length > 1 || !followsNumber(text, dotIndex - token.length);
  if (rules.lowerCase.has(token)) return true;
  if (ABBREVIATIONS_BEFORE_NUMBER.has(folded) || rules.beforeNumber.has(folded) || rules.suffixesBeforeNumber.some((end) => folded.endsWith(end))) {
    return NUMBER_NEXT().test(text.slice(after, after + 8));
  }
  return ORDINAL.test(token) && MONTHS.has(nextWord(text, after));
}

/**
 * Splits a block's text into its sentences, verbatim and trimmed, in order. `language` (ISO
 * 639-1, the article's) lets a language's own conventions count: ordinals written with a
 * period, the words that start a sentence after a dotted abbreviation (`p.m. The…`), and the
 * Greek question mark `;`.
 */
export function splitSentences(text: string, language?: string): string[] {
  const rules = rulesFor(language);
  const terminators = language === 'el' ? GREEK_TERMINATOR() : TERMINATOR;
  const sentences: string[] = [];
  let start = 0;
  terminators.lastIndex = 0;
  for (let match = terminators.exec(text); match; match = terminators.exec(text)) {
    const end = match.index + match[0].length;
    const rest = text.slice(end, end + LOOKAHEAD_CHARS).trimStart();
    if (rest === '') continue;
    if (UNSPACED_TERMINATOR.test(match[0])) {
      if (FULL_WIDTH_DECIMAL().test(text.slice(match.index - 1, end + 1))) continue;
      if (CLOSED_QUOTATION.test(match[0]) && quotationGoesOn(text.slice(end, end + LOOKAHEAD_CHARS), rest)) continue;
    } else if (!startsSentence(rest)) continue;
    if (match[0].startsWith('.') && !match[0].startsWith('..') && (isAbbreviation(text, match.index, end, rules) || (ROMAN_LETTERS.includes(rest[0]!) && ROMAN_CENTURY.test(rest)))) {
      continue;
    }
    const sentence = text.slice(start, end).trim();
    if (ENUMERATOR.test(sentence)) continue;
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const last = text.slice(start).trim();
  if (last) sentences.push(last);
  return sentences;
}

/** Counts the sentences of a block's text, in the article's language (see `splitSentences`). */
export function countSentences(text: string, language?: string): number {
  return splitSentences(text, language).length;
}
