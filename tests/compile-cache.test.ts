// The code cache (src/cli/compile-cache.ts) in child processes, on a folder of its own: what a
// run writes must hold the code of the file as it is now, whatever happened during the run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    mkdirSync(join(folder, 'lib'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const runner = (...args: string[]): string => {
    const r = spawnSync(process.execPath, [join(folder, 'runner.cjs'), ...args], { encoding: 'utf8', timeout: 20_000 });
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
});
