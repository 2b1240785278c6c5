// Parallel work, results in input order: a reorder buffer of bounded size. At most `window`
// items are started and not yet handed on, so a slow file holds up at most that many finished
// ones, and a slow reader (back-pressure on stdout) stops new work from starting at all.

interface Slot<R> {
  settled: boolean;
  value?: R;
  error?: unknown;
  done: Promise<void>;
}

function slot<R>(start: () => Promise<R>): Slot<R> {
  const result: Slot<R> = { settled: false, done: Promise.resolve() };
  // Handlers are attached at once, so work dropped by an interrupt never rejects unhandled.
  result.done = Promise.resolve()
    .then(start)
    .then(
      (value) => void (result.value = value),
      (error: unknown) => void (result.error = error),
    )
    .finally(() => void (result.settled = true));
  return result;
}

function whenAborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * Runs `work` on the items of `source` and yields the results in source order, with at most
 * `window` items started and not yet yielded (a function is asked again before each start:
 * the window may grow as the run goes). When `signal` aborts, no item is started any more,
 * the results finished in order so far are still yielded, and the rest are dropped. A
 * rejected `work` is rethrown when its turn comes.
 */
export async function* ordered<T, R>(
  source: AsyncIterable<T>,
  window: number | (() => number),
  work: (item: T) => Promise<R>,
  signal?: AbortSignal,
): AsyncGenerator<R> {
  const room = typeof window === 'number' ? () => window : window;
  const items = source[Symbol.asyncIterator]();
  const queue: Slot<R>[] = [];
  const aborted = whenAborted(signal);
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && queue.length < room() && !signal?.aborted) {
        const next = await items.next();
        if (next.done) exhausted = true;
        else queue.push(slot(() => work(next.value)));
      }
      const head = queue[0];
      if (!head) return;
      if (!head.settled) await Promise.race([head.done, aborted]);
      if (!head.settled) return;
      queue.shift();
      if ('error' in head) throw head.error;
      yield head.value as R;
    }
  } finally {
    if (!exhausted) await items.return?.();
  }
}
