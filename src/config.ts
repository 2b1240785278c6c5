// Tuning values of the rules, in one place, each with why it has the value it has.

/** Reading speed of an adult reading news on a screen (spec §5). */
export const WORDS_PER_MINUTE = 230;

/** A title is short: longer first lines are a lead or a paragraph (spec §3.1). */
export const MAX_TITLE_WORDS = 15;

/** A heading is a short label for what follows (spec §3.3). */
export const MAX_HEADING_WORDS = 10;

/** An essentials box is a handful of points; more than this is body text (spec §3.2). */
export const MAX_BOX_ITEMS = 7;

/** A pull quote is one short sentence (spec §3.5). */
export const MAX_PULL_QUOTE_WORDS = 30;

/** Share of a pull quote's content words that must repeat one longer block (spec §3.5). */
export const PULL_QUOTE_OVERLAP = 0.6;

/** Words sharing this many leading letters match (beëindigde ~ beëindigen) (spec §3.5). */
export const MATCH_PREFIX_LETTERS = 5;

/**
 * At most this many candidate blocks are compared with one would-be pull quote. Posting lists
 * are walked rarest word first and the search stops at the first hit, so real articles never
 * come near it; it keeps a pathological file (one word repeated in 100,000 blocks) linear.
 */
export const MAX_PULL_QUOTE_PROBES = 500;

/** A quotation has at least two words; one quoted word is a scare quote (spec §4). */
export const MIN_QUOTE_WORDS = 2;

/** Bytes inspected for NUL when deciding a file is binary (spec §1). */
export const BINARY_SNIFF_BYTES = 8 * 1024;

/** Characters sampled for language detection: enough for trigrams, cheap on 64 MB files. */
export const LANGUAGE_SAMPLE_CHARS = 4_000;

/** Shorter texts are too short for trigram statistics; stop words decide alone. */
export const LANGUAGE_MIN_CHARS = 40;

/** Sentences the summarizer picks by default (`essentials --sentences`). */
export const DEFAULT_SUMMARY_SENTENCES = 3;

/** The widest measure `read` wraps to on a terminal: longer lines tire the eye. */
export const MAX_READING_WIDTH = 100;

/** The width used when the terminal does not say. */
export const DEFAULT_WIDTH = 80;

/** Bytes in a megabyte, as `--max-size` counts them. */
export const MEGABYTE = 1024 * 1024;

/** Inputs larger than this are refused unless `--max-size` says otherwise. */
export const DEFAULT_MAX_INPUT_BYTES = 256 * MEGABYTE;

/**
 * `summary` without `--jobs` works in its own thread until that work has taken this long, and
 * only then starts worker threads: one takes about 27 ms to load and summarize its first small
 * article, longer than a few small articles take here (0 or 25 ms measured no different).
 */
export const WORKERS_AFTER_MS = 50;
