// The command line: commander wiring, flags to options, errors to exit codes, caught once.
import { createRequire } from 'node:module';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_INPUT_BYTES, DEFAULT_SUMMARY_SENTENCES, WORDS_PER_MINUTE } from '../config.js';
import { EXIT_INPUT, EXIT_USAGE, InputError, UsageError } from '../errors.js';
import { readInput, STDIN } from '../io/input.js';
import { loadArticle, type LoadOptions } from '../load.js';
import type { Article, InputFormat } from '../model.js';
import { processIo, type CliIo } from './io.js';
import { decideColor, decideWidth, type ColorMode } from './settings.js';
import { countJson, countLine, totalLine } from '../render/lines.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** Options every command that reads articles accepts. */
interface CommonOptions {
  color: ColorMode | false;
  encoding?: string;
  inputFormat?: InputFormat;
  maxSize: number;
}

function positiveInt(name: string, max = Number.MAX_SAFE_INTEGER) {
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
  return Math.round(n * 1024 * 1024);
}

function withCommonOptions(command: Command): Command {
  return command
    .addOption(new Option('--color <when>', 'colour: auto, always or never').choices(['auto', 'always', 'never']).default('auto'))
    .option('--no-color', 'no colour (same as --color never)')
    .addOption(
      new Option('--input-format <format>', 'read input as this format instead of telling by name').choices(['text', 'markdown', 'html']),
    )
    .option('--encoding <name>', 'decode input from this encoding (e.g. latin1, windows-1252, utf-16le)')
    .option('--max-size <MB>', `refuse inputs larger than this many MB (default ${DEFAULT_MAX_INPUT_BYTES / 1024 / 1024})`, megabytes, DEFAULT_MAX_INPUT_BYTES);
}

/** The files to read: the arguments, or stdin when none are given and stdin is not a terminal. */
function inputsOf(files: string[], io: CliIo): string[] {
  if (files.length > 0) return files;
  if (!io.stdinIsTTY) return [STDIN];
  throw new UsageError('no input: give a FILE, or pipe an article into stdin (see --help)');
}

/** Runs `each` on every input that loads; reports those that do not. Returns the exit code. */
async function forEachArticle(
  files: string[],
  io: CliIo,
  common: CommonOptions,
  load: Omit<LoadOptions, 'format' | 'encoding'>,
  each: (article: Article) => void,
): Promise<number> {
  if (common.encoding) {
    const { isKnownEncoding } = await import('../io/decode.js');
    if (!isKnownEncoding(common.encoding)) throw new UsageError(`unknown encoding '${common.encoding}'`);
  }
  let code = 0;
  for (const name of inputsOf(files, io)) {
    try {
      const bytes = await readInput(name, io.stdin, common.maxSize);
      const { article, warnings } = loadArticle(name, bytes, {
        ...load,
        format: common.inputFormat,
        encoding: common.encoding,
      });
      for (const warning of warnings) io.stderr.write(`article: warning: ${warning}\n`);
      each(article);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`article: ${error.message}\n`);
      code = EXIT_INPUT;
    }
  }
  return code;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Prints one value for one input, or an array of them for several. */
function jsonPerInput<T>(files: string[], values: T[]): string {
  return json(files.length > 1 ? values : values[0] ?? null);
}

function buildProgram(io: CliIo, setCode: (code: number) => void): Command {
  const program = new Command('article')
    .description('Read, summarize and count news articles in the terminal.')
    .version(version, '-V, --version')
    .showHelpAfterError('(see article --help)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`article: ${s.replace(/^error: /, '')}`),
    });

  withCommonOptions(
    program
      .command('read')
      .description('render an article for reading (styled on a terminal, clean text in a pipe)')
      .argument('[files...]', 'article files (.txt, .md); - or nothing for stdin')
      .option('--json', 'print the whole article model as JSON')
      .option('-w, --width <columns>', 'wrap to this many columns', positiveInt('--width', 10_000)),
  ).action(async (files: string[], options: CommonOptions & { json?: boolean; width?: number }) => {
    const surroundings = { env: io.env, isTTY: io.stdoutIsTTY, columns: io.columns };
    const color = decideColor(options.color === false ? 'never' : options.color, surroundings);
    const width = decideWidth(options.width, surroundings);
    const articles: Article[] = [];
    const render = options.json ? undefined : await import('../render/terminal.js');
    const themes = await import('../render/theme.js');
    const theme = color ? themes.COLOR_THEME : io.stdoutIsTTY ? { ...themes.COLOR_THEME, color: false } : themes.PLAIN_THEME;
    let first = true;
    setCode(
      await forEachArticle(files, io, options, {}, (article) => {
        if (!render) return void articles.push(article);
        io.stdout.write((first ? '' : '\n') + render.renderArticle(article, { theme, width }));
        first = false;
      }),
    );
    if (options.json && articles.length > 0) io.stdout.write(jsonPerInput(files, articles));
  });

  withCommonOptions(
    program
      .command('essentials')
      .description('print the essentials box, one item a line (a summary when there is no box)')
      .argument('[files...]', 'article files; - or nothing for stdin')
      .option('--json', 'print {label, source, items} as JSON')
      .option('-n, --sentences <n>', 'sentences of the summary for articles without a box', positiveInt('--sentences', 1000), DEFAULT_SUMMARY_SENTENCES),
  ).action(async (files: string[], options: CommonOptions & { json?: boolean; sentences: number }) => {
    const found: unknown[] = [];
    setCode(
      await forEachArticle(files, io, options, { summarySentences: options.sentences }, (article) => {
        const essentials = article.essentials ?? { label: '', source: 'summary', items: [] };
        if (essentials.source === 'summary') {
          io.stderr.write(`article: '${article.file}' has no essentials box; printing a summary of ${essentials.items.length} sentences\n`);
        }
        if (options.json) found.push(essentials);
        else io.stdout.write(essentials.items.map((item) => `${item}\n`).join(''));
      }),
    );
    if (options.json && found.length > 0) io.stdout.write(jsonPerInput(files, found));
  });

  withCommonOptions(
    program
      .command('quotes')
      .description('print the quotations, one a line, in document order')
      .argument('[files...]', 'article files; - or nothing for stdin')
      .option('--json', 'print [{text, kind, block}] as JSON'),
  ).action(async (files: string[], options: CommonOptions & { json?: boolean }) => {
    const found: unknown[] = [];
    setCode(
      await forEachArticle(files, io, options, { summarySentences: 0 }, (article) => {
        if (options.json) found.push(article.quotes);
        else io.stdout.write(article.quotes.map((quote) => `${quote.text}\n`).join(''));
      }),
    );
    if (options.json && found.length > 0) io.stdout.write(jsonPerInput(files, found));
  });

  withCommonOptions(
    program
      .command('count')
      .description('count words, sentences and reading time, a line per file and a total')
      .argument('[files...]', 'article files; - or nothing for stdin')
      .option('--json', 'print the counts with their breakdown by part, an array of one object per file')
      .option('--wpm <n>', `reading speed in words a minute (default ${WORDS_PER_MINUTE})`, positiveInt('--wpm', 100_000), WORDS_PER_MINUTE),
  ).action(async (files: string[], options: CommonOptions & { json?: boolean; wpm: number }) => {
    const found: Article[] = [];
    setCode(
      await forEachArticle(files, io, options, { summarySentences: 0, wordsPerMinute: options.wpm }, (article) => {
        found.push(article);
        if (!options.json) io.stdout.write(countLine(article));
      }),
    );
    if (options.json) io.stdout.write(json(found.map(countJson)));
    else if (found.length > 1) io.stdout.write(totalLine(found, options.wpm));
  });

  return program;
}

/** Runs the CLI on arguments (without `node` and the script) and returns the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : EXIT_USAGE;
    }
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr.write(`article: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

/** Entry point of `bin/article`: runs on the process and sets its exit code. */
export function main(argv: string[]): void {
  const io = processIo();
  // A reader that went away (`| head -1`) ends the program quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  run(argv, io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`article: internal error: ${message}\n`);
      if (process.env.ARTICLE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
      process.exitCode = EXIT_INPUT;
    },
  );
}
