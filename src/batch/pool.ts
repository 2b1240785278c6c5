// A pool of worker threads for `article summary --jobs N`: started as tasks arrive (never more
// than N), each given a few tasks at a time, replaced when one dies.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BatchSettings, BatchTask, Outcome } from './record.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

// Workers load JavaScript, never TypeScript: the bundled dist/cli/worker-start.cjs (an entry of
// scripts/build.mjs, CommonJS with the CLI's code caches). The path holds from any file one
// folder below the root: from the bundle's chunks in dist/cli/ and from src/batch/pool.ts itself
// when vitest runs the sources, which is why `npm test` builds first.
const WORKER_SCRIPT = new URL('../../dist/cli/worker-start.cjs', import.meta.url);

/**
 * Tasks a worker holds at once: with one, it idles while its file is read and while its answer
 * travels (measured on small files: idle 17-30 % of the time with one or two, 13-25 % with
 * four); more gain little and put more files at risk when a worker dies.
 */
const TASKS_PER_WORKER = 4;

/** Asks an idle worker to stop; resolves once its thread has ended. */
function ended(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    worker.once('exit', () => resolve());
    worker.postMessage({ stop: true } satisfies WorkerRequest);
  });
}

interface Job {
  id: number;
  task: BatchTask;
  resolve(outcome: Outcome): void;
  reject(error: Error): void;
}

interface Member {
  worker: Worker;
  /** The worker has loaded its modules: a failure from then on is one file's, not the pool's. */
  ready: boolean;
  jobs: Map<number, Job>;
}

/** Worker threads that summarize tasks; `run` answers with the same outcome `summarizeTask` gives. */
export class WorkerPool {
  private readonly members = new Set<Member>();
  private readonly waiting: Job[] = [];
  private nextId = 0;
  private closed = false;
  private fatal: Error | null = null;

  /** A pool of at most `size` workers, each reading and analysing with `settings`. */
  constructor(
    private readonly settings: BatchSettings,
    private readonly size: number,
  ) {}

  /** Summarizes a task on the first free worker; rejects only when workers cannot start at all. */
  run(task: BatchTask): Promise<Outcome> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Stops every worker. When every task is answered (the batch is done), each is asked to stop
   * and ends as a thread ends on its own, running its exit handlers: that is when it writes the
   * code caches it found missing or stale (src/cli/compile-cache.ts), which terminate() would
   * skip. Otherwise they are terminated at once, and the tasks not answered yet are rejected
   * (an interrupted run drops them).
   */
  async close(): Promise<void> {
    this.closed = true;
    const members = [...this.members];
    this.members.clear();
    const unanswered = [...this.waiting.splice(0), ...members.flatMap((m) => [...m.jobs.values()])];
    if (unanswered.length === 0 && !this.fatal) {
      await Promise.all(members.map(({ worker }) => ended(worker)));
      return;
    }
    const stopped = this.fatal ?? new Error('the batch was stopped');
    for (const job of unanswered) job.reject(stopped);
    await Promise.all(members.map((member) => member.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0 && !this.closed) {
      const member = this.freest();
      if (!member) return;
      const job = this.waiting.shift()!;
      member.jobs.set(job.id, job);
      member.worker.postMessage({ id: job.id, task: job.task } satisfies WorkerRequest);
    }
  }

  /**
   * An idle worker, else a new one while there is room, else the one holding the fewest tasks
   * if it has room for another: two large files go to two workers, not one after the other.
   */
  private freest(): Member | undefined {
    const members = [...this.members];
    const idle = members.find((m) => m.jobs.size === 0);
    if (idle) return idle;
    if (members.length < this.size) return this.start();
    const least = members.reduce<Member | undefined>((best, m) => (!best || m.jobs.size < best.jobs.size ? m : best), undefined);
    return least && least.jobs.size < TASKS_PER_WORKER ? least : undefined;
  }

  private start(): Member {
    const worker = new Worker(WORKER_SCRIPT, { workerData: this.settings });
    const member: Member = { worker, ready: false, jobs: new Map() };
    this.members.add(member);
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        member.ready = true;
        return;
      }
      member.jobs.get(reply.id)?.resolve(reply.outcome);
      member.jobs.delete(reply.id);
      this.dispatch();
    });
    worker.on('error', (error: Error) => this.lost(member, error.message));
    worker.on('exit', (code: number) => this.lost(member, `the worker stopped (exit code ${code})`));
    return member;
  }

  /**
   * A worker died: before loading, the pool cannot work; after, the files it held failed (which
   * one killed it cannot be told, so all are reported).
   */
  private lost(member: Member, reason: string): void {
    if (this.closed || !this.members.delete(member)) return;
    if (!member.ready) {
      this.fatal = new Error(`cannot start a worker thread (${fileURLToPath(WORKER_SCRIPT)}): ${reason}`);
      for (const job of member.jobs.values()) job.reject(this.fatal);
      void this.close();
      return;
    }
    for (const job of member.jobs.values()) job.resolve({ ok: false, file: job.task.name, reason: `internal error: ${reason}` });
    this.dispatch();
  }
}
