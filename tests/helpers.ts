// Shared test helpers: the project's paths, articles loaded from strings, the CLI run
// in-process with a fake CliIo that captures stdout and stderr, and golden files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { run } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';
import { loadArticle, type LoadOptions } from '../src/load.js';
import type { Article } from '../src/model.js';

/** The project's root folder. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The reference article's path, relative to the root (as the CLI is given it). */
export const SEED = 'articles/drones-irak.txt';

/** The spec folder of the shared tree beside the clone (CI lays shared/ next to it). */
export const SPEC = join(ROOT, '..', 'shared', 'spec');

/** A file of the spec folder, as text. */
export function specFile(name: string): string {
  return readFileSync(join(SPEC, name), 'utf8');
}

/** The reference article's bytes. */
export function seedBytes(): Buffer {
  return readFileSync(join(ROOT, SEED));
}

/** Loads an article from a string (UTF-8) as a plain-text file named `name`. */
export function article(text: string, options: LoadOptions = {}, name = 'test.txt'): Article {
  return loadArticle(name, Buffer.from(text, 'utf8'), options).article;
}

/** The warnings loading a string raises. */
export function warningsOf(text: string, name = 'test.txt'): string[] {
  return loadArticle(name, Buffer.from(text, 'utf8')).warnings;
}

/** What a CLI run printed and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fake pager: whether it starts, and what it was given to show. */
export interface FakePager {
  starts: boolean;
  shown: { text: string; command: readonly string[] }[];
}

/** How the fake process looks: TTYs, environment, width and height, stdin, pager, hyperlinks. */
export interface FakeProcess {
  stdin?: string | Buffer | NodeJS.ReadableStream;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  columns?: number;
  rows?: number;
  env?: Record<string, string | undefined>;
  /** Without one, the process has no way to page (as before paging existed). */
  pager?: FakePager;
  /** What the terminal's hyperlink probe answers. */
  supportsHyperlinks?: boolean;
}

/** A fake pager that starts (or not) and records what it shows. */
export function fakePager(starts = true): FakePager {
  return { starts, shown: [] };
}

/** A fake CliIo and what was written to it; stdin is an empty pipe by default. */
export function fakeIo(fake: FakeProcess = {}): { io: CliIo; written(): { stdout: string; stderr: string } } {
  let stdout = '';
  let stderr = '';
  const input = fake.stdin ?? '';
  const io: CliIo = {
    stdout: { write: (s: string) => void (stdout += s) },
    stderr: { write: (s: string) => void (stderr += s) },
    stdin: typeof input === 'string' || Buffer.isBuffer(input) ? Readable.from([Buffer.from(input)]) : input,
    stdinIsTTY: fake.stdinIsTTY ?? false,
    stdoutIsTTY: fake.stdoutIsTTY ?? false,
    stderrIsTTY: fake.stderrIsTTY ?? false,
    columns: fake.columns,
    rows: fake.rows,
    env: fake.env ?? {},
    supportsHyperlinks: () => fake.supportsHyperlinks ?? false,
  };
  const { pager } = fake;
  if (pager) {
    io.page = async (text, command) => {
      pager.shown.push({ text, command });
      return pager.starts;
    };
  }
  return { io, written: () => ({ stdout, stderr }) };
}

/** Runs the CLI in-process with a fake CliIo (relative paths are from the root, vitest's cwd); stdin is an empty pipe by default. */
export async function cli(argv: string[], fake: FakeProcess = {}): Promise<CliResult> {
  const { io, written } = fakeIo(fake);
  const code = await run(argv, io);
  return { code, ...written() };
}

/** True when golden files are to be rewritten from the code (`npm run fixtures:update`). */
export const UPDATE_FIXTURES = process.env.UPDATE_FIXTURES === '1';

/** Checks `actual` against a golden file, or writes it there under UPDATE_FIXTURES=1 (review the diff). */
export function expectGolden(path: string, actual: string): void {
  if (UPDATE_FIXTURES) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`no golden file ${path}: run npm run fixtures:update and review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Lines of a text without the final empty one. */
export function lines(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}
