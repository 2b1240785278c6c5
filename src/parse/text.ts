// Plain text to an article structure: the inference rules of spec §3, in the spec's order.
import {
  MAX_BOX_ITEMS,
  MAX_HEADING_WORDS,
  MAX_PULL_QUOTE_WORDS,
  MAX_TITLE_WORDS,
} from '../config.js';
import { append } from '../arrays.js';
import { matchBoxLabel } from '../analyse/labels.js';
import { detectLanguage } from '../analyse/language.js';
import { OverlapIndex, type ProseBlock } from '../analyse/overlap.js';
import { enclosedQuote } from '../analyse/quotes.js';
import { countSentences } from '../analyse/sentences.js';
import { stopWords } from '../analyse/stopwords.js';
import { startsWithWord } from '../analyse/chars.js';
import { countWords } from '../analyse/words.js';
import type { ArticleStructure, Block } from '../model.js';
import { joinLines, listItems, listStart, sameText, SENTENCE_END, splitBlocks, type RawBlock } from './blocks.js';
import { splitFrontMatter } from './frontmatter.js';
import type { ParseOptions, ParseResult } from './result.js';

interface Info {
  number: number;
  lines: string[];
  text: string;
  /** The words of `text`, counted once: the shape rules ask for them again and again. */
  words: number;
  list: ReturnType<typeof listItems> | null;
  /** What the block turned out to be; unset until a rule says. */
  role?: Block;
  /** Taken into the box of the label block before it (part of that one block). */
  inBox?: boolean;
}

// The punctuation of §3.3, with the full-width forms Chinese and Japanese write it in.
const HEADING_END = /[.,;:!?…"'“”‘’„‚«»‹›。！？．，；：、」』]$/u;

function isTitleShape(info: Info): boolean {
  // Blocks without words were dropped before any rule: every block here has some.
  return info.list === null && info.lines.length === 1 && info.words <= MAX_TITLE_WORDS && !SENTENCE_END.test(info.text);
}

function isHeadingShape(info: Info, isLast: boolean): boolean {
  return !isLast && info.list === null && info.lines.length === 1 && startsWithWord(info.text) &&
    info.words <= MAX_HEADING_WORDS && !HEADING_END.test(info.text);
}

/** The box items a block adds: its list entries, or itself when it is one sentence; else null. */
function boxItems(info: Info, language: string): string[] | null {
  if (info.list) return info.list.items;
  return countSentences(info.text, language) === 1 ? [info.text] : null;
}

// A line that a dash starts, as Russian and Polish bullet the items of a box.
const DASH_ITEM = /^\s*[—–]\s+(?=\S)/u;

/**
 * The items of the block that opens the box: the text after the label up to a list is the
 * first item, then each list entry is one.
 */
function firstBoxItems(info: Info, rest: string): string[] {
  const lines = [rest, ...info.lines.slice(1)].filter((line) => line.trim() !== '');
  // Russian and Polish newsrooms bullet a box with dashes (`— Станция откроется в декабре.`):
  // under a label, lines that all start with one are its items. Elsewhere a dash at the start
  // of a line is dialogue or a hard-wrapped aside, not a list (spec §2 names no dash).
  if (lines.length >= 2 && lines.every((line) => DASH_ITEM.test(line))) return lines.map((line) => line.replace(DASH_ITEM, ''));
  const list = listStart(lines, true);
  const before = list < 0 ? lines : lines.slice(0, list);
  const items = before.length > 0 ? [joinLines(before)] : [];
  if (list >= 0) append(items, listItems(lines.slice(list)).items);
  return items;
}

/**
 * The parts of a block (spec §2): lines that start with list markers form a list; lines
 * before them in the same block are a paragraph with the same block number.
 */
function blockParts({ number, lines }: RawBlock): Info[] {
  const list = listStart(lines);
  const part = (partLines: string[], isList: boolean): Info => {
    const text = joinLines(partLines);
    return { number, lines: partLines, text, words: countWords(text), list: isList ? listItems(partLines) : null };
  };
  if (list < 0) return [part(lines, false)];
  if (list === 0) return [part(lines, true)];
  return [part(lines.slice(0, list), false), part(lines.slice(list), true)];
}

/**
 * The box a label at `infos[at]` opens: its items and the following blocks it takes. Null
 * when it would hold no item: a label with nothing to hold is a heading or prose instead.
 */
function boxFrom(infos: readonly Info[], at: number, rest: string, language: string): { items: string[]; taken: Info[] } | null {
  const label = infos[at]!;
  const items = firstBoxItems(label, rest);
  const taken: Info[] = [];
  // The list under the label's lead-in, in the label's own block: all its entries are items.
  const own = infos[at + 1];
  if (own?.number === label.number && own.list) {
    append(items, own.list.items);
    taken.push(own);
  }
  for (let next = at + 1 + taken.length; next < infos.length && items.length < MAX_BOX_ITEMS; next++) {
    const candidate = infos[next]!;
    // Lines of prose over a list in one block (a lead-in and its list): that block is neither
    // one sentence nor a list, and ends a box that has items. Right under a label alone in
    // its block, its lead-in and the list's entries are the items, a heading-shaped lead-in
    // too: what else the label heads; both, or neither when they pass MAX_BOX_ITEMS.
    const list = infos[next + 1];
    if (list?.list && list.number === candidate.number) {
      const lead = items.length === 0 ? boxItems(candidate, language) : null;
      if (!lead || lead.length + list.list.items.length > MAX_BOX_ITEMS) break;
      append(items, lead);
      append(items, list.list.items);
      taken.push(candidate, list);
      next++;
      continue;
    }
    if (isHeadingShape(candidate, next === infos.length - 1)) break;
    const more = boxItems(candidate, language);
    if (!more || items.length + more.length > MAX_BOX_ITEMS) break;
    append(items, more);
    taken.push(candidate);
  }
  return items.length > 0 ? { items, taken } : null;
}

/**
 * The blocks the pull-quote index reads, handed over one at a time: an array of them all
 * would be held for nothing while a large article is parsed.
 */
function* proseBlocks(infos: readonly Info[]): Generator<ProseBlock> {
  for (const info of infos) yield { id: info.number, text: info.text, words: info.words };
}

/** 1. Title (spec §3.1): the first block, when it has a title's shape and front matter agrees. */
function markTitle(infos: readonly Info[], frontMatterTitle: string | null | undefined): Info | undefined {
  const first = infos[0];
  if (!first || !isTitleShape(first) || (frontMatterTitle && !sameText(first.text, frontMatterTitle))) return undefined;
  first.role = { type: 'title', text: first.text, block: first.number };
  return first;
}

/**
 * 2. The essentials box (§3.2), opened by the first label that gets an item, and 3. headings
 * (§3.3), from block `start` on. Blocks the box takes are marked `inBox`.
 */
function markBoxAndHeadings(infos: readonly Info[], start: number, language: string): void {
  let boxOpened = false;
  for (let i = start; i < infos.length; i++) {
    const info = infos[i]!;
    const label = boxOpened ? null : matchBoxLabel(info.lines[0]!.trim());
    const box = label ? boxFrom(infos, i, label.rest, language) : null;
    if (label && box) {
      boxOpened = true;
      for (const taken of box.taken) taken.inBox = true;
      info.role = { type: 'essentials', label: label.label, items: box.items, block: info.number };
      i += box.taken.length;
    } else if (isHeadingShape(info, i === infos.length - 1)) {
      info.role = { type: 'heading', text: info.text, level: 2, block: info.number };
    }
  }
}

/**
 * 4. Lead (§3.4): the first of the remaining blocks that is not a list; 5. pull quotes (§3.5):
 * a short single-sentence block wholly in quotation marks or repeating a longer block, unless
 * `pullQuotes` is false; 6. everything else is body (lists and paragraphs).
 */
function markLeadPullQuotesAndBody(remaining: readonly Info[], language: string, pullQuotes: boolean): void {
  const lead = remaining.find((info) => info.list === null);
  if (lead) lead.role = { type: 'lead', text: lead.text, block: lead.number };
  const words = (): number => remaining.reduce((sum, info) => sum + info.words, 0);
  const index = pullQuotes ? new OverlapIndex(proseBlocks(remaining), stopWords(language), words()) : null;
  for (const info of remaining) {
    if (info.role) continue;
    if (info.list) {
      info.role = { type: 'list', ...info.list, block: info.number };
      continue;
    }
    const short = index !== null && info.words <= MAX_PULL_QUOTE_WORDS && countSentences(info.text, language) === 1;
    const enclosed = short ? enclosedQuote(info.text, language) : null;
    if (enclosed || (short && index.repeatsLongerBlock(info.number, info.text))) {
      info.role = {
        type: 'pullquote',
        text: info.text,
        quote: enclosed?.quote ?? info.text,
        attribution: enclosed?.attribution ?? null,
        block: info.number,
      };
    } else {
      info.role = { type: 'paragraph', text: info.text, block: info.number };
    }
  }
}

/** Parses a plain-text article (spec §2-3) into the article structure, the rules in the spec's order. */
export function parseText(source: string, options: ParseOptions = {}): ParseResult {
  const { frontMatter, body, warnings } = splitFrontMatter(source);
  // Block by block, so that no array of every raw block is held while the parts are made.
  const infos: Info[] = [];
  for (const block of splitBlocks(body)) {
    // Separator lines (`***`, `* * *`, `---`) show no words and play no part.
    for (const info of blockParts(block)) if (info.words > 0) infos.push(info);
  }
  const language = frontMatter?.lang ?? detectLanguage(body);
  const title = markTitle(infos, frontMatter?.title);
  markBoxAndHeadings(infos, title ? 1 : 0, language);
  markLeadPullQuotesAndBody(infos.filter((info) => !info.role && !info.inBox), language, options.pullQuotes ?? true);
  const structure: ArticleStructure = {
    format: 'text',
    title: frontMatter?.title ?? title?.text ?? null,
    language,
    meta: { author: frontMatter?.author ?? null, date: frontMatter?.date ?? null, source: frontMatter?.source ?? null },
    frontMatterEssentials: frontMatter?.essentials ?? null,
    blocks: infos.filter((info) => !info.inBox).map((info) => info.role!),
  };
  return { structure, warnings };
}
