// `read` in a real terminal: tmux runs the built CLI in a pane of known size and the test
// reads the screen back (capture-pane). CI installs tmux (.ci/run), so there a missing tmux
// fails; on a developer's machine without it the check says so on stderr and does nothing.
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import stringWidth from 'string-width';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;
// A server of its own per test: a server being killed cannot take a new session.
let sockets = 0;
let socket = '';
const WIDTH = 60;
const HEIGHT = 30;
/** How long the screen may take to show what is awaited. */
const WAIT_MS = 15_000;

function tmux(...args: string[]): string {
  const result = spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tmux ${args[0]} failed: ${result.stderr}`);
  return result.stdout;
}

/** Starts `command` in a fresh pane of WIDTH × HEIGHT with a clean colour environment. */
function start(command: string): void {
  socket = `article-test-${process.pid}-${++sockets}`;
  const env = 'env -u NO_COLOR -u FORCE_COLOR -u FORCE_HYPERLINK -u CI TERM=xterm-256color';
  tmux('new-session', '-d', '-x', String(WIDTH), '-y', String(HEIGHT), `${env} ${command}; sleep 60`);
}

/** The screen, its wrapped lines joined (-J) so a line the terminal had to wrap shows as too long. */
async function screenWhen(ready: (screen: string) => boolean): Promise<string> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const screen = tmux('capture-pane', '-p', '-e', '-J', '-S', '-', '-t', '0');
    if (ready(screen) || Date.now() > until) return screen;
    await sleep(100);
  }
}

function available(): boolean {
  if (HAS_TMUX) return true;
  if (process.env.CI) throw new Error('tmux is required in CI (.ci/run installs it)');
  process.stderr.write('read-terminal.test: tmux is not installed; the real-terminal check did not run\n');
  return false;
}

describe('read in a real terminal (tmux)', () => {
  afterEach(() => {
    if (socket !== '') spawnSync('tmux', ['-L', socket, 'kill-server']);
  });

  it('styles and wraps to the terminal width', async () => {
    if (!available()) return;
    start('node bin/article read --no-pager articles/harbour-night-ferry.md');
    const screen = await screenWhen((s) => s.includes('same as in the daytime'));
    const lines = screen.replace(/\n+$/, '').split('\n');
    expect(lines[0]).toContain('The night ferry returns to the harbour');
    expect(screen).toContain('\x1b[');
    expect(stripVTControlCharacters(screen)).toContain('╭─ Key points ─');
    for (const line of lines) expect(stringWidth(stripVTControlCharacters(line))).toBeLessThanOrEqual(WIDTH);
  });

  it('pages output taller than the screen through less', async () => {
    if (!available()) return;
    start('PAGER="less -R" node bin/article read articles/drones-irak.txt');
    const screen = await screenWhen((s) => stripVTControlCharacters(s).trimEnd().endsWith(':'));
    const plain = stripVTControlCharacters(screen).trimEnd().split('\n');
    expect(plain[0]).toBe('articles/drones-irak.txt');
    expect(plain.at(-1)).toBe(':');
    tmux('send-keys', '-t', '0', 'q');
    const after = await screenWhen((s) => !stripVTControlCharacters(s).trimEnd().endsWith(':'));
    expect(stripVTControlCharacters(after).trimEnd().endsWith(':')).toBe(false);
  });
});
