// `read` as a reader sees it: golden ANSI renderings (regenerate with npm run fixtures:update
// and review the diff), no line wider than the width, and clean text in a pipe.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import stringWidth from 'string-width';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cli, expectGolden } from './helpers.js';

const ARTICLES = readdirSync('articles')
  .filter((name) => /\.(txt|md)$/.test(name))
  .map((name) => join('articles', name))
  .sort();
const MARKDOWN_FIXTURES = readdirSync(join('tests', 'fixtures', 'markdown'))
  .map((name) => join('tests', 'fixtures', 'markdown', name, 'input.md'))
  .sort();
/** Every other article among the fixtures: plain text, summaries and HTML pages. */
const OTHER_FIXTURES = [
  ...readdirSync(join('tests', 'fixtures', 'text')).map((name) => join('tests', 'fixtures', 'text', name, 'input.txt')),
  ...['summary', 'html'].flatMap((dir) =>
    readdirSync(join('tests', 'fixtures', dir))
      .filter((name) => /\.(txt|html)$/.test(name))
      .map((name) => join('tests', 'fixtures', dir, name)),
  ),
].sort();
const ALL = [...ARTICLES, ...MARKDOWN_FIXTURES, ...OTHER_FIXTURES];
const GOLDEN = join('tests', 'fixtures', 'read-golden');
// What Markdown syntax looks like when a renderer leaves it in the text.
const MARKDOWN_SYNTAX = /\*\*|__|\]\(|\]\[|`|^\s*#{1,6}\s|^\s*>|^\s*[-*+]\s|~~|<\/?[a-z]+>/m;

function widest(text: string): number {
  return Math.max(...text.split('\n').map((line) => stringWidth(stripVTControlCharacters(line))));
}

describe('read: golden renderings with colour', () => {
  it('has articles in both formats', () => {
    expect(ARTICLES.some((file) => file.endsWith('.md'))).toBe(true);
    expect(ARTICLES.some((file) => file.endsWith('.txt'))).toBe(true);
  });

  for (const file of ARTICLES) {
    for (const width of [40, 80]) {
      it(`${file} at width ${width}`, async () => {
        const result = await cli(['read', '--color', 'always', '--width', String(width), file]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('\x1b[');
        expectGolden(join(GOLDEN, `${basename(file)}.w${width}.ansi`), result.stdout);
      });
    }
  }
});

describe('read: never wider than the width', () => {
  it('reads fixtures of every format', () => {
    expect(OTHER_FIXTURES.some((file) => file.endsWith('.html'))).toBe(true);
    expect(OTHER_FIXTURES.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of ALL) {
    for (const width of [40, 72]) {
      it(`${file} at width ${width}`, async () => {
        const result = await cli(['read', '--color', 'always', '--width', String(width), file]);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('\x1b[');
        expect(widest(result.stdout)).toBeLessThanOrEqual(width);
      });
    }
  }

  it('draws a terminal-wide layout within a narrow terminal, capped at 100 columns on a wide one', async () => {
    const narrow = await cli(['read', ARTICLES[0]!], { stdoutIsTTY: true, columns: 50, env: { TERM: 'xterm' } });
    expect(widest(narrow.stdout)).toBeLessThanOrEqual(50);
    const wide = await cli(['read', 'articles/harbour-night-ferry.md'], { stdoutIsTTY: true, columns: 200, env: { TERM: 'xterm' } });
    expect(widest(wide.stdout)).toBeLessThanOrEqual(100);
    expect(widest(wide.stdout)).toBeGreaterThan(80);
  });
});

describe('read: in a pipe', () => {
  for (const file of ALL) {
    it(`${file} has no escape codes and no Markdown syntax`, async () => {
      const result = await cli(['read', file]);
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(/[\x1b\x9b]/);
      expect(result.stdout).not.toMatch(MARKDOWN_SYNTAX);
    });
  }

  it.each([
    ['markdown', '# T\n\nSome words here.\n\n| Stad | Inwoners |\n| --- | ---: |\n| 東京 | 14 000 000 |\n| Gent | 265 000 |\n'],
    ['html', '<!doctype html><html lang="en"><head><title>T</title></head><body><article><p>Some words here, in a paragraph long enough for the page to be read as an article.</p><table><tr><th>Stad</th><th>Inwoners</th></tr><tr><td>東京</td><td>14 000 000</td></tr><tr><td>Gent</td><td>265 000</td></tr></table></article></body></html>'],
  ])('draws a %s table without box characters: | between columns, a - rule under the header, aligned by display width', async (format, input) => {
    const result = await cli(['read', '--input-format', format, '-'], { stdin: input });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[─│┌┐└┘├┤┬┴┼]/);
    const table = result.stdout.split('\n').filter((line) => line.includes(' | ') || /^-+$/.test(line));
    expect(table).toEqual(
      format === 'markdown'
        ? ['Stad |   Inwoners', '-----------------', '東京 | 14 000 000', 'Gent |    265 000']
        : ['Stad | Inwoners', '-----------------', '東京 | 14 000 000', 'Gent | 265 000'],
    );
    // The separators stand in one column although 東京 is two characters four columns wide.
    const rows = table.filter((line) => line.includes(' | '));
    expect(new Set(rows.map((line) => stringWidth(line.slice(0, line.indexOf(' | ')))))).toEqual(new Set([4]));
  });

  it.each([
    ['markdown', `# T\n\nSome words here.\n\n| a | b |\n| - | - |\n${'| x | y |\n'.repeat(150_000)}`],
    ['html', `<!doctype html><html lang="en"><head><title>T</title></head><body><article><p>Some words here, in a paragraph long enough for the page to be read as an article.</p><table><tr><th>a</th><th>b</th></tr>${'<tr><td>x</td><td>y</td></tr>'.repeat(150_000)}</table></article></body></html>`],
  ])('draws a %s table of 150,000 rows, every row', async (format, input) => {
    const result = await cli(['read', '--input-format', format, '-'], { stdin: input });
    // A page of 450,000 elements is read whole, without Readability (see MAX_READABILITY_ELEMENTS).
    expect(result.stderr).toBe(format === 'html' ? "article: warning: '-': the page has more than 30,000 elements, too many to tell the article from the page in reasonable time; reading the whole page\n" : '');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((line) => line === 'x | y')).toHaveLength(150_000);
  }, 60_000);

  it('fits a plain table into the width, its cells wrapped', async () => {
    const input = '# T\n\nSome words here.\n\n| Stad | Inwoners |\n| --- | --- |\n| Amsterdam en omgeving | meer dan twee miljoen mensen |\n';
    const result = await cli(['read', '--width', '24', '--input-format', 'markdown', '-'], { stdin: input });
    expect(widest(result.stdout)).toBe(24);
    expect(result.stdout).toContain(' | ');
    expect(result.stdout).not.toMatch(/[─│]/);
  });

  it.each([
    ['text', 'Top three\n\nThe lead paragraph is here and it is long enough to be a lead.\n\n3. The harbour is lovely.\n4. The fish is fresh.\n5. The people are kind.\n'],
    ['markdown', '# Top three\n\nThe lead paragraph is here and it is long enough to be a lead.\n\n3. The harbour is lovely.\n4. The fish is fresh.\n   1. Nested one\n   2. Nested two\n5. The people are kind.\n'],
    ['html', '<!doctype html><html lang="en"><head><title>Top three</title></head><body><article><p>The lead paragraph is here and it is long enough to be a lead of this page.</p><ol start="3"><li>The harbour is lovely.</li><li>The fish is fresh.</li><li>The people are kind.</li></ol></article></body></html>'],
  ])('numbers a %s list from its first number, not from 1', async (format, input) => {
    const result = await cli(['read', '--input-format', format, '-'], { stdin: input });
    expect(result.code).toBe(0);
    const numbered = result.stdout.split('\n').filter((line) => /^\s+\d+\. /.test(line)).map((line) => line.trim());
    expect(numbered.filter((line) => !line.includes('Nested'))).toEqual(['3. The harbour is lovely.', '4. The fish is fresh.', '5. The people are kind.']);
    if (format === 'markdown') expect(numbered.filter((line) => line.includes('Nested'))).toEqual(['1. Nested one', '2. Nested two']);
    const json = JSON.parse((await cli(['read', '--json', '--input-format', format, '-'], { stdin: input })).stdout) as { blocks: { type: string; start?: number }[] };
    expect(json.blocks.find((block) => block.type === 'list')?.start).toBe(3);
    const exported = (await cli(['read', '--format', 'markdown', '--input-format', format, '-'], { stdin: input })).stdout;
    expect(exported).toContain('3. The harbour is lovely.');
  });

  it('keeps the numbers a plain-text list was written with: a countdown stays a countdown', async () => {
    const input = 'Lift-off\n\nThe lead paragraph is here and it is long enough to be a lead.\n\n3. Engines on.\n2. Clamps open.\n1. Lift-off.\n';
    const result = await cli(['read', '-'], { stdin: input });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('  3. Engines on.\n  2. Clamps open.\n  1. Lift-off.\n');
    const json = JSON.parse((await cli(['read', '--json', '-'], { stdin: input })).stdout) as { blocks: { type: string; start?: number; numbers?: number[] }[] };
    expect(json.blocks.find((block) => block.type === 'list')).toMatchObject({ start: 3, numbers: [3, 2, 1] });
    expect((await cli(['read', '--format', 'markdown', '-'], { stdin: input })).stdout).toContain('3. Engines on.\n\n<!-- -->\n\n2. Clamps open.\n\n<!-- -->\n\n1. Lift-off.');
  });

  it('numbers an HTML list whose start is below zero from 1, as Markdown can write it', async () => {
    const page = '<!doctype html><html lang="en"><head><title>T</title></head><body><article><p>The lead paragraph is here and it is long enough to be a lead of this page.</p><ol start="-1"><li>The harbour is lovely.</li><li>The fish is fresh.</li></ol></article></body></html>';
    const exported = (await cli(['read', '--format', 'markdown', '--input-format', 'html', '-'], { stdin: page })).stdout;
    expect(exported).toContain('1. The harbour is lovely.\n2. The fish is fresh.');
  });

  it.each([
    ['tight', '- [ ] open task\n- [x] done task\n'],
    ['loose', '- [ ] open task\n\n- [x] done task\n'],
  ])('draws the box of a Markdown task item once, in a %s list', async (_kind, list) => {
    const result = await cli(['read', '--input-format', 'markdown', '-'], { stdin: `# T\n\nSome words here.\n\n${list}` });
    const items = result.stdout.split('\n').filter((line) => line.includes('task'));
    expect(items.map((line) => line.trim())).toEqual(['• ☐ open task', '• ☑ done task']);
  });

  it.each([
    [20, ['Titre', 'fr · 11 words', '1 min read']],
    [13, ['Titre', 'fr · 11 words', '1 min read']],
    [12, ['Titre', 'fr', '11 words', '1 min read']],
    [26, ['Titre', 'fr · 11 words · 1 min read']],
  ])('at %i columns no fact under the title is split over two lines', async (width, header) => {
    const result = await cli(['read', '-w', String(width), '-'], { stdin: 'Titre\n\nLe maire a parlé d’« une décision courageuse » hier soir.\n' });
    expect(result.stdout.split('\n').slice(0, header.length + 1)).toEqual([...header, '']);
  });

  it('shows emphasis, links and lists of Markdown as text', async () => {
    const input = '# T\n\nSome **bold** and *em* text with a [link](https://example.org/x).\n\n- one\n- two *items*\n  1. nested\n  2. list\n';
    const result = await cli(['read', '--input-format', 'markdown', '-'], { stdin: input });
    expect(result.stdout).toBe(
      'T\nen · 14 words · 1 min read\n\nSome bold and em text with a link (https://example.org/x).\n\n  • one\n  • two items\n      1. nested\n      2. list\n',
    );
  });
});
