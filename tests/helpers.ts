// Shared test helpers: the project's paths, articles loaded from strings, and the CLI run
// in-process with a fake CliIo that captures stdout and stderr.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
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

/** How the fake process looks: TTYs, environment, width, stdin. */
export interface FakeProcess {
  stdin?: string | Buffer | NodeJS.ReadableStream;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
}

/** Runs the CLI in-process with a fake CliIo (relative paths are from the root, vitest's cwd); stdin is an empty pipe by default. */
export async function cli(argv: string[], fake: FakeProcess = {}): Promise<CliResult> {
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
    env: fake.env ?? {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** Lines of a text without the final empty one. */
export function lines(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}
