// Paging and output formats of `read`: a pager only on a terminal, only for output taller
// than the screen, never with --no-pager; --format text|markdown|json with --json as an alias.
import { describe, expect, it } from 'vitest';
import { decideWidth } from '../src/cli/settings.js';
import { pagerCommand, runPager, tallerThan } from '../src/io/pager.js';
import { cli, fakePager, type FakeProcess } from './helpers.js';

const ARTICLE = 'articles/harbour-night-ferry.md';
const TERMINAL: FakeProcess = { stdoutIsTTY: true, columns: 80, rows: 24, env: { TERM: 'xterm' } };

describe('pagerCommand', () => {
  const cases: [string | undefined, string[] | null][] = [
    [undefined, ['less', '-R']],
    ['most', ['most']],
    ['  less  -RFX ', ['less', '-RFX']],
    ['', null],
    ['   ', null],
    ['cat', null],
  ];
  for (const [pager, expected] of cases) {
    it(`PAGER=${JSON.stringify(pager)} → ${JSON.stringify(expected)}`, () => {
      expect(pagerCommand(pager === undefined ? {} : { PAGER: pager })).toEqual(expected);
    });
  }
});

describe('tallerThan', () => {
  const cases: [string, number, number | undefined, boolean][] = [
    ['a\nb\nc\n', 3, 80, false],
    ['a\nb\nc\nd\n', 3, 80, true],
    [`${'x'.repeat(30)}\nb\n`, 2, 10, true],
    [`\x1b[1m${'x'.repeat(10)}\x1b[22m\nb\n`, 2, 10, false],
    [`${'日'.repeat(6)}\n`, 1, 10, true],
  ];
  for (const [text, rows, columns, expected] of cases) {
    it(`${JSON.stringify(text).slice(0, 30)} in ${rows} rows of ${columns}: ${expected}`, () => {
      expect(tallerThan(text, rows, columns)).toBe(expected);
    });
  }
});

describe('read and the pager', () => {
  it('pages output taller than the terminal through less -R by default', async () => {
    const pager = fakePager();
    const result = await cli(['read', ARTICLE], { ...TERMINAL, pager });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(pager.shown).toHaveLength(1);
    expect(pager.shown[0]!.command).toEqual(['less', '-R']);
    expect(pager.shown[0]!.text).toContain('\x1b[');
    expect(pager.shown[0]!.text).toContain('The night ferry returns to the harbour');
  });

  it('uses $PAGER', async () => {
    const pager = fakePager();
    await cli(['read', ARTICLE], { ...TERMINAL, env: { TERM: 'xterm', PAGER: 'more -d' }, pager });
    expect(pager.shown[0]!.command).toEqual(['more', '-d']);
  });

  it('writes output that fits the screen directly', async () => {
    const pager = fakePager();
    const result = await cli(['read', ARTICLE], { ...TERMINAL, rows: 500, pager });
    expect(pager.shown).toEqual([]);
    expect(result.stdout).toContain('The night ferry returns to the harbour');
  });

  it('never pages with --no-pager', async () => {
    const pager = fakePager();
    const result = await cli(['read', '--no-pager', ARTICLE], { ...TERMINAL, pager });
    expect(pager.shown).toEqual([]);
    expect(result.stdout).toContain('The night ferry returns to the harbour');
  });

  it('never pages a pipe', async () => {
    const pager = fakePager();
    const result = await cli(['read', ARTICLE], { ...TERMINAL, stdoutIsTTY: false, pager });
    expect(pager.shown).toEqual([]);
    expect(result.stdout).not.toContain('\x1b');
  });

  it('writes the output itself when the pager cannot start', async () => {
    const pager = fakePager(false);
    const result = await cli(['read', ARTICLE], { ...TERMINAL, pager });
    expect(pager.shown).toHaveLength(1);
    expect(result.stdout).toBe(pager.shown[0]!.text);
  });

  it('pages every format, and several files at once', async () => {
    for (const format of ['markdown', 'json']) {
      const pager = fakePager();
      await cli(['read', '--format', format, ARTICLE], { ...TERMINAL, pager });
      expect(pager.shown).toHaveLength(1);
    }
    const pager = fakePager();
    await cli(['read', ARTICLE, 'articles/drones-irak.txt'], { ...TERMINAL, pager });
    expect(pager.shown).toHaveLength(1);
    expect(pager.shown[0]!.text).toContain('drones-irak.txt');
  });
});

describe('read --format', () => {
  it('json is what --json prints', async () => {
    const format = await cli(['read', '--format', 'json', ARTICLE]);
    const alias = await cli(['read', '--json', ARTICLE]);
    expect(format.code).toBe(0);
    expect(JSON.parse(format.stdout).title).toBe('The night ferry returns to the harbour');
    expect(format.stdout).toBe(alias.stdout);
    expect(await cli(['read', '--json', '--format', 'json', ARTICLE])).toEqual(alias);
  });

  it('text is the default', async () => {
    expect(await cli(['read', '--format', 'text', ARTICLE])).toEqual(await cli(['read', ARTICLE]));
  });

  it('markdown prints front matter and Markdown, never colour', async () => {
    const pager = fakePager();
    await cli(['read', '--format', 'markdown', '--color', 'always', ARTICLE], { ...TERMINAL, pager });
    const text = pager.shown[0]!.text;
    expect(text.startsWith('---\ntitle: The night ferry returns to the harbour\nauthor: Maren Olsen\n')).toBe(true);
    expect(text).not.toContain('\x1b');
  });

  it('-f is --format, as in summary', async () => {
    expect(await cli(['read', '-f', 'json', ARTICLE])).toEqual(await cli(['read', '--format', 'json', ARTICLE]));
  });

  it('refuses --json with another format, and unknown formats', async () => {
    const clash = await cli(['read', '--json', '--format', 'markdown', ARTICLE]);
    expect(clash).toMatchObject({ code: 2, stdout: '' });
    expect(clash.stderr).toBe('article: --json and --format markdown ask for different outputs\n');
    const unknown = await cli(['read', '--format', 'html', ARTICLE]);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^article: option '-f, --format <format>' argument 'html' is invalid/);
  });
});

describe('runPager', () => {
  it.each([
    ['a pager that quits with status 0', ['true'], true],
    ['a pager that fails (PAGER=false): the caller prints the text itself', ['false'], false],
    ['a pager stopped by a signal, as a reader quits it', ['sh', '-c', 'kill -TERM $$'], true],
    ['a pager that is not installed', ['no-such-pager-here'], false],
  ])('%s: %s', async (_case, command, shown) => {
    expect(await runPager('text\n', command)).toBe(shown);
  });
});

describe('the width of a terminal', () => {
  const terminal = (env: Record<string, string>) => ({ env, isTTY: true, columns: 80 });
  it.each([
    [{}, 80],
    [{ COLUMNS: '30' }, 30],
    [{ COLUMNS: ' 45 ' }, 45],
    [{ COLUMNS: '300' }, 100],
    [{ COLUMNS: '0' }, 80],
    [{ COLUMNS: 'wide' }, 80],
    [{ COLUMNS: '-5' }, 80],
  ])('with %j: %i columns', (env, width) => {
    expect(decideWidth(undefined, terminal(env))).toBe(width);
  });

  it('--width wins over COLUMNS, and a pipe is not wrapped whatever COLUMNS says', () => {
    expect(decideWidth(20, terminal({ COLUMNS: '30' }))).toBe(20);
    expect(decideWidth(undefined, { env: { COLUMNS: '30' }, isTTY: false, columns: undefined })).toBeNull();
  });
});
