// The process at the edge: streams, environment and terminal, behind one small interface so
// the CLI runs in-process in tests.
import { createRequire } from 'node:module';
import { isatty } from 'node:tty';
import { OutputError } from '../errors.js';
import { reasonOf } from '../io/input.js';

/** Somewhere to write text. */
export interface Sink {
  write(text: string): unknown;
}

/** Everything the CLI touches of its process. */
export interface CliIo {
  stdout: Sink;
  stderr: Sink;
  stdin: NodeJS.ReadableStream;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  columns: number | undefined;
  /** The terminal's height, when stdout is one (for paging). */
  rows?: number | undefined;
  env: Readonly<Record<string, string | undefined>>;
  /** Shows text through a pager command; false when the pager could not be started. */
  page?: (text: string, command: readonly string[]) => Promise<boolean>;
  /** Whether stdout's terminal shows OSC 8 hyperlinks (asked only when colour is on). */
  supportsHyperlinks?: () => boolean;
}

/**
 * Writes to the process's stdout. Writes to files and terminals are synchronous and throw:
 * a reader that went away ends the program quietly, any other failure is an OutputError.
 */
function writeStdout(text: string): boolean {
  try {
    return process.stdout.write(text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
    throw new OutputError(reasonOf(error));
  }
}

/** The real process's streams and environment. */
export function processIo(): CliIo {
  return {
    stdout: { write: writeStdout },
    stderr: process.stderr,
    // process.stdin builds a stream on first touch, which costs every start; only stdin reads need it.
    get stdin() {
      return process.stdin;
    },
    stdinIsTTY: isatty(0),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.columns,
    rows: process.stdout.rows,
    env: process.env,
    page: async (text, command) => (await import('../io/pager.js')).runPager(text, command),
    supportsHyperlinks: () => {
      const probe = createRequire(import.meta.url)('supports-hyperlinks') as typeof import('supports-hyperlinks');
      return probe.supportsHyperlink(process.stdout);
    },
  };
}
