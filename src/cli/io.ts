// The process at the edge: streams, environment and terminal, behind one small interface so
// the CLI runs in-process in tests.
import { fstatSync, statSync, writeSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { EXIT_INPUT, OutputError } from '../errors.js';
import { lazy } from '../lazy.js';
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

// node:tty loads node:net and Node's stream modules, about 2 ms of every start, and so does
// the first touch of process.stdout or process.stderr. Most runs write to a pipe, a file or
// /dev/null, which fstat tells from a terminal without them: a terminal is a character device,
// and /dev/null is the one character device that scripts write to.
const NULL_DEVICE = '/dev/null';
const STDIN_FD = 0;
const STDOUT_FD = 1;
const STDERR_FD = 2;
let nullDevice: Stats | null | undefined;

function isNullDevice(info: Stats): boolean {
  if (nullDevice === undefined) {
    try {
      nullDevice = statSync(NULL_DEVICE);
    } catch {
      nullDevice = null;
    }
  }
  return nullDevice !== null && info.rdev === nullDevice.rdev;
}

/** True when the file descriptor is a terminal; node:tty is asked only about character devices but /dev/null. */
export function isTerminal(fd: number): boolean {
  let info: Stats;
  try {
    info = fstatSync(fd);
  } catch {
    return false;
  }
  if (!info.isCharacterDevice() || isNullDevice(info)) return false;
  return (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);
}

/** Ends the program quietly for a reader that went away (`| head -1`); any other failure is an OutputError. */
function outputFailed(error: unknown): never {
  if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
  throw new OutputError(reasonOf(error));
}

/** The process's output streams this module has built, by touching process.stdout or process.stderr. */
const builtStreams = new Set<NodeJS.WriteStream>();

/** process.stdout or process.stderr, noted as built; Node makes each on its first touch. */
function processStream(name: 'stdout' | 'stderr'): NodeJS.WriteStream {
  const stream = process[name];
  builtStreams.add(stream);
  return stream;
}

let stdoutStream: NodeJS.WriteStream | undefined;

/** process.stdout, with its asynchronous errors handled as a write's would be, from its first use on. */
function stdoutThroughStream(): NodeJS.WriteStream {
  if (!stdoutStream) {
    stdoutStream = processStream('stdout');
    stdoutStream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      processStream('stderr').write(`article: cannot write output: ${reasonOf(error)}\n`);
      process.exit(EXIT_INPUT);
    });
  }
  return stdoutStream;
}

/** A sink that says when a full buffer has drained, as a stream does. */
interface DrainingSink extends Sink {
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * Writes to the process's stdout: a terminal through process.stdout; anything else straight
 * to the file descriptor, synchronously (as Node itself writes files and, on Linux, pipes).
 * A descriptor that would block (a non-blocking pipe that is full) hands the rest, and every
 * later write, to process.stdout, which waits for it.
 */
function stdoutWriter(stdoutIsTerminal: () => boolean): DrainingSink {
  let direct: boolean | undefined;
  return {
    // A write that returned false (through process.stdout) is followed by its 'drain': the
    // batch waits for it, so a slow reader slows the batch down instead of filling memory.
    once(event: 'drain', listener: () => void) {
      return stdoutThroughStream().once(event, listener);
    },
    write(text: string): boolean {
      direct ??= !stdoutIsTerminal();
      try {
        if (!direct) return stdoutThroughStream().write(text);
        const bytes = Buffer.from(text);
        for (let done = 0; done < bytes.length; ) {
          try {
            done += writeSync(STDOUT_FD, bytes, done);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
            direct = false;
            return stdoutThroughStream().write(bytes.subarray(done));
          }
        }
        return true;
      } catch (error) {
        return outputFailed(error);
      }
    },
  };
}

/** The real process's streams and environment; each is looked at only when a command asks. */
export function processIo(): CliIo {
  const stdinIsTerminal = lazy(() => isTerminal(STDIN_FD));
  const stdoutIsTerminal = lazy(() => isTerminal(STDOUT_FD));
  const stderrIsTerminal = lazy(() => isTerminal(STDERR_FD));
  return {
    stdout: stdoutWriter(stdoutIsTerminal),
    get stderr() {
      return processStream('stderr');
    },
    // process.stdin builds a stream on first touch, which costs every start; only stdin reads need it.
    get stdin() {
      return process.stdin;
    },
    get stdinIsTTY() {
      return stdinIsTerminal();
    },
    get stdoutIsTTY() {
      return stdoutIsTerminal();
    },
    get stderrIsTTY() {
      return stderrIsTerminal();
    },
    get columns() {
      return stdoutIsTerminal() ? processStream('stdout').columns : undefined;
    },
    get rows() {
      return stdoutIsTerminal() ? processStream('stdout').rows : undefined;
    },
    env: process.env,
    page: async (text, command) => (await import('../io/pager.js')).runPager(text, command),
    supportsHyperlinks: () => {
      const probe = createRequire(import.meta.url)('supports-hyperlinks') as typeof import('supports-hyperlinks');
      return probe.supportsHyperlink(processStream('stdout'));
    },
  };
}

/** Handles of a terminal: Node writes to them synchronously on POSIX, so one with nothing buffered holds nothing back. */
const TERMINAL_HANDLE = 'TTYWrap';

/**
 * True when the process has nothing left to do but end: no handle or request is open (no
 * stream, timer, child process, file operation, or message port such as a worker pool's) but
 * a terminal's, and nothing written waits in the buffer of a stream this module built. Where
 * Node cannot tell (it has no getActiveResourcesInfo), false.
 */
export function nothingPending(): boolean {
  if (typeof process.getActiveResourcesInfo !== 'function') return false;
  const open = process.getActiveResourcesInfo();
  if (open.length === 0) return true;
  // Only the streams this module built are asked: touching process.stdout here would build it
  // (a pipe's stream opens a handle of its own), and a stream never built holds nothing.
  return open.every((kind) => kind === TERMINAL_HANDLE) && [...builtStreams].every((stream) => stream.writableLength === 0);
}
