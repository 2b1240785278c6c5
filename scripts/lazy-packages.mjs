// The stand-ins of scripts/build.mjs for packages the CLI imports but seldom calls: an esbuild
// plugin and the list of packages it applies to (tests/lazy-packages.test.ts bundles with it).
import { join, sep } from 'node:path';

/**
 * Packages the CLI imports but seldom calls, loaded on the first call of one of their
 * functions: the import gets a stand-in module that requires the real one then. An ES module
 * package is bundled on its own beside the chunks (`bundle`: dist/cli/<bundle>.cjs), since
 * Node 20 cannot require() it; a CommonJS one is required from node_modules as it is.
 * - franc's trigram tables (190 languages, 240 KB of object literals) are only read when
 *   stop words cannot tell a language.
 * - string-width builds its emoji regexes (`\p{RGI_Emoji}` with the v flag) as it loads, some
 *   15 ms; the renderer's stand-in (src/render/string-width.ts) needs it only for text beyond
 *   Latin script.
 * - yaml reads front matter, which most articles do not have; from node_modules it is some
 *   60 files to resolve and compile (15 ms), as one bundle with a code cache much less.
 * - marked-terminal imports cli-highlight (with highlight.js and parse5, 1.2 MB) for its code
 *   blocks and node-emoji (200 KB) for `:emoji:` codes; the renderer draws code blocks itself
 *   and turns emoji codes off, so neither runs, yet a static import would load them with
 *   every Markdown article.
 */
export const LAZY_PACKAGES = {
  franc: { bundle: 'franc', functions: ['francAll'] },
  'string-width': { bundle: 'string-width', functions: ['default'] },
  yaml: { bundle: 'yaml', functions: ['parse', 'stringify'] },
  'node-emoji': { bundle: 'emoji', functions: ['get'] },
  'cli-highlight': { bundle: null, functions: ['highlight'] },
};
/** The entries of LAZY_PACKAGES that get a bundle of their own: [package, settings]. */
export const BUNDLED_LAZILY = Object.entries(LAZY_PACKAGES).filter(([, { bundle }]) => bundle !== null);
/** What a stand-in requires at run time: the package's bundle beside the chunks, or the package. */
export const lazyTarget = (name) => (LAZY_PACKAGES[name].bundle === null ? name : `./${LAZY_PACKAGES[name].bundle}.cjs`);

/** Marks the resolve the plugin asks esbuild for itself, so that it does not answer it again. */
const OWN_RESOLVE = { plugin: 'lazy-packages' };

/**
 * The esbuild plugin: an import of a package of LAZY_PACKAGES gets the stand-in, when it is
 * the project's own copy (`root`/node_modules/<name>); a package that brings its own version
 * (cli-table3 its string-width 4) keeps it.
 */
export function lazyPackages(root) {
  const names = Object.keys(LAZY_PACKAGES).map((name) => name.replace(/[-/]/g, '\\$&'));
  return {
    name: 'lazy-packages',
    setup(builder) {
      builder.onResolve({ filter: new RegExp(`^(?:${names.join('|')})$`) }, async (args) => {
        // The stand-in's own require() of the package is left to run time.
        if (args.namespace === 'lazy-package') return { path: args.path, external: true };
        if (args.pluginData === OWN_RESOLVE) return undefined;
        const { path, errors } = await builder.resolve(args.path, {
          importer: args.importer,
          resolveDir: args.resolveDir,
          kind: args.kind,
          pluginData: OWN_RESOLVE,
        });
        const own = join(root, 'node_modules', args.path) + sep;
        return errors.length === 0 && path.startsWith(own) ? { path: args.path, namespace: 'lazy-package' } : undefined;
      });
      builder.onLoad({ filter: /.*/, namespace: 'lazy-package' }, ({ path }) => ({
        contents: [
          'let real;',
          // A missing bundle throws MODULE_NOT_FOUND on first use: src/errors.ts reports it as
          // an incomplete installation, not as a failure of whatever called the package.
          ...LAZY_PACKAGES[path].functions.map(
            (name) =>
              `export ${name === 'default' ? 'default function' : `function ${name}`}(...args) { return (real ??= require(${JSON.stringify(lazyTarget(path))})).${name}(...args); }`,
          ),
        ].join('\n'),
        loader: 'js',
      }));
    },
  };
}
