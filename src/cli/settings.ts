// Colour and width are decided once, here, from flags, environment and terminal.
import { DEFAULT_WIDTH, MAX_READING_WIDTH } from '../config.js';

/** `--color` values. */
export type ColorMode = 'auto' | 'always' | 'never';

/** What the decision reads: the flag, the environment, whether stdout is a terminal. */
export interface Surroundings {
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
  columns: number | undefined;
}

/** Colour on or off: the flag wins, then NO_COLOR, then FORCE_COLOR, then the terminal. */
export function decideColor(mode: ColorMode, { env, isTTY }: Surroundings): boolean {
  if (mode !== 'auto') return mode === 'always';
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

// A width in the environment's COLUMNS: a whole number above 0.
const COLUMNS_VALUE = /^[1-9][0-9]{0,4}$/;

/**
 * The wrap width: the flag; on a terminal `COLUMNS` when it is set to a width, else the
 * terminal's, capped for reading; in a pipe none.
 */
export function decideWidth(flag: number | undefined, { env, isTTY, columns }: Surroundings): number | null {
  if (flag !== undefined) return flag;
  if (!isTTY) return null;
  const fromEnv = env.COLUMNS?.trim();
  const width = fromEnv !== undefined && COLUMNS_VALUE.test(fromEnv) ? Number(fromEnv) : columns;
  return Math.min(width && width > 0 ? width : DEFAULT_WIDTH, MAX_READING_WIDTH);
}

/**
 * OSC 8 hyperlinks on or off: only with colour; `FORCE_HYPERLINK` decides when set, else the
 * terminal's support (`probe`), which a pipe never has: only FORCE_HYPERLINK puts links into a pipe.
 */
export function decideHyperlinks(color: boolean, { env, isTTY }: Surroundings, probe?: () => boolean): boolean {
  if (!color) return false;
  const force = env.FORCE_HYPERLINK;
  if (force !== undefined && force !== '') return force !== '0';
  return isTTY && (probe?.() ?? false);
}
