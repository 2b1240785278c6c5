// `read --format markdown`: any article as clean Markdown that reads back to the same
// essentials, quotes, headings and counts; and the escaping that makes that hold.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticle, loadParser } from '../src/load.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { escapeMarkdown } from '../src/parse/markdown-escape.js';
import { cli } from './helpers.js';

const REFERENCE = 'articles/drones-irak.txt';
const dir = mkdtempSync(join(tmpdir(), 'article-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function exported(file: string): Promise<string> {
  const result = await cli(['read', '--format', 'markdown', file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const path = join(dir, `${file.replace(/[/\\]/g, '_')}.md`);
  writeFileSync(path, result.stdout);
  return path;
}

/** What must survive the round trip, from `read --json`. */
async function essence(file: string): Promise<unknown> {
  const { stdout } = await cli(['read', '--json', file]);
  const article = JSON.parse(stdout) as Record<string, unknown> & { quotes: { text: string; kind: string }[] };
  const { title, language, lead, headings, essentials, pullQuotes, counts } = article;
  return { title, language, lead, headings, essentials, pullQuotes, counts, quotes: article.quotes.map((q) => [q.text, q.kind]) };
}

// First in this file: nothing has loaded the Markdown parser yet (test files are isolated).
describe('loadParser', () => {
  it('must load the Markdown parser before loadArticle reads Markdown', async () => {
    expect(() => loadArticle('x.md', Buffer.from('# T\n'))).toThrow("await loadParser('markdown') first");
    await loadParser('markdown');
    expect(loadArticle('x.md', Buffer.from('# T\n')).article.title).toBe('T');
  });
});

describe('the reference article through Markdown', () => {
  it('prints clean Markdown: front matter, the box as a heading with a list, pull quotes as >', async () => {
    const { stdout } = await cli(['read', '--format', 'markdown', REFERENCE]);
    expect(stdout.startsWith('---\nlang: nl\n---\n\n')).toBe(true);
    expect(stdout).toContain('\n## De essentie\n\n- Twee keer in 24 uur');
    expect(stdout).toContain('\n## Wraak\n');
    expect(stdout).toContain('\n> Op de vleugels van de drone');
  });

  for (const command of ['essentials', 'quotes', 'count']) {
    it(`gives the same \`${command}\` output read back`, async () => {
      const copy = await exported(REFERENCE);
      const before = await cli([command, REFERENCE]);
      const after = await cli([command, copy]);
      expect(before.stdout).not.toBe('');
      expect(after.code).toBe(before.code);
      expect(after.stderr).toBe(before.stderr.replaceAll(REFERENCE, copy));
      expect(after.stdout).toBe(before.stdout.replaceAll(REFERENCE, copy));
    });
  }
});

describe('every article and Markdown fixture through Markdown', () => {
  const fixtures = readdirSync('tests/fixtures/markdown').map((name) => `tests/fixtures/markdown/${name}/input.md`);
  const articles = readdirSync('articles').map((name) => `articles/${name}`);
  for (const file of [...articles, ...fixtures]) {
    it(`${file} reads back the same`, async () => {
      expect(await essence(await exported(file))).toEqual(await essence(file));
    });
  }

  it('exports a plain-text article with a title as # title and front matter', async () => {
    const input = 'Storm closes the harbour\n\nThe harbour closed on Sunday.\n\nKey points: ferries stop.\n';
    const { stdout } = await cli(['read', '--format', 'markdown', '-'], { stdin: input });
    expect(stdout).toBe(
      '---\ntitle: Storm closes the harbour\nlang: en\n---\n\n# Storm closes the harbour\n\nThe harbour closed on Sunday.\n\n## Key points\n\n- ferries stop.\n',
    );
  });
});

describe('numbered lists in the export', () => {
  const article = (lines: string) => `Countdown at the launch site\n\nThe rocket launched on Monday after years of delay, officials said.\n\n${lines}\n\nThe flight went as planned.\n`;
  it.each([
    ['a countdown', ['3. Fuel loaded', '2. Crew aboard', '1. Engines on'], [[3], [2], [1]]],
    ['a repeated number', ['1. FC Köln won', '1. FC Union lost', '2. Hertha drew'], [[1], [1, 2]]],
    ['tied ranks', ['1. Anna Berg', '3. Ben Cox', '3. Cleo Dunn', '4. Dirk Eck'], [[1], [3], [3, 4]]],
    ['numbers that count up', ['4. Fuel loaded', '5. Crew aboard', '6. Engines on'], [[4, 5, 6]]],
  ])('%s keeps each number as written, in marked and read back', async (_name, lines, runs) => {
    const { stdout } = await cli(['read', '--format', 'markdown', '-'], { stdin: article(lines.join('\n')) });
    const { marked } = await import('marked');
    const shown = marked
      .lexer(stdout)
      .filter((token) => token.type === 'list')
      .map((token) => (token as unknown as { start: number; items: unknown[] }).items.map((_item, i) => (token as unknown as { start: number }).start + i));
    expect(shown).toEqual(runs);
    const back = await cli(['read', '--input-format', 'markdown', '-'], { stdin: stdout });
    const numbered = back.stdout.split('\n').filter((line) => /^ *\d+\. /u.test(line)).map((line) => line.trim());
    expect(numbered).toEqual(lines);
  });
});

describe('front matter of the export', () => {
  it('is left out when the article has no metadata: an empty article exports as nothing', async () => {
    const result = await cli(['read', '--format', 'markdown', '-'], { stdin: '' });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('is left out for an article of symbols only, the text still exported', async () => {
    const result = await cli(['read', '--format', 'markdown', '--input-format', 'markdown', '-'], { stdin: '---\nauthor: ""\n---\n\n12 34\n' });
    expect(result.stdout).toBe('12 34\n');
  });

  it.each([
    ['Title | De Krant', 'title: Title | De Krant', '# Title \\| De Krant'],
    ['Raad over *nieuws* #1 [live] & meer', 'title: "Raad over *nieuws* #1 [live] & meer"', '# Raad over \\*nieuws\\* \\#1 \\[live\\] & meer'],
  ])('keeps the title %j exactly: the YAML value is not Markdown-escaped, the heading is', async (title, yamlLine, heading) => {
    const page = `<!doctype html><html lang="nl"><head><title>${title.replace('&', '&amp;')}</title></head><body><article><p>De gemeenteraad heeft maandagavond de begroting voor volgend jaar goedgekeurd, na een debat van meer dan zes uur.</p></article></body></html>`;
    const { stdout } = await cli(['read', '--format', 'markdown', '--input-format', 'html', '-'], { stdin: page });
    expect(stdout.split('\n').slice(0, 6)).toEqual(['---', yamlLine, 'lang: nl', '---', '', heading]);
    const back = await cli(['read', '--json', '--input-format', 'markdown', '-'], { stdin: stdout });
    expect(JSON.parse(back.stdout).title).toBe(title);
    const headingOnly = await cli(['read', '--json', '--input-format', 'markdown', '-'], { stdin: stdout.slice(stdout.indexOf('# ')) });
    expect(JSON.parse(headingOnly.stdout).title).toBe(title);
  });
});

describe('escapeMarkdown', () => {
  const cases: [string, string][] = [
    ['plain words stay plain', 'plain words stay plain'],
    ['*not emphasis* and _not either_', '\\*not emphasis\\* and \\_not either\\_'],
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '1\\. not a list'],
    ['2) not a list either', '2\\) not a list either'],
    ['- not a bullet', '\\- not a bullet'],
    ['+ not a bullet', '\\+ not a bullet'],
    ['> not a quote', '\\> not a quote'],
    ['AT&T &amp; &copy; &#27; stay text, R & D too', 'AT\\&T \\&amp; \\&copy; &\\#27; stay text, R & D too'],
    ['= not a setext rule', '\\= not a setext rule'],
    ['<b>not html</b>', '\\<b\\>not html\\</b\\>'],
    ['[not a link](x) | `not code` ~~no~~ back\\slash', '\\[not a link\\](x) \\| \\`not code\\` \\~\\~no\\~\\~ back\\\\slash'],
    ['al-Asad, 14.886 and F-16’s stay', 'al-Asad, 14.886 and F-16’s stay'],
    ['“Quotes” and ‘marks’ stay', '“Quotes” and ‘marks’ stay'],
    ['*x* at https://example.com/raw_data_v2 and (www.example.com/a*b*c).', '\\*x\\* at https://example.com/raw_data_v2 and (www.example.com/a*b*c).'],
    ['„https://example.com/?a=1&copy=2“ or press_office@example.com', '„https://example.com/?a=1&copy=2“ or press_office@example.com'],
    ['see https://example.com/a_ or _b_', 'see https\\://example.com/a\\_ or \\_b\\_'],
  ];
  it.each([
    ['marks marked takes off a URL’s end', 'The filter blocks (https://ads.example.com/*) and (https://track.example.net/*) on all pages.'],
    ['an underscore or tilde after a URL', 'Under (https://x.com/_) and https://x.com/a_, or ~https://x.com/b~ too.'],
    ['www. where marked links none', 'Read „www.example.de/_intern_“ for more, or "www.example.com/*news*/" and WWW.EXAMPLE.COM/_NEWS_ or xwww.example.com/*a*/.'],
    ['a reference at a URL’s end, and inside one', 'The link https://example.com/?q=1&copy; was shared, and https://example.com/?a=1&copy=2 too.'],
    ['a bar in a URL', 'Fonts at https://fonts.example.com/css?family=Roboto|Open+Sans load.'],
    ['a backtick in a URL and a < after one', 'Code at https://example.com/a`b` and https://example.com/x<y here.'],
    ['email addresses', 'Write to press_office@example.com or _a@b.com and c_.'],
    ['www. after a bracket or <', 'Die Website [www.stadt-beispiel.de] informiert. Anmeldung unter <www.stadt-beispiel.de/anmeldung> bis Freitag.'],
    ['a second scheme in an address escaped as text', 'Im Archiv: https://web.archive.org/web/2024/https://www.stadt-beispiel.de/bericht_*.'],
    ['long runs of punctuation and references after a URL', `See https://x.com/a${'.'.repeat(100_000)} and https://x.com/${'&amp;'.repeat(40_000)}* now.`],
  ])('%s: Markdown shows the text as it is', (_case, text) => {
    const { structure } = parseMarkdown(`# T\n\n${escapeMarkdown(text)}\n`);
    expect(structure.blocks[1]).toMatchObject({ type: 'lead', text });
  });

  it('a URL stays a link, its marks as they are; in a table cell its bar is escaped', () => {
    const text = 'Data at https://example.com/raw_data_v2?a=1|2 and www.example.com/*x*/ now.';
    expect(escapeMarkdown(text)).toBe(text);
    expect(escapeMarkdown('https://example.com/a|b', 'cell')).toBe('https://example.com/a\\|b');
  });

  for (const [text, escaped] of cases) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(escaped)}, which Markdown shows as the text`, () => {
      expect(escapeMarkdown(text)).toBe(escaped);
      const { structure } = parseMarkdown(`# T\n\n${escaped}\n`);
      expect(structure.blocks[1]).toMatchObject({ type: 'lead', text });
    });
  }
});
