// The inputs of a batch: the arguments in order, directories walked depth first with their
// entries sorted by code point, yielded one at a time so a tree of 10,000 files is never
// listed whole (only the entry names of the directories on the current path are held).
import type { Dirent } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { reasonOf, STDIN } from '../io/input.js';

/**
 * The extensions a directory walk takes as articles, in any case (the formats `formatOf` in
 * load.ts tells apart); files named as arguments are taken whatever their name.
 */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

const ARTICLE_EXTENSION_SET: ReadonlySet<string> = new Set(ARTICLE_EXTENSIONS);

/** One input of a batch: a file (or `-`), a place the walk could not read, or an empty directory. */
export interface BatchInput {
  name: string;
  /** Why the input cannot be read, when the walk already knows (an unreadable directory). */
  failure?: string;
  /** A directory argument with no article below it: worth a warning, not a failure. */
  empty?: true;
}

/** Orders strings by Unicode code point (JavaScript's `<` orders UTF-16 units, which differs above U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done === y.done ? 0 : x.done ? -1 : 1;
    const diff = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (diff !== 0) return diff;
  }
}

async function sortedEntries(dir: string): Promise<Dirent[]> {
  const entries: Dirent[] = [];
  for await (const entry of await opendir(dir)) entries.push(entry);
  return entries.sort((a, b) => compareCodePoints(a.name, b.name));
}

/**
 * The articles below `dir`: hidden entries (`.git`, `.draft.md`) are passed over; links to
 * files are followed, links to directories are not, so a link cycle cannot loop the walk.
 */
async function* walk(dir: string): AsyncGenerator<BatchInput> {
  let entries: Dirent[];
  try {
    entries = await sortedEntries(dir);
  } catch (error) {
    yield { name: dir, failure: reasonOf(error) };
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if ((entry.isFile() || entry.isSymbolicLink()) && ARTICLE_EXTENSION_SET.has(extname(entry.name).toLowerCase())) yield { name: path };
  }
}

async function isDirectory(name: string): Promise<boolean> {
  try {
    return (await stat(name)).isDirectory();
  } catch {
    // Reading it will say what is wrong, in its place in the order.
    return false;
  }
}

/**
 * The inputs the arguments stand for, in a stable order: the arguments in the order given;
 * a directory stands for the articles below it (pre-order, each directory's entries sorted by
 * the code points of their names); anything else, `-` included, stands for itself.
 * A directory argument with no article below it stands for an `empty` input.
 */
export async function* batchInputs(args: readonly string[]): AsyncGenerator<BatchInput> {
  for (const arg of args) {
    if (arg === STDIN || !(await isDirectory(arg))) {
      yield { name: arg };
      continue;
    }
    let found = false;
    for await (const input of walk(arg)) {
      found = true;
      yield input;
    }
    if (!found) yield { name: arg, empty: true };
  }
}

/**
 * How many inputs the arguments stand for, walking again without holding them (for progress);
 * null when `signal` aborts first (the run ended), so a slow walk never holds the process up.
 */
export async function countInputs(args: readonly string[], signal: AbortSignal): Promise<number | null> {
  let count = 0;
  for await (const input of batchInputs(args)) {
    if (signal.aborted) return null;
    if (!input.empty) count++;
  }
  return count;
}
