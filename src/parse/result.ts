// What every input parser takes and returns.
import type { ArticleStructure } from '../model.js';

/** A parsed structure and the warnings (one line each) to show on stderr. */
export interface ParseResult {
  structure: ArticleStructure;
  warnings: string[];
}

/** What a parser may leave undone for a run that will not show it. */
export interface ParseOptions {
  /**
   * Tell pull quotes from paragraphs (default true). False leaves every block that would be
   * one a paragraph: for a run that shows only totals (`count` without `--json`), which are
   * the same either way, as a pull quote's words and sentences count as a paragraph's do.
   * In plain text, finding them (the repeat index of spec §3.5) is half the parse.
   */
  pullQuotes?: boolean;
}
