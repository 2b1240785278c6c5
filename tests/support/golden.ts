// Golden files: compared with what the code produces, or rewritten with UPDATE_GOLDEN=1
// (then review the diff with git before committing).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/** True when golden files are to be rewritten instead of checked. */
export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/** Checks `actual` against the golden file at `path`, or writes it there under UPDATE_GOLDEN=1. */
export function expectGolden(path: string, actual: string): void {
  if (UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`no golden file ${path}: run UPDATE_GOLDEN=1 npm test and review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
