// A guess at the legacy encoding of a file that is not UTF-8, for the warning only: spec §1
// reads such a file as Windows-1252 whatever it is, and a Russian export in Windows-1251 then
// shows as `Ïðåçèäåíò`. The guess (chardet, a port of ICU's detector: byte n-grams of each
// code page and language) names the encoding to pass to `--encoding` when it is clearly not
// Windows-1252.
import { createRequire } from 'node:module';

type Chardet = typeof import('chardet');
let chardet: Chardet | undefined;

// chardet is only needed when a file is not UTF-8, so it is loaded on first use.
function detector(): Chardet {
  chardet ??= createRequire(import.meta.url)('chardet') as Chardet;
  return chardet;
}

/** Bytes read for the guess: a few pages of text tell the code page. */
export const CODE_PAGE_SAMPLE_BYTES = 16 * 1024;
/** chardet's confidence (0-100) below which a guess is not shown. */
export const CODE_PAGE_MIN_CONFIDENCE = 30;
/** How many times Windows-1252's own confidence another encoding's must reach to be shown. */
export const CODE_PAGE_MARGIN = 1.5;

// What Windows-1252 is reported as: ICU says ISO-8859-1 when no byte 0x80-0x9F occurs.
const WESTERN = new Set(['iso-8859-1', 'windows-1252']);
// Encodings the fallback never stands for: a UTF file without a BOM either decodes as UTF-8
// or has NUL bytes and is refused before the guess.
const NOT_GUESSED = /^utf-/u;
// The Windows code page beside each ISO one that shares most of its letters: a newsroom
// export from Windows uses the former, a web page often the latter, and they differ in a
// few letters (Polish ą ś ź), so both are named.
const WINDOWS_SIBLING: Readonly<Record<string, string>> = {
  'iso-8859-2': 'windows-1250',
  'iso-8859-7': 'windows-1253',
  'iso-8859-8': 'windows-1255',
  'iso-8859-9': 'windows-1254',
};

/** An encoding the bytes look like, with the language its text seems to be in (ISO 639-1), if told. */
export interface CodePageGuess {
  /** Names to pass to `--encoding`, the likelier first. */
  encodings: string[];
  language: string | null;
}

/**
 * The encoding that bytes which are not UTF-8 look like, when it is clearly not Windows-1252
 * (at least CODE_PAGE_MIN_CONFIDENCE and CODE_PAGE_MARGIN times Windows-1252's confidence)
 * and `isKnown` (the decoder knows it); else null.
 */
export function guessCodePage(bytes: Uint8Array, isKnown: (name: string) => boolean): CodePageGuess | null {
  const matches = detector().analyse(bytes.subarray(0, CODE_PAGE_SAMPLE_BYTES));
  const western = matches.find((match) => WESTERN.has(match.name.toLowerCase()))?.confidence ?? 0;
  const best = matches[0];
  if (!best) return null;
  const name = best.name.toLowerCase();
  if (WESTERN.has(name) || NOT_GUESSED.test(name) || !isKnown(name)) return null;
  if (best.confidence < CODE_PAGE_MIN_CONFIDENCE || best.confidence < CODE_PAGE_MARGIN * western) return null;
  const sibling = WINDOWS_SIBLING[name];
  return { encodings: sibling ? [sibling, name] : [name], language: best.lang ?? null };
}

/** The guess as the end of a warning: `it looks like Russian in windows-1251: try --encoding windows-1251`. */
export function describeGuess(guess: CodePageGuess): string {
  const [first, ...others] = guess.encodings;
  const language = guess.language ? languageName(guess.language) : null;
  const alternatives = others.map((name) => ` (or ${name})`).join('');
  return `it looks like ${language ? `${language} in ` : ''}${first}: try --encoding ${first}${alternatives}`;
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
