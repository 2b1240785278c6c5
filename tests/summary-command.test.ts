// `article summary`: every format parsed back, error isolation, --jobs N equal to --jobs 1,
// input order, progress only on a terminal, SIGINT leaving whole records.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchFormat } from '../src/batch/format-names.js';
import { CSV_COLUMNS, CSV_ITEM_SEPARATOR, recordWriter } from '../src/batch/formats.js';
import type { SummaryRecord } from '../src/batch/record.js';
import type { CliIo } from '../src/cli/io.js';
import { run } from '../src/cli/main.js';
import { cli, type FakeProcess } from './helpers.js';

const BIN = fileURLToPath(new URL('../bin/article', import.meta.url));
const MANY = 2_000;
/** How long the stalled reader leaves the batch writing into a full pipe before SIGINT. */
const STALL_MS = 1500;

/** Any control character but LF: what no output of `article summary` to a pipe may hold. */
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

interface Ran {
  code: number;
  out: string;
  err: string;
}

/** `article summary` in-process; stdin is a terminal unless given. */
async function summary(args: string[], fake: FakeProcess = {}): Promise<Ran> {
  const { code, stdout, stderr } = await cli(['summary', ...args], { stdinIsTTY: fake.stdin === undefined, ...fake });
  return { code, out: stdout, err: stderr };
}

/** A small RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

const BOX_EN = `Council Votes to Reopen the Old Harbour

The city council voted on Tuesday to reopen the old harbour after ten years of silence.

Key points
- The harbour reopens in May.
- The mayor said "yes, at last" on Monday.

The work will cost four million euros. The port authority will pay half of it, the council said.

“This is a good day for the whole town,” said the mayor, Anna Berg. The fishermen agreed with her.
`;

const FRONT_MATTER_DE = `---
title: Neue Brücke über den Rhein
lang: de
essentials:
  - Die Brücke wird im Jahr 2027 fertig.
  - Sie kostet achtzig Millionen Euro.
---

Die Stadt baut eine neue Brücke über den Rhein. Der Bau beginnt im Frühjahr.

„Wir haben lange auf diesen Tag gewartet“, sagte die Bürgermeisterin am Montag.
`;

const NO_BOX_NL = `Nieuwe fietsbrug over de rivier

De gemeente bouwt een nieuwe fietsbrug over de rivier. De brug moet in het voorjaar klaar zijn.

Volgens de wethouder is de brug hard nodig. Elke dag fietsen duizenden mensen door het centrum.

De bouw kost ongeveer twaalf miljoen euro. Het rijk betaalt een derde van dat bedrag.
`;

const PLAIN_FR = `La mairie ouvre une nouvelle bibliothèque

La nouvelle bibliothèque du quartier ouvre ses portes samedi. Elle compte vingt mille livres.

Les habitants attendaient ce lieu depuis des années. « C'est une très belle nouvelle pour nous », dit une voisine.
`;

let root: string;
/** A tree with articles in four languages, names that sort differently by UTF-16 and by code point, and files to skip. */
let tree: string;
/** The articles of `tree` in the documented order. */
let treeOrder: string[];
let many: string;
let manyOrder: string[];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'article-summary-'));
  tree = join(root, 'tree');
  mkdirSync(join(tree, 'sub', 'deeper'), { recursive: true });
  mkdirSync(join(tree, '.hidden'));
  const files: Record<string, string> = {
    'b-harbour.txt': BOX_EN,
    'A-bruecke.MD': FRONT_MATTER_DE,
    'sub/deeper/fietsbrug.txt': NO_BOX_NL,
    'sub/bibliotheque.markdown': PLAIN_FR,
    // U+FF5A sorts before U+1F600 by code point, after it by UTF-16 unit.
    'ｚ-wide.txt': NO_BOX_NL,
    '😀-emoji.txt': BOX_EN,
    'notes.json': '{"not": "an article"}',
    'README': 'no extension: passed over in a walk',
    '.draft.txt': BOX_EN,
    '.hidden/secret.txt': BOX_EN,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(tree, name), text);
  treeOrder = ['A-bruecke.MD', 'b-harbour.txt', 'sub/bibliotheque.markdown', 'sub/deeper/fietsbrug.txt', 'ｚ-wide.txt', '😀-emoji.txt'].map(
    (name) => join(tree, name),
  );
  many = join(root, 'many');
  mkdirSync(many);
  manyOrder = [];
  for (let i = 0; i < MANY; i++) {
    const name = join(many, `article-${String(i).padStart(5, '0')}.txt`);
    const topic = ['harbour', 'bridge', 'school', 'market', 'railway'][i % 5]!;
    writeFileSync(
      name,
      `News about the ${topic} number ${i}\n\nThe ${topic} of the town was discussed on Monday by ${i % 17} members of the council. ` +
        `“We need a decision before the summer,” said one of them.\n\nThe vote is planned for next week. Nobody knows how it will end.\n`,
    );
    manyOrder.push(name);
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('article summary: formats', () => {
  let records: SummaryRecord[];

  beforeAll(async () => {
    const { code, out, err } = await summary([tree, '--format', 'json', '--jobs', '1']);
    expect(err).toBe('');
    expect(code).toBe(0);
    records = JSON.parse(out) as SummaryRecord[];
  });

  it('json: one array, the walk in code-point order, hidden and foreign files passed over', () => {
    expect(records.map((r) => r.file)).toEqual(treeOrder);
  });

  it('json: the fields of each record, the essentials from box, front matter or summary', () => {
    const byName = (suffix: string): SummaryRecord => records.find((r) => r.file.endsWith(suffix))!;
    expect(byName('b-harbour.txt')).toMatchObject({
      title: 'Council Votes to Reopen the Old Harbour',
      language: 'en',
      essentials: { label: 'Key points', source: 'box', items: ['The harbour reopens in May.', 'The mayor said "yes, at last" on Monday.'] },
    });
    expect(byName('A-bruecke.MD')).toMatchObject({
      title: 'Neue Brücke über den Rhein',
      language: 'de',
      essentials: { source: 'front-matter', items: ['Die Brücke wird im Jahr 2027 fertig.', 'Sie kostet achtzig Millionen Euro.'] },
    });
    const nl = byName('fietsbrug.txt');
    expect(nl.language).toBe('nl');
    expect(nl.essentials?.source).toBe('summary');
    expect(nl.essentials?.items).toHaveLength(3);
    for (const record of records) {
      expect(Object.keys(record)).toEqual(['file', 'title', 'language', 'words', 'readingMinutes', 'essentials', 'quotes']);
      expect(record.words).toBeGreaterThan(10);
      expect(record.readingMinutes).toBe(1);
    }
    expect(byName('b-harbour.txt').quotes).toBe(1);
  });

  it('--json is --format json, as in the other commands; with another --format it is a usage error', async () => {
    const { code, out } = await summary([tree, '--json', '--jobs', '1']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(records);
    expect(await summary([tree, '--json', '--format', 'csv'])).toMatchObject({
      code: 2,
      out: '',
      err: 'article: --json and --format csv ask for different outputs\n',
    });
  });

  it('ndjson: one object a line, equal to the json records', async () => {
    const { code, out } = await summary([tree, '--format', 'ndjson', '--jobs', '1']);
    expect(code).toBe(0);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual(records);
  });

  it('csv: a header row, RFC 4180 quoting, the items in one cell', async () => {
    const { code, out } = await summary([tree, '--format', 'csv', '--jobs', '1']);
    expect(code).toBe(0);
    const [header, ...rows] = parseCsv(out);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toEqual(
      records.map((r) => [
        r.file,
        r.title ?? '',
        r.language,
        String(r.words),
        String(r.readingMinutes),
        r.essentials?.label ?? '',
        r.essentials?.source ?? '',
        r.essentials?.items.join(CSV_ITEM_SEPARATOR) ?? '',
        String(r.quotes),
      ]),
    );
    expect(out).toContain('"The harbour reopens in May. | The mayor said ""yes, at last"" on Monday."');
  });

  it('markdown: a digest with a section per article and its items as a list', async () => {
    const { code, out } = await summary([tree, '--format', 'markdown', '--jobs', '1']);
    expect(code).toBe(0);
    expect(out.startsWith('# Article summaries\n')).toBe(true);
    expect(out.match(/^## /gm)).toHaveLength(records.length);
    expect(out).toContain('\n## Council Votes to Reopen the Old Harbour\n');
    expect(out).toContain('**Key points** (the article\'s box)\n\n- The harbour reopens in May.\n');
    expect(out).toContain(`\`${treeOrder[1]}\` · en · `);
  });

  it('text (the default): title, facts, label and items; no colour in a pipe', async () => {
    const { code, out } = await summary([tree, '--jobs', '1']);
    expect(code).toBe(0);
    expect(out).toContain('Council Votes to Reopen the Old Harbour\n');
    expect(out).toContain('Key points (the article\'s box)\n  • The harbour reopens in May.\n');
    expect(out).toContain(`${treeOrder[0]} · de · `);
    expect(out.split('\n\n')).toHaveLength(records.length);
  });

  it.each(['text', 'json', 'ndjson', 'csv', 'markdown'])('%s: no control character reaches the output, even with --color always', async (format) => {
    const { out } = await summary([tree, '--format', format, '--color', format === 'text' ? 'never' : 'always', '--jobs', '1']);
    expect(out).not.toMatch(CONTROL);
  });

  it('text: --width wraps it in a pipe too, items hanging under their bullets; other formats are not wrapped', async () => {
    const { code, out } = await summary([tree, '--jobs', '1', '--width', '30']);
    expect(code).toBe(0);
    expect(Math.max(...out.split('\n').map((line) => line.length))).toBeLessThanOrEqual(30);
    expect(out).toMatch(/\n {2}• .+\n {4}\S/u);
    expect((await summary([tree, '--jobs', '1', '--width', '30', '--format', 'csv'])).out).toBe((await summary([tree, '--jobs', '1', '--format', 'csv'])).out);
  });

  it('text: colour on a terminal, and with --color always', async () => {
    expect((await summary([tree, '--jobs', '1'], { stdoutIsTTY: true })).out).toContain('\x1b[');
    expect((await summary([tree, '--jobs', '1', '--color', 'always'])).out).toContain('\x1b[');
    expect((await summary([tree, '--jobs', '1', '--no-color'], { stdoutIsTTY: true })).out).not.toContain('\x1b[');
  });
});

describe('article summary: writers on awkward records', () => {
  const awkward: SummaryRecord = {
    file: 'a`b.md',
    title: '*Big* [news]\n<b>today</b>',
    language: 'en',
    words: 1,
    readingMinutes: 1,
    essentials: { label: 'Key points', source: 'box', items: ['1. first', '# not a heading', '- not a list', 'a, "b"'] },
    quotes: 0,
  };
  const empty: SummaryRecord = { ...awkward, file: 'empty.txt', title: null, essentials: null, words: 0 };
  const write = (format: BatchFormat, records: SummaryRecord[]): string => {
    const writer = recordWriter(format, { paint: (_element, text) => text, width: null });
    return writer.start() + records.map((record) => writer.record(record)).join('') + writer.end();
  };

  it('markdown escapes what Markdown would read as markup', () => {
    const out = write('markdown', [awkward]);
    expect(out).toContain('## \\*Big\\* \\[news\\] \\<b\\>today\\</b\\>\n');
    expect(out).toContain('``a`b.md`` · en · 1 word · 1 min read · 0 quotes');
    expect(out).toContain('- 1\\. first\n- \\# not a heading\n- \\- not a list\n- a, "b"\n');
  });

  it('csv keeps a row on one line and quotes what needs it', () => {
    const rows = parseCsv(write('csv', [awkward, empty]));
    expect(rows).toHaveLength(3);
    expect(rows[1]!.slice(0, 2)).toEqual(['a`b.md', '*Big* [news] <b>today</b>']);
    expect(rows[1]![7]).toBe('1. first | # not a heading | - not a list | a, "b"');
    expect(rows[2]).toEqual(['empty.txt', '', 'en', '0', '1', '', '', '', '0']);
  });

  it('an article with no sentence: null essentials in json, a note in text and markdown', () => {
    expect(JSON.parse(write('json', [empty]))).toEqual([empty]);
    expect(JSON.parse(write('json', []))).toEqual([]);
    expect(write('text', [empty])).toBe('empty.txt\nen · 0 words · 1 min read · 0 quotes\nno essentials: the article has no sentence\n');
    expect(write('markdown', [empty])).toContain('_no essentials: the article has no sentence_\n');
  });
});

describe('article summary: inputs and errors', () => {
  it('a file name with control characters is shown sanitized, on one line, in every format', async () => {
    const dir = join(root, 'odd');
    mkdirSync(dir);
    writeFileSync(join(dir, 'evil\x1b]0;owned\x07\x1b[31m\nname\u202e.txt'), BOX_EN);
    const json = await summary([dir, '--format', 'json', '--jobs', '1']);
    expect((JSON.parse(json.out) as SummaryRecord[])[0]!.file).toBe(join(dir, 'evil name.txt'));
    for (const format of ['text', 'json', 'ndjson', 'csv', 'markdown']) {
      const { out } = await summary([dir, '--format', format, '--jobs', '1']);
      expect(out).not.toMatch(CONTROL);
      expect(out).toContain('evil name.txt');
    }
  });

  it('a missing file and a binary file: one stderr line each, the others done, exit 1', async () => {
    const dir = join(root, 'mixed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), BOX_EN);
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00]));
    writeFileSync(join(dir, 'c.txt'), NO_BOX_NL);
    const missing = join(root, 'no-such-file.txt');
    for (const jobs of ['1', '2']) {
      const { code, out, err } = await summary([missing, dir, '--format', 'ndjson', '--jobs', jobs]);
      expect(code).toBe(1);
      expect(err).toBe(
        `article: cannot read '${missing}': no such file\n` +
          `article: cannot read '${join(dir, 'b.txt')}': binary file (NUL bytes), not an article\n`,
      );
      expect(out.trimEnd().split('\n').map((line) => (JSON.parse(line) as SummaryRecord).file)).toEqual([join(dir, 'a.txt'), join(dir, 'c.txt')]);
    }
  });

  it('a file named as an argument is read whatever its extension; a directory without articles warns', async () => {
    const dir = join(root, 'other');
    mkdirSync(dir);
    const note = join(dir, 'story.article');
    writeFileSync(note, BOX_EN);
    const empty = await summary([dir, '--format', 'ndjson']);
    expect(empty).toEqual({ code: 0, out: '', err: `article: warning: no articles (.txt, .md, .markdown, .html, .htm) in '${dir}'\n` });
    const named = await summary([note, '--format', 'ndjson']);
    expect(named.code).toBe(0);
    expect((JSON.parse(named.out) as SummaryRecord).file).toBe(note);
  });

  it('reads stdin for - and for no argument with a pipe', async () => {
    for (const args of [['-'], []]) {
      const { code, out } = await summary([...args, '--format', 'ndjson', '--jobs', '2'], { stdin: BOX_EN });
      expect(code).toBe(0);
      expect(JSON.parse(out)).toMatchObject({ file: '-', title: 'Council Votes to Reopen the Old Harbour' });
    }
  });

  it('--sentences sets the summary length, --wpm the reading time', async () => {
    const nl = treeOrder[3]!;
    const one = JSON.parse((await summary([nl, '--format', 'ndjson', '--sentences', '1'])).out) as SummaryRecord;
    expect(one.essentials?.items).toHaveLength(1);
    const slow = JSON.parse((await summary([nl, '--format', 'ndjson', '--wpm', '10'])).out) as SummaryRecord;
    expect(slow.readingMinutes).toBe(Math.ceil(slow.words / 10));
  });

  it('usage errors exit 2 before anything is read', async () => {
    for (const args of [['--jobs', '0', tree], ['--format', 'xml', tree], ['--encoding', 'klingon', tree], ['--width', '0', tree]]) {
      const { code, out } = await summary(args);
      expect(code).toBe(2);
      expect(out).toBe('');
    }
  });
});

describe('article summary: many files', () => {
  it(`--jobs 2 writes the same bytes as --jobs 1, in input order (${MANY} files)`, async () => {
    for (const format of ['ndjson', 'csv', 'text']) {
      const one = await summary([many, '--format', format, '--jobs', '1']);
      const two = await summary([many, '--format', format, '--jobs', '2']);
      expect(one.code).toBe(0);
      expect(two.err).toBe('');
      expect(two.out).toBe(one.out);
      if (format === 'ndjson') {
        expect(two.out.trimEnd().split('\n').map((line) => (JSON.parse(line) as SummaryRecord).file)).toEqual(manyOrder);
      }
    }
  });

  it('keeps the argument order across files and directories', async () => {
    const args = [manyOrder[7]!, tree, manyOrder[3]!];
    const { out } = await summary([...args, '--format', 'ndjson', '--jobs', '2']);
    const files = out.trimEnd().split('\n').map((line) => (JSON.parse(line) as SummaryRecord).file);
    expect(files).toEqual([manyOrder[7], ...treeOrder, manyOrder[3]]);
  });

  it('draws no progress bar when stderr is not a terminal', async () => {
    const { err } = await summary([many, '--format', 'ndjson', '--jobs', '2']);
    expect(err).toBe('');
  });

  it('draws a progress bar when stderr is a terminal, and clears it at the end', async () => {
    const { out, err } = await summary([many, '--format', 'ndjson', '--jobs', '2'], { stderrIsTTY: true });
    expect(err).toMatch(/\r\x1b\[2Karticle: .* \d+\/2000 files/);
    expect(err.endsWith('\r\x1b[2K')).toBe(true);
    expect(out).not.toContain('\x1b');
  });

  it('on one terminal for stdout and stderr, records are written above the bar, never after it', async () => {
    let screen = '';
    const terminal = { write: (s: string) => void (screen += s) };
    const io: CliIo = {
      stdout: terminal,
      stderr: terminal,
      stdin: Readable.from([]),
      stdinIsTTY: true,
      stdoutIsTTY: true,
      stderrIsTTY: true,
      columns: 80,
      env: {},
    };
    expect(await run(['summary', ...manyOrder.slice(0, 50), '--format', 'ndjson'], io)).toBe(0);
    const pieces = screen.split('\r\x1b[2K');
    const bars = pieces.filter((piece) => piece.startsWith('article: '));
    expect(bars.length).toBeGreaterThan(0);
    // Until the inputs are counted (beside the work) the line has no bar, only the number done;
    // on a busy machine 50 files can be done before they are counted, so a bar with the total
    // is not asked for here (the 2,000-file test above asks for one).
    for (const bar of bars) expect(bar).toMatch(/^article: (?:[█░]+ \d+\/50|\d+) files$/);
    const records = pieces.filter((piece) => !piece.startsWith('article: ')).join('');
    expect(records.trimEnd().split('\n').map((line) => (JSON.parse(line) as SummaryRecord).file)).toEqual(manyOrder.slice(0, 50));
  });

  it('draws no progress bar for a single file, even on a terminal', async () => {
    const { err } = await summary([manyOrder[0]!, '--format', 'ndjson'], { stderrIsTTY: true });
    expect(err).toBe('');
  });
});

/** Runs the built CLI, sends SIGINT once two lines (a CSV header and a record) are out, and returns what it wrote. */
function interrupted(args: string[]): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'summary', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const before = out.split('\n').length;
      out += chunk;
      if (before <= 2 && out.split('\n').length > 2) child.kill('SIGINT');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => void (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

/**
 * Runs the built CLI with a non-blocking stdout (perl sets O_NONBLOCK, as a shell's `2>&1`
 * with Node's own stderr does) that nobody reads for a while, then sends SIGINT and reads.
 */
function interruptedWhileStalled(args: string[]): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const nonBlocking = 'use Fcntl; fcntl(STDOUT, F_SETFL, fcntl(STDOUT, F_GETFL, 0) | O_NONBLOCK) or die; exec @ARGV';
    const child = spawn('perl', ['-e', nonBlocking, process.execPath, BIN, 'summary', ...args], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });
    let out = '';
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => void (err += chunk));
    setTimeout(() => {
      child.kill('SIGINT');
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => void (out += chunk));
    }, STALL_MS);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

describe('article summary: SIGINT (the built bin/article)', () => {
  it('a stdout that fills up holds the batch back (it does not buffer every record), and SIGINT still ends it with whole records', async () => {
    const { code, out, err } = await interruptedWhileStalled([many, '--format', 'ndjson', '--jobs', '1']);
    expect(code).toBe(130);
    expect(err).toMatch(/^article: interrupted after \d+ records/m);
    const files = out.trimEnd().split('\n').map((line) => (JSON.parse(line) as SummaryRecord).file);
    expect(files.length).toBeLessThan(MANY);
    expect(files).toEqual(manyOrder.slice(0, files.length));
  });

  it.each([
    ['ndjson', '2'],
    ['csv', '1'],
  ])('%s with --jobs %s: complete records only, in order, exit 130', async (format, jobs) => {
    const { code, out, err } = await interrupted([many, '--format', format, '--jobs', jobs]);
    expect(code).toBe(130);
    expect(err).toMatch(/^article: interrupted after \d+ records/m);
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.trimEnd().split('\n');
    const files =
      format === 'ndjson'
        ? lines.map((line) => (JSON.parse(line) as SummaryRecord).file)
        : parseCsv(out)
            .slice(1)
            .map((row) => {
              expect(row).toHaveLength(CSV_COLUMNS.length);
              return row[0];
            });
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThan(MANY);
    expect(files).toEqual(manyOrder.slice(0, files.length));
  });
});
