// Character classes by code point, asked by every rule on every character. ASCII is answered by
// arithmetic; any other character by one Unicode regex, once per distinct character, and then
// remembered. Regexes with Unicode properties (`\p{L}`) take V8 0.1 to 0.8 ms each to compile,
// so one shared test instead of one such regex per rule is most of a short article's run time.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
const UPPER_CASE = /^\p{Lu}$/u;
const LATIN = /^\p{Script=Latin}$/u;

/** A remembered one-character test: each non-ASCII character meets the regex once. */
function cachedTest(pattern: RegExp): (code: number) => boolean {
  const known = new Map<number, boolean>();
  return (code) => {
    let answer = known.get(code);
    if (answer === undefined) {
      answer = pattern.test(String.fromCodePoint(code));
      known.set(code, answer);
    }
    return answer;
  };
}

const nonAsciiLetterOrDigit = cachedTest(LETTER_OR_DIGIT);
const nonAsciiLetter = cachedTest(LETTER);
const nonAsciiUpperCase = cachedTest(UPPER_CASE);
const nonAsciiLatin = cachedTest(LATIN);

const ASCII_LIMIT = 0x80;

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A letter or digit of any script (`[\p{L}\p{N}]`): what makes a token a word (spec §5). */
export function isLetterOrDigit(code: number): boolean {
  return code < ASCII_LIMIT ? isAsciiLetter(code) || isAsciiDigit(code) : nonAsciiLetterOrDigit(code);
}

/** A letter of any script (`\p{L}`). */
export function isLetter(code: number): boolean {
  return code < ASCII_LIMIT ? isAsciiLetter(code) : nonAsciiLetter(code);
}

/** An upper-case letter (`\p{Lu}`). */
export function isUpperCase(code: number): boolean {
  return code < ASCII_LIMIT ? code >= 0x41 && code <= 0x5a : nonAsciiUpperCase(code);
}

/** A character of the Latin script (`\p{Script=Latin}`): ASCII letters, `é`, `ß`, `ø`… */
export function isLatin(code: number): boolean {
  return code < ASCII_LIMIT ? isAsciiLetter(code) : nonAsciiLatin(code);
}

/** True when the text has a letter or digit (not `***`, `---`, `—`): what makes a block show words. */
export function hasWord(text: string): boolean {
  for (const char of text) if (isLetterOrDigit(char.codePointAt(0)!)) return true;
  return false;
}

/** True when the text starts with a letter or digit. */
export function startsWithWord(text: string): boolean {
  return text.length > 0 && isLetterOrDigit(text.codePointAt(0)!);
}

/** The text without the characters that are not letters or digits at either end (`“Soleimani’s,` → `Soleimani’s`). */
export function trimToWord(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end) {
    const code = text.codePointAt(start)!;
    if (isLetterOrDigit(code)) break;
    start += code > 0xffff ? 2 : 1;
  }
  while (end > start) {
    // A low surrogate ends a pair that starts one unit earlier.
    const low = text.charCodeAt(end - 1);
    const high = end - 2 >= start ? text.charCodeAt(end - 2) : 0;
    const width = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (isLetterOrDigit(text.codePointAt(end - width)!)) break;
    end -= width;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
