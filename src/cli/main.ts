// The command line: the program, its commands, and errors to exit codes, caught once.
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { EXIT_INPUT, EXIT_USAGE, InputError, OutputError, UsageError, isMissingModule, unexpectedReason } from '../errors.js';
import { printable } from '../io/sanitize.js';
import { registerCount } from './commands/count.js';
import { registerEssentials } from './commands/essentials.js';
import { registerQuotes } from './commands/quotes.js';
import { registerRead } from './commands/read.js';
import { registerSummary } from './commands/summary.js';
import type { CommandContext } from './common.js';
import { nothingPending, processIo, type CliIo } from './io.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/**
 * How a usage error is shown: one line, what the user typed without control characters, and
 * the help that explains it (a command's own options are in `article COMMAND --help`).
 */
function usageError(help: string): (message: string, write: (text: string) => void) => void {
  return (message, write) => write(`article: ${printable(message.replace(/^error: /, '').trim())} (see ${help})\n`);
}

function buildProgram(context: CommandContext): Command {
  const { io } = context;
  const output = { writeOut: (s: string) => io.stdout.write(s), writeErr: (s: string) => io.stderr.write(s) };
  const program = new Command('article')
    .description('Read, summarize and count news articles in the terminal.')
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({ ...output, outputError: usageError('article --help') });
  for (const register of [registerRead, registerEssentials, registerQuotes, registerCount, registerSummary]) {
    register(program, context);
  }
  for (const command of program.commands) {
    // `article count --version` answers too, as `--help` does for every command.
    command.version(version, '-V, --version');
    command.configureOutput({ ...output, outputError: usageError(`article ${command.name()} --help`) });
  }
  return program;
}

/**
 * The arguments of `article help NAME` as commander should see them. For a command that does
 * not exist commander shows the program's help without saying why: this says so, as `article
 * NAME` does. `article help help [NAME]` is `article help [NAME]` (commander took it for an
 * unknown command).
 */
function helpTopic(program: Command, argv: string[]): string[] {
  const [first, topic] = argv;
  if (first !== 'help' || topic === undefined || topic.startsWith('-')) return argv;
  if (topic === 'help') return helpTopic(program, argv.slice(1));
  if (program.commands.some((command) => command.name() === topic || command.aliases().includes(topic))) return argv;
  throw new UsageError(`unknown command '${topic}' (see article --help)`);
}

/** Runs the CLI on arguments (without `node` and the script) and returns the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let code = 0;
  const program = buildProgram({ io, setCode: (c) => void (code = c) });
  try {
    await program.parseAsync(helpTopic(program, argv), { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      const quiet = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
      return quiet || error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof UsageError || error instanceof InputError || error instanceof OutputError) {
      io.stderr.write(`article: ${printable(error.message)}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

/**
 * Entry point of `bin/article`: runs on the process and sets its exit code. A run that leaves
 * nothing pending ends at once: otherwise Node would wait for V8's background threads to
 * finish optimising functions that will never run again (about 2 ms of a 35 ms `count`).
 */
export function main(argv: string[]): void {
  run(argv, processIo()).then(
    (code) => {
      process.exitCode = code;
      if (nothingPending()) process.exit();
    },
    (error: unknown) => {
      const hint = isMissingModule(error) ? '' : ' (ARTICLE_DEBUG=1 shows where)';
      process.stderr.write(`article: ${unexpectedReason(error)}${hint}\n`);
      if (process.env.ARTICLE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
      process.exitCode = EXIT_INPUT;
    },
  );
}
