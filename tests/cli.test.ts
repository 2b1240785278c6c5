// The CLI in-process (spec §6): exit codes, one-line errors, JSON shapes, count lines and
// totals, stdin, colour precedence, help and version — stdout, stderr and exit code together.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { looksLikeMarkdown } from '../src/load.js';
import { cli, lines, ROOT, SEED, seedBytes, specFile } from './helpers.js';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

const EN = 'tests/fixtures/text/en-flood/input.txt';
const SGR = /\x1b\[[0-9;]*m/;
const COMMANDS = ['read', 'essentials', 'quotes', 'count'];

const dir = mkdtempSync(join(tmpdir(), 'article-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exit status and one-line errors', () => {
  it.each(COMMANDS)('%s: a missing file is exit 1 with one line, the good files are still done', async (command) => {
    const alone = await cli([command, SEED]);
    const r = await cli([command, 'missing.txt', SEED]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("article: cannot read 'missing.txt': no such file\n");
    if (command === 'count') expect(r.stdout).toContain(lines(alone.stdout)[0]);
    else expect(r.stdout).toBe(alone.stdout);
  });

  it('a directory is exit 1: is a directory', async () => {
    const r = await cli(['essentials', 'articles', SEED]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("article: cannot read 'articles': is a directory\n");
    expect(r.stdout).toBe(specFile('seed-essentials.txt'));
  });

  it('several bad inputs give a line each, in order', async () => {
    const r = await cli(['count', 'a.txt', SEED, 'b.txt']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual(["article: cannot read 'a.txt': no such file", "article: cannot read 'b.txt': no such file"]);
    // The seed's line and the total of the files that could be read.
    expect(lines(r.stdout)).toHaveLength(2);
  });

  it('an input over --max-size is exit 1', async () => {
    const r = await cli(['count', '--max-size', '0.001', SEED]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^article: cannot read 'articles\/drones-irak\.txt': too large \([^\n]*\)\n$/);
  });

  it.each([
    ['an unknown flag', ['count', '--bogus', SEED]],
    ['an unknown command', ['bogus', SEED]],
    ['--width 0', ['read', '--width', '0', SEED]],
    ['--width abc', ['read', '--width', 'abc', SEED]],
    ['--wpm 0', ['count', '--wpm', '0', SEED]],
    ['--wpm -5', ['count', '--wpm', '-5', SEED]],
    ['--wpm 2.5', ['count', '--wpm', '2.5', SEED]],
    ['--color sometimes', ['read', '--color', 'sometimes', SEED]],
    ['--sentences x', ['essentials', '--sentences', 'x', SEED]],
    ['--input-format pdf', ['count', '--input-format', 'pdf', SEED]],
  ])('%s is a usage error: exit 2, nothing on stdout', async (_case, argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^article: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each(['count', 'summary', 'read'])('%s given - twice is a usage error: stdin is read once', async (command) => {
    const r = await cli([command, '-', '-'], { stdin: 'Titel\n\nEen zin.' });
    expect(r).toEqual({ code: 2, stdout: '', stderr: "article: '-' (standard input) can be read only once\n" });
  });

  it.each(COMMANDS)('%s with no input on a terminal is a usage error', async (command) => {
    const r = await cli([command], { stdinIsTTY: true });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'article: no input: give a FILE, or pipe an article into stdin (see --help)\n',
    });
  });
});

describe('--json shapes', () => {
  it('essentials: {label, source, items}', async () => {
    const r = await cli(['essentials', '--json', EN]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      label: 'Key points',
      source: 'box',
      items: ['The Wend rose 2.4 metres in twelve hours', '1,200 residents of the old town were evacuated', 'Nobody was hurt, the fire brigade says'],
    });
  });

  it('essentials of an article without a box: source summary, and a note on stderr only', async () => {
    const r = await cli(['essentials', '--json', '-'], { stdin: 'It rained all day. The river rose. Nobody was hurt.' });
    const value = JSON.parse(r.stdout);
    expect(value.source).toBe('summary');
    expect(value.items.length).toBeGreaterThan(0);
    expect(r.stderr).toBe("article: '-' has no essentials box; printing a summary\n");
    const plain = await cli(['essentials', '-'], { stdin: 'It rained all day. The river rose. Nobody was hurt.' });
    expect(plain.stdout).not.toContain('summary');
    expect(plain.stderr).toContain('has no essentials box');
  });

  it('quotes: an array of {text, kind, block}', async () => {
    const value = JSON.parse((await cli(['quotes', '--json', EN])).stdout);
    expect(Array.isArray(value)).toBe(true);
    for (const quote of value) {
      expect(Object.keys(quote).sort()).toEqual(['block', 'kind', 'text']);
      expect(['inline', 'pull']).toContain(quote.kind);
      expect(Number.isInteger(quote.block) && quote.block >= 1).toBe(true);
    }
  });

  it('count: an array with one object per file, parts adding up', async () => {
    const value = JSON.parse((await cli(['count', '--json', SEED, EN])).stdout);
    expect(value).toHaveLength(2);
    for (const counts of value) {
      expect(Object.keys(counts).sort()).toEqual(['file', 'parts', 'readingMinutes', 'sentences', 'words', 'wordsPerMinute']);
      expect(Object.keys(counts.parts).sort()).toEqual(['body', 'essentials', 'headings', 'lead', 'pullQuotes', 'title']);
      expect(Object.values(counts.parts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(counts.words);
    }
    expect(value[0]).toMatchObject({ file: SEED, words: 508, sentences: 34, readingMinutes: 3, wordsPerMinute: 230 });
  });

  it('count --json of one file is still an array', async () => {
    expect(JSON.parse((await cli(['count', '--json', SEED])).stdout)).toHaveLength(1);
  });

  it('read --json: the whole article with the fields of §6', async () => {
    const value = JSON.parse((await cli(['read', '--json', EN])).stdout);
    for (const key of ['title', 'language', 'lead', 'headings', 'sections', 'essentials', 'quotes', 'counts']) {
      expect(value).toHaveProperty(key);
    }
    expect(value.title).toBe('Flood waters reach the old town of Riverton');
    expect(value.language).toBe('en');
    expect(value.headings).toEqual(['Homes and shops', 'What comes next']);
  });

  it('several files give an array, one value per file that could be read', async () => {
    for (const command of ['read', 'essentials', 'quotes']) {
      const r = await cli([command, '--json', SEED, 'missing.txt', EN]);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toHaveLength(2);
    }
  });

  it.each([...COMMANDS, 'summary'])('%s --json: several files none of which can be read give [], one gives nothing', async (command) => {
    const none = await cli([command, '--json', 'missing.txt', 'gone.txt']);
    expect(none).toEqual({
      code: 1,
      stdout: '[]\n',
      stderr: "article: cannot read 'missing.txt': no such file\narticle: cannot read 'gone.txt': no such file\n",
    });
    // count --json and summary --json print an array always, for one file too.
    if (command === 'summary' || command === 'count') return;
    expect(await cli([command, '--json', 'missing.txt'])).toEqual({ code: 1, stdout: '', stderr: "article: cannot read 'missing.txt': no such file\n" });
  });

  it('count of several files has its total line when only one could be read, as wc has', async () => {
    const r = await cli(['count', SEED, 'missing.txt']);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([`    508 words     34 sentences    3 min  ${SEED}`, '    508 words     34 sentences    3 min  total']);
    expect((await cli(['count', 'missing.txt', 'gone.txt'])).stdout).toBe('');
  });

  it('JSON carries no colour even with --color always', async () => {
    const r = await cli(['read', '--json', '--color', 'always', SEED], { stdoutIsTTY: true });
    expect(r.stdout).not.toMatch(SGR);
  });
});

describe('count lines', () => {
  it('one line per file, words, sentences, minutes and the file', async () => {
    const r = await cli(['count', SEED]);
    expect(r).toEqual({ code: 0, stdout: `    508 words     34 sentences    3 min  ${SEED}\n`, stderr: '' });
  });

  it('a total line for several files; its minutes are those of all the words together', async () => {
    const r = await cli(['count', SEED, EN]);
    expect(lines(r.stdout)).toEqual([
      `    508 words     34 sentences    3 min  ${SEED}`,
      `    204 words     16 sentences    1 min  ${EN}`,
      '    712 words     50 sentences    4 min  total',
    ]);
  });

  it('--wpm changes the reading time', async () => {
    expect((await cli(['count', '--wpm', '100', SEED])).stdout).toContain('    6 min  ');
    expect((await cli(['count', '--wpm', '1000', SEED])).stdout).toContain('    1 min  ');
    const value = JSON.parse((await cli(['count', '--json', '--wpm', '254', SEED])).stdout);
    expect(value[0]).toMatchObject({ readingMinutes: 2, wordsPerMinute: 254 });
  });
});

describe('stdin', () => {
  it('- reads stdin, named - in messages and counts', async () => {
    const r = await cli(['count', '-'], { stdin: seedBytes() });
    expect(r).toEqual({ code: 0, stdout: '    508 words     34 sentences    3 min  -\n', stderr: '' });
  });

  it.each(COMMANDS)('%s with no path and a pipe on stdin reads stdin', async (command) => {
    const fromFile = await cli([command, SEED]);
    const stdin = new PassThrough();
    const pending = cli([command], { stdin, stdinIsTTY: false });
    stdin.end(seedBytes());
    const r = await pending;
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    if (command === 'read') expect(r.stdout).toBe(fromFile.stdout.replace(SEED, '-'));
    else if (command === 'count') expect(r.stdout).toBe(fromFile.stdout.replace(SEED, '-'));
    else expect(r.stdout).toBe(fromFile.stdout);
  });

  it('a file and stdin in one run', async () => {
    const r = await cli(['quotes', SEED, '-'], { stdin: 'He said “we leave tonight” and left.' });
    expect(r.stdout).toBe(`${specFile('seed-quotes.txt')}we leave tonight\n`);
  });

  it('an empty stdin is an empty article, not an error', async () => {
    const r = await cli(['count', '-'], { stdin: '' });
    expect(r).toEqual({ code: 0, stdout: '      0 words      0 sentences    1 min  -\n', stderr: '' });
  });
});

describe('colour', () => {
  const read = (argv: string[], env: Record<string, string | undefined>, stdoutIsTTY: boolean) =>
    cli(['read', ...argv, SEED], { env, stdoutIsTTY, columns: 80 });

  it.each([
    ['a terminal', [], {}, true, true],
    ['a pipe', [], {}, false, false],
    ['a terminal with NO_COLOR', [], { NO_COLOR: '1' }, true, false],
    ['a terminal with an empty NO_COLOR', [], { NO_COLOR: '' }, true, true],
    ['a pipe with FORCE_COLOR=1', [], { FORCE_COLOR: '1' }, false, true],
    ['a terminal with FORCE_COLOR=0', [], { FORCE_COLOR: '0' }, true, false],
    ['NO_COLOR and FORCE_COLOR=1', [], { NO_COLOR: '1', FORCE_COLOR: '1' }, false, false],
    ['a pipe with --color always', ['--color', 'always'], {}, false, true],
    ['--color always over NO_COLOR', ['--color', 'always'], { NO_COLOR: '1' }, false, true],
    ['--color never over FORCE_COLOR', ['--color', 'never'], { FORCE_COLOR: '1' }, true, false],
    ['--no-color on a terminal', ['--no-color'], {}, true, false],
    ['--no-color over FORCE_COLOR', ['--no-color'], { FORCE_COLOR: '3' }, true, false],
    ['a dumb terminal', [], { TERM: 'dumb' }, true, false],
  ])('%s', async (_case, argv, env, tty, coloured) => {
    const r = await read(argv as string[], env, tty as boolean);
    expect(r.code).toBe(0);
    expect(SGR.test(r.stdout)).toBe(coloured);
  });

  it.each(['essentials', 'quotes', 'count'])('%s prints no codes even with --color always', async (command) => {
    const r = await cli([command, '--color', 'always', SEED], { stdoutIsTTY: true });
    expect(r.stdout).not.toContain('\x1b');
  });

  it('a pipe gets no wrapping, --width wraps', async () => {
    const piped = await cli(['read', SEED]);
    expect(lines(piped.stdout).some((line) => line.length > 100)).toBe(true);
    const wrapped = await cli(['read', '--width', '40', SEED]);
    expect(lines(wrapped.stdout).every((line) => [...line].length <= 40)).toBe(true);
  });
});

describe('help and version', () => {
  it.each(['', ...COMMANDS])('%s --help exits 0 with usage on stdout', async (command) => {
    const r = await cli([...(command ? [command] : []), '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: article/);
    expect(r.stderr).toBe('');
  });

  it.each(['', ...COMMANDS])('%s -h exits 0', async (command) => {
    expect((await cli([...(command ? [command] : []), '-h'])).code).toBe(0);
  });

  it.each(['--version', '-V'])('%s prints the version', async (flag) => {
    expect(await cli([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each(COMMANDS)('%s --version exits 0 with the version', async (command) => {
    const r = await cli([command, '--version']);
    expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('no command at all shows help and is a usage error', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('Usage: article');
  });
});

describe('file names', () => {
  it('a file name with spaces and unicode is named as given', async () => {
    const file = join(dir, 'één artikel.txt');
    writeFileSync(file, 'Een titel\n\nDe tekst van het artikel. Nog een zin.');
    const r = await cli(['count', file]);
    expect(r.stdout.trimEnd().endsWith(file)).toBe(true);
  });
});

describe('review findings', () => {
  const frontMatter = (fields: string): string => {
    const file = join(dir, `fm-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(file, `---\n${fields}\n---\n\nDe tekst van het artikel staat hier. Het is een tweede zin.\n`);
    return file;
  };

  it.each(COMMANDS)('%s: YAML escapes in front matter (\\e, \\x9b, \\u202e) never reach stdout or stderr', async (command) => {
    const file = frontMatter(
      'title: "\\e]0;PWNED\\a\\e[2JEvil title"\nauthor: "\\x9b31mRed\\u202eabc"\nessentials:\n  - "\\e]8;;http://evil\\aclick\\e]8;;\\a here"\nunknown: !x tag',
    );
    for (const args of [[command, file], [command, '--json', file], [command, '--color', 'always', file]]) {
      const r = await cli(args);
      expect(r.code).toBe(0);
      expect(r.stdout.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
      expect(r.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]|YAMLWarning/);
    }
  });

  it('front matter essentials take the box\'s place, and read and count still show the article\'s own box as a heading and a list', async () => {
    const file = join(dir, 'fm-box.txt');
    writeFileSync(file, '---\nessentials: [Front matter point.]\n---\nFerry returns\n\nThe ferry sailed again on Monday after a long pause.\n\nKey points\n- The ferry runs daily.\n- Tickets cost less.\n');
    expect((await cli(['essentials', file])).stdout).toBe('Front matter point.\n');
    const read = await cli(['read', file]);
    expect(read.code).toBe(0);
    expect(read.stdout).toContain('Key points\n• Front matter point.\n\nKey points\n\n  • The ferry runs daily.\n  • Tickets cost less.\n');
    const [counts] = JSON.parse((await cli(['count', '--json', file])).stdout);
    // Title 2, lead 10, the front matter's box 2 + 3, the article's box as a heading 2 and a list 4 + 3.
    expect(counts.parts).toMatchObject({ title: 2, lead: 10, essentials: 5, headings: 2, body: 7 });
    expect(counts.words).toBe(26);
  });

  it('front matter values are one line: a block scalar item is one essentials line', async () => {
    const r = await cli(['essentials', frontMatter('essentials:\n  - |\n    two\n    lines')]);
    expect(r).toMatchObject({ code: 0, stdout: 'two lines\n' });
  });

  it.each([
    ['nl-BE', 'nl'],
    ['nld', 'nl'],
    ['DE', 'de'],
  ])('front matter lang %s is language %s', async (lang, language) => {
    const r = await cli(['read', '--json', frontMatter(`lang: ${lang}`)]);
    expect(JSON.parse(r.stdout).language).toBe(language);
    expect(r.stderr).toBe('');
  });

  it('front matter lang that is no language code is detected instead, with a warning', async () => {
    const file = frontMatter('lang: nederlands');
    const r = await cli(['read', '--json', file]);
    expect(JSON.parse(r.stdout).language).toBe('nl');
    expect(r.stderr).toBe(`article: warning: '${file}': front matter lang 'nederlands' is not an ISO 639 language code; the language is detected\n`);
  });

  it.each([
    ['essentials: not a list', 'front matter essentials is not a list; it is left out'],
    ['essentials:\n  - One point.\n  - {a: 1}\n  - [x, y]', 'front matter essentials has 2 items that are not text; left out'],
  ])('front matter essentials that are not texts are left out with a warning: %j', async (fields, message) => {
    const file = frontMatter(fields);
    const r = await cli(['essentials', '--json', file]);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(`article: warning: '${file}': ${message}`);
  });

  it('essentials of an article without a sentence: nothing, null in JSON, and says so', async () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '   \n\n');
    const r = await cli(['essentials', file]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: `article: '${file}' has no essentials box and no sentence to summarize\n` });
    expect(JSON.parse((await cli(['essentials', '--json', file])).stdout)).toBeNull();
  });

  it('essentials and quotes --json of several files say which file each entry is from', async () => {
    const essentials = await cli(['essentials', '--json', SEED, 'missing.txt', EN]);
    expect(essentials.code).toBe(1);
    const found = JSON.parse(essentials.stdout) as { file: string; essentials: { items: string[] } }[];
    expect(found.map((entry) => entry.file)).toEqual([SEED, EN]);
    expect(found[0]!.essentials.items).toHaveLength(3);
    const quotes = JSON.parse((await cli(['quotes', '--json', SEED, EN])).stdout) as { file: string; quotes: unknown[] }[];
    expect(quotes.map((entry) => entry.file)).toEqual([SEED, EN]);
    expect(quotes[0]!.quotes).toHaveLength(5);
  });

  it('usage errors are one line, without the control characters that were typed', async () => {
    const r = await cli(['count', '--color', '\x1b]0;X\x07', SEED]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).not.toContain('\x1b');
    const unknown = await cli(['\x1b[2Jfoo']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("article: unknown command 'foo' (see article --help)\n");
  });

  it.each([
    [['count', '--bogus', SEED], "article: unknown option '--bogus' (see article count --help)\n"],
    [['summary', '--words', SEED], "article: unknown option '--words' (see article summary --help)\n"],
    [['help', 'bogus'], "article: unknown command 'bogus' (see article --help)\n"],
    [['help', '\x1b[2Jbogus'], "article: unknown command 'bogus' (see article --help)\n"],
    [['read', '--width', 'wide', SEED], "article: option '-w, --width <columns>' argument 'wide' is invalid. --width takes a whole number from 1 to 10000. (see article read --help)\n"],
  ])('a usage error in %j points to that command\'s help', async (argv, stderr) => {
    expect(await cli(argv)).toMatchObject({ code: 2, stdout: '', stderr });
  });

  it.each(['read', 'essentials', 'quotes', 'count', 'summary'])('help %s shows that command\'s help on stdout, exit 0', async (command) => {
    const r = await cli(['help', command]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(new RegExp(`^Usage: article ${command} `));
  });

  it('help help shows the program\'s help on stdout, exit 0, as help does', async () => {
    const [help, helpHelp] = [await cli(['help']), await cli(['help', 'help'])];
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: article \[options\] \[command\]/);
    expect(helpHelp).toEqual(help);
    expect(await cli(['help', 'help', 'count'])).toEqual(await cli(['help', 'count']));
  });

  it('count says 1 sentence and 1 word, in aligned columns', async () => {
    const r = await cli(['count', '-'], { stdin: 'Hallo.' });
    expect(r.stdout).toBe('      1 word       1 sentence     1 min  -\n');
  });

  it('stdin over --max-size is refused without a size (reading stops at the limit)', async () => {
    const r = await cli(['count', '--max-size', '0.0001', '-'], { stdin: 'word '.repeat(100) });
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: "article: cannot read '-': too large (over the limit of 0.0001 MB, see --max-size)\n" });
  });

  it('a tiny --max-size is shown in useful units', async () => {
    const r = await cli(['count', '--max-size', '0.0001', SEED]);
    expect(r.stderr).toBe(`article: cannot read '${SEED}': too large (0.00332 MB; the limit is 0.0001 MB, see --max-size)\n`);
  });

  it.each([
    ['0.000001', 'the limit is 1 byte'],
    ['0.00000001', 'the limit is 1 byte'],
    ['0.00005', 'the limit is 52 bytes'],
  ])('a --max-size of %s MB is shown in bytes, never as an exponent', async (size, limit) => {
    const r = await cli(['count', '--max-size', size, SEED]);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: `article: cannot read '${SEED}': too large (0.00332 MB; ${limit}, see --max-size)\n` });
  });

  it('an unterminated OSC in a file with CR line ends removes only the rest of its line', async () => {
    const r = await cli(['read', '-'], { stdin: 'Titel\r\rEen zin \x1b]0;abc\rDe rest van de tekst blijft staan. Echt waar.\r' });
    expect(r.stdout).toContain('Een zin De rest van de tekst blijft staan. Echt waar.');
    expect(r.stdout).not.toContain('\x1b');
  });

  it('Markdown on stdin is read as Markdown: same essentials and counts as the file', async () => {
    const file = 'articles/harbour-night-ferry.md';
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const command of ['essentials', 'count']) {
      const piped = await cli([command, '-'], { stdin: text });
      const named = await cli([command, file]);
      expect(piped.stdout.replace(' -\n', '')).toBe(named.stdout.replace(` ${file}\n`, ''));
    }
  });
});

describe('looksLikeMarkdown (stdin only)', () => {
  it.each([
    ['# Title\n\nText.', true],
    ['---\ntitle: x\n---\n\n# Title\n\nText.', true],
    ['Lead.\n\n## One\n\nText.\n\n## Two\n\nMore.', true],
    ['Lead.\n\n## Only one heading\n\nText.', false],
    ['#hashtag at the start of a plain text', false],
    ['Plain text. With sentences.', false],
  ])('%j is Markdown: %s', (text, expected) => {
    expect(looksLikeMarkdown(text)).toBe(expected);
  });
});
