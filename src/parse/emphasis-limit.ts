// marked pairs emphasis delimiters (`*`, `_`) in time that grows with the square of their number
// in one inline context (a paragraph, a list item, a heading, a table row): 250,000 runs of
// `***` in a 1 MB paragraph took 75 s, 100,000 `*` around a letter overflowed its stack. An
// article puts a few in a paragraph. Before marked reads a Markdown text, the delimiters of
// any context that holds more than MAX_EMPHASIS_MARKS are escaped, so they are read as the
// characters they are. Code (fenced blocks, code spans) and thematic breaks are left alone.

/** More `*` and `_` than this in one inline context are read as characters, not emphasis. */
export const MAX_EMPHASIS_MARKS = 256;

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const BLANK = /^[ \t]*$/u;
// A line that starts a context of its own: a list item, an ATX heading, a table row.
const OWN_CONTEXT = /^(?:[ \t]*>)*[ \t]*(?:[-*+•][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|\|)/u;
// A thematic break (`***`, `_ _ _`, also inside a blockquote): no emphasis at all.
const THEMATIC_BREAK = /^(?:[ \t]*>)*[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;
// What a line starts with that is structure, not text: quote markers and a list marker.
const LINE_PREFIX = /^(?:[ \t]*>)*(?:[ \t]*(?:[-*+•]|\d{1,9}[.)])(?=[ \t]))?/u;

const BACKSLASH = 0x5c;
const BACKTICK = 0x60;
const STAR = 0x2a;
const UNDERSCORE = 0x5f;

/**
 * Visits the emphasis marks of a line's text that can delimit emphasis: not escaped, not in a
 * code span closed on the line (an unclosed one is no code span: its marks count). Linear.
 */
function forEachMark(line: string, from: number, visit: (at: number) => void): void {
  let spanMarks: number[] = [];
  let spanTicks = 0; // the length of the open code span's backtick run; 0 outside one
  for (let i = from; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === BACKSLASH && spanTicks === 0) {
      i++;
      continue;
    }
    if (code === BACKTICK) {
      let end = i;
      while (line.charCodeAt(end) === BACKTICK) end++;
      const ticks = end - i;
      if (spanTicks === 0) {
        spanTicks = ticks;
        spanMarks = [];
      } else if (ticks === spanTicks) spanTicks = 0;
      i = end - 1;
      continue;
    }
    if (code !== STAR && code !== UNDERSCORE) continue;
    if (spanTicks === 0) visit(i);
    else spanMarks.push(i);
  }
  if (spanTicks !== 0) for (const at of spanMarks) visit(at);
}

/** The marks of a line that count, after its structure (quote and list markers). */
function countMarks(line: string): number {
  let count = 0;
  forEachMark(line, LINE_PREFIX.exec(line)?.[0].length ?? 0, () => count++);
  return count;
}

/** The line with each counting mark escaped by a backslash. */
function escapeMarks(line: string): string {
  const at: number[] = [];
  forEachMark(line, LINE_PREFIX.exec(line)?.[0].length ?? 0, (i) => at.push(i));
  if (at.length === 0) return line;
  let out = '';
  let from = 0;
  for (const i of at) {
    out += `${line.slice(from, i)}\\`;
    from = i;
  }
  return out + line.slice(from);
}

/**
 * The Markdown text with the emphasis marks of every inline context that holds more than
 * MAX_EMPHASIS_MARKS escaped; fenced code and thematic breaks as written. Linear in the text.
 */
export function limitEmphasis(body: string): string {
  const lines = body.split('\n');
  let context: number[] = []; // the lines of the open context
  let marks = 0;
  let fence: { char: string; length: number } | null = null;
  const close = (): void => {
    if (marks > MAX_EMPHASIS_MARKS) for (const i of context) lines[i] = escapeMarks(lines[i]!);
    context = [];
    marks = 0;
  };
  lines.forEach((line, i) => {
    const opening = FENCE.exec(line)?.[1];
    if (fence) {
      if (opening && opening[0] === fence.char && opening.length >= fence.length && BLANK.test(line.slice(line.indexOf(opening) + opening.length))) fence = null;
      return;
    }
    if (opening) {
      close();
      fence = { char: opening[0]!, length: opening.length };
      return;
    }
    if (BLANK.test(line) || THEMATIC_BREAK.test(line)) {
      close();
      return;
    }
    if (OWN_CONTEXT.test(line)) close();
    context.push(i);
    marks += countMarks(line);
  });
  close();
  return lines.join('\n');
}
