// The start of a worker thread of `article summary`, bundled as CommonJS (dist/cli/worker-start.cjs)
// and started by the pool (pool.ts): like bin/article's start (src/cli/start.ts), the code cache
// first, then the worker from the start-up file it shares with the CLI, so that a worker
// compiles nothing the CLI's runs have cached.
import { CODE_CACHE_WRITE_ENV, installCompileCache } from '../cli/compile-cache.js';

installCompileCache(__dirname, process.env[CODE_CACHE_WRITE_ENV] === '1');
(require('./main.cjs') as (name: 'worker') => unknown)('worker');
