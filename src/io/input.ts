// Reading inputs: files and stdin, with one-line reasons for everything that can go wrong.
// node:fs, not node:fs/promises: that module (and the readline code it loads) would add a
// millisecond to every start.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { MEGABYTE } from '../config.js';
import { InputError, errorText } from '../errors.js';
import { decode, decodedUtf8, type DecodedText } from './decode.js';

/** The name that stands for standard input. */
export const STDIN = '-';

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (a parent is not a directory)',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENOSPC: 'no space left on device',
  EIO: 'input/output error',
  EBADF: 'not open (bad file descriptor)',
};

// Node's message for a failed system call: `ENXIO: no such device or address, open 'a.txt'`.
const SYSTEM_MESSAGE = /^E[A-Z0-9]+: (.+?), [a-z_]+(?: '.*')?$/su;

/**
 * A short lower-case reason for a failed file operation: ours for the common error codes, the
 * system's own words for the others (`no such device or address`, not Node's message, which
 * repeats the code, the call and the file name), else the error's text.
 */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code ? REASONS[code] : undefined;
  if (known) return known;
  const text = errorText(error);
  return (code && SYSTEM_MESSAGE.exec(text)?.[1]) || text;
}

/** The smallest size shown in MB in a refusal (105 bytes); a smaller one is shown in bytes. */
const MIN_SHOWN_MB = 0.0001;

/** The refusal of an input over the limit; a stream's size is not known, only that it went over. */
function tooLarge(size: number | null, maxBytes: number): string {
  // Below MIN_SHOWN_MB a size is given in bytes: `9.54e-7 MB` says nothing to a reader.
  const mb = (n: number): string => {
    const value = Number((n / MEGABYTE).toPrecision(3));
    return value >= MIN_SHOWN_MB ? `${value} MB` : `${n} byte${n === 1 ? '' : 's'}`;
  };
  return size === null
    ? `too large (over the limit of ${mb(maxBytes)}, see --max-size)`
    : `too large (${mb(size)}; the limit is ${mb(maxBytes)}, see --max-size)`;
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    // Reading stops here, so how large the input is stays unknown.
    if (size > maxBytes) throw new InputError(STDIN, tooLarge(null, maxBytes));
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads standard input's bytes, refusing more than `maxBytes`. */
export function readStdin(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  return readStream(stdin, maxBytes);
}

/**
 * Reads an input (`-` for stdin) and decodes it (`decode`), refusing directories and inputs
 * over `maxBytes`. A regular file is read by Node straight to a string as UTF-8 where that is
 * what `decode` would make of its bytes (`decodedUtf8`): no buffer of the whole file is made,
 * which a 64 MB article would hold as garbage, uncollected, while its text is parsed. Anything
 * else (stdin, a pipe, a forced encoding, and, read a second time, a file that is not valid
 * UTF-8 or may be binary) is decoded from its bytes. Standard input is asked for only when
 * read: process.stdin builds a stream on first touch.
 */
export async function readDecoded(
  name: string,
  shown: string,
  stdin: () => NodeJS.ReadableStream,
  maxBytes: number,
  encoding?: string,
): Promise<DecodedText> {
  if (name === STDIN) return decode(await readStdin(stdin(), maxBytes), shown, encoding);
  const read = await asInputError(name, async (): Promise<DecodedText | Uint8Array> => {
    // Files are read synchronously: a command reads its files one after the other anyway, and
    // the thread pool that asynchronous reads start costs half a millisecond of every run.
    if (!isRegularFile(name, maxBytes)) return await readStream(createReadStream(name), maxBytes);
    const decoded = encoding ? null : decodedUtf8(readFileSync(name, 'utf8'));
    return decoded ?? readFileSync(name);
  });
  return read instanceof Uint8Array ? decode(read, shown, encoding) : read;
}

/** True for a regular file within the limit, false for another kind (a pipe); throws for a directory or a file over it. */
function isRegularFile(name: string, maxBytes: number): boolean {
  const info = statSync(name);
  if (info.isDirectory()) throw new InputError(name, 'is a directory');
  if (info.isFile() && info.size > maxBytes) throw new InputError(name, tooLarge(info.size, maxBytes));
  return info.isFile();
}

/** Runs a read of `name`, giving any failure as an InputError naming it with a short reason. */
async function asInputError<T>(name: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof InputError) throw error.file === name ? error : new InputError(name, error.reason);
    throw new InputError(name, reasonOf(error));
  }
}
