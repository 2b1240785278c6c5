// Values made on first need. V8 parses a regex when it is created, not when first run, and a
// regex with Unicode properties (`\p{L}`) takes it up to a few hundred microseconds: made at
// module load, seven of them cost 3 ms of every start, though most runs never use them.

/** A value made by `make` on the first call and returned by every call. */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
