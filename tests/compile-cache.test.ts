// The code cache (src/cli/compile-cache.ts) in child processes, on a folder of its own: what a
// run writes must hold the code of the file as it is now, whatever happened during the run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_CACHE_SUFFIX } from '../src/cli/compile-cache.js';
import { ROOT } from './helpers.js';

// A run that loads lib/answer.cjs through the code cache and prints its export; given new
// source, it then puts that in the file's place (as an upgrade or a rebuild would while the
// run goes on) and gives it a later modification time.
const RUNNER = `
const { writeFileSync, utimesSync } = require('node:fs');
const { join } = require('node:path');
const { installCompileCache } = require('./compile-cache.cjs');
installCompileCache(join(__dirname, 'lib'), false);
process.stdout.write(require('./lib/answer.cjs'));
const next = process.argv[2];
if (next) {
  const file = join(__dirname, 'lib', 'answer.cjs');
  writeFileSync(file, next);
  const later = new Date(Date.now() + 60_000);
  utimesSync(file, later, later);
}
`;

/** Worker threads that start in one process at once and write the code cache of the same file. */
const THREADS = 6;

// THREADS worker threads each load lib/answer.cjs through the code cache, writing caches
// (`write`, as the build does, so that a failed write is an error on stderr), and all end at
// the same moment (they wait on each other), so that they write the one cache at once.
const THREADED_RUNNER = `
const { join } = require('node:path');
const { Worker, isMainThread, workerData } = require('node:worker_threads');
if (isMainThread) {
  const arrived = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < ${THREADS}; i++) new Worker(__filename, { workerData: arrived });
} else {
  const { installCompileCache } = require('./compile-cache.cjs');
  installCompileCache(join(__dirname, 'lib'), true);
  require('./lib/answer.cjs');
  Atomics.add(workerData, 0, 1);
  while (Atomics.load(workerData, 0) < ${THREADS}) Atomics.wait(workerData, 0, Atomics.load(workerData, 0), 10);
}
`;

describe('code cache', () => {
  let folder = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'article-compile-cache-'));
    buildSync({
      entryPoints: [join(ROOT, 'src/cli/compile-cache.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: join(folder, 'compile-cache.cjs'),
      logLevel: 'silent',
    });
    writeFileSync(join(folder, 'runner.cjs'), RUNNER);
    writeFileSync(join(folder, 'threads.cjs'), THREADED_RUNNER);
    mkdirSync(join(folder, 'lib'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const runner = (...args: string[]): string => run('runner.cjs', ...args);
  const run = (script: string, ...args: string[]): string => {
    const r = spawnSync(process.execPath, [join(folder, script), ...args], { encoding: 'utf8', timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return r.stdout;
  };

  it('is not written for a file that was replaced while the run went on (the next run would run the old code)', () => {
    const answer = join(folder, 'lib', 'answer.cjs');
    // Of the same length: V8 checks no more than the length of the source against a cache.
    writeFileSync(answer, "module.exports = 'old';");
    const earlier = new Date(Date.now() - 60_000);
    utimesSync(answer, earlier, earlier);
    expect(runner("module.exports = 'new';")).toBe('old');
    expect(runner()).toBe('new');
    expect(runner()).toBe('new');
  });

  it('written by threads of one process at once, is written whole, by each of them, with nothing left aside', () => {
    const answer = join(folder, 'lib', 'answer.cjs');
    const cache = `${answer}${CODE_CACHE_SUFFIX}`;
    // A source that compiles thousands of functions as it loads: a cache of some megabytes,
    // whose writes take long enough to overlap.
    const functions = Array.from({ length: 5000 }, (_, i) => `(function f${i}() { return [1, 2, 3].map((x) => x * ${i}); })();\n`);
    writeFileSync(answer, `module.exports = 'one';\n${functions.join('')}`);
    rmSync(cache, { force: true });
    // Every thread writes, none fails (a failed write says so on stderr, as for the build).
    expect(run('threads.cjs')).toBe('');
    expect(readdirSync(join(folder, 'lib')).filter((file) => file.endsWith('.tmp'))).toEqual([]);
    // The cache is whole: V8 takes it, as it shows by running the code it holds for a source of
    // the same length put in the file's place (the stamp made to match: V8 checks the length).
    writeFileSync(answer, readFileSync(answer, 'utf8').replace("'one'", "'two'"));
    const bytes = readFileSync(cache);
    bytes.writeDoubleLE(statSync(answer).mtimeMs, 0);
    writeFileSync(cache, bytes);
    expect(runner()).toBe('one');
  });
});
