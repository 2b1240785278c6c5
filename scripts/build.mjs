#!/usr/bin/env node
// Builds dist/ with esbuild: one ES module per entry point, code shared between them and code
// only some commands need (rendering, Markdown, HTML, encodings) in chunks loaded on demand.
// One bundle instead of a tree of modules is what keeps `article count` close to bare Node's
// start-up; tsc only type-checks (npm run typecheck).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The CLI, with chunks for what only some commands load (rendering, Markdown, HTML, batches).
 * Chunks sit beside it so relative paths (package.json, stop-word files) still hold.
 */
const CLI = { 'cli/main': 'src/cli/main.ts' };

/**
 * Entry points run in a process or thread of their own, each bundled whole: sharing chunks
 * with the CLI would split the CLI's start-up path into more files to load.
 */
const STANDALONE = {
  api: 'src/api.ts',
  // The worker threads of `article summary --jobs N` load this file by path (src/batch/pool.ts).
  'batch/worker': 'src/batch/worker.ts',
};

/**
 * commander loads node:child_process (and with it node:net) at start-up for executable
 * subcommands, which `article` does not have: give it a stand-in that loads the real module
 * on first use, saving some milliseconds of every start.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(builder) {
    builder.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/commander/`) ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents:
        "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

/**
 * src/analyse/stopword-lists.ts loads all 58 stopwords-iso lists to hand out one; the bundle
 * gets a module with the same export that reads a file per language, written here, so a
 * command parses only the lists it uses.
 */
const STOPWORD_DIR = 'dist/stopwords';
const stopwordFiles = {
  name: 'stopword-files',
  setup(builder) {
    builder.onResolve({ filter: /\/stopword-lists\.js$/ }, () => ({ path: 'stopword-lists', namespace: 'stopwords' }));
    builder.onLoad({ filter: /.*/, namespace: 'stopwords' }, () => {
      const lists = JSON.parse(readFileSync(join(root, 'node_modules/stopwords-iso/stopwords-iso.json'), 'utf8'));
      mkdirSync(join(root, STOPWORD_DIR), { recursive: true });
      for (const [language, words] of Object.entries(lists)) {
        writeFileSync(join(root, STOPWORD_DIR, `${language}.json`), JSON.stringify(words));
      }
      return {
        loader: 'js',
        // Bundles stand in dist/ (load.js) or one folder down (cli/, batch/): the files are in dist/stopwords/.
        contents: `import { existsSync, readFileSync } from 'node:fs';
const LANGUAGES = new Set(${JSON.stringify(Object.keys(lists))});
let folder;
export function stopwordList(language) {
  if (!LANGUAGES.has(language)) return undefined;
  folder ??= ['./stopwords/', '../stopwords/'].map((path) => new URL(path, import.meta.url)).find((url) => existsSync(url));
  return JSON.parse(readFileSync(new URL(language + '.json', folder), 'utf8'));
}`,
      };
    });
  },
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
const common = {
  absWorkingDir: root,
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [lazyChildProcess, stopwordFiles],
  // Packages written in CommonJS call require(); give the bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};
await build({ ...common, entryPoints: CLI, splitting: true, chunkNames: 'cli/[name]-[hash]' });
await build({ ...common, entryPoints: STANDALONE, splitting: false });
