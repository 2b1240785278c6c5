// Adjusting what a dependency's class keeps in a field, without patching its source: an
// accessor on the class's prototype stands between its code and each instance's value. The
// htmlparser2 adjustments (html-parser-stack.ts, html-parser-text.ts) are made this way.

/**
 * Has every instance of the class whose prototype this is keep `wrap(value)` where its own
 * code sets `field` to `value` (its constructor's `this.field = value`): an accessor on the
 * prototype over a slot of each instance. A prototype that has the field already (this
 * accessor, set before) is left as it is.
 */
export function wrapFieldOnSet<T>(prototype: object, field: string, wrap: (value: T) => unknown): void {
  if (Object.hasOwn(prototype, field)) return;
  const slot = Symbol(field);
  Object.defineProperty(prototype, field, {
    configurable: true,
    get(this: Record<symbol, unknown>) {
      return this[slot];
    },
    set(this: Record<symbol, unknown>, value: T) {
      this[slot] = wrap(value);
    },
  });
}
