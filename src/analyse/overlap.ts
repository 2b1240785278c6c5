// "It repeats the article" (spec §3.5): the share of a short block's content words that occur
// in one longer prose block, found through an index of content words, never pair by pair.
import { MATCH_PREFIX_LETTERS, MAX_PULL_QUOTE_PROBES, PULL_QUOTE_OVERLAP } from '../config.js';
import { contentWords, countWords } from './words.js';

const FLOAT_SLACK = 1e-9;
const NO_BLOCKS = new Int32Array(0);
/** No block: the answer of a text that repeats none. */
const NONE = -1;

/** A prose block as the index sees it: an id, its text and its words (`countWords`). */
export interface ProseBlock {
  id: number;
  text: string;
  words: number;
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

/**
 * An index of prose blocks by content word, answering whether a block repeats a longer one.
 * Kept compact, as it holds every prose block of the article at once: each distinct match key
 * gets a number; a block's keys are a sorted run of numbers in one typed array, and each key's
 * blocks a run in another (four bytes an entry, where a Set of strings per block took some
 * forty and an array per key grew by copies): 64 MB of text in which no block repeats
 * another made 800 MB of Sets.
 */
export class OverlapIndex {
  /** The number of each match key met. */
  private readonly keyIds = new Map<string, number>();
  /** Per block (by index, in the order read): its id, its words, where its keys start in `keys`. */
  private readonly ids: number[] = [];
  private readonly words: number[] = [];
  private readonly starts: number[] = [0];
  private keys: Int32Array;
  private used = 0;
  /** Per key number: its blocks, longest first, at `postings[postingStarts[key]…postingStarts[key + 1]]`. */
  private readonly postings: Int32Array;
  private readonly postingStarts: Int32Array;
  // Blocks of equal text get equal answers: a text repeated 10,000 times is searched once.
  // Per text, the id of the block it repeats, or NONE.
  private readonly answers = new Map<string, number>();

  /**
   * Indexes the blocks with the stop words of the article's language (read once, in order);
   * `words` is the blocks' words together, which no block's distinct keys outnumber.
   */
  constructor(
    blocks: Iterable<ProseBlock>,
    private readonly stop: ReadonlySet<string>,
    words: number,
  ) {
    this.keys = new Int32Array(Math.max(words, 1));
    // Every block, copies of a text too: which copy counts depends on the block that asks (it
    // passes over its own parts), and a map of the texts to tell copies would cost more memory
    // than it saves where texts seldom repeat. Repeated texts are searched once (`answers`).
    for (const block of blocks) this.add(block);
    // Each key's blocks, counted then placed, longest first: a walk stops at the first that is not longer.
    this.postingStarts = new Int32Array(this.keyIds.size + 1);
    for (let i = 0; i < this.used; i++) this.postingStarts[this.keys[i]! + 1]!++;
    for (let key = 0; key < this.keyIds.size; key++) this.postingStarts[key + 1]! += this.postingStarts[key]!;
    this.postings = new Int32Array(this.used);
    const next = this.postingStarts.slice(0, this.keyIds.size);
    for (let at = 0; at < this.ids.length; at++) {
      for (let i = this.starts[at]!; i < this.starts[at + 1]!; i++) this.postings[next[this.keys[i]!]!++] = at;
    }
    const lengths = this.words;
    const longestFirst = (a: number, b: number): number => lengths[b]! - lengths[a]! || a - b;
    for (let key = 0; key < this.keyIds.size; key++) {
      const from = this.postingStarts[key]!;
      const to = this.postingStarts[key + 1]!;
      if (to - from > 1) this.postings.subarray(from, to).sort(longestFirst);
    }
  }

  private add(block: ProseBlock): void {
    const numbers: number[] = [];
    for (const key of contentKeys(block.text, this.stop)) {
      let number = this.keyIds.get(key);
      if (number === undefined) {
        number = this.keyIds.size;
        this.keyIds.set(key, number);
      }
      numbers.push(number);
    }
    numbers.sort((a, b) => a - b);
    // More keys than words only where a caller's count is off; room is made all the same.
    if (this.used + numbers.length > this.keys.length) {
      const grown = new Int32Array(Math.max(this.keys.length * 2, this.used + numbers.length));
      grown.set(this.keys.subarray(0, this.used));
      this.keys = grown;
    }
    this.keys.set(numbers, this.used);
    this.used += numbers.length;
    this.ids.push(block.id);
    this.words.push(block.words);
    this.starts.push(this.used);
  }

  /** True when the block at `at` holds the key number `key` (a binary search of its sorted keys). */
  private holds(at: number, key: number): boolean {
    let low = this.starts[at]!;
    let high = this.starts[at + 1]! - 1;
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
    // A repeat found in block N holds for every block but N; no repeat, for every block.
    const known = this.answers.get(text);
    if (known === NONE || (known !== undefined && known !== id)) return known !== NONE;
    const { repeatedIn, ownPartPassed } = this.search(id, text);
    // No repeat, having passed over another part of the asking block (a list under the
    // sentence, sharing its number), holds for that block only: elsewhere it may be one.
    if (repeatedIn !== NONE || !ownPartPassed) this.answers.set(text, repeatedIn);
    return repeatedIn !== NONE;
  }

  /** The id of a longer block the text repeats (NONE for none), and whether the walk passed over a part of its own block. */
  private search(id: number, text: string): { repeatedIn: number; ownPartPassed: boolean } {
    let ownPartPassed = false;
    const found = (repeatedIn: number): { repeatedIn: number; ownPartPassed: boolean } => ({ repeatedIn, ownPartPassed });
    const keys = [...contentKeys(text, this.stop)];
    if (keys.length === 0) return found(NONE);
    const words = countWords(text);
    // Less a hair for floating point: 60 % of 5 keys is 3, not 3.0000000000000004.
    const needed = Math.ceil(keys.length * PULL_QUOTE_OVERLAP - FLOAT_SLACK);
    // A key no block holds has no number (-1) and no postings: it counts against the share.
    const numbers = keys.map((key) => this.keyIds.get(key) ?? -1);
    // A block with `needed` of the keys holds one of the (keys - needed + 1) rarest: walk those.
    const rarest = numbers
      .map((number) => (number < 0 ? NO_BLOCKS : this.postings.subarray(this.postingStarts[number]!, this.postingStarts[number + 1]!)))
      .sort((a, b) => a.length - b.length)
      .slice(0, keys.length - needed + 1);
    const seen = new Set<number>();
    let probes = 0;
    for (const list of rarest) {
      for (const other of list) {
        if (this.words[other]! <= words) break;
        if (++probes > MAX_PULL_QUOTE_PROBES) return found(NONE);
        if (this.ids[other] === id) {
          ownPartPassed = true;
          continue;
        }
        if (seen.has(other)) continue;
        seen.add(other);
        let hits = 0;
        for (const number of numbers) if (number >= 0 && this.holds(other, number)) hits++;
        if (hits >= needed) return found(this.ids[other]!);
      }
    }
    return found(NONE);
  }
}
