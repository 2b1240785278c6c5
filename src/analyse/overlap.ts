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

/** Initial room for the keys of all blocks, grown by doubling. */
const INITIAL_KEY_ROOM = 1024;

/**
 * An index of prose blocks by content word, answering whether a block repeats a longer one.
 * Kept compact, as it holds every prose block of the article at once: each distinct match key
 * gets a number, and a block's keys are a sorted run of numbers in one shared typed array
 * (four bytes a key, where a Set of strings took some forty); 64 MB of text of which no block
 * repeats another made 800 MB of Sets.
 */
export class OverlapIndex {
  /** The number of each match key met. */
  private readonly keyIds = new Map<string, number>();
  /** Per key number, the blocks (by index in the arrays below) that hold it, longest first. */
  private readonly postings: number[][] = [];
  /** Per block: its id, its words, and where its sorted key numbers start and end in `keys`. */
  private readonly ids: number[] = [];
  private readonly words: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private keys = new Int32Array(INITIAL_KEY_ROOM);
  private used = 0;
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
      this.add(block);
    }
    // Longest blocks first, so a walk can stop at the first block that is not longer.
    const words = this.words;
    for (const list of this.postings) list.sort((a, b) => words[b]! - words[a]!);
  }

  private add(block: ProseBlock): void {
    const at = this.ids.length;
    const numbers: number[] = [];
    for (const key of contentKeys(block.text, this.stop)) {
      let number = this.keyIds.get(key);
      if (number === undefined) {
        number = this.postings.length;
        this.keyIds.set(key, number);
        this.postings.push([]);
      }
      numbers.push(number);
      this.postings[number]!.push(at);
    }
    numbers.sort((a, b) => a - b);
    if (this.used + numbers.length > this.keys.length) {
      const grown = new Int32Array(Math.max(this.keys.length * 2, this.used + numbers.length));
      grown.set(this.keys.subarray(0, this.used));
      this.keys = grown;
    }
    this.keys.set(numbers, this.used);
    this.ids.push(block.id);
    this.words.push(countWords(block.text));
    this.starts.push(this.used);
    this.used += numbers.length;
    this.ends.push(this.used);
  }

  /** True when the block at `at` holds the key number `key` (a binary search of its sorted keys). */
  private holds(at: number, key: number): boolean {
    let low = this.starts[at]!;
    let high = this.ends[at]! - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = this.keys[middle]!;
      if (found === key) return true;
      if (found < key) low = middle + 1;
      else high = middle - 1;
    }
    return false;
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
    // A key no block holds has no number (-1) and no postings: it counts against the share.
    const numbers = keys.map((key) => this.keyIds.get(key) ?? -1);
    // A block with `needed` of the keys holds one of the (keys - needed + 1) rarest: walk those.
    const rarest = numbers
      .map((number) => (number < 0 ? [] : this.postings[number]!))
      .sort((a, b) => a.length - b.length)
      .slice(0, keys.length - needed + 1);
    const seen = new Set<number>();
    let probes = 0;
    for (const list of rarest) {
      for (const other of list) {
        if (this.words[other]! <= words) break;
        if (++probes > MAX_PULL_QUOTE_PROBES) return false;
        if (this.ids[other] === id || seen.has(other)) continue;
        seen.add(other);
        let hits = 0;
        for (const number of numbers) if (number >= 0 && this.holds(other, number)) hits++;
        if (hits >= needed) return true;
      }
    }
    return false;
  }
}
