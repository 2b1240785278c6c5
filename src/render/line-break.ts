// Where a line of text may break, for text in which Chinese or Japanese is written. Such
// text has no spaces between its words, so a line may break between any two of its
// characters, but not everywhere (Japanese "kinsoku" rules, JIS X 4051, CSS Text's strict
// line breaking): a line never starts with a closing bracket, a comma or full stop, a small
// kana or a prolonged sound mark, and never ends with an opening bracket. Numbers hold
// together (`１，２００`). Between words written with spaces, lines break at the spaces, as
// everywhere else: Korean too, which spaces its words (CSS's `word-break: keep-all`), and the
// ideographic space U+3000. Pure: the caller says how wide each cluster of characters is.
import { CJK_WIDE_RANGES, isCjkWide } from '../analyse/chars.js';
import { lazy } from '../lazy.js';

// Characters written two columns wide and without spaces between words (CJK_WIDE_RANGES).
const hex = (code: number): string => `\\u{${code.toString(16)}}`;
const WIDE_SCRIPT = lazy(() => new RegExp(`[${CJK_WIDE_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`, 'u'));

/** What a line never starts with: closing brackets and quotes, punctuation that ends a phrase, small kana, iteration and prolonged sound marks. */
export const NO_LINE_START =
  ')]}）］｝〕〉》」』】〙〗〟’”»›' +
  '、。，．,.：；:;!?！？‼⁇⁈⁉・‥…' +
  'ーゝゞヽヾ々〻゛゜' +
  'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ' +
  '％%‰℃°′″';

/** What a line never ends with: opening brackets and quotes. */
export const NO_LINE_END = '([{（［｛〔〈《「『【〘〖〝‘“«‹';

// What joins the digits of one number: a digit on each side keeps them on one line.
const NUMBER_JOINERS = ',.，．';
const SPACE = ' ';
const IDEOGRAPHIC_SPACE = '\u3000';
const NEWLINE = '\n';
const ZERO_WIDTH_JOINER = 0x200d;
const REGIONAL_INDICATOR_FIRST = 0x1f1e6;
const REGIONAL_INDICATOR_LAST = 0x1f1ff;
const SKIN_TONE_FIRST = 0x1f3fb;
const SKIN_TONE_LAST = 0x1f3ff;

// French sets a space inside its guillemets and before `: ; ! ?` (a narrow no-break space in
// print, a plain one as typed): no line starts with the `»` or `:` of `« Oui » :`, none ends
// with its `«`. An opening « or ‹ stands after a space, an elision (`d’« une décision »`) or at
// the start, a closing » or › and
// the punctuation before a space, the end or more punctuation (German `»Nein« sagte` has no
// such spaces and keeps its breaks). So does a per cent or per mille sign after a space, as
// French, German, Spanish, Russian and others set it (`35 %`, with a no-break space in print).
// Colour codes may stand around the marks (a quotation painted green).
const SGR = String.raw`(?:\x1b\[[0-9;]*m)*`;
const FRENCH_SPACES = new RegExp(String.raw`(?<=(?:^|\s|['’])${SGR}[«‹]${SGR}) | (?=${SGR}[»›:;!?%‰]${SGR}(?:\s|$|[.,;:!?»›)]))`, 'gu');
// No-break spaces one column wide that wrapping does not break at: a held space becomes the
// first of them the text does not hold, and a space again once the lines are made.
const HOLDING_SPACES = ['\u00a0', '\u2007', '\u202f'];

/** The held spaces at the start and end of a line, past the colour codes there. */
function edges(holding: string): RegExp {
  return new RegExp(`^(${SGR})${holding}+|${holding}+(${SGR})$`, 'gu');
}

/** A text whose spaces no line may break at are held (see holdSpaces), and how to put them back. */
export interface HeldSpaces {
  text: string;
  release(lines: string[]): string[];
}

/**
 * Holds the spaces of French punctuation (`« Oui » :`) together with it while a text is
 * wrapped to `columns`: they become a no-break space the text does not otherwise hold, which
 * `release` turns back into spaces in the wrapped lines. A group so held that would be wider
 * than a line is left as it was: it would be cut inside a word (and a run of ` : : :` would
 * make one long word, which wrap-ansi cuts in quadratic time).
 */
export function holdSpaces(text: string, columns: number, widerThan: (text: string, columns: number) => boolean): HeldSpaces {
  FRENCH_SPACES.lastIndex = 0;
  const holding = FRENCH_SPACES.test(text) ? HOLDING_SPACES.find((space) => !text.includes(space)) : undefined;
  if (holding === undefined) return { text, release: (lines) => lines };
  const atEdges = edges(holding);
  const fits = (group: string): string =>
    group.includes(holding) && group.split('\n').some((part) => widerThan(part, columns)) ? group.replaceAll(holding, ' ') : group;
  return {
    text: text.replace(FRENCH_SPACES, holding).split(' ').map(fits).join(' '),
    // A held space where a line breaks goes, as wrapping drops spaces there.
    release: (lines) => lines.map((line) => line.replace(atEdges, '$1$2').replaceAll(holding, ' ')),
  };
}

/** True when the text holds characters of a script written without spaces between words (Chinese, Japanese). */
export function hasWideScript(text: string): boolean {
  return WIDE_SCRIPT().test(text);
}

/** A line as the indexes of its first character and of the character after its last. */
export type LineSpan = readonly [start: number, end: number];

/** Columns a cluster of characters (a character with its marks and joiners) takes. */
export type ClusterWidth = (cluster: string) => number;

/** A space a line may break at and drops at its ends: the ASCII space and the ideographic space. */
function isSpace(char: string | undefined): boolean {
  return char === SPACE || char === IDEOGRAPHIC_SPACE;
}

function isDigit(char: string): boolean {
  return (char >= '0' && char <= '9') || (char >= '０' && char <= '９');
}

function isRegionalIndicator(codePoint: number): boolean {
  return codePoint >= REGIONAL_INDICATOR_FIRST && codePoint <= REGIONAL_INDICATOR_LAST;
}

// What extends the character before it besides zero-width ones: marks, spacing ones too (the
// Devanagari vowel sign of `कि`), the vowel and final jamo of a Korean syllable written
// decomposed (NFD), and the half-width kana voicing marks (`ｶﾞ`).
const EXTENDING = lazy(() => /^[\p{M}\u1160-\u11ff\ud7b0-\ud7ff\uff9e\uff9f]$/u);

/** Whether a character (at U+0300 or above) belongs to the cluster of the one before it. */
function isExtending(code: number, widthOf: ClusterWidth): boolean {
  const char = String.fromCodePoint(code);
  return widthOf(char) === 0 || EXTENDING().test(char);
}

/**
 * The end of the cluster that starts at `from`: the character, the marks, variation selectors
 * and skin tones that follow it (any zero-width character, and what EXTENDING holds), a
 * character joined by a ZWJ, and the second of a pair of regional indicators (a flag).
 */
function clusterEnd(text: string, from: number, widthOf: ClusterWidth): number {
  const first = text.codePointAt(from)!;
  let end = from + (first > 0xffff ? 2 : 1);
  if (isRegionalIndicator(first) && end < text.length && isRegionalIndicator(text.codePointAt(end)!)) end += 2;
  while (end < text.length) {
    const next = text.codePointAt(end)!;
    const size = next > 0xffff ? 2 : 1;
    if (next === ZERO_WIDTH_JOINER) {
      end += size;
      if (end < text.length) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    } else if ((next >= SKIN_TONE_FIRST && next <= SKIN_TONE_LAST) || (next >= 0x300 && isExtending(next, widthOf))) {
      end += size;
    } else {
      break;
    }
  }
  return end;
}

/** The character a cluster starts with, as a string (its first code point). */
function firstOf(text: string, at: number): string {
  return String.fromCodePoint(text.codePointAt(at)!);
}

/**
 * Whether a line may break between the cluster starting at `before` and the one at `at`,
 * neither a space: only next to a CJK character, and never before what may not start a
 * line, after what may not end one, or inside a number.
 */
function mayBreak(text: string, before: number, at: number, beforeBefore: number): boolean {
  if (!isCjkWide(text.codePointAt(before)) && !isCjkWide(text.codePointAt(at))) return false;
  const left = firstOf(text, before);
  const right = firstOf(text, at);
  if (NO_LINE_START.includes(right) || NO_LINE_END.includes(left)) return false;
  if (isDigit(right) && (isDigit(left) || (NUMBER_JOINERS.includes(left) && beforeBefore >= 0 && isDigit(firstOf(text, beforeBefore))))) return false;
  return true;
}

/**
 * Breaks text into lines of at most `columns` columns: at spaces (which no line keeps at its
 * start or end), between CJK characters where the rules above allow, at each newline, and,
 * where a line has no such place, wherever it is full. A cluster wider than a whole line
 * gets a line of its own. Linear: each cluster is measured once, and once more on the line a
 * break carries it to.
 */
export function breakLines(text: string, columns: number, widthOf: ClusterWidth): LineSpan[] {
  const lines: LineSpan[] = [];
  const skipSpaces = (from: number): number => {
    let i = from;
    while (isSpace(text[i])) i++;
    return i;
  };
  const trimEnd = (start: number, end: number): number => {
    let e = end;
    while (e > start && isSpace(text[e - 1])) e--;
    return e;
  };

  let start = skipSpaces(0);
  let used = 0; // columns of the line so far, its spaces included
  let breakAt = -1; // the last place in the line it may break before
  let previous = -1; // where the cluster before this one starts (-1: none on this line, or a space)
  let previousButOne = -1;

  /** Measures the line anew from `start` up to `to`, after a break carried part of a line down. */
  const remeasure = (to: number): void => {
    used = 0;
    breakAt = -1;
    previous = -1;
    previousButOne = -1;
    for (let i = start; i < to; ) {
      const end = clusterEnd(text, i, widthOf);
      step(i, end);
      i = end;
    }
  };

  /** Takes the cluster [at, end) onto the line. */
  const step = (at: number, end: number): void => {
    if (isSpace(text[at])) {
      used += widthOf(text[at]!);
      if (previous >= 0) breakAt = at;
      previous = -1;
      previousButOne = -1;
      return;
    }
    if (previous >= 0 && mayBreak(text, previous, at, previousButOne)) breakAt = at;
    used += widthOf(text.slice(at, end));
    previousButOne = previous;
    previous = at;
  };

  for (let at = start; at < text.length; ) {
    if (text[at] === NEWLINE) {
      lines.push([start, trimEnd(start, at)]);
      start = skipSpaces(at + 1);
      at = start;
      used = 0;
      breakAt = -1;
      previous = -1;
      previousButOne = -1;
      continue;
    }
    const end = clusterEnd(text, at, widthOf);
    const space = isSpace(text[at]);
    const width = widthOf(text.slice(at, end));
    // Full: break here if the line may break here, else at the last place it may, else here
    // all the same. What a break carries down may fill the next line too: break again.
    while (!space && used + width > columns && trimEnd(start, at) > start) {
      const canBreakHere = previous < 0 || mayBreak(text, previous, at, previousButOne);
      const cut = canBreakHere || breakAt <= start ? at : breakAt;
      lines.push([start, trimEnd(start, cut)]);
      start = skipSpaces(cut);
      remeasure(at);
    }
    step(at, end);
    at = end;
  }
  if (start < text.length || lines.length === 0) lines.push([start, trimEnd(start, text.length)]);
  return lines;
}
