// The progress bar of a batch, on stderr when stderr is a terminal (never in a pipe or file):
// one line redrawn in place, never wider than the terminal, cleared before any other stderr
// line and at the end.
import type { Sink } from '../cli/io.js';
import { DEFAULT_WIDTH } from '../config.js';

/** Redraws at most this often: a terminal cannot show faster, and 10,000 redraws cost time. */
const PROGRESS_INTERVAL_MS = 100;

/** Cells of the bar at most: enough to see it move; a wider bar tells no more. */
const BAR_CELLS = 20;

/** Cells of the bar at least: a narrower bar shows nothing, so the counter stands alone. */
const MIN_BAR_CELLS = 5;

/** Back to the line's start and erase it: how the bar is redrawn and taken away. */
const ERASE_LINE = '\r\x1b[2K';

/** A progress line for a run over many files; silent while the run is known to have fewer than two. */
export class Progress {
  private done = 0;
  private failed = 0;
  private total: number | null = null;
  private shown = false;
  private drawnAt = -Infinity;

  /**
   * Draws on `sink`, a terminal `columns` wide; `now` is the clock (milliseconds), replaceable
   * in tests. The line is never wider than `columns - 1`: a line that wrapped (or filled the
   * last column, where terminals wrap early) would leave a row that `\r\x1b[2K` cannot erase.
   */
  constructor(
    private readonly sink: Sink,
    private readonly columns: number = DEFAULT_WIDTH,
    private readonly now: () => number = Date.now,
  ) {}

  /** The number of inputs, once a counting walk has found it; until then the line counts up. */
  setTotal(total: number): void {
    this.total = total;
    this.draw();
  }

  /** One more input is done (`failed` when it could not be read). */
  advance(failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    this.draw();
  }

  /** Takes the line away, before another stderr line and at the end of the run. */
  clear(): void {
    if (this.shown) this.sink.write(ERASE_LINE);
    this.shown = false;
  }

  private draw(): void {
    if (Math.max(this.done, this.total ?? 0) < 2) return;
    const now = this.now();
    if (this.shown && now - this.drawnAt < PROGRESS_INTERVAL_MS) return;
    this.drawnAt = now;
    this.shown = true;
    this.sink.write(`${ERASE_LINE}${this.line()}`);
  }

  private line(): string {
    const room = Math.max(1, this.columns - 1);
    const failed = this.failed > 0 ? `, ${this.failed} failed` : '';
    // Everything but the bar is ASCII: its length is its width in columns.
    const fit = (text: string): string => text.slice(0, room);
    if (this.total === null) return fit(`article: ${this.done} files${failed}`);
    const total = Math.max(this.total, this.done);
    const counter = ` ${this.done}/${total} files${failed}`;
    const cells = Math.min(BAR_CELLS, room - 'article: '.length - counter.length);
    if (cells < MIN_BAR_CELLS) return fit(`article:${counter}`);
    const full = Math.round((this.done / total) * cells);
    return `article: ${'█'.repeat(full)}${'░'.repeat(cells - full)}${counter}`;
  }
}
