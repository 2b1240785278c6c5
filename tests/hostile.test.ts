// Hostile input (spec §1): escape sequences and control characters in an article never reach
// stdout — removed whole, for every command, with colour forced on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { hasControlCharacters, sanitize } from '../src/io/sanitize.js';
import { loadArticle } from '../src/load.js';
import { cli } from './helpers.js';

const ESC = '\x1b';
const BEL = '\x07';

/** Sequences that would drive a terminal, each with a word that must not survive it. */
const SEQUENCES: Record<string, string> = {
  'CSI clear screen': `${ESC}[2J`,
  'CSI cursor move': `${ESC}[10;20H`,
  'SGR colour': `${ESC}[31;1m`,
  'OSC window title (BEL)': `${ESC}]0;pwned${BEL}`,
  'OSC window title (ST)': `${ESC}]2;pwned${ESC}\\`,
  'OSC 8 hyperlink': `${ESC}]8;;https://evil.example/pwned${BEL}`,
  'DCS': `${ESC}P+q5077e6564${ESC}\\`,
  '8-bit CSI': '\u009b31m',
  '8-bit OSC': '\u009d0;pwned\u009c',
  'BEL': BEL,
  'RIS (reset)': `${ESC}c`,
  'charset switch': `${ESC}(0`,
  'bidi override U+202E': '\u202e',
  'bidi isolate U+2066': '\u2066',
  'deprecated format character U+206E (national digit shapes)': '\u206e',
  'interlinear annotation U+FFF9-U+FFFB': '\ufff9\ufffa\ufffb',
  'backspace and DEL': '\b\x7f',
  'vertical tab and form feed': '\x0b\x0c',
};

const expectedText = (seq: string): string => `Before ${seq}after`.replace(seq, '');

describe('sanitize removes each sequence whole', () => {
  it.each(Object.entries(SEQUENCES))('%s', (_name, seq) => {
    expect(sanitize(`Before ${seq}after`)).toBe(expectedText(seq));
  });

  it('a hyperlink keeps its visible text only', () => {
    expect(sanitize(`See ${ESC}]8;;https://evil.example/${BEL}the site${ESC}]8;;${BEL} now`)).toBe('See the site now');
  });

  it('an unterminated OSC stops at the end of its line', () => {
    expect(sanitize(`Title ${ESC}]0;pwned\nThe article goes on.`)).toBe('Title \nThe article goes on.');
  });

  it('takes out soft hyphens, so a word hyphenated for a web page is one word again', () => {
    expect(sanitize('Bundes\u00adregierung plant Wohn\u00adgeld\u00adreform')).toBe('Bundesregierung plant Wohngeldreform');
  });

  it('keeps LF and TAB', () => {
    expect(sanitize('a\tb\nc')).toBe('a\tb\nc');
  });

  it('never leaves a control character, whatever the input', () => {
    const controls = fc.constantFrom(ESC, BEL, '\x9b', '\x9d', '\x9c', '\x90', '\u202e', '\u2066', '[', ']', ';', '0', 'P', '\\', 'm', 'a', ' ', '\n', '\r');
    fc.assert(
      fc.property(fc.array(fc.oneof(controls, fc.string()), { maxLength: 40 }), (parts) => {
        expect(hasControlCharacters(sanitize(parts.join('')))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

const hostile = [
  `Drones ${ESC}[2Jover${ESC}]0;pwned${BEL} Bagdad`,
  `Four drones were shot down${ESC}]8;;https://evil.example/pwned${BEL} near${ESC}]8;;${BEL} the base. The attack \u202efailed\u202c on Monday${BEL}.`,
  `Key points: The ${ESC}P+qpwned${ESC}\\drones \u009b31mwere shot down.`,
  'Nobody was hurt.',
  `The army said “we \u2066stopped\u2069 them ${ESC}[5mall” on Monday. It gave no more details.`,
  `Wraak${ESC}[1A`,
  `Militias have attacked the ${ESC}c bases ${ESC}(0before, the army said on Tuesday. The attacks will go on.`,
].join('\n\n');

const dir = mkdtempSync(join(tmpdir(), 'article-hostile-'));
const file = join(dir, 'hostile.txt');
writeFileSync(file, hostile);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Output with our own colour codes (SGR only) taken out; nothing else may drive the terminal. */
function withoutOwnStyling(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

describe('every command keeps hostile sequences off stdout', () => {
  const runs = [
    ['read'],
    ['read', '--json'],
    ['essentials'],
    ['essentials', '--json'],
    ['quotes'],
    ['quotes', '--json'],
    ['count'],
    ['count', '--json'],
  ];

  it.each(runs)('%s %s with --color always', async (...argv) => {
    const r = await cli([...argv, '--color', 'always', file], { stdoutIsTTY: true, columns: 80 });
    expect(r.code).toBe(0);
    const visible = withoutOwnStyling(r.stdout);
    expect(hasControlCharacters(visible)).toBe(false);
    expect(visible).not.toMatch(/[\x1b\x07\x9b\x9d\u202a-\u202e\u2066-\u2069]/);
    expect(r.stdout).not.toContain('pwned');
    expect(r.stdout).not.toContain('evil.example');
    expect(r.stdout).not.toContain('31m');
  });

  it('read is really coloured there, so the check above sees styled output', async () => {
    const r = await cli(['read', '--color', 'always', file], { stdoutIsTTY: true, columns: 80 });
    expect(r.stdout).toMatch(/\x1b\[[0-9;]*m/);
  });

  it('the article still reads: the text around the sequences is kept', () => {
    const { article } = loadArticle('hostile.txt', Buffer.from(hostile));
    expect(article.title).toBe('Drones over Bagdad');
    expect(article.essentials?.items).toEqual(['The drones were shot down.', 'Nobody was hurt.']);
    expect(article.quotes.map((q) => q.text)).toEqual(['we stopped them all']);
    expect(article.headings).toEqual(['Wraak']);
  });

  it('stdin gets the same treatment', async () => {
    const r = await cli(['quotes', '-'], { stdin: hostile });
    expect(r).toEqual({ code: 0, stdout: 'we stopped them all\n', stderr: '' });
  });
});

describe('hostile file names', () => {
  const name = join(dir, `x${ESC}]0;pwned${BEL}\ny.txt`);

  it('a missing file’s name reaches stderr on one line without its escape sequence', async () => {
    const r = await cli(['count', name]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`article: cannot read '${join(dir, 'x')} y.txt': no such file\n`);
  });

  it('a file’s name in count and read output carries no escape sequence', async () => {
    writeFileSync(name, 'Een titel\n\nDe tekst van het artikel. Nog een zin.');
    for (const command of ['count', 'read']) {
      const r = await cli([command, name]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[\x1b\x07]|pwned/);
    }
  });
});
