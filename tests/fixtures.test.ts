// Golden fixtures: every folder under tests/fixtures/text/ holds an article (input.txt) and what
// it must yield (expected.json). Adding a folder adds a test. `npm run fixtures:update` rewrites
// expected.json from the code (UPDATE_FIXTURES=1) so the change can be reviewed as a diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../src/load.js';
import type { Article } from '../src/model.js';
import { ROOT } from './helpers.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'text');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

/** The fields of an article a fixture pins down. */
function view(article: Article): Record<string, unknown> {
  const { title, language, lead, headings, essentials, pullQuotes, quotes, sections, counts } = article;
  const { wordsPerMinute: _rate, ...shown } = counts;
  return { title, language, lead, headings, essentials, pullQuotes, quotes, sections, counts: shown };
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, 'input.txt')))
  .map((entry) => entry.name)
  .sort();

describe('text fixtures', () => {
  it('there are fixtures to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('%s', (name) => {
    const dir = join(FIXTURES, name);
    const { article, warnings } = loadArticle('input.txt', readFileSync(join(dir, 'input.txt')));
    const actual = view(article);
    const expectedFile = join(dir, 'expected.json');
    if (UPDATE) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(warnings).toEqual([]);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});
