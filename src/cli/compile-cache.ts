// A V8 code cache for the CLI's own bundle files, in the main thread and in `summary`'s worker
// threads. Node 20 parses and compiles every script on every start (Node 22's
// module.enableCompileCache() does not exist yet); with the bytecode that an earlier run left
// beside each file, V8 skips both. The build writes the caches (it runs the commands once with
// CODE_CACHE_WRITE_ENV set); a cache that is missing (an install from the npm package, which
// leaves them out), stale or rejected by V8 (another Node version, other flags, a damaged file)
// only costs the compile it was meant to save, and the run writes a fresh one when it ends if
// it may write there, as Python writes its .pyc files.
import { accessSync, closeSync, constants, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, sep } from 'node:path';
import { Script } from 'node:vm';

/** Set to 1, a run writes the code caches of the files it loaded (the build does this). */
export const CODE_CACHE_WRITE_ENV = 'ARTICLE_WRITE_CODE_CACHE';
/** Appended to a bundle file's path to name its code cache. */
export const CODE_CACHE_SUFFIX = '.cache';

// The part of node:module's CommonJS loader this hooks; private API, stable since Node 0.x.
interface LoaderModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}
interface ModuleInternals {
  prototype: LoaderModule;
  wrap(content: string): string;
  _resolveFilename(request: string, parent: LoaderModule, isMain: boolean, options?: unknown): string;
  _cache: Record<string, unknown>;
}
type CompiledWrapper = (exports: unknown, require: unknown, module: unknown, filename: string, dirname: string) => unknown;

/** Bytes before the code cache: the modification time of the source it was made from. */
const STAMP_BYTES = 8;

// V8 checks only a cache's length against the source; the source's modification time, as
// Python's .pyc files keep it, makes an edited file (even of the same length) compile afresh
// instead of running the old code. Hashing the source would cost a millisecond of every start.
// A file gone by now (a rebuild emptied the folder) has NaN, equal to no stamp: no cache is
// read or written for it, and it runs as Node read it.
function sourceStamp(filename: string): number {
  return statSync(filename, { throwIfNoEntry: false })?.mtimeMs ?? Number.NaN;
}

function readCache(path: string, stamp: number): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  if (bytes.length <= STAMP_BYTES || bytes.readDoubleLE(0) !== stamp) return undefined;
  return bytes.subarray(STAMP_BYTES);
}

/**
 * Writes the cache of `script`, compiled from the file as it was at `stamp`. A file replaced
 * since (an upgrade or a rebuild while this run went on) is not written for: stamped with the
 * new file's time, the old code would pass for the new file's, as V8 checks only the length.
 */
function writeCache(path: string, filename: string, stamp: number, script: Script): void {
  if (sourceStamp(filename) !== stamp) throw new Error(`${filename} changed since this run compiled it`);
  const header = Buffer.alloc(STAMP_BYTES);
  header.writeDoubleLE(stamp);
  // Written aside under a name of this writer's own and renamed: a reader never sees half a
  // cache, and of writers at once (processes, or threads of one process, which share its pid)
  // the last rename wins whole. 'wx' creates the file or fails: it never writes through a link
  // left at that name, and a file it did not create (another's at that name) is never removed.
  // A random part rather than the thread's id: node:worker_threads would cost every start of
  // the CLI a millisecond to load.
  const aside = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const fd = openSync(aside, 'wx');
  try {
    try {
      writeFileSync(fd, Buffer.concat([header, script.createCachedData()]));
    } finally {
      closeSync(fd);
    }
    renameSync(aside, path);
  } catch (error) {
    // A write cut short (a full disk) or a failed rename: no half-written file stays behind.
    rmSync(aside, { force: true });
    throw error;
  }
}

/** True when this process may create files in the folder (checked before making a cache to write there). */
function mayWriteIn(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A compiled file whose cache is to be written when the process exits. */
interface Pending {
  script: Script;
  path: string;
  filename: string;
  /** The source's modification time when it was compiled. */
  stamp: number;
}

/**
 * Writes the caches at exit. For the build (`loud`) a failure is an error; for any other run
 * a fresh cache is a favour to the next run: a folder it may not write in (a system-wide
 * install) is passed over before the cache is even made, and a failure is silent.
 */
function writeAtExit(pending: readonly Pending[], loud: boolean): void {
  for (const { script, path, filename, stamp } of pending) {
    if (!loud && !mayWriteIn(dirname(path))) continue;
    try {
      writeCache(path, filename, stamp, script);
    } catch (error) {
      if (!loud) continue;
      process.stderr.write(`article: cannot write the code cache ${path}: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  }
}

/**
 * Compiles the CommonJS files under `folder` with their code caches from now on. A file whose
 * cache is missing, stale or rejected gets a fresh one when the process exits (or the worker
 * thread, which installs its own: `summary`'s workers start through dist/cli/worker-start.cjs
 * and end on their own, as terminate() would skip this); with `write`, every file's cache is
 * (re)written, holding every function the run compiled, so runs of several commands add up to
 * one cache.
 */
export function installCompileCache(folder: string, write: boolean): void {
  const loader = Module as unknown as ModuleInternals;
  const compile = loader.prototype._compile;
  const pending: Pending[] = [];
  const prefix = folder.endsWith(sep) ? folder : folder + sep;
  loader.prototype._compile = function compileWithCache(this: LoaderModule, content: string, filename: string) {
    if (!filename.startsWith(prefix)) return compile.call(this, content, filename);
    const path = filename + CODE_CACHE_SUFFIX;
    // Taken as the file is compiled (Node read `content` just now), not when the cache is written.
    const stamp = sourceStamp(filename);
    const cachedData = readCache(path, stamp);
    const script = new Script(loader.wrap(content), { filename, cachedData });
    if (write || cachedData === undefined || script.cachedDataRejected) {
      if (pending.length === 0) process.once('exit', () => writeAtExit(pending, write));
      pending.push({ script, path, filename, stamp });
    }
    const wrapper = script.runInThisContext({ displayErrors: true }) as CompiledWrapper;
    const require = Object.assign((id: string) => this.require(id), {
      resolve: (request: string, options?: unknown) => loader._resolveFilename(request, this, false, options),
      cache: loader._cache,
    });
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
}
