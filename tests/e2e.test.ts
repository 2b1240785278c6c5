// End to end: the real bin/article (built dist/) in a child process, as users and CI run it.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_CACHE_SUFFIX } from '../src/cli/compile-cache.js';
import { ROOT, SEED, specFile } from './helpers.js';

const BIN = join(ROOT, 'bin', 'article');
/** Copies of the article `read` prints in the non-blocking pipe test: over a megabyte, more than any pipe holds. */
const NONBLOCKING_COPIES = 400;
const NONBLOCKING_OUTPUT_BYTES = 1_000_000;
/** Long enough for `read` to fill a pipe (it takes some tens of milliseconds). */
const FILL_WAIT_MS = 1000;
/** `ulimit -f` blocks (512 or 1024 bytes, by shell): far less than main.cjs's code cache, more than the output. */
const FILE_SIZE_LIMIT_BLOCKS = 8;
// No colour variables from the developer's shell: the child sees a plain pipe.
const env = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined };

function article(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `body` on a copy of the built project's `parts` (timestamps kept, node_modules linked), removed after. */
function inBuiltCopy(parts: string[], body: (copy: string) => void): void {
  const copy = mkdtempSync(join(tmpdir(), 'article-cache-'));
  try {
    for (const part of parts) cpSync(join(ROOT, part), join(copy, part), { recursive: true, preserveTimestamps: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    body(copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** The code caches being written (or left half-written) in a copy's dist/cli. */
function asideFiles(copy: string): string[] {
  return readdirSync(join(copy, 'dist', 'cli')).filter((file) => file.endsWith('.tmp'));
}

describe('bin/article', () => {
  it('is built (npm test builds first), with the code caches the build runs write', () => {
    for (const file of ['start.cjs', 'main.cjs', `main.cjs${CODE_CACHE_SUFFIX}`]) {
      expect(existsSync(join(ROOT, 'dist', 'cli', file)), file).toBe(true);
    }
  });

  it('runs the code as it is with stale or damaged code caches (they are rejected, the code compiled, fresh ones written)', () => {
    inBuiltCopy(['bin', 'dist', 'package.json', 'articles'], (copy) => {
      // An edit of the same length: V8 alone would accept the old cache and run the old code.
      const main = join(copy, 'dist', 'cli', 'main.cjs');
      writeFileSync(main, readFileSync(main, 'utf8').replace('"sentence"', '"SENTENCE"'));
      expect(spawnSync(process.execPath, [join(copy, 'bin', 'article'), 'count', SEED], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 }).stdout).toContain('SENTENCEs');
      writeFileSync(main, readFileSync(main, 'utf8').replace('"SENTENCE"', '"sentence"'));
      const caches = readdirSync(join(copy, 'dist', 'cli')).filter((file) => file.endsWith(CODE_CACHE_SUFFIX));
      expect(caches.length).toBeGreaterThan(1);
      caches.forEach((file, i) => writeFileSync(join(copy, 'dist', 'cli', file), i % 2 ? '' : 'not a code cache'.repeat(64)));
      const r = spawnSync(process.execPath, [join(copy, 'bin', 'article'), 'count', SEED], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 });
      expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual(article('count', SEED));
      // The run wrote fresh caches in place of the stale and damaged ones it loaded.
      const cache = readFileSync(`${main}${CODE_CACHE_SUFFIX}`);
      expect(cache.length).toBeGreaterThan(1000);
      expect(cache.readDoubleLE(0)).toBe(statSync(main).mtimeMs);
      expect(asideFiles(copy)).toEqual([]);
    });
  });

  it('runs quietly where it cannot write a fresh code cache', () => {
    inBuiltCopy(['bin', 'dist', 'package.json'], (copy) => {
      // A folder where the cache file should be: the cache can be neither read nor replaced.
      const cache = join(copy, 'dist', 'cli', `main.cjs${CODE_CACHE_SUFFIX}`);
      rmSync(cache);
      mkdirSync(cache);
      const r = spawnSync(process.execPath, [join(copy, 'bin', 'article'), 'count', SEED], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 });
      expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual(article('count', SEED));
      expect(asideFiles(copy)).toEqual([]);
    });
  });

  it('leaves no half-written code cache behind when writing one fails midway (a full disk)', () => {
    inBuiltCopy(['bin', 'dist', 'package.json'], (copy) => {
      rmSync(join(copy, 'dist', 'cli', `main.cjs${CODE_CACHE_SUFFIX}`));
      // A file-size limit of a few kilobytes: the cache file is made, then its write fails (EFBIG).
      const limited = `ulimit -f ${FILE_SIZE_LIMIT_BLOCKS} && exec "${process.execPath}" "${join(copy, 'bin', 'article')}" count ${SEED}`;
      const r = spawnSync('sh', ['-c', limited], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 });
      expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual(article('count', SEED));
      expect(asideFiles(copy)).toEqual([]);
    });
  });

  it('an installation missing a lazily loaded bundle says so, for the file that needed it, and goes on', () => {
    inBuiltCopy(['bin', 'dist', 'package.json'], (copy) => {
      // yaml is loaded on first use, for front matter: only an article with some needs it.
      rmSync(join(copy, 'dist', 'cli', 'yaml.cjs'));
      const withFrontMatter = join(copy, 'front-matter.txt');
      writeFileSync(withFrontMatter, '---\ntitle: A title\n---\nThe text of the article. A second sentence.\n');
      const r = spawnSync(process.execPath, [join(copy, 'bin', 'article'), 'count', withFrontMatter, SEED], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 });
      expect(r.status).toBe(1);
      // The seed's line, and the total of the one file that could be read.
      const line = article('count', SEED).stdout;
      expect(r.stdout).toBe(line + line.replace(SEED, 'total'));
      expect(r.stderr).toBe(
        `article: cannot read '${withFrontMatter}': the installation is incomplete: ./yaml.cjs is missing (reinstall article, or run \`npm install\` in its folder)\n`,
      );
    });
  });

  it('an installation missing a chunk of the CLI says so in one line, exit 1', () => {
    inBuiltCopy(['bin', 'dist', 'package.json'], (copy) => {
      // The terminal renderer is a chunk of its own, loaded by `read` before any file.
      const chunk = readdirSync(join(copy, 'dist', 'cli')).find((file) => /^terminal-.*\.cjs$/.test(file))!;
      rmSync(join(copy, 'dist', 'cli', chunk));
      const r = spawnSync(process.execPath, [join(copy, 'bin', 'article'), 'read', SEED], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 });
      expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
        code: 1,
        stdout: '',
        stderr: `article: the installation is incomplete: ./${chunk} is missing (reinstall article, or run \`npm install\` in its folder)\n`,
      });
    });
  });

  it('essentials prints the reference essentials', () => {
    expect(article('essentials', SEED)).toEqual({ code: 0, stdout: specFile('seed-essentials.txt'), stderr: '' });
  });

  it('quotes prints the reference quotes', () => {
    expect(article('quotes', SEED)).toEqual({ code: 0, stdout: specFile('seed-quotes.txt'), stderr: '' });
  });

  it('count prints a line with the reference counts', () => {
    expect(article('count', SEED)).toEqual({ code: 0, stdout: `    508 words     34 sentences    3 min  ${SEED}\n`, stderr: '' });
  });

  it('read in a pipe is clean text', () => {
    const r = article('read', SEED);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stdout).toContain('Einde gevechtsmissie');
  });

  it('a missing file gives one line and exit 1', () => {
    expect(article('count', 'no-such-article.txt')).toEqual({
      code: 1,
      stdout: '',
      stderr: "article: cannot read 'no-such-article.txt': no such file\n",
    });
  });

  describe('ending at once (process.exit when nothing is pending)', () => {
    // A preload that notes every call of process.exit in a file of its own, then exits as asked.
    const EXIT_SPY = `const { appendFileSync } = require('node:fs');
const exit = process.exit;
process.exit = function (code) {
  appendFileSync(process.env.EXIT_SPY_LOG, 'exit ' + String(code ?? process.exitCode) + '\\n');
  return exit.apply(process, arguments);
};`;

    /** Runs `article count` on a missing and a readable file with the spy, stdout and stderr as given. */
    function countWithSpy(stdio: 'files' | 'pipes'): { code: number | null; stdout: string; stderr: string; exits: string } {
      const dir = mkdtempSync(join(tmpdir(), 'article-exit-'));
      try {
        const spy = join(dir, 'spy.cjs');
        writeFileSync(spy, EXIT_SPY);
        const paths = { out: join(dir, 'out'), err: join(dir, 'err'), log: join(dir, 'exits') };
        writeFileSync(paths.log, '');
        const command = [process.execPath, '--require', spy, BIN, 'count', 'no-such-article.txt', SEED].map((part) => `'${part}'`).join(' ');
        const redirect = stdio === 'files' ? ` > '${paths.out}' 2> '${paths.err}'` : '';
        const r = spawnSync('sh', ['-c', `exec ${command}${redirect}`], { cwd: ROOT, env: { ...env, EXIT_SPY_LOG: paths.log }, encoding: 'utf8', timeout: 20_000 });
        const [stdout, stderr] = stdio === 'files' ? [readFileSync(paths.out, 'utf8'), readFileSync(paths.err, 'utf8')] : [r.stdout, r.stderr];
        return { code: r.status, stdout, stderr, exits: readFileSync(paths.log, 'utf8') };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }

    const expected = { code: 1, stderr: "article: cannot read 'no-such-article.txt': no such file\n" };

    it('output to files leaves nothing open: the run ends through process.exit, with its output and exit code', () => {
      const r = countWithSpy('files');
      expect({ code: r.code, stderr: r.stderr, exits: r.exits }).toEqual({ ...expected, exits: 'exit 1\n' });
      // The seed's line, then the total of the files that could be read.
      expect(r.stdout).toMatch(/^ +\d+ words +\d+ sentences .*\S\n +\d+ words +\d+ sentences .*total\n$/);
      expect(r.stdout).toContain(`${SEED}\n`);
    });

    it('stderr written to a pipe keeps its stream open: Node ends the run as usual, with the same output', () => {
      const r = countWithSpy('pipes');
      expect({ code: r.code, stderr: r.stderr, exits: r.exits }).toEqual({ ...expected, exits: '' });
      expect(r.stdout).toBe(countWithSpy('files').stdout);
    });
  });

  it('a usage error is exit 2 without a stack trace', () => {
    const r = article('count', '--wpm', 'fast', SEED);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  /** Runs a shell pipeline from the project root. */
  const shell = (script: string) => spawnSync('bash', ['-c', script], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 });

  it('bin/article read … | head -1 ends quietly', () => {
    const r = shell(`bin/article read ${SEED} | head -1`);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${SEED}\n`);
  });

  it('a reader that goes away while read is still writing: no error, exit 0 (PIPESTATUS)', () => {
    // 40 copies of the article (over 100 KB of output): more than a pipe holds, so the write fails.
    const many = Array.from({ length: 40 }, () => SEED).join(' ');
    const r = shell(`cat ${many} | bin/article read - | head -1; echo "status \${PIPESTATUS[1]}"`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('-\nstatus 0\n');
  });

  it('a non-blocking pipe that fills up (EAGAIN) still gets the whole output, in order', async () => {
    // Node makes a child's stdio blocking; a parent that is no Node program may not. perl sets
    // O_NONBLOCK on the pipe and runs article, whose writes then meet EAGAIN once it is full.
    const copies = Array.from({ length: NONBLOCKING_COPIES }, () => SEED);
    const nonBlocking = 'use Fcntl; fcntl(STDOUT, F_SETFL, fcntl(STDOUT, F_GETFL, 0) | O_NONBLOCK) or die; exec @ARGV';
    const child = spawn('perl', ['-e', nonBlocking, process.execPath, BIN, 'read', ...copies], { cwd: ROOT, env, timeout: 20_000 });
    // Read only once the child has long filled the pipe.
    await new Promise((resolve) => setTimeout(resolve, FILL_WAIT_MS));
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    const expected = spawnSync(process.execPath, [BIN, 'read', ...copies], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 20_000 });
    expect(expected.stdout.length).toBeGreaterThan(NONBLOCKING_OUTPUT_BYTES);
    expect({ code, stderr, stdout: Buffer.concat(chunks).toString() }).toEqual({ code: 0, stderr: '', stdout: expected.stdout });
  });

  it('a full disk is one line and exit 1, not a stack trace', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" read ${SEED} > /dev/full`], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('article: cannot write output: no space left on device\n');
  });
});

describe('summary --jobs 2: the worker threads and the code cache', () => {
  /** A Dutch article without a box: its essentials are a summary labelled "Samenvatting". */
  const DUTCH = 'tests/fixtures/summary/nl.txt';
  /** A Markdown article with front matter, which loads yaml (dist/cli/yaml.cjs) to read it. */
  const FRONT_MATTER = 'tests/fixtures/markdown/en-front-matter-heading-box/input.md';

  /** `article summary --format ndjson` of a built copy; with --jobs 2 every file goes to a worker. */
  function summary(copy: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [join(copy, 'bin', 'article'), 'summary', '--format', 'ndjson', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('reads a page piped in with --input-format html where node_modules is a symbolic link (pnpm, a linked checkout)', () => {
    inBuiltCopy(['bin', 'dist', 'package.json'], (copy) => {
      for (const args of [['count', '--input-format', 'html'], ['count', '--input-format', 'html', '-'], ['read', '--input-format', 'html']]) {
        const r = spawnSync(process.execPath, [join(copy, 'bin', 'article'), ...args], { cwd: ROOT, env, encoding: 'utf8', input: '<p>Dat is het.</p>\n', timeout: 20_000 });
        expect({ args, code: r.status, stderr: r.stderr }).toEqual({ args, code: 0, stderr: '' });
        expect(r.stdout).toContain(args[0] === 'count' ? '3 words' : 'Dat is het.');
      }
    });
  });

  it('a worker compiles the start-up file from its code cache', () => {
    inBuiltCopy(['bin', 'dist', 'package.json'], (copy) => {
      const main = join(copy, 'dist', 'cli', 'main.cjs');
      const cache = `${main}${CODE_CACHE_SUFFIX}`;
      // The summary's Dutch label in capitals, a source of the same length, with the cache
      // stamped with its time: V8 checks no more than the length, so a thread that compiles
      // main.cjs from the cache runs the code the cache was made from, and one that compiles
      // the source says SAMENVATTING. (The same word is also a box label, in a list.)
      const source = readFileSync(main, 'utf8');
      expect(source.split('nl:"Samenvatting"')).toHaveLength(2);
      writeFileSync(main, source.replace('nl:"Samenvatting"', 'nl:"SAMENVATTING"'));
      const bytes = readFileSync(cache);
      bytes.writeDoubleLE(statSync(main).mtimeMs, 0);
      writeFileSync(cache, bytes);
      const label = (): string => {
        const r = summary(copy, '--jobs', '2', DUTCH);
        expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
        return (JSON.parse(r.stdout) as { essentials: { label: string } }).essentials.label;
      };
      expect(label()).toBe('Samenvatting');
      // Without the cache the worker compiles the source: the test can tell the two apart.
      rmSync(cache);
      expect(label()).toBe('SAMENVATTING');
    });
  });

  it('a worker writes a code cache it found missing as it ends, for a file only workers loaded', () => {
    inBuiltCopy(['bin', 'dist', 'package.json'], (copy) => {
      const yaml = join(copy, 'dist', 'cli', 'yaml.cjs');
      rmSync(`${yaml}${CODE_CACHE_SUFFIX}`);
      const r = summary(copy, '--jobs', '2', FRONT_MATTER);
      expect(readFileSync(`${yaml}${CODE_CACHE_SUFFIX}`).readDoubleLE(0)).toBe(statSync(yaml).mtimeMs);
      expect(asideFiles(copy)).toEqual([]);
      expect(r).toEqual({ ...summary(copy, '--jobs', '1', FRONT_MATTER), code: 0, stderr: '' });
    });
  });
});
