import * as assert from 'node:assert/strict';

/** CPU time of this process in ms: other processes on a busy machine do not inflate it, as they do wall time. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Input sizes of a scaling check, in characters. */
export const SCALING_SIZES = [10_000, 100_000, 1_000_000] as const;

export interface ScalingOptions {
  /** Sizes to try, smallest first (default 10 KB, 100 KB, 1 MB). */
  readonly sizes?: readonly number[];
  /**
   * Largest accepted time ratio between two sizes, relative to their size ratio: 1 is exactly
   * linear; the default 5 accepts a busy machine, garbage collection of large inputs and n·log n (a 10× step may take up to 50×) and refuses
   * quadratic growth (100× per 10× step).
   */
  readonly slack?: number;
  /**
   * Steps whose larger run is faster than this are too short to judge and pass (ms); the smaller
   * run of a step counts as at least floorMs / size ratio (sub-millisecond timings are noise).
   */
  readonly floorMs?: number;
  /** A run slower than this stops the check before the next size (a quadratic parser would take minutes). */
  readonly budgetMs?: number;
  /**
   * Generate a new input for every timed run: for parsers that cache by content, whose second run
   * on the same text would measure the cache (the generator must then vary its output).
   */
  readonly fresh?: boolean;
}

export interface ScalingResult {
  readonly sizes: number[];
  readonly ms: number[];
}

/** The fastest of a few runs, in CPU time (the minimum filters out pauses and collections). */
function timeRun(run: (input: string) => unknown, input: () => string): number {
  let best = Infinity;
  let total = 0;
  for (let rep = 0; rep < 30 && (rep < 3 || total < 40) && (rep < 1 || total < 4000); rep++) {
    const text = input();
    const t0 = cpuMs();
    run(text);
    const ms = cpuMs() - t0;
    best = Math.min(best, ms);
    total += ms;
  }
  return best;
}

/**
 * Runs `run` on inputs of growing size made by `generate(size)` (not timed) and asserts that time
 * grows at most linearly: a ratio between sizes, never an absolute time, so a slow machine does
 * not fail it and a quadratic parser does. Stops before the next size when a run already took
 * longer than the budget (the step ratio is then reported as the failure).
 */
export function assertLinear(
  name: string,
  run: (input: string) => unknown,
  generate: (size: number) => string,
  opts: ScalingOptions = {},
): ScalingResult {
  const sizes = [...(opts.sizes ?? SCALING_SIZES)];
  const slack = opts.slack ?? 5;
  const floorMs = opts.floorMs ?? 50;
  const budgetMs = opts.budgetMs ?? 4000;
  const inputs = new Map<number, string>();
  const input = (n: number) => {
    let s = inputs.get(n);
    if (s === undefined) inputs.set(n, (s = generate(n)));
    return s;
  };
  run(input(sizes[0]));
  const ms: number[] = [];
  for (let i = 0; i < sizes.length; i++) {
    const measure = (k: number) => timeRun(run, opts.fresh ? () => generate(sizes[k]) : () => input(sizes[k]));
    ms.push(measure(i));
    if (i === 0) continue;
    const sizeRatio = sizes[i] / sizes[i - 1];
    let timeRatio = ms[i] / Math.max(ms[i - 1], floorMs / sizeRatio);
    if (ms[i] >= floorMs && timeRatio > sizeRatio * slack) {
      // One more measurement of both sizes before calling it non-linear: a single slow run on a
      // loaded machine (a collection, a descheduled thread) is not growth.
      ms[i - 1] = Math.min(ms[i - 1], measure(i - 1));
      ms[i] = Math.min(ms[i], measure(i));
      timeRatio = ms[i] / Math.max(ms[i - 1], floorMs / sizeRatio);
    }
    inputs.delete(sizes[i - 1]);
    const report = sizes
      .slice(0, i + 1)
      .map((s, k) => `${s} chars: ${ms[k].toFixed(1)} ms`)
      .join(', ');
    if (ms[i] >= floorMs) {
      assert.ok(
        timeRatio <= sizeRatio * slack,
        `${name} is not linear: ${sizeRatio}× the input took ${timeRatio.toFixed(1)}× the CPU time (${report})`,
      );
    }
    assert.ok(
      i === sizes.length - 1 || ms[i] <= budgetMs,
      `${name} took ${ms[i].toFixed(0)} ms on ${sizes[i]} chars (${report}): too slow to try a larger input`,
    );
  }
  return { sizes, ms };
}

/** Repeats `unit` until the text is at least `size` characters long, then cuts it there. */
export function repeatTo(unit: string, size: number, head = '', tail = ''): string {
  const body = unit.repeat(Math.max(1, Math.ceil((size - head.length - tail.length) / unit.length)));
  return head + body.slice(0, Math.max(0, size - head.length - tail.length)) + tail;
}
