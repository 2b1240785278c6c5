// The names of the output formats of `article summary`, apart from the writers so that the
// command line can offer them without loading any batch code.

/** The `--format` values of `article summary`. */
export const BATCH_FORMATS = ['text', 'json', 'ndjson', 'csv', 'markdown'] as const;

/** An output format of `article summary`. */
export type BatchFormat = (typeof BATCH_FORMATS)[number];
