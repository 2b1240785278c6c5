// What every input parser returns.
import type { ArticleStructure } from '../model.js';

/** A parsed structure and the warnings (one line each) to show on stderr. */
export interface ParseResult {
  structure: ArticleStructure;
  warnings: string[];
}
