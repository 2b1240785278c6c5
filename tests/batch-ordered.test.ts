// The reorder buffer behind `article summary --jobs N`: input order, a bounded window, abort.
import { describe, expect, it } from 'vitest';
import { compareCodePoints } from '../src/batch/inputs.js';
import { ordered } from '../src/batch/ordered.js';

async function* numbers(n: number, pulled: number[] = []): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    pulled.push(i);
    yield i;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Work that finishes out of order: later items often sooner. */
function jittered(active: { now: number; most: number }): (i: number) => Promise<number> {
  return async (i) => {
    active.now++;
    active.most = Math.max(active.most, active.now);
    await sleep((i * 7919) % 5);
    active.now--;
    return i * 10;
  };
}

describe('ordered', () => {
  it('yields every result in source order, though work finishes out of order', async () => {
    const got: number[] = [];
    for await (const value of ordered(numbers(200), 8, jittered({ now: 0, most: 0 }))) got.push(value);
    expect(got).toEqual(Array.from({ length: 200 }, (_, i) => i * 10));
  });

  it('never has more than `window` items started and not yet yielded', async () => {
    const active = { now: 0, most: 0 };
    const pulled: number[] = [];
    let yielded = 0;
    for await (const _value of ordered(numbers(100, pulled), 5, jittered(active))) {
      yielded++;
      expect(pulled.length - yielded).toBeLessThan(5);
      // A slow consumer starts nothing new meanwhile: back-pressure.
      const before = pulled.length;
      await sleep(2);
      expect(pulled.length).toBe(before);
    }
    expect(active.most).toBeLessThanOrEqual(5);
    expect(active.most).toBeGreaterThan(1);
  });

  it('asks a window given as a function before each start: one at a time, then more', async () => {
    const active = { now: 0, most: 0 };
    const pulled: number[] = [];
    let wide = false;
    const mostWhileNarrow: number[] = [];
    const work = jittered(active);
    const got: number[] = [];
    for await (const value of ordered(numbers(60, pulled), () => (wide ? 6 : 1), async (i) => {
      if (!wide) mostWhileNarrow.push(active.now);
      if (i === 9) wide = true;
      return work(i);
    })) {
      got.push(value);
    }
    expect(got).toEqual(Array.from({ length: 60 }, (_, i) => i * 10));
    // Before the window grew nothing ran beside the item started; after, several did.
    expect(Math.max(...mostWhileNarrow)).toBe(0);
    expect(active.most).toBeGreaterThan(1);
    expect(active.most).toBeLessThanOrEqual(6);
  });

  it('on abort starts nothing more, yields the finished prefix and stops', async () => {
    const controller = new AbortController();
    const pulled: number[] = [];
    const got: number[] = [];
    // Item 3 finishes only once the abort has come: no timing decides the test.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const work = async (i: number): Promise<number> => {
      if (i === 3) await gate;
      return i;
    };
    for await (const value of ordered(numbers(1000, pulled), 10, work, controller.signal)) {
      got.push(value);
      if (value === 2) {
        controller.abort();
        release();
      }
    }
    expect(got).toEqual([0, 1, 2]);
    expect(pulled.length).toBeLessThanOrEqual(13);
  });

  it('rethrows a failed work item in its turn, after the items before it', async () => {
    const got: number[] = [];
    const work = async (i: number): Promise<number> => {
      if (i === 4) throw new Error('boom');
      return i;
    };
    await expect(
      (async () => {
        for await (const value of ordered(numbers(10), 3, work)) got.push(value);
      })(),
    ).rejects.toThrow('boom');
    expect(got).toEqual([0, 1, 2, 3]);
  });
});

describe('compareCodePoints', () => {
  it.each([
    ['a', 'b', -1],
    ['B', 'a', -1],
    ['ab', 'a', 1],
    ['', '', 0],
    ['é', 'z', 1],
    // U+FF5A before U+1F600; UTF-16 units (0xFF5A > 0xD83D) would say the opposite.
    ['ｚ', '😀', -1],
    ['😀', '😀a', -1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign);
    expect(Math.sign(compareCodePoints(b, a))).toBe(-sign || 0);
  });
});
