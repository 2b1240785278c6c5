// "It repeats the article" (spec §3.5): the share of a short block's content words that occur
// in one longer prose block, found through an index of content words, never pair by pair.
import { MATCH_PREFIX_LETTERS, MAX_PULL_QUOTE_PROBES, PULL_QUOTE_OVERLAP } from '../config.js';
import { contentWords, countWords } from './words.js';

const FLOAT_SLACK = 1e-9;

/** A prose block as the index sees it: an id and its text. */
export interface ProseBlock {
  id: number;
  text: string;
}

interface Entry {
  words: number;
  keys: ReadonlySet<string>;
}

/** Two content words match when equal or sharing a prefix of MATCH_PREFIX_LETTERS letters. */
export function matchKey(word: string): string {
  // The first MATCH_PREFIX_LETTERS code points, a surrogate pair being one; found without
  // splitting the word into an array (this runs on every word of every prose block).
  let end = 0;
  for (let letters = 0; letters < MATCH_PREFIX_LETTERS; letters++) {
    if (end >= word.length) return word;
    end += isSurrogatePair(word, end) ? 2 : 1;
  }
  return end >= word.length ? word : word.slice(0, end);
}

function isSurrogatePair(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** The match keys of a text's content words: case-folded, edge punctuation off, no stop words. */
export function contentKeys(text: string, stop: ReadonlySet<string>): Set<string> {
  return new Set(contentWords(text, stop).map(matchKey));
}

/** An index of prose blocks by content word, answering whether a block repeats a longer one. */
export class OverlapIndex {
  private readonly entries = new Map<number, Entry>();
  private readonly postings = new Map<string, number[]>();
  // Blocks of equal text get equal answers: a text repeated 10,000 times is searched once.
  private readonly answers = new Map<string, boolean>();

  /** Indexes the blocks with the stop words of the article's language (read once, in order). */
  constructor(
    blocks: Iterable<ProseBlock>,
    private readonly stop: ReadonlySet<string>,
  ) {
    const indexed = new Set<string>();
    for (const block of blocks) {
      // A copy of an indexed text has its words and length: it cannot change an answer.
      if (indexed.has(block.text)) continue;
      indexed.add(block.text);
      const keys = contentKeys(block.text, stop);
      this.entries.set(block.id, { words: countWords(block.text), keys });
      for (const key of keys) {
        const list = this.postings.get(key);
        if (list) list.push(block.id);
        else this.postings.set(key, [block.id]);
      }
    }
    // Longest blocks first, so a walk can stop at the first block that is not longer.
    const wordsOf = (block: number): number => this.entries.get(block)!.words;
    for (const list of this.postings.values()) list.sort((a, b) => wordsOf(b) - wordsOf(a));
  }

  /** True when at least PULL_QUOTE_OVERLAP of the block's content words occur in one longer block. */
  repeatsLongerBlock(id: number, text: string): boolean {
    let answer = this.answers.get(text);
    if (answer === undefined) {
      answer = this.search(id, text);
      this.answers.set(text, answer);
    }
    return answer;
  }

  private search(id: number, text: string): boolean {
    const keys = [...contentKeys(text, this.stop)];
    if (keys.length === 0) return false;
    const words = countWords(text);
    // Less a hair for floating point: 60 % of 5 keys is 3, not 3.0000000000000004.
    const needed = Math.ceil(keys.length * PULL_QUOTE_OVERLAP - FLOAT_SLACK);
    // A block with `needed` of the keys holds one of the (keys - needed + 1) rarest: walk those.
    const rarest = keys
      .map((key) => ({ key, list: this.postings.get(key) ?? [] }))
      .sort((a, b) => a.list.length - b.list.length)
      .slice(0, keys.length - needed + 1);
    const seen = new Set<number>([id]);
    let probes = 0;
    for (const { list } of rarest) {
      for (const other of list) {
        const entry = this.entries.get(other)!;
        if (entry.words <= words) break;
        if (++probes > MAX_PULL_QUOTE_PROBES) return false;
        if (seen.has(other)) continue;
        seen.add(other);
        let hits = 0;
        for (const key of keys) if (entry.keys.has(key)) hits++;
        if (hits >= needed) return true;
      }
    }
    return false;
  }
}
