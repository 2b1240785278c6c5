// Paging: output taller than the terminal goes through `$PAGER` (default `less -R`, which
// passes colours through). Whether to page is the read command's decision; this module
// only says what the pager is, whether text needs one, and runs it.
import stringWidth from '../render/string-width.js';
import { stripVTControlCharacters } from 'node:util';

/** The pager used when `$PAGER` is not set: `-R` lets colour codes through. */
const DEFAULT_PAGER = 'less -R';

/** The pager command from the environment as program and arguments; null when `PAGER` asks for none. */
export function pagerCommand(env: Readonly<Record<string, string | undefined>>): string[] | null {
  const words = (env.PAGER ?? DEFAULT_PAGER).trim().split(/\s+/u).filter(Boolean);
  // An empty PAGER or `cat` means "do not page", as git and man read it.
  if (words.length === 0 || words[0] === 'cat') return null;
  return words;
}

/** True when text takes more rows than the screen has, counting lines the terminal wraps. */
export function tallerThan(text: string, rows: number, columns: number | undefined): boolean {
  let used = 0;
  for (const line of text.replace(/\n$/u, '').split('\n')) {
    const width = columns ? stringWidth(stripVTControlCharacters(line)) : 0;
    used += columns && width > columns ? Math.ceil(width / columns) : 1;
    if (used > rows) return true;
  }
  return false;
}

/**
 * Writes text through a pager on this process's terminal and waits for it to quit. Resolves
 * false when the pager cannot be started or exits with a failure status (then the caller
 * writes the text itself).
 */
export async function runPager(text: string, command: readonly string[]): Promise<boolean> {
  const [program, ...args] = command;
  if (!program) return false;
  // Loaded only to page (with node:net and the stream modules, some milliseconds).
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    // The pager handles Ctrl-C itself (less stays open); this process must not die meanwhile.
    const ignore = (): void => {};
    process.on('SIGINT', ignore);
    let settled = false;
    const done = (started: boolean): void => {
      if (settled) return;
      settled = true;
      process.off('SIGINT', ignore);
      resolve(started);
    };
    const child = spawn(program, args, { stdio: ['pipe', 'inherit', 'inherit'] });
    child.on('error', () => done(false));
    // A reader who quits before the end closes the pipe: that is not an error.
    child.stdin.on('error', () => {});
    // A pager that fails (exits with a status other than 0: `PAGER=false`, a bad option) has
    // shown nothing to count on: the caller prints the text itself. One stopped by a signal
    // was seen and quit.
    child.on('close', (code, signal) => done(code === 0 || signal !== null));
    child.stdin.end(text);
  });
}
