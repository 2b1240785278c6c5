// What the parsers hand to language detection: the start of an article's text, which is all
// detectLanguage reads, so a 64 MB article is not joined into one string to look at 4,000 characters.
import { LANGUAGE_SAMPLE_CHARS } from '../config.js';

/**
 * The texts joined by `separator`, taken only until the join is LANGUAGE_SAMPLE_CHARS long:
 * its first LANGUAGE_SAMPLE_CHARS characters are those of the whole join.
 */
export function languageSample(texts: Iterable<string>, separator: string): string {
  const parts: string[] = [];
  let size = 0;
  for (const text of texts) {
    if (size >= LANGUAGE_SAMPLE_CHARS) break;
    size += (parts.length > 0 ? separator.length : 0) + text.length;
    parts.push(text);
  }
  return parts.join(separator);
}
