// When a batch starts its worker threads: at once with --jobs N, and without --jobs only once
// the work done in this thread has taken long enough to pay for loading them; and what the
// workers (the built dist/cli/worker-start.cjs) answer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordWriter } from '../src/batch/formats.js';
import { WorkerPool } from '../src/batch/pool.js';
import { summarizeTask, type BatchTask } from '../src/batch/record.js';
import { runBatch } from '../src/batch/run.js';
import { DEFAULT_MAX_INPUT_BYTES } from '../src/config.js';
import { painter, PLAIN_THEME } from '../src/render/theme.js';
import { fakeIo, ROOT } from './helpers.js';

const ARTICLES = ['drones-irak.txt', 'harbour-night-ferry.md', 'stadtbibliothek-nachts.md'].map((name) => join(ROOT, 'articles', name));
const settings = { summarySentences: 3, wordsPerMinute: 230, maxSize: DEFAULT_MAX_INPUT_BYTES };

/** Runs a batch over the three bundled articles; returns its exit code, output and the inputs workers took. */
async function batch(jobs: number, workersAfterMs?: number): Promise<{ code: number; stdout: string; stderr: string; toWorkers: number }> {
  const toWorkers = vi.spyOn(WorkerPool.prototype, 'run');
  const { io, written } = fakeIo();
  const writer = recordWriter('ndjson', { paint: painter(PLAIN_THEME), width: null });
  const code = await runBatch({ paths: ARTICLES, settings, jobs, workersAfterMs, writer, io });
  return { code, ...written(), toWorkers: toWorkers.mock.calls.length };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runBatch: worker threads', () => {
  it('--jobs 1 never starts one', async () => {
    expect((await batch(1)).toWorkers).toBe(0);
  });

  it.each([
    ['from the first input without a wait', undefined, 3],
    ['from the first input with a wait of 0 ms', 0, 3],
    // The first input takes more than a nanosecond here: the rest go to the workers.
    ['after the first input with a wait of 1 ns', 1e-6, 2],
    ['never, when the work here never takes long enough', Infinity, 0],
  ])('take the inputs %s, and the output is the same as in this thread', async (_name, workersAfterMs, toWorkers) => {
    const alone = await batch(1);
    const shared = await batch(2, workersAfterMs);
    expect(shared.toWorkers).toBe(toWorkers);
    expect({ ...shared, toWorkers: 0 }).toEqual({ ...alone, toWorkers: 0 });
    expect(alone.stdout.trimEnd().split('\n')).toHaveLength(ARTICLES.length);
  });
});

describe('runBatch: the window of inputs', () => {
  it('with --jobs N opens at the first input: every worker starts loading at once, not after the first answer', async () => {
    const events: string[] = [];
    const run = WorkerPool.prototype.run;
    vi.spyOn(WorkerPool.prototype, 'run').mockImplementation(function (this: WorkerPool, task: BatchTask) {
      events.push('run');
      return run.call(this, task).finally(() => events.push('answer'));
    });
    const { io } = fakeIo();
    await runBatch({ paths: ARTICLES, settings, jobs: 2, writer: recordWriter('ndjson', { paint: painter(PLAIN_THEME), width: null }), io });
    expect(events.slice(0, ARTICLES.length)).toEqual(ARTICLES.map(() => 'run'));
  });
});

describe('WorkerPool: the workers of the build', () => {
  it('answer as this thread does: text, Markdown, HTML, bytes read for them (stdin), a missing file', async () => {
    const tasks: BatchTask[] = [
      ...ARTICLES.map((name) => ({ name })),
      { name: join(ROOT, 'tests/fixtures/html/en-floodgates.html') },
      { name: '-', bytes: readFileSync(join(ROOT, 'tests/fixtures/summary/de.txt')) },
      { name: join(ROOT, 'no-such-article.txt') },
    ];
    const pool = new WorkerPool(settings, 2);
    try {
      const answers = await Promise.all(tasks.map((task) => pool.run(task)));
      expect(answers).toEqual(await Promise.all(tasks.map((task) => summarizeTask(task, settings))));
      expect(answers.map((outcome) => outcome.ok)).toEqual([true, true, true, true, true, false]);
    } finally {
      await pool.close();
    }
  });
});

