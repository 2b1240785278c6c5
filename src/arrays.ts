// Array helpers that hold for arrays of any length: spreading a long array into a call
// (`push(...items)`, `Math.max(...values)`) overflows the stack past ~100,000 elements, and an
// article can have that many lines, rows or blocks.

/** Appends `items` to `target` in place and returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `floor` when there are none or all are smaller. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}
