// Text to blocks (spec §2): runs of lines separated by blank lines; list blocks by marker.

/** A blank-line-separated run of lines, numbered from 1 in file order. */
export interface RawBlock {
  number: number;
  lines: string[];
}

const LIST_MARKER = /^\s*(?:[-*•]|\d{1,3}[.)])\s+/u;
const SPACE_RUN = /  |\t/;
const SPACE_RUNS = /[ \t]+/g;
const ORDERED_MARKER = /^\s*\d{1,3}[.)]\s+/u;

/** Splits text into blocks; a line of only spaces is blank. */
export function splitBlocks(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let lines: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (lines.length > 0) blocks.push({ number: blocks.length + 1, lines });
      lines = [];
    } else {
      lines.push(line);
    }
  }
  if (lines.length > 0) blocks.push({ number: blocks.length + 1, lines });
  return blocks;
}

/** A block's text with soft line breaks as spaces and runs of whitespace as one space. */
export function joinLines(lines: readonly string[]): string {
  const joined = lines.length === 1 ? lines[0]!.trim() : lines.map((line) => line.trim()).join(' ');
  return SPACE_RUN.test(joined) ? joined.replace(SPACE_RUNS, ' ') : joined;
}

/** True when the block's first line starts with a list marker (`-`, `*`, `•`, `1.`, `1)`). */
export function isListBlock(lines: readonly string[]): boolean {
  return lines.length > 0 && LIST_MARKER.test(lines[0]!);
}

/** The entries of a list block: each marker starts one; unmarked lines continue the last. */
export function listItems(lines: readonly string[]): { ordered: boolean; items: string[] } {
  const items: string[][] = [];
  for (const line of lines) {
    if (LIST_MARKER.test(line) || items.length === 0) items.push([line.replace(LIST_MARKER, '')]);
    else items[items.length - 1]!.push(line);
  }
  return {
    ordered: ORDERED_MARKER.test(lines[0] ?? ''),
    items: items.map(joinLines).filter((item) => item !== ''),
  };
}
