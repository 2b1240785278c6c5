// Source patches the build applies to dependencies that do at load time work most runs never
// need. Each names the file, the exact text it replaces and the replacement; a dependency
// whose file no longer holds that text fails the build, so that an update is looked at.
import { readFileSync } from 'node:fs';

/**
 * The patches, by the file's path inside node_modules.
 * - wrap-ansi makes an Intl.Segmenter as it loads (ICU's break rules, 7 ms), which it uses
 *   only to break a word of non-ASCII text in two: made on first use instead.
 * - franc turns the trigram lists of all its 187 languages into dictionaries as it loads
 *   (56,000 entries, some 15 ms), though a text is tested against the languages of its own
 *   script only (126 Latin, 17 Cyrillic, 8 Arabic…): each script's are made on its first
 *   use, by the same steps.
 */
export const SOURCE_PATCHES = [
  {
    file: 'wrap-ansi/index.js',
    from: 'const segmenter = new Intl.Segmenter();',
    to: 'let realSegmenter; const segmenter = { segment: (text) => (realSegmenter ??= new Intl.Segmenter()).segment(text) };',
  },
  {
    file: 'franc/index.js',
    from: `const numericData = {}

for (script in data) {
  if (own.call(data, script)) {
    const languages = data[script]
    /** @type {string} */
    let name

    numericData[script] = {}

    for (name in languages) {
      if (own.call(languages, name)) {
        const model = languages[name].split('|')
        /** @type {Record<string, number>} */
        const trigrams = {}
        let weight = model.length

        while (weight--) {
          trigrams[model[weight]] = weight
        }

        numericData[script][name] = trigrams
      }
    }
  }
}
`,
    to: `const numericData = {}

for (const lazyScript of Object.keys(data)) {
  Object.defineProperty(numericData, lazyScript, {
    configurable: true,
    enumerable: true,
    get() {
      const languages = data[lazyScript]
      const dictionaries = {}
      for (const name of Object.keys(languages)) {
        const model = languages[name].split('|')
        const trigrams = {}
        let weight = model.length
        while (weight--) {
          trigrams[model[weight]] = weight
        }
        dictionaries[name] = trigrams
      }
      Object.defineProperty(numericData, lazyScript, { value: dictionaries, enumerable: true })
      return dictionaries
    },
  })
}
`,
  },
];

/** The esbuild plugin that applies SOURCE_PATCHES to the files it bundles. */
export const sourcePatches = {
  name: 'source-patches',
  setup(builder) {
    for (const { file, from, to } of SOURCE_PATCHES) {
      const filter = new RegExp(`[\\\\/]node_modules[\\\\/]${file.split('/').map((part) => part.replace(/[.]/g, '\\.')).join('[\\\\/]')}$`);
      builder.onLoad({ filter }, ({ path }) => {
        const source = readFileSync(path, 'utf8');
        if (!source.includes(from)) throw new Error(`${path}: no "${from.split('\n')[0]}…" to patch (scripts/source-patches.mjs)`);
        return { contents: source.replace(from, to), loader: 'js' };
      });
    }
  },
};
