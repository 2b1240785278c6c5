// The start of bin/article, bundled as CommonJS (dist/cli/start.cjs): the code cache first,
// then the CLI, loaded with require() so that Node's ES module loader never starts.
import { CODE_CACHE_WRITE_ENV, installCompileCache } from './compile-cache.js';

installCompileCache(__dirname, process.env[CODE_CACHE_WRITE_ENV] === '1');
// The CLI is built beside this file (scripts/build.mjs): main.cjs is the start-up file, holding
// what the CLI and the worker threads load at start, and hands out each module by name.
const cli = (require('./main.cjs') as (name: 'main') => typeof import('./main.js'))('main');
cli.main(process.argv.slice(2));
