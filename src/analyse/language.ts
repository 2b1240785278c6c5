// Language detection: franc's trigram statistics, with stop words to settle close calls
// (Dutch and German share many trigrams) and to judge texts too short for trigrams.
import { francAll } from 'franc-min';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { LANGUAGE_MIN_CHARS, LANGUAGE_SAMPLE_CHARS } from '../config.js';
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
/** Languages franc must beat by this margin before stop words are asked to decide. */
const CLOSE_CALL = 0.95;
/** Languages tried on texts too short for trigrams. */
const SHORT_TEXT_LANGUAGES = ['en', 'nl', 'de', 'fr', 'es', 'it', 'pt'];

function toIso6391(code: string): string | undefined {
  return iso6393To1[code] ?? MACROLANGUAGES[code];
}

function stopWordHits(tokens: string[], language: string): number {
  const stop = stopWords(language);
  let hits = 0;
  for (const token of tokens) if (stop.has(token)) hits++;
  return hits;
}

function byStopWords(sample: string, languages: string[]): string | undefined {
  const tokens = sample.split(/\s+/).map(normalizeWord).filter(Boolean);
  let best: string | undefined;
  let bestHits = 0;
  for (const language of languages) {
    const hits = stopWordHits(tokens, language);
    if (hits > bestHits) [best, bestHits] = [language, hits];
  }
  return best;
}

/** Detects the language of a text as an ISO 639-1 code, or `und`. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  if (sample.trim().length < LANGUAGE_MIN_CHARS) {
    return byStopWords(sample, SHORT_TEXT_LANGUAGES) ?? UNDETERMINED;
  }
  const ranked = francAll(sample, { minLength: LANGUAGE_MIN_CHARS });
  const bestScore = ranked[0]?.[1] ?? 0;
  const close = ranked
    .filter(([code, score]) => code !== 'und' && score >= bestScore * CLOSE_CALL)
    .map(([code]) => toIso6391(code))
    .filter((code): code is string => code !== undefined);
  if (close.length === 0) return UNDETERMINED;
  if (close.length === 1) return close[0]!;
  const withLists = close.filter(hasStopWords);
  return byStopWords(sample, withLists) ?? close[0]!;
}
