import type { CliIo } from './io.js';

/** A progress bar on stderr, drawn only when stderr is a terminal and the input is long. */
export interface Progress {
  tick(done: number): void;
  done(): void;
}

/** Inputs shorter than this get no progress bar. */
export const PROGRESS_MIN_ITEMS = 200;

const NONE: Progress = { tick() {}, done() {} };

/**
 * Creates a progress bar for `total` items: drawn on stderr only when `io.stderr.isTTY` is true,
 * `enabled` is not `false` and `total` is at least {@link PROGRESS_MIN_ITEMS}; redrawn at most every
 * 100 ms; erased by `done()`. Otherwise a no-op, so pipes and logs stay clean.
 *
 * @example
 * ```ts
 * const bar = createProgress(io, rows.length, 'evaluate');
 * rows.forEach((row, i) => { work(row); bar.tick(i + 1); });
 * bar.done();
 * ```
 */
export function createProgress(io: CliIo, total: number, label: string, enabled = true, now: () => number = Date.now): Progress {
  if (!enabled || io.stderr.isTTY !== true || total < PROGRESS_MIN_ITEMS) return NONE;
  let last = -Infinity;
  let drawn = false;
  const draw = (done: number) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const percent = Math.floor((done / total) * 100);
    io.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${done}/${total}`);
    drawn = true;
  };
  return {
    tick(done) {
      const t = now();
      if (done >= total || t - last >= 100) {
        last = t;
        draw(done);
      }
    },
    done() {
      if (drawn) io.stderr.write('\r\x1b[K');
    },
  };
}
