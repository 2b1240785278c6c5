// A batch from start to end: walk the inputs, summarize them (in this thread or in workers),
// write the records in input order as they are ready, report failures and progress on stderr.
import { printable } from '../io/sanitize.js';
import type { CliIo, Sink } from '../cli/io.js';
import { EXIT_INPUT, EXIT_INTERRUPTED, InputError } from '../errors.js';
import { readStdin, STDIN } from '../io/input.js';
import type { RecordWriter } from './formats.js';
import { ARTICLE_EXTENSIONS, batchInputs, countInputs, type BatchInput } from './inputs.js';
import { ordered } from './ordered.js';
import { WorkerPool } from './pool.js';
import { Progress } from './progress.js';
import { summarizeTask, type BatchSettings, type BatchTask, type Outcome } from './record.js';

/**
 * Inputs started and not yet written, per job: enough that the workers keep busy behind one
 * slow file, few enough that memory stays flat (a record is a few KB).
 */
const WINDOW_PER_JOB = 8;

/** What a batch needs: the arguments, how to read them, how many workers, how to write. */
export interface BatchOptions {
  /** Files, directories and `-`, as given. */
  paths: readonly string[];
  settings: BatchSettings;
  /** 1 summarizes in this thread; more starts up to that many worker threads. */
  jobs: number;
  /**
   * With `jobs` above 1: work in this thread first and start the workers only once the work
   * done here has taken this many milliseconds, so that a small batch is over before a worker
   * could have loaded. Unset: workers from the first input.
   */
  workersAfterMs?: number;
  writer: RecordWriter;
  io: CliIo;
  /** Aborted on SIGINT: no new input is started, records already finished in order are written. */
  signal?: AbortSignal;
}

/** An input's turn in the output: what became of it, or a note (a directory with no articles). */
type Step = { outcome: Outcome } | { note: string };

/** Writes and waits while the sink's buffer is full, so a slow reader slows the batch down. */
async function write(sink: Sink, text: string): Promise<void> {
  if (text === '' || sink.write(text) !== false) return;
  const stream = sink as Partial<NodeJS.WritableStream>;
  if (typeof stream.once === 'function') await new Promise<void>((resolve) => stream.once!('drain', resolve));
}

async function stdinTask(io: CliIo, maxSize: number): Promise<BatchTask | Outcome> {
  try {
    return { name: STDIN, bytes: await readStdin(io.stdin, maxSize) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, file: STDIN, reason: error.reason };
    throw error;
  }
}

/** Runs a batch and returns its exit code: 0, 1 when an input failed, 130 when interrupted. */
export async function runBatch({ paths, settings, jobs, workersAfterMs, writer, io, signal }: BatchOptions): Promise<number> {
  // The bar is as wide as stderr's terminal (process.stderr knows it), else stdout's.
  const columns = (io.stderr as { columns?: number }).columns ?? io.columns;
  const progress = io.stderrIsTTY ? new Progress(io.stderr, columns) : null;
  const counting = new AbortController();
  if (progress) {
    countInputs(paths, counting.signal).then(
      (total) => total !== null && progress.setTotal(total),
      () => undefined, // the count only feeds the bar; the run itself reports unreadable places
    );
  }
  const note = (line: string): void => {
    progress?.clear();
    io.stderr.write(`article: ${printable(line)}\n`);
  };
  // On one terminal with the bar, records are written where the bar was and it is drawn below.
  const emit = (text: string): Promise<void> => {
    if (io.stdoutIsTTY && text !== '') progress?.clear();
    return write(io.stdout, text);
  };
  const workersAfter = jobs > 1 ? (workersAfterMs ?? 0) : Infinity;
  let pool = null as WorkerPool | null;
  let inThreadMs = 0;
  const summarize = async (input: BatchInput): Promise<Step> => {
    if (input.empty) return { note: `warning: no articles (${ARTICLE_EXTENSIONS.join(', ')}) in '${input.name}'` };
    if (input.failure) return { outcome: { ok: false, file: input.name, reason: input.failure } };
    const task = input.name === STDIN ? await stdinTask(io, settings.maxSize) : { name: input.name };
    if ('ok' in task) return { outcome: task };
    if (!pool && inThreadMs >= workersAfter) pool = new WorkerPool(settings, jobs);
    if (pool) return { outcome: await pool.run(task) };
    // In this thread, a summary reads and works without waiting on anything: give the event
    // loop its turn first, so that SIGINT, the progress bar and a slow stdout are heard, and
    // do no work once interrupted (the record would not be written: ordered() stops there).
    await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) return { outcome: { ok: false, file: task.name, reason: 'interrupted' } };
    const started = performance.now();
    const outcome = await summarizeTask(task, settings);
    inThreadMs += performance.now() - started;
    return { outcome };
  };
  let failed = 0;
  let written = 0;
  try {
    await emit(writer.start());
    // Workers get a window of inputs ahead; this thread one at a time, each after an event-loop
    // turn. The window opens as soon as the next input is the workers' (from the first with
    // --jobs N), not once a worker has answered: the workers start and load side by side.
    const window = (): number => (pool || inThreadMs >= workersAfter ? jobs * WINDOW_PER_JOB : 1);
    for await (const step of ordered(batchInputs(paths), window, summarize, signal)) {
      if ('note' in step) {
        note(step.note);
        continue;
      }
      const { outcome } = step;
      if (outcome.ok) {
        for (const warning of outcome.warnings) note(`warning: ${warning}`);
        // The name as shown (sanitized, on one line), like every command's `file`; the real one was read.
        await emit(writer.record({ ...outcome.record, file: printable(outcome.record.file) }));
        written++;
      } else {
        failed++;
        note(`cannot read '${outcome.file}': ${outcome.reason}`);
      }
      progress?.advance(!outcome.ok);
    }
    await emit(writer.end());
  } finally {
    counting.abort();
    progress?.clear();
    await pool?.close();
  }
  if (signal?.aborted) {
    note(`interrupted after ${written} records, each written whole; the inputs after them were not done`);
    return EXIT_INTERRUPTED;
  }
  return failed > 0 ? EXIT_INPUT : 0;
}
