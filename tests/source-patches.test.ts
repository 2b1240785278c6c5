// The build's patches to dependencies (scripts/source-patches.mjs): each still finds its text
// in the installed package, and the patched package answers exactly as the original does.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { SOURCE_PATCHES, sourcePatches } from '../scripts/source-patches.mjs';
import { ROOT } from './helpers.js';

const out = mkdtempSync(join(tmpdir(), 'article-patches-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Bundles the package `name` as CommonJS, patched or as published, and loads it. */
async function load<T>(name: string, patched: boolean): Promise<T> {
  const result = await build({
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
    plugins: patched ? [sourcePatches] : [],
  });
  const file = join(out, `${name}-${patched ? 'patched' : 'original'}.cjs`);
  writeFileSync(file, result.outputFiles[0]!.text);
  return createRequire(import.meta.url)(file) as T;
}

type FrancAll = (text: string, options?: { minLength?: number }) => [string, number][];
type WrapAnsi = (text: string, columns: number, options?: { hard?: boolean }) => string;

// One text per script franc tells languages apart in, and a few that need no trigrams.
const SAMPLES = [
  'De regering heeft vandaag een voorstel ingediend om de belasting op benzine te verhogen.',
  'Regeringen har i dag fremlagt et forslag, som skal hæve afgiften på benzin og diesel.',
  'Правительство сегодня представило предложение о повышении налога на бензин.',
  'قدمت الحكومة اليوم اقتراحا لرفع الضريبة على البنزين والديزل اعتبارا من العام المقبل.',
  'सरकार ने आज अगले साल से पेट्रोल और डीजल पर कर बढ़ाने का प्रस्ताव पेश किया।',
  'הממשלה הציגה היום הצעה להעלות את המס על בנזין וסולר החל מהשנה הבאה.',
  '政府は本日、来年からガソリンと軽油の税金を引き上げる案を発表した。',
  '12345 — 67890',
];

describe('source patches', () => {
  it.each(SOURCE_PATCHES.map((patch) => [patch.file, patch]))('%s still holds the text the patch replaces', (file, patch) => {
    expect(readFileSync(join(ROOT, 'node_modules', file), 'utf8')).toContain(patch.from);
  });

  it('franc, patched to make a script’s dictionaries on first use, ranks every language as the original does', async () => {
    const patched = await load<{ francAll: FrancAll }>('franc', true);
    const original = await load<{ francAll: FrancAll }>('franc', false);
    for (const text of SAMPLES) expect(patched.francAll(text, { minLength: 10 })).toEqual(original.francAll(text, { minLength: 10 }));
  });

  it('wrap-ansi, patched to make its Intl.Segmenter on first use, breaks long non-ASCII words as the original does', async () => {
    const patched = await load<{ default: WrapAnsi }>('wrap-ansi', true);
    const original = await load<{ default: WrapAnsi }>('wrap-ansi', false);
    for (const text of ['Ñandúesunpájarodelasllanurasdesudamérica y más', 'Straßenbahnhaltestellenüberdachung im Zentrum', '東京都庁舎の展望台から見える富士山']) {
      expect(patched.default(text, 12, { hard: true })).toBe(original.default(text, 12, { hard: true }));
    }
  });
});
