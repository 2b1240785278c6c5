#!/usr/bin/env node
// The performance bench: every figure is a ratio against a baseline timed side by side in the
// same run (subject and baseline alternate), because these machines are too noisy for absolute
// times to compare across runs. Medians of BENCH_RUNS runs; peak memory from GNU time.
//
//   npm run bench                 # all measures
//   BENCH_RUNS=5 npm run bench    # fewer runs
//
// Inputs are generated under .bench-tmp/ (ignored by git) from the articles in articles/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TMP = join(ROOT, '.bench-tmp');
const BIN = join(ROOT, 'bin', 'article');
const SEED = join(ROOT, 'articles', 'drones-irak.txt');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const MB = 1024 * 1024;
const GNU_TIME = '/usr/bin/time';
const HAS_GNU_TIME = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true']).status === 0;

/** Targets of the performance issue: the ratio each measure must stay under. */
const TARGETS = { startup: 1.3, throughput: 2, scaling: 20 };
/** Peak memory may be at most this many times the input, plus MEMORY_ALLOWANCE_MB. */
const MEMORY_FACTOR = 6;
const MEMORY_ALLOWANCE_MB = 100;
const BATCH_FILES = 2_000;

/** Copies of the bundled plain-text articles (blank-line separated, see `variant`) until the file has `bytes`. */
function makeArticle(path, bytes) {
  if (existsSync(path) && statSync(path).size >= bytes) return;
  const sources = readdirSync(join(ROOT, 'articles'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(ROOT, 'articles', name), 'utf8'));
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = variant(sources[i % sources.length], Math.floor(i / sources.length));
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  writeFileSync(path, parts.join('\n\n'));
}

// A capitalised word of four letters or more: a name, or a word opening a sentence.
const NAME = /\p{Lu}\p{L}{3,}/gu;
/**
 * The `copy`-th copy of an article as a different article would have it: its names (every
 * capitalised word of four letters or more) get letters of their own after their second
 * (`Irak` → `Irbcak`, inside the five letters by which the pull-quote rule matches words), as
 * each article of a large file has its own people and places, while the common words stay
 * shared. Words, sentences and structure are those of the original; but no paragraph repeats
 * one of another copy, which would let the pull-quote index answer every copy at once, and a
 * rare word is rare, as in real text. The first copy is the article as it is.
 */
function variant(text, copy) {
  if (copy === 0) return text;
  let letters = '';
  for (let n = copy; n > 0; n = Math.floor(n / 26)) letters += String.fromCharCode(97 + (n % 26));
  return text.replace(NAME, (name) => name.slice(0, 2) + letters + name.slice(2));
}

/** Writes `count` small articles, each a variant of a bundled one, into a folder. */
function makeFolder(path, count) {
  if (existsSync(path) && readdirSync(path).length === count) return;
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
  const sources = readdirSync(join(ROOT, 'articles'))
    .filter((name) => /\.(txt|md)$/.test(name))
    .map((name) => ({ ext: name.slice(name.lastIndexOf('.')), text: readFileSync(join(ROOT, 'articles', name), 'utf8') }));
  for (let i = 0; i < count; i++) {
    const { ext, text } = sources[i % sources.length];
    writeFileSync(join(path, `a${String(i).padStart(5, '0')}${ext}`), `${text}\n\nNummer ${i}.`);
  }
}

/** Runs a command once; returns wall milliseconds and peak resident memory in MB (or null). */
function once(command, args, env = {}) {
  const wrapped = HAS_GNU_TIME ? [GNU_TIME, ['-f', '%M', command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const result = spawnSync(wrapped[0], wrapped[1], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * MB,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  const lines = result.stderr.toString().trim().split('\n');
  const peak = HAS_GNU_TIME ? Number(lines[lines.length - 1]) / 1024 : null;
  return { ms, peak };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Times subject and baseline alternately, `runs` times each; medians of both. */
function sideBySide(subject, baseline, runs = RUNS) {
  const s = [];
  const b = [];
  once(...subject);
  once(...baseline);
  for (let i = 0; i < runs; i++) {
    s.push(once(...subject));
    b.push(once(...baseline));
  }
  return {
    subject: median(s.map((r) => r.ms)),
    baseline: median(b.map((r) => r.ms)),
    subjectPeak: s[0].peak === null ? null : Math.max(...s.map((r) => r.peak)),
    baselinePeak: b[0].peak === null ? null : Math.max(...b.map((r) => r.peak)),
  };
}

const rows = [];
function report(measure, subject, baseline, result, target, memoryBudgetMb) {
  const ratio = result.subject / result.baseline;
  const memory = result.subjectPeak === null ? 'n/a' : `${result.subjectPeak.toFixed(0)} MB`;
  const memoryOk = memoryBudgetMb === undefined || result.subjectPeak === null || result.subjectPeak <= memoryBudgetMb;
  rows.push({
    measure,
    subject: `${subject}: ${result.subject.toFixed(0)} ms`,
    baseline: `${baseline}: ${result.baseline.toFixed(0)} ms`,
    ratio: `${ratio.toFixed(2)}x`,
    target: target === undefined ? '' : `≤ ${target}x`,
    peak: memoryBudgetMb === undefined ? memory : `${memory} (≤ ${memoryBudgetMb.toFixed(0)} MB)`,
    // A row without a target or budget is a floor, shown for comparison: nothing to meet.
    ok: target === undefined && memoryBudgetMb === undefined ? '' : (target === undefined || ratio <= target) && memoryOk ? 'yes' : 'NO',
  });
  process.stderr.write(`  ${measure}: ${ratio.toFixed(2)}x\n`);
}

const budget = (bytes) => (MEMORY_FACTOR * bytes) / MB + MEMORY_ALLOWANCE_MB;
const article = (...args) => [BIN, args];
const maxSize = ['--max-size', '1024'];

mkdirSync(TMP, { recursive: true });
const files = { '1mb': join(TMP, '1mb-varied.txt'), '16mb': join(TMP, '16mb-varied.txt'), '64mb': join(TMP, '64mb-varied.txt') };
makeArticle(files['1mb'], 1 * MB);
makeArticle(files['16mb'], 16 * MB);
makeArticle(files['64mb'], 64 * MB);
const size = (name) => statSync(files[name]).size;
process.stderr.write(`bench: ${RUNS} runs each, ${cpus().length} cores, Node ${process.version}\n`);

// NODE_EXTRA_CA_CERTS makes every Node start parse that certificate bundle (on the machine
// this was built on, 220 KB and 29 ms, more than Node's own start): it pads the baseline and
// flatters the ratio. Start-up is measured as the environment is, and without it, which is
// the figure that tells what `article` itself adds.
const environments = [['', {}]];
if (process.env.NODE_EXTRA_CA_CERTS) environments.push([', without NODE_EXTRA_CA_CERTS', { NODE_EXTRA_CA_CERTS: undefined }]);
for (const [label, env] of environments) {
  for (const command of ['count', 'essentials']) {
    report(`start-up: ${command} (reference article)${label}`, `article ${command}`, 'node -e 0',
      sideBySide([BIN, [command, SEED], env], [process.execPath, ['-e', '0'], env]), TARGETS.startup, budget(statSync(SEED).size));
  }
  // The floor under those: loading the CLI and printing its version, no article read.
  report(`start-up floor: --version${label}`, 'article --version', 'node -e 0',
    sideBySide([BIN, ['--version'], env], [process.execPath, ['-e', '0'], env]));
}

const wcRuns = Math.max(3, Math.ceil(RUNS / 2));
report('throughput: count 64 MB', 'article count', 'wc -w (C.UTF-8)',
  sideBySide(article('count', ...maxSize, files['64mb']), ['wc', ['-w', files['64mb']], { LC_ALL: 'C.UTF-8' }], wcRuns),
  TARGETS.throughput, budget(size('64mb')));

// The floor under that: a Node program that only counts words, in one pass over the bytes.
report('throughput floor: words only, in Node', 'bench/floor-count.cjs', 'wc -w (C.UTF-8)',
  sideBySide([process.execPath, [join(ROOT, 'bench', 'floor-count.cjs'), files['64mb']]], ['wc', ['-w', files['64mb']], { LC_ALL: 'C.UTF-8' }], wcRuns));

for (const command of ['read', 'count']) {
  const result = sideBySide(article(command, ...maxSize, files['16mb']), article(command, files['1mb']), wcRuns);
  report(`scaling: ${command} 16 MB vs 1 MB`, `${command} 16 MB`, `${command} 1 MB`, result, TARGETS.scaling, budget(size('16mb')));
}

const hasSummary = spawnSync(BIN, ['--help']).stdout.toString().includes('summary');
if (hasSummary) {
  const many = join(TMP, `files-${BATCH_FILES}`);
  const few = join(TMP, `files-${BATCH_FILES / 10}`);
  makeFolder(many, BATCH_FILES);
  makeFolder(few, BATCH_FILES / 10);
  const result = sideBySide(article('summary', '--format', 'ndjson', many), article('summary', '--format', 'ndjson', few), wcRuns);
  report(`batch: summary of ${BATCH_FILES} files vs ${BATCH_FILES / 10}`, `${BATCH_FILES} files`, `${BATCH_FILES / 10} files`, result, 10 * 1.5);
} else {
  process.stderr.write('  batch: skipped, this build has no `article summary`\n');
}

const columns = ['measure', 'subject', 'baseline', 'ratio', 'target', 'peak', 'ok'];
const header = ['measure', 'subject (median)', 'baseline (median)', 'ratio', 'target', 'peak memory', 'met'];
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${RUNS} runs\n`);
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${columns.map((c) => row[c]).join(' | ')} |`);
