// The process at the edge: streams, environment and terminal, behind one small interface so
// the CLI runs in-process in tests.
import { createRequire } from 'node:module';
import { isatty } from 'node:tty';

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

/** The real process's streams and environment. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
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
