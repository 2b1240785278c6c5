// The build's stand-ins for seldom-called packages: the project's own copy of a package gets
// one, a dependency that brings its own version of it keeps that version.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_LAZILY, lazyPackages, lazyTarget } from '../scripts/lazy-packages.mjs';
import { ROOT } from './helpers.js';

const out = mkdtempSync(join(tmpdir(), 'article-lazy-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Bundles `source` (a module in the project's root) with the plugin, as the build does; returns the code. */
async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
    plugins: [lazyPackages(ROOT)],
    external: BUNDLED_LAZILY.map(([name]) => lazyTarget(name)),
  });
  return result.outputFiles[0]!.text;
}

describe('lazyPackages', () => {
  it("gives the project's own string-width a stand-in that requires its bundle on first use", async () => {
    const code = await bundle("import stringWidth from 'string-width'; export const width = (s) => stringWidth(s);");
    expect(code).toContain(`require(${JSON.stringify(lazyTarget('string-width'))})`);
    expect(code).not.toContain('RGI_Emoji');
  });

  it('leaves cli-table3 its own string-width 4, so that its tables still measure text', async () => {
    const code = await bundle("import Table from 'cli-table3'; const t = new Table({ head: ['a'] }); t.push(['bé']); export const table = t.toString();");
    const file = join(out, 'table.cjs');
    writeFileSync(file, code);
    const { table } = createRequire(import.meta.url)(file) as { table: string };
    expect(table).toContain('bé');
  });
});
