#!/usr/bin/env node
// Sentence precision of the summarizer beside Lead-3 and OTS on the BBC dev set
// (../shared/eval/README.md): the share of a summary's sentences that the human extractive
// summary also picked, averaged over articles. Runs on the compiled dist/ (`npm run bench:quality`).
//
//   node bench/quality.mjs [DIR] [--only PREFIX]
//
// DIR defaults to ../shared/eval/bbc-dev from the project root; --only keeps the articles whose
// file name starts with PREFIX (e.g. `business`), for tuning on one half without seeing the other.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticle, splitSentences, summarize, summaryInput } from '../dist/api.js';

/** Sentences the summarizer picks for every article: as many as Lead-3, so the two compare like for like. */
const SUMMARY_SENTENCES = 3;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] ?? '' : '';
const dataDir = resolve(args[0] ?? join(root, '../shared/eval/bbc-dev'));
if (!existsSync(join(dataDir, 'articles')) || !existsSync(join(dataDir, 'summaries'))) {
  console.error(`bench: no articles/ and summaries/ under '${dataDir}' (pass the bbc-dev folder as the first argument)`);
  process.exit(2);
}

/** Whitespace runs become one space, so a sentence is found in the run-together human summary. */
const normalise = (text) => text.replace(/\s+/g, ' ').trim();

/** The share of the picked sentences found in the human summary; an empty pick scores 0. */
function precision(picked, human) {
  if (picked.length === 0) return 0;
  return picked.filter((sentence) => human.includes(normalise(sentence))).length / picked.length;
}

/** The article through the real pipeline, with line 1 as the title even where the parser disagrees. */
function articleOf(file) {
  const bytes = readFileSync(file);
  const { article } = loadArticle(file, bytes, { summarySentences: 0 });
  const title = bytes.toString('utf8').split(/\r?\n/, 1)[0].trim();
  const input = summaryInput(article);
  // A title ending in `?` is read as the lead by the parser; the data set says line 1 is the title.
  if (article.title !== title && normalise(input.paragraphs[0] ?? '') === normalise(title)) input.paragraphs.shift();
  return { input: { ...input, title }, titleFixed: article.title !== title };
}

/** OTS's summary sentences at its default ratio, its first line (the title) dropped; null when it fails. */
function otsSummary(file) {
  const run = spawnSync('ots', [file], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return null;
  const body = run.stdout.split('\n').slice(1).join('\n');
  return body.split(/\n\s*\n/).flatMap((block) => splitSentences(normalise(block)));
}

const allNames = readdirSync(join(dataDir, 'articles'))
  .filter((name) => name.endsWith('.txt'))
  .sort();
const place = new Map(allNames.map((name, index) => [name, index]));
const names = allNames.filter((name) => name.startsWith(only));
const systems = ['summarizer', 'Lead-3', 'OTS'];
const groups = {
  all: () => true,
  business: (name) => name.startsWith('business'),
  entertainment: (name) => name.startsWith('entertainment'),
  // By place in the whole sorted listing, so --only does not reshuffle the halves.
  even: (name) => place.get(name) % 2 === 0,
  odd: (name) => place.get(name) % 2 === 1,
};
const rows = [];
const otsMissing = spawnSync('ots', ['--version'], { encoding: 'utf8' }).error !== undefined;
let otsFailures = 0;
let titlesFixed = 0;
for (const name of names) {
  const file = join(dataDir, 'articles', name);
  const human = normalise(readFileSync(join(dataDir, 'summaries', name), 'utf8'));
  const { input, titleFixed } = articleOf(file);
  if (titleFixed) titlesFixed++;
  // The sentences in the article's language, as the summarizer splits them (flatMap would
  // hand splitSentences the index as its language).
  const sentences = input.paragraphs.flatMap((paragraph) => splitSentences(paragraph, input.language));
  const ots = otsMissing ? null : otsSummary(file);
  if (!otsMissing && ots === null) otsFailures++;
  // A file OTS fails on counts as an empty pick (precision 0), so its figure stays over all articles.
  const picks = { summarizer: summarize(input, SUMMARY_SENTENCES), 'Lead-3': sentences.slice(0, 3), OTS: otsMissing ? null : ots ?? [] };
  const scores = {};
  const lengths = {};
  for (const system of systems) {
    if (!picks[system]) continue;
    scores[system] = precision(picks[system], human);
    lengths[system] = picks[system].length;
  }
  rows.push({ name, scores, lengths });
}

if (otsMissing) console.log('OTS: `ots` is not installed (apt-get update && apt-get install -y ots); its row is left out.\n');
if (otsFailures > 0) console.log(`OTS: failed on ${otsFailures} article(s), scored 0 there.\n`);
console.log(`Sentence precision on ${rows.length} articles of ${dataDir} (summarizer: ${SUMMARY_SENTENCES} sentences; OTS: its default 20 %).`);
if (titlesFixed > 0) console.log(`(${titlesFixed} article(s) whose line 1 the parser did not take for a title: line 1 used as title.)`);
const shown = systems.filter((system) => !otsMissing || system !== 'OTS');
const columns = Object.keys(groups)
  .map((group) => ({ group, rows: rows.filter((row) => groups[group](row.name)) }))
  .filter((column) => column.rows.length > 0);
const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length;
const pad = (text, width) => String(text).padStart(width);
const headers = columns.map((c) => `${c.group} (${c.rows.length})`);
const widths = headers.map((header) => header.length + 2);
console.log(['system'.padEnd(12), ...headers.map((h, i) => pad(h, widths[i])), pad('sentences', 11)].join(''));
const figure = {};
for (const system of shown) {
  figure[system] = columns.map((column) => mean(column.rows.map((row) => row.scores[system])));
  const sentences = mean(rows.map((row) => row.lengths[system]));
  console.log([system.padEnd(12), ...figure[system].map((f, i) => pad(f.toFixed(3), widths[i])), pad(sentences.toFixed(2), 11)].join(''));
}
const baselines = shown.filter((system) => system !== 'summarizer');
const margins = columns.map((_, i) => figure.summarizer[i] - Math.max(...baselines.map((system) => figure[system][i])));
console.log(['margin'.padEnd(12), ...margins.map((m, i) => pad((m >= 0 ? '+' : '') + m.toFixed(3), widths[i]))].join(''));
console.log(`(margin: summarizer minus the better of ${baselines.join(' and ')})`);
