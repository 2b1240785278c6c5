// HTML character references (`&amp;`, `&eacute;`, `&#27;`, `&#x9b;`) to text. Decoding can
// produce control characters the decoder never saw, so the result is sanitized afterwards.
import { createRequire } from 'node:module';
import { sanitize } from './sanitize.js';

type EntitiesDecode = typeof import('entities/decode');
let entities: EntitiesDecode | undefined;

/** Decodes character references (HTML5 rules, as browsers do), then removes control characters. */
export function decodeEntities(text: string): string {
  // The entity tables cost several milliseconds to load; most texts have no `&` at all.
  if (!text.includes('&')) return sanitize(text);
  entities ??= createRequire(import.meta.url)('entities/decode') as EntitiesDecode;
  return sanitize(entities.decodeHTML(text));
}
