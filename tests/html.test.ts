// HTML articles through the CLI: Readability's public test pages (read from shared/ beside the
// clone, never copied), our own fixtures with an essentials aside, pull quotes and hostile
// entities, and the plain-text twin that must give the same essentials.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countWords } from '../src/analyse/words.js';
import { hasControlCharacters } from '../src/io/sanitize.js';
import { loadArticle } from '../src/load.js';
import { MAX_READABILITY_ELEMENTS } from '../src/parse/html.js';
import type { Article } from '../src/model.js';
import { cli, ROOT } from './helpers.js';

const PAGES = join(ROOT, '..', 'shared', 'eval', 'readability-pages');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'html');
/** How far our word count may stray from that of Readability's expected text. */
const WORD_TOLERANCE = 0.05;

const pages = readdirSync(PAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const require = createRequire(import.meta.url);
const { parseHTML } = require('linkedom') as { parseHTML(html: string): { document: { body: { textContent: string } } } };

/** The words of a Readability `expected.html`: countWords over its text content (linkedom's). */
function expectedWords(page: string): number {
  const expected = readFileSync(join(PAGES, page, 'expected.html'), 'utf8');
  // The expected output is a fragment; linkedom wants a whole page around it.
  return countWords(parseHTML(`<!doctype html><html><head></head><body>${expected}</body></html>`).document.body.textContent);
}

const scratch = mkdtempSync(join(tmpdir(), 'article-html-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Output with our own colour codes (SGR only) taken out; nothing else may drive the terminal. */
function withoutOwnStyling(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

describe("Readability's test pages", () => {
  it('are all there (six pages)', () => {
    expect(pages).toHaveLength(6);
  });

  describe.each(pages)('%s', (page) => {
    const source = join(PAGES, page, 'source.html');
    const metadata = JSON.parse(readFileSync(join(PAGES, page, 'expected-metadata.json'), 'utf8')) as { title: string };

    it('gives the expected title', async () => {
      const r = await cli(['read', '--json', source]);
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as Article).title).toBe(metadata.title);
    });

    it(`counts within ${WORD_TOLERANCE * 100} % of the expected text's words`, async () => {
      const r = await cli(['count', '--json', source]);
      expect(r.code).toBe(0);
      const [counts] = JSON.parse(r.stdout) as { words: number }[];
      const expected = expectedWords(page);
      expect(Math.abs(counts!.words - expected) / expected).toBeLessThanOrEqual(WORD_TOLERANCE);
    });

    it.each([['read'], ['count'], ['quotes'], ['essentials']])('%s: exit 0, no control characters', async (command) => {
      for (const options of [[], ['--color', 'always']]) {
        const r = await cli([command, ...options, source], { stdoutIsTTY: options.length > 0, columns: 80 });
        expect(r.code).toBe(0);
        // A page may quote nothing (heise has only a scare quote); the others always print.
        if (command !== 'quotes') expect(r.stdout.trim()).not.toBe('');
        expect(hasControlCharacters(withoutOwnStyling(r.stdout))).toBe(false);
        expect(hasControlCharacters(r.stderr)).toBe(false);
      }
    });
  });
});

describe('an HTML article and its plain-text twin', () => {
  const html = join(FIXTURES, 'nl-kouter.html');
  const text = join(FIXTURES, 'nl-kouter.txt');

  it('give the same essentials output', async () => {
    const fromHtml = await cli(['essentials', html]);
    const fromText = await cli(['essentials', text]);
    expect(fromHtml).toEqual({ code: 0, stdout: fromText.stdout, stderr: '' });
    expect(fromHtml.stdout.split('\n')).toHaveLength(4);
  });

  it('give the same essentials as JSON: the box from the aside Readability drops', async () => {
    const fromHtml = await cli(['essentials', '--json', html]);
    const fromText = await cli(['essentials', '--json', text]);
    expect(JSON.parse(fromHtml.stdout)).toEqual(JSON.parse(fromText.stdout));
    expect(JSON.parse(fromHtml.stdout)).toMatchObject({ label: 'De essentie', source: 'box' });
  });

  it('give the same article but for block numbers and format', () => {
    const view = (file: string): unknown => {
      const { article } = loadArticle(file, readFileSync(file));
      const { format: _format, file: _file, blocks: _blocks, quotes, sections: _sections, ...rest } = article;
      return { ...rest, quotes: quotes.map((quote) => [quote.text, quote.kind]) };
    };
    expect(view(html)).toEqual(view(text));
  });

  it('keep the box after the lead, where the page had it', () => {
    const { article } = loadArticle(html, readFileSync(html));
    expect(article.blocks.slice(0, 3).map((block) => block.type)).toEqual(['title', 'lead', 'essentials']);
  });
});

describe('the English fixture', () => {
  const file = join(FIXTURES, 'en-floodgates.html');
  const { article, warnings } = loadArticle(file, readFileSync(file));

  it('reads title, byline, date, site and language from the page', () => {
    expect(warnings).toEqual([]);
    expect(article.format).toBe('html');
    expect(article.title).toBe('River authority opens the Thames floodgates for the first time in a decade');
    expect(article.meta).toEqual({ author: 'Harriet Cole', date: '2026-02-03T07:30:00Z', source: 'The Daily Ledger' });
    expect(article.language).toBe('en');
  });

  it('takes the first paragraph that is not a caption as the lead', () => {
    expect(article.lead).toMatch(/^The river authority closed the Thames Barrier/);
  });

  it('keeps the box where it stands, headings, a figure quote, a table and a list', () => {
    expect(article.essentials).toEqual({
      label: 'Key points',
      source: 'box',
      items: ['The barrier closed twice in one week.', 'Eleven towns were under flood warnings.', 'No homes were flooded, the authority said.'],
    });
    expect(article.blocks.map((block) => block.type)).toEqual([
      'title', 'paragraph', 'lead', 'paragraph', 'essentials', 'heading', 'paragraph', 'pullquote', 'paragraph',
      'table', 'heading', 'paragraph', 'list', 'paragraph',
    ]);
    expect(article.blocks.filter((block) => block.type === 'heading')).toMatchObject([
      { text: 'A record winter', level: 2 },
      { text: 'What happens next', level: 3 },
    ]);
    expect(article.blocks.find((block) => block.type === 'pullquote')).toMatchObject({
      quote: 'The barrier did exactly what it was built to do.',
      attribution: 'Priya Natarajan, operations manager',
    });
    expect(article.blocks.find((block) => block.type === 'table')).toMatchObject({
      header: ['Winter', 'Closures'],
      rows: [['2023-24', '4'], ['2024-25', '6'], ['2025-26', '9']],
    });
    expect(article.blocks.find((block) => block.type === 'list')).toMatchObject({ ordered: true });
  });

  it('leaves navigation, related stories and the footer out', () => {
    const shown = JSON.stringify(article.blocks);
    for (const furniture of ['Home', 'Related stories', 'Storm Freya', '© 2026']) expect(shown).not.toContain(furniture);
  });

  it('keeps absolute links as Markdown, and no relative or javascript: link', () => {
    const paragraph = article.blocks.find((block) => block.type === 'paragraph' && block.markdown);
    expect(paragraph).toMatchObject({
      markdown:
        'Water levels at Teddington rose by almost a metre on Sunday night, and the authority issued flood warnings for [eleven riverside towns](https://example.org/warnings). More details are on the local alerts page and the live map.',
    });
  });
});

describe('hostile HTML', () => {
  const file = join(FIXTURES, 'hostile.html');
  const runs = [['read'], ['read', '--json'], ['essentials'], ['essentials', '--json'], ['quotes'], ['quotes', '--json'], ['count'], ['count', '--json']];

  it.each(runs.map((argv) => [argv.join(' '), argv] as const))('%s: entities decoded, then sanitized: nothing drives the terminal', async (_name, argv) => {
    const r = await cli([...argv, '--color', 'always', file], { stdoutIsTTY: true, columns: 80 });
    expect(r.code).toBe(0);
    const visible = withoutOwnStyling(r.stdout);
    expect(hasControlCharacters(visible)).toBe(false);
    expect(visible).not.toMatch(/[\x1b\x07\x9b\x9d\u202a-\u202e\u2066-\u2069]/);
    expect(visible).not.toMatch(/pwned|evil|\[2J|\[5m|\[1A/);
  });

  it('keeps the text around the sequences', () => {
    const { article } = loadArticle(file, readFileSync(file));
    expect(article.title).toBe('Drones over Bagdad');
    expect(article.meta.author).toBe('Eve Mallory');
    expect(article.lead).toBe('Four drones were shot down near the base on Monday, the army said. The attack failed before dawn, and nobody was hurt.');
    // &#x9b; is › in HTML (its Windows-1252 reading), so it is text, not a CSI.
    expect(article.essentials?.items).toEqual(['Four drones ›31mwere shot down.', 'Nobody was hurt.']);
    expect(article.quotes.map((quote) => quote.text)).toEqual([
      'we stopped them all',
      'Militias have attacked the bases before, said the army.',
    ]);
  });

  it('never runs a script or an event handler', async () => {
    const exitCode = process.exitCode;
    await cli(['read', file]);
    expect((globalThis as { ARTICLE_PWNED?: string }).ARTICLE_PWNED).toBeUndefined();
    expect(process.exitCode).toBe(exitCode);
  });
});

describe('telling HTML apart', () => {
  it('a page named .txt is read as HTML by its content (a comment before its doctype)', async () => {
    const page = join(scratch, 'saved-page.txt');
    copyFileSync(join(FIXTURES, 'en-floodgates.html'), page);
    const r = await cli(['count', '--json', page]);
    expect(r.code).toBe(0);
    const html = await cli(['count', '--json', join(FIXTURES, 'en-floodgates.html')]);
    expect(JSON.parse(r.stdout)[0].words).toBe(JSON.parse(html.stdout)[0].words);
  });

  it('an HTML page on stdin is read as HTML', async () => {
    const r = await cli(['essentials', '-'], { stdin: readFileSync(join(FIXTURES, 'nl-kouter.html')) });
    expect(r).toEqual({ code: 0, stdout: (await cli(['essentials', join(FIXTURES, 'nl-kouter.txt')])).stdout, stderr: '' });
  });

  it('--input-format html reads a fragment in a .txt file as HTML', async () => {
    const fragment = join(scratch, 'fragment.txt');
    writeFileSync(
      fragment,
      '<p>The council met on <b>Monday</b> to vote on the budget.</p><h2>The vote</h2>' +
        '<p>Nine members voted for it, two against.</p><blockquote>“A fair budget.”</blockquote>',
    );
    const r = await cli(['read', '--json', '--input-format', 'html', fragment]);
    expect(r.code).toBe(0);
    const article = JSON.parse(r.stdout) as Article;
    expect(article.format).toBe('html');
    expect(article.blocks.map((block) => block.type)).toEqual(['lead', 'heading', 'paragraph', 'pullquote']);
  });

  it('--input-format text reads a page as text, tags and all', async () => {
    const r = await cli(['read', '--json', '--input-format', 'text', join(FIXTURES, 'en-floodgates.html')]);
    expect(r.code).toBe(0);
    const article = JSON.parse(r.stdout) as Article;
    expect(article.format).toBe('text');
    expect(JSON.stringify(article.blocks)).toContain('<figcaption>');
  });
});

describe('loading', () => {
  it('the HTML stack is loaded on the first HTML input only (built dist/, a fresh process)', () => {
    const script = `
      const loaded = () => Object.keys(require.cache).filter((k) => /node_modules[\\/](linkedom|@mozilla)[\\/]/.test(k)).length > 0;
      import('./dist/api.js').then(({ loadArticle }) => {
        loadArticle('a.txt', Buffer.from('A title\\n\\nSome words of text.'));
        const afterText = loaded();
        loadArticle('a.html', Buffer.from('<!doctype html><html><body><p>Some words.</p></body></html>'));
        console.log(JSON.stringify({ afterText, afterHtml: loaded() }));
      });`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ afterText: false, afterHtml: true });
  });
});

describe('a page too large for Readability', () => {
  const page = (elements: number): Buffer =>
    Buffer.from(`<!doctype html><html lang="en"><head><title>Links | Example</title></head><body><p>${'<a href="https://example.org/">link</a> '.repeat(elements - 1)}</p></body></html>`);

  it(`more than ${MAX_READABILITY_ELEMENTS.toLocaleString('en')} elements: the whole page is read, with a warning`, () => {
    const { article, warnings } = loadArticle('big.html', page(MAX_READABILITY_ELEMENTS + 1));
    expect(warnings).toEqual([`'big.html': the page has more than ${MAX_READABILITY_ELEMENTS.toLocaleString('en')} elements, too many to tell the article from the page in reasonable time; reading the whole page`]);
    expect(article.title).toBe('Links | Example');
    expect(article.counts.words).toBe(MAX_READABILITY_ELEMENTS + 2);
  }, 60_000);

  it('read whole, it takes its title from its first <h1> before its <title>', () => {
    const big = (h1: string): string => `<!doctype html><html lang="nl"><head><title>Uitslag | NOS</title></head><body><div>Wij gebruiken cookies.</div><h1>${h1}</h1><table>${'<tr><td>a</td><td>1</td></tr>'.repeat(11_000)}</table></body></html>`;
    expect(loadArticle('big.html', Buffer.from(big('Uitslag verkiezingen'))).article.title).toBe('Uitslag verkiezingen');
    // An <h1> of white space alone gives way to the <title>.
    expect(loadArticle('big.html', Buffer.from(big(' '))).article.title).toBe('Uitslag | NOS');
  }, 60_000);

  it.each([
    ['an image', '<a href="/"><img alt="NOS" src="logo.png"></a>'],
    ['a word', 'NOS'],
  ])('read whole, it takes the <h1> of its main content before a logo <h1> of %s', (_case, logo) => {
    const rows = '<tr><td>a</td><td>1</td></tr>'.repeat(11_000);
    const big = `<!doctype html><html lang="nl"><head><title>Uitslag | NOS</title></head><body><header><h1 class="logo">${logo}</h1></header><main><h1>Uitslag verkiezingen</h1><table>${rows}</table></main></body></html>`;
    expect(loadArticle('big.html', Buffer.from(big)).article.title).toBe('Uitslag verkiezingen');
  }, 60_000);

  it(`${MAX_READABILITY_ELEMENTS.toLocaleString('en')} elements: Readability still reads it`, () => {
    const { warnings } = loadArticle('big.html', page(MAX_READABILITY_ELEMENTS));
    expect(warnings.filter((warning) => warning.includes('elements'))).toEqual([]);
  }, 60_000);
});
