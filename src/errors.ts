// Typed errors: each carries its exit code and a one-line message; the CLI catches them once.

/** The message of a thrown value, whatever was thrown. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Node's message for a module it cannot find: `Cannot find module './yaml.cjs'` and then a
// `Require stack:` of lines.
const MISSING_MODULE = /^Cannot find module '([^'\n]*)'/;

/**
 * Why an unexpected error stopped a file, for its one line on stderr: a module missing from
 * the installation (a bundle of dist/ loaded on first use, a package of node_modules) is an
 * incomplete installation, named with what to do; anything else is an internal error, a bug.
 */
export function unexpectedReason(error: unknown): string {
  if (!isMissingModule(error)) return `internal error: ${errorText(error)}`;
  const module = MISSING_MODULE.exec(errorText(error))?.[1] ?? errorText(error).split('\n')[0];
  return `the installation is incomplete: ${module} is missing (reinstall article, or run \`npm install\` in its folder)`;
}

/** True for the error of a require() whose module is not there: a broken installation. */
export function isMissingModule(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'MODULE_NOT_FOUND';
}

/** Exit status of a run in which an input could not be read or understood. */
export const EXIT_INPUT = 1;

/** Exit status of a usage error (unknown flag, bad value). */
export const EXIT_USAGE = 2;

/** Exit status of a run stopped by SIGINT (Ctrl-C): 128 + the signal's number, as shells report it. */
export const EXIT_INTERRUPTED = 130;

/** An input could not be read or understood; the other inputs of the run still go on. */
export class InputError extends Error {
  readonly exitCode = EXIT_INPUT;

  /** `file` is the name as given (or `-`), `reason` a short lower-case phrase. */
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`cannot read '${file}': ${reason}`);
    this.name = 'InputError';
  }
}

/** Output could not be written (a full disk, a closed terminal): the run stops. */
export class OutputError extends Error {
  readonly exitCode = EXIT_INPUT;

  /** `reason` is a short lower-case phrase. */
  constructor(readonly reason: string) {
    super(`cannot write output: ${reason}`);
    this.name = 'OutputError';
  }
}

/** The command line itself is wrong: nothing was processed. */
export class UsageError extends Error {
  readonly exitCode = EXIT_USAGE;

  /** `message` is shown after `article: `. */
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
