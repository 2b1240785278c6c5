// Telling a terminal from what scripts write to, without node:tty for the usual cases.
import { spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isTerminal } from '../src/cli/io.js';
import { reasonOf } from '../src/io/input.js';

const dir = mkdtempSync(join(tmpdir(), 'article-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withFd<T>(path: string, flags: number, use: (fd: number) => T): T {
  const fd = openSync(path, flags);
  try {
    return use(fd);
  } finally {
    closeSync(fd);
  }
}

describe('isTerminal', () => {
  it('a regular file is no terminal', () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'x');
    expect(withFd(file, constants.O_RDONLY, isTerminal)).toBe(false);
  });

  it('/dev/null is no terminal', () => {
    expect(withFd('/dev/null', constants.O_WRONLY, isTerminal)).toBe(false);
  });

  it('/dev/full, another character device, is asked of node:tty and is no terminal either', () => {
    expect(withFd('/dev/full', constants.O_WRONLY, isTerminal)).toBe(false);
  });

  it('a pipe is no terminal', () => {
    const fifo = join(dir, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(withFd(fifo, constants.O_RDONLY | constants.O_NONBLOCK, isTerminal)).toBe(false);
  });

  it('a closed descriptor is no terminal', () => {
    const fd = openSync('/dev/null', constants.O_RDONLY);
    closeSync(fd);
    expect(isTerminal(fd)).toBe(false);
  });
});

describe('reasonOf', () => {
  const systemError = (code: string, message: string): NodeJS.ErrnoException => Object.assign(new Error(message), { code });
  it.each([
    [systemError('ENOENT', "ENOENT: no such file or directory, open 'a.txt'"), 'no such file'],
    [systemError('ENXIO', "ENXIO: no such device or address, open 'sock.txt'"), 'no such device or address'],
    [systemError('ETXTBSY', "ETXTBSY: text file is busy, open '/x, y.txt'"), 'text file is busy'],
    [systemError('EXDEV', "EXDEV: cross-device link not permitted, rename 'a' -> 'b'"), 'cross-device link not permitted'],
    [systemError('ERR_SOMETHING', 'something odd happened'), 'something odd happened'],
    [new Error('plain failure'), 'plain failure'],
  ])('%s gives %j', (error, reason) => {
    expect(reasonOf(error)).toBe(reason);
  });
});
