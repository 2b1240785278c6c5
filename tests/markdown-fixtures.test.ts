// Markdown articles and the models they must give: one folder per case under
// tests/fixtures/markdown/<case>/ with input.md and expected.json (the article model of
// `read --json` without the file name). Adding a folder adds a test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle, loadParser } from '../src/load.js';
import { expectGolden } from './helpers.js';


beforeAll(() => loadParser('markdown'));
const ROOT = join(import.meta.dirname, 'fixtures', 'markdown');
const CASES = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('Markdown fixtures', () => {
  it('has cases to run', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of CASES) {
    it(name, () => {
      const bytes = readFileSync(join(ROOT, name, 'input.md'));
      const { article, warnings } = loadArticle('input.md', bytes);
      const { file: _file, ...model } = article;
      expect(warnings).toEqual([]);
      expect(article.format).toBe('markdown');
      expectGolden(join(ROOT, name, 'expected.json'), `${JSON.stringify(model, null, 2)}\n`);
    });
  }
});
