// The progress bar of a batch, on stderr when stderr is a terminal (never in a pipe or file):
// one line redrawn in place, cleared before any other stderr line and at the end.
import type { Sink } from '../cli/io.js';

/** Redraws at most this often: a terminal cannot show faster, and 10,000 redraws cost time. */
const PROGRESS_INTERVAL_MS = 100;

/** Cells of the bar: with the counts the line stays under 60 columns, so it never wraps. */
const BAR_CELLS = 20;

/** Back to the line's start and erase it: how the bar is redrawn and taken away. */
const ERASE_LINE = '\r\x1b[2K';

/** A progress line for a run over many files; silent while the run is known to have fewer than two. */
export class Progress {
  private done = 0;
  private failed = 0;
  private total: number | null = null;
  private shown = false;
  private drawnAt = -Infinity;

  /** Draws on `sink`; `now` is the clock (milliseconds), replaceable in tests. */
  constructor(
    private readonly sink: Sink,
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
    const failed = this.failed > 0 ? `, ${this.failed} failed` : '';
    if (this.total === null) return `article: ${this.done} files${failed}`;
    const total = Math.max(this.total, this.done);
    const full = Math.round((this.done / total) * BAR_CELLS);
    return `article: ${'█'.repeat(full)}${'░'.repeat(BAR_CELLS - full)} ${this.done}/${total} files${failed}`;
  }
}
