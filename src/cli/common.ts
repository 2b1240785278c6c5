// What the commands share: common options, argument parsers, and the per-input loop that
// reports a failed input on one line and goes on with the others.
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_INPUT_BYTES, DEFAULT_SUMMARY_SENTENCES, MEGABYTE, WORDS_PER_MINUTE } from '../config.js';
import { EXIT_INPUT, InputError, OutputError, UsageError, unexpectedReason } from '../errors.js';
import { STDIN } from '../io/input.js';
import { printable } from '../io/sanitize.js';
import { readArticle, type LoadOptions } from '../load.js';
import type { Article, InputFormat } from '../model.js';
import type { CliIo } from './io.js';
import type { ColorMode } from './settings.js';

/** Options every command that reads articles accepts. */
export interface CommonOptions {
  color: ColorMode | false;
  encoding?: string;
  inputFormat?: InputFormat;
  maxSize: number;
}

/** What a command's action gets besides its arguments: the process and a way to set the exit code. */
export interface CommandContext {
  io: CliIo;
  setCode(code: number): void;
}

/** An argument parser for a whole number from 1 to `max`, naming the flag in its error. */
export function positiveInt(name: string, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1 || n > max) {
      throw new InvalidArgumentError(`${name} takes a whole number from 1 to ${max}.`);
    }
    return n;
  };
}

function megabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('--max-size takes a size in MB, above 0.');
  // At least one byte: a size above 0 that rounds to none would refuse even an empty input.
  return Math.max(1, Math.round(n * MEGABYTE));
}

/** Most summary sentences `--sentences` takes: more is no summary. */
const MAX_SUMMARY_SENTENCES = 1_000;
/** Fastest reading speed `--wpm` takes. */
const MAX_WORDS_PER_MINUTE = 100_000;
/** Widest `--width`. */
export const MAX_WIDTH = 10_000;

/** `--json` and `--format`, for the commands that have both. */
export interface FormatOptions<F extends string> {
  json?: boolean;
  format?: F;
}

/** The output format asked for: `--json` is `--format json`, and the two asking for different ones is a usage error. */
export function chosenFormat<F extends string>(options: FormatOptions<F>, fallback: F): F | 'json' {
  if (options.json && options.format && options.format !== 'json') {
    throw new UsageError(`--json and --format ${options.format} ask for different outputs`);
  }
  return options.json ? 'json' : (options.format ?? fallback);
}

/** `-n, --sentences N`: the length of the summary made for an article without a box. */
export function sentencesOption(): Option {
  return new Option('-n, --sentences <n>', `sentences of the summary for articles without a box (1-${MAX_SUMMARY_SENTENCES})`)
    .argParser(positiveInt('--sentences', MAX_SUMMARY_SENTENCES))
    .default(DEFAULT_SUMMARY_SENTENCES);
}

/** `-w, --width N`: the columns text for people is wrapped to, wherever it goes. */
export function widthOption(what: string): Option {
  return new Option('-w, --width <columns>', `wrap ${what} to this many columns (default: the terminal's, at most 100; none in a pipe)`).argParser(
    positiveInt('--width', MAX_WIDTH),
  );
}

/** `--wpm N`: the reading speed behind reading times. */
export function wpmOption(): Option {
  return new Option('--wpm <n>', `reading speed in words a minute (1-${MAX_WORDS_PER_MINUTE})`)
    .argParser(positiveInt('--wpm', MAX_WORDS_PER_MINUTE))
    .default(WORDS_PER_MINUTE);
}

/**
 * Adds the options every article-reading command takes. A command that prints plain lines
 * only (`colour: false`) still takes `--color` and `--no-color`, so a script may pass them to
 * every command, but its help does not offer them.
 */
export function withCommonOptions(command: Command, { colour = true }: { colour?: boolean } = {}): Command {
  return command
    .addOption(
      new Option('--color <when>', 'colour: auto, always or never').choices(['auto', 'always', 'never']).default('auto').hideHelp(!colour),
    )
    .addOption(new Option('--no-color', 'no colour (same as --color never)').hideHelp(!colour))
    .addOption(
      new Option('--input-format <format>', 'read input as this format instead of telling by name').choices([
        'text',
        'markdown',
        'html',
      ]),
    )
    .option('--encoding <name>', 'decode input from this encoding (e.g. latin1, windows-1252, utf-16le)')
    .addOption(
      new Option('--max-size <MB>', 'refuse inputs larger than this many MB')
        .argParser(megabytes)
        .default(DEFAULT_MAX_INPUT_BYTES, String(DEFAULT_MAX_INPUT_BYTES / 1024 / 1024)),
    );
}

/** The colour mode the options ask for (`--no-color` is `never`). */
export function colorMode(options: CommonOptions): ColorMode {
  return options.color === false ? 'never' : options.color;
}

/**
 * The files to read: the arguments, or stdin when none are given and stdin is not a terminal.
 * `-` (stdin) may be given once: read again, it would be an empty article.
 */
export function inputsOf(files: string[], io: CliIo): string[] {
  if (files.filter((file) => file === STDIN).length > 1) throw new UsageError("'-' (standard input) can be read only once");
  if (files.length > 0) return files;
  if (!io.stdinIsTTY) return [STDIN];
  throw new UsageError('no input: give a FILE, or pipe an article into stdin (see --help)');
}

/** Checks an `--encoding` value before any input is read. */
export async function checkEncoding(encoding: string | undefined): Promise<void> {
  if (!encoding) return;
  const { isKnownEncoding } = await import('../io/decode.js');
  if (!isKnownEncoding(encoding)) throw new UsageError(`unknown encoding '${encoding}'`);
}

/** Runs `each` on every input that loads (awaiting it); reports those that do not. Returns the exit code. */
export async function forEachArticle(
  files: string[],
  io: CliIo,
  common: CommonOptions,
  load: Omit<LoadOptions, 'format' | 'encoding'>,
  each: (article: Article) => void | Promise<void>,
): Promise<number> {
  await checkEncoding(common.encoding);
  let code = 0;
  for (const name of inputsOf(files, io)) {
    try {
      const source = { name, shown: printable(name), stdin: () => io.stdin, maxBytes: common.maxSize };
      const { article, warnings } = await readArticle(source, {
        ...load,
        format: common.inputFormat,
        encoding: common.encoding,
      });
      for (const warning of warnings) io.stderr.write(`article: warning: ${warning}\n`);
      await each(article);
    } catch (error) {
      if (error instanceof OutputError) throw error;
      // A bug met on one input is reported like a bad input, and the other inputs go on.
      const message = error instanceof InputError ? error.message : `cannot read '${name}': ${unexpectedReason(error)}`;
      io.stderr.write(`article: ${printable(message)}\n`);
      if (!(error instanceof InputError) && io.env.ARTICLE_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
      code = EXIT_INPUT;
    }
  }
  return code;
}

/** Pretty JSON with a final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One input's value for JSON output: the file it came from and what the command found. */
export interface PerInput {
  file: string;
  value: unknown;
}

/**
 * JSON of what a command found: for one input its value alone (nothing when it could not be
 * read); for several an array that says which file each entry is from (`{file, [key]: value}`),
 * so a failed input shifts nothing, and `[]` when none could be read. Without `key` the values
 * already name their file (read's articles).
 */
export function jsonPerInput(files: string[], found: PerInput[], key?: string): string {
  if (files.length <= 1) return found.length > 0 ? json(found[0]!.value) : '';
  return json(found.map(({ file, value }) => (key ? { file, [key]: value } : value)));
}
