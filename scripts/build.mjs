#!/usr/bin/env node
// Builds dist/ with esbuild. The CLI is code split: what every command needs in a few files, and
// what only some commands need (rendering, Markdown, HTML, encodings, batches) in chunks loaded
// on demand. esbuild splits only ES modules, so each file is then turned into CommonJS: loaded
// with require(), the CLI never starts Node's ES module loader, and a V8 code cache beside each
// file (written by running the commands once) spares the compile on every start. All of this
// keeps `article count` close to bare Node's start-up; tsc only type-checks (npm run typecheck).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative as relativePath, sep as pathSeparator } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { BUNDLED_LAZILY, lazyPackages, lazyTarget } from './lazy-packages.mjs';
import { sourcePatches } from './source-patches.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A module of src/ run by the build itself: bundled in memory, imported from a data URL. */
async function importSource(path) {
  const bundled = await build({ absWorkingDir: root, entryPoints: [path], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
}

/**
 * The CLI, and the worker threads of `article summary --jobs N`, with chunks for what only some
 * commands load (rendering, Markdown, HTML, batches). The worker is an entry of the same split
 * build, so that it shares the CLI's chunks and their code caches. Chunks sit beside them so
 * relative paths (package.json, stop-word files) still hold.
 */
const CLI = { 'cli/main': 'src/cli/main.ts', 'cli/worker': 'src/batch/worker.ts' };
/**
 * What starts a thread: the code cache, then an entry of CLI. bin/article requires start.cjs;
 * the worker pool (src/batch/pool.ts) starts its threads on worker-start.cjs.
 */
const START = { 'cli/start': 'src/cli/start.ts', 'cli/worker-start': 'src/batch/worker-start.ts' };
/** Commands whose runs at build time fill the code caches (start-up matters most for these). */
const CACHE_RUNS = [
  ['count', 'articles/drones-irak.txt'],
  ['essentials', 'articles/drones-irak.txt'],
  ['quotes', 'articles/drones-irak.txt'],
  ['read', '--width', '80', 'articles/drones-irak.txt'],
  // In this thread: what it compiles (text and Markdown articles read, analysed and summarized)
  // is what a worker runs, and one thread writes each cache (threads writing the same file
  // would each leave only what they compiled).
  ['summary', '--jobs', '1', 'articles'],
  ['--help'],
];
/** A cache run takes well under a second; one that hangs fails the build. */
const CACHE_RUN_TIMEOUT_MS = 60_000;
/** Must equal CODE_CACHE_WRITE_ENV in src/cli/compile-cache.ts. */
const CODE_CACHE_WRITE_ENV = 'ARTICLE_WRITE_CODE_CACHE';

/** The library's entry (an ES module for `import`), bundled whole. */
const STANDALONE = { api: 'src/api.ts' };

/**
 * wrap-ansi measures every word with string-width, which compiles its emoji regexes (15 ms)
 * at the first character outside printable ASCII: it gets the renderer's stand-in, which
 * answers plain Latin text itself and gives the same widths (tests/string-width.test.ts).
 */
const plainStringWidth = {
  name: 'plain-string-width',
  setup(builder) {
    builder.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/wrap-ansi/`) ? { path: join(root, 'src/render/string-width.ts') } : undefined,
    );
  },
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
    builder.onLoad({ filter: /^lazy-child-process$/, namespace: 'lazy' }, () => ({
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
/** The lists are written folded, by the sources' own fold (bundled here to be run by the build). */
const { foldStopWords } = await importSource('src/analyse/stopword-fold.ts');
/** Writes the folded list files and returns the module that reads them. */
function writeStopwordFiles() {
  const lists = JSON.parse(readFileSync(join(root, 'node_modules/stopwords-iso/stopwords-iso.json'), 'utf8'));
  mkdirSync(join(root, STOPWORD_DIR), { recursive: true });
  // A word a line: splitting that text is four times faster than JSON.parse of the same list,
  // and the ten lists that tell a language are read on every start.
  for (const [language, words] of Object.entries(lists)) {
    const folded = foldStopWords(words);
    if (folded.some((word) => word.includes('\n') || word === '')) throw new Error(`build: a ${language} stop word is empty or spans lines`);
    writeFileSync(join(root, STOPWORD_DIR, `${language}.txt`), folded.join('\n'));
  }
  // Bundles stand in dist/ (api.js) or one folder down (cli/, batch/): the files are in dist/stopwords/.
  return `import { existsSync, readFileSync } from 'node:fs';
const LANGUAGES = new Set(${JSON.stringify(Object.keys(lists))});
let folder;
export function stopwordList(language) {
  if (!LANGUAGES.has(language)) return undefined;
  folder ??= ['./stopwords/', '../stopwords/'].map((path) => new URL(path, import.meta.url)).find((url) => existsSync(url));
  const text = readFileSync(new URL(language + '.txt', folder), 'utf8');
  return text === '' ? [] : text.split('\\n');
}`;
}
/** Made once, for every build that bundles the module. */
let stopwordModule;
const stopwordFiles = {
  name: 'stopword-files',
  setup(builder) {
    builder.onResolve({ filter: /\/stopword-lists\.js$/ }, () => ({ path: 'stopword-lists', namespace: 'stopwords' }));
    builder.onLoad({ filter: /.*/, namespace: 'stopwords' }, () => ({ loader: 'js', contents: (stopwordModule ??= writeStopwordFiles()) }));
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
  minify: process.env.NOMINIFY ? false : true,
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [lazyChildProcess, plainStringWidth, stopwordFiles, sourcePatches],
  // Packages written in CommonJS call require(); give the bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

/**
 * One ES module of the split CLI as CommonJS: import() becomes require() too, so no ES module
 * loader starts; import.meta.url becomes the file's URL.
 */
async function toCommonJs(code) {
  const usesUrl = code.includes('import.meta.url');
  const result = await transform(code, {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: common.minify,
    supported: { 'dynamic-import': false },
    define: usesUrl ? { 'import.meta.url': '__importMetaUrl' } : {},
    banner: usesUrl ? "var __importMetaUrl=require('node:url').pathToFileURL(__filename).href;" : '',
  });
  // esbuild warns of what CommonJS cannot hold (import.meta other than .url becomes empty):
  // that would fail only when its command runs, so it fails the build.
  if (result.warnings.length > 0) throw new Error(`build: ${result.warnings.map((w) => w.text).join('; ')}`);
  return result.code;
}

/** The chunks an output imports statically, and theirs in turn: what loading it loads. */
function staticClosure(outputs, entry) {
  const found = new Set([entry]);
  for (const path of found) {
    for (const { path: imported, kind } of outputs[path].imports) {
      if (kind === 'import-statement' && outputs[imported]) found.add(imported);
    }
  }
  return found;
}

/** The start-up file's function that runs a chunk's code on its first call and hands out its module. */
const CHUNK_LOADER = '__articleChunk';

/**
 * The start-up file: every chunk that an entry (the CLI, a worker) loads statically, each as a
 * function run on first require, so a start reads, resolves and compiles one file instead of
 * ten. It runs none of them itself: it exports its loader, which hands out a module by name
 * (start.cjs asks for `main`, worker-start.cjs for `worker`). A chunk's own file stays as a
 * stand-in that hands out the same module, for the chunks loaded later.
 */
function startupFile(codes) {
  const requireOf = new RegExp(`\\brequire\\((["'])\\./(${[...codes.keys()].join('|')})\\.cjs\\1\\)`, 'g');
  const local = (code) => code.replace(requireOf, (_whole, _quote, name) => `${CHUNK_LOADER}(${JSON.stringify(name)})`);
  const factories = [...codes].map(
    ([name, code]) => `${JSON.stringify(name)}:function(exports,require,module,__filename,__dirname){${local(code)}\n}`,
  );
  return `var __articleChunks={${factories.join(',')}},__articleModules={};
function ${CHUNK_LOADER}(name){var m=__articleModules[name];if(!m){m=__articleModules[name]={exports:{}};__articleChunks[name].call(m.exports,m.exports,require,m,__dirname+"/"+name+".cjs",__dirname)}return m.exports}
module.exports=${CHUNK_LOADER};
`;
}

// The CLI's ES modules are built in memory, written as CommonJS (.cjs names, so imports name
// them already); the banner's require() is not needed there, where every file has its own.
const split = await build({
  ...common,
  entryPoints: CLI,
  splitting: true,
  chunkNames: 'cli/[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  plugins: [...common.plugins, lazyPackages(root)],
  external: BUNDLED_LAZILY.map(([name]) => lazyTarget(name)),
  banner: {},
  write: false,
  metafile: true,
});
const nameOf = (path) => basename(path, '.cjs');
/** The start-up file, named after the CLI's entry (whose code it holds with the rest). */
const startupPath = 'dist/cli/main.cjs';
const startup = new Set(Object.keys(CLI).flatMap((entry) => [...staticClosure(split.metafile.outputs, `dist/${entry}.cjs`)]));
const startupCodes = new Map();
for (const file of split.outputFiles) {
  const code = await toCommonJs(file.text);
  // The metafile's keys use forward slashes on every system.
  const relative = relativePath(root, file.path).split(pathSeparator).join('/');
  mkdirSync(dirname(file.path), { recursive: true });
  if (startup.has(relative)) {
    startupCodes.set(nameOf(file.path), code);
    if (relative !== startupPath) writeFileSync(file.path, `module.exports=require("./main.cjs")(${JSON.stringify(nameOf(file.path))});\n`);
  } else {
    writeFileSync(file.path, code);
  }
}
writeFileSync(join(root, startupPath), startupFile(startupCodes));
const commonJs = { ...common, format: 'cjs', banner: {}, outExtension: { '.js': '.cjs' } };
await build({
  ...commonJs,
  entryPoints: Object.fromEntries(BUNDLED_LAZILY.map(([name, { bundle }]) => [`cli/${bundle}`, name])),
});
await build({ ...commonJs, entryPoints: START, external: ['./main.cjs'] });
await build({ ...common, entryPoints: STANDALONE, splitting: false });

// Fill the code caches: each run adds the functions it compiled to the caches of the files it
// loaded. Without NODE_OPTIONS: V8 rejects a cache made under other flags than the user's.
const { NODE_OPTIONS: _ignored, ...cacheEnv } = process.env;
for (const args of CACHE_RUNS) {
  const run = spawnSync(process.execPath, [join(root, 'bin/article'), ...args], {
    cwd: root,
    env: { ...cacheEnv, [CODE_CACHE_WRITE_ENV]: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: CACHE_RUN_TIMEOUT_MS,
  });
  if (run.status !== 0) {
    const why = run.error?.message ?? (run.signal ? `killed by ${run.signal}` : `exit ${run.status}: ${run.stderr}`);
    throw new Error(`build: article ${args.join(' ')} failed (${why})`);
  }
}
if (!existsSync(join(root, 'dist/cli/main.cjs.cache'))) throw new Error('build: the code cache runs wrote no cache');
