// Language detection: franc's trigram statistics, with stop words to settle close calls
// (Dutch and German share many trigrams) and to judge texts too short for trigrams. franc,
// not franc-min: the smaller package leaves out languages of fewer than 8 million speakers,
// which read Danish and Norwegian as Swedish and Afrikaans as Dutch.
import { francAll } from 'franc';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { LANGUAGE_MIN_CHARS, LANGUAGE_SAMPLE_CHARS } from '../config.js';
import { isLatin, isLetter } from './chars.js';
import { stopWords, hasStopWords } from './stopwords.js';
import { normalizeWord } from './words.js';

/** The code for a text whose language cannot be told (ISO 639-2 "undetermined"). */
export const UNDETERMINED = 'und';

// franc names individual languages of a macrolanguage, which ISO 639-1 only knows as a whole.
const MACROLANGUAGES: Readonly<Record<string, string>> = {
  arb: 'ar', azj: 'az', cmn: 'zh', ckb: 'ku', fuv: 'ff', npi: 'ne', pbu: 'ps', pes: 'fa',
  plt: 'mg', qug: 'qu', swh: 'sw', uzn: 'uz', zlm: 'ms', ydd: 'yi', khk: 'mn', ekk: 'et',
  lvs: 'lv', als: 'sq', gug: 'gn', quy: 'qu', knc: 'kr', hnj: 'hmn', hms: 'hmn',
};
/** Languages within this share of franc's best score are a close call, settled with stop words. */
const CLOSE_CALL = 0.95;
/** Languages whose stop words are tried first (and alone on texts too short for trigrams). */
const COMMON_LANGUAGES = ['en', 'nl', 'af', 'de', 'fr', 'es', 'ca', 'gl', 'pt', 'it'];
/** Stop words make up this share of a text in its own language (news: 0.4 to 0.6)... */
const CLEAR_SHARE = 0.25;
/** ...and this many times the share of the runner-up, or trigrams must decide. */
const CLEAR_MARGIN = 1.5;
/** Share of Latin letters above which a text is taken as written in Latin script. */
const LATIN_SHARE = 0.9;
const ASCII_LETTERS = /[A-Za-z]+/g;
const NON_ASCII = /[^\x00-\x7f]/gu;
/** Tokens read for stop words: a paragraph or two tells the language. */
const STOPWORD_SAMPLE_TOKENS = 300;
/**
 * Tokens below which stop words alone do not decide: the lists carry one- and two-letter
 * entries (English has `a`, `ad`, `ae`…, all of them shared with other languages' words), and
 * in a sentence or two those decide the share (a Czech or Slovene paragraph read as English).
 */
const STOPWORD_MIN_TOKENS = 40;
/**
 * In a shorter text, the stop words' clear language stands if franc scores it within this
 * share of its best: `hat an der … bis … pro` is German though franc puts Dutch first (0.93),
 * while the one-letter entries that make two Slovene sentences "English" find franc's English
 * far behind.
 */
const SHORT_TEXT_AGREEMENT = 0.85;

function toIso6391(code: string): string | undefined {
  return iso6393To1[code] ?? MACROLANGUAGES[code];
}

/** Share of the tokens that are stop words of the language. */
function stopWordShare(tokens: string[], language: string): number {
  const stop = stopWords(language);
  let hits = 0;
  for (const token of tokens) if (stop.has(token)) hits++;
  return tokens.length === 0 ? 0 : hits / tokens.length;
}

/** Languages ranked by their stop words' share of the tokens, best first, those with none left out. */
function byStopWords(tokens: string[], languages: readonly string[]): { language: string; share: number }[] {
  return languages
    .map((language) => ({ language, share: stopWordShare(tokens, language) }))
    .filter(({ share }) => share > 0)
    .sort((a, b) => b.share - a.share);
}

/**
 * True when nearly all letters of the sample are Latin: only then can stop words, which are
 * counted between spaces, speak for the text (a Japanese article quoting an English paragraph
 * has few spaces but many English stop words).
 */
function isLatinScript(sample: string): boolean {
  // ASCII letters are Latin letters: counted natively; only the other characters one by one.
  const asciiLetters = sample.length - sample.replace(ASCII_LETTERS, '').length;
  let letters = asciiLetters;
  let latin = asciiLetters;
  NON_ASCII.lastIndex = 0;
  for (let match = NON_ASCII.exec(sample); match; match = NON_ASCII.exec(sample)) {
    const code = match[0].codePointAt(0)!;
    if (isLetter(code)) letters++;
    if (isLatin(code)) latin++;
  }
  return letters > 0 && latin >= LATIN_SHARE * letters;
}

/** The first tokens of a text, case-folded and stripped of edge punctuation. */
function sampleTokens(sample: string): string[] {
  return sample.split(/\s+/, STOPWORD_SAMPLE_TOKENS).map(normalizeWord).filter(Boolean);
}

/**
 * The language whose stop words clearly stand out among `languages`: a share of the tokens
 * typical of a text in its own language, and well above any other's. Undefined when none does.
 */
function clearByStopWords(tokens: string[], languages: readonly string[], minShare = CLEAR_SHARE): string | undefined {
  const [first, second] = byStopWords(tokens, languages);
  return first && first.share >= minShare && first.share >= CLEAR_MARGIN * (second?.share ?? 0) ? first.language : undefined;
}

/**
 * Detects the language of a text as an ISO 639-1 code, or `und`. Stop words decide first
 * among common languages written in Latin script when one clearly stands out; franc's
 * trigrams decide otherwise, which keeps the usual case cheap and any other language
 * detectable. Among the languages franc scores alike, stop words overrule its order only when
 * they clearly disagree (Dutch and German share many trigrams but few stop words). Between
 * neighbours whose stop words overlap (Danish and Norwegian, Afrikaans and Dutch, Indonesian
 * and Malay, Galician and Portuguese), the shares differ by a few points either way, as much
 * with the length of the lists (Afrikaans has 52 words, Dutch 413) as with the language, and
 * franc's order stands, first among the languages with stop words: franc cannot tell
 * Croatian from Bosnian or Serbian, and only Croatian has a list for summaries to use.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  const tokens = sampleTokens(sample);
  if (sample.trim().length < LANGUAGE_MIN_CHARS) {
    return byStopWords(tokens, COMMON_LANGUAGES)[0]?.language ?? UNDETERMINED;
  }
  const common = isLatinScript(sample) ? clearByStopWords(tokens, COMMON_LANGUAGES) : undefined;
  if (common && tokens.length >= STOPWORD_MIN_TOKENS) return common;
  // Languages without an ISO 639-1 code (Scots, Low German) are no answer, so they set no
  // best score either: a short English text that franc scores nearest to Scots is English.
  const ranked = francAll(sample, { minLength: LANGUAGE_MIN_CHARS })
    .map(([code, score]) => ({ language: code === 'und' ? undefined : toIso6391(code), score }))
    .filter((entry): entry is { language: string; score: number } => entry.language !== undefined);
  const bestScore = ranked[0]?.score ?? 0;
  // A short text's clear stop-word language stands when franc finds it plausible too.
  const commonScore = ranked.find(({ language }) => language === common)?.score ?? 0;
  if (common && commonScore >= bestScore * SHORT_TEXT_AGREEMENT) return common;
  const close = [...new Set(ranked.filter(({ score }) => score >= bestScore * CLOSE_CALL).map(({ language }) => language))];
  // Nothing franc can name: the stop words of the common languages have the last word.
  if (close.length === 0) return byStopWords(tokens, COMMON_LANGUAGES)[0]?.language ?? UNDETERMINED;
  if (close.length === 1) return close[0]!;
  // Among the close ones, stop words decide when one's share is well above the others' (a
  // headline and a sentence may hold few: Dutch 0.2 against German's none); else franc's order.
  const analysable = close.filter(hasStopWords);
  return clearByStopWords(tokens, analysable, 0) ?? analysable[0] ?? close[0]!;
}
