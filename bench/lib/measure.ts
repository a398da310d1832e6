/**
 * The one way every newsfold benchmark measures: wall time over a batch, throughput per second,
 * MB/s of input, peak resident memory of the process, and p50/p99 latency per item.
 * Each stage runs in a process of its own (bench/run.ts) so its peak RSS is its own.
 */

export interface StageResult {
  stage: string;
  dataset: string;
  /** What an item is: article, page, request, story. */
  unit: string;
  items: number;
  seconds: number;
  perSecond: number;
  /** Microseconds of wall time per item: the figure charted against corpus size. */
  usPerItem: number;
  mbPerSecond: number | null;
  peakRssMb: number;
  p50Ms: number | null;
  p99Ms: number | null;
  /** CPU seconds of the process (all threads) over the run: steadier than wall time on a shared machine. */
  cpuSeconds?: number;
  /** Items per CPU-second (a per-core rate, whatever the machine's load). */
  perCpuSecond?: number;
  note?: string;
}

const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Peak RSS of this process so far, in MB (Linux reports maxRSS in kB). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export interface MeasureOptions {
  /** Total input bytes, for MB/s. */
  bytes?: number;
  /** Record per-item latency (default true). */
  latency?: boolean;
  unit?: string;
  note?: string;
}

/** Runs `fn` over every item, timing each; returns the stage's figures. */
export async function measure<T>(stage: string, dataset: string, items: T[], fn: (item: T, i: number) => unknown, opts: MeasureOptions = {}): Promise<StageResult> {
  const lat = new Float64Array(items.length);
  const record = opts.latency ?? true;
  const c0 = cpuNow();
  const t0 = performance.now();
  for (let i = 0; i < items.length; i++) {
    const s = record ? performance.now() : 0;
    const r = fn(items[i]!, i);
    if (r instanceof Promise) await r;
    if (record) lat[i] = performance.now() - s;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = cpuNow() - c0;
  lat.sort();
  return {
    stage,
    dataset,
    unit: opts.unit ?? "article",
    items: items.length,
    seconds,
    perSecond: items.length / seconds,
    usPerItem: (seconds * 1e6) / Math.max(1, items.length),
    mbPerSecond: opts.bytes !== undefined ? opts.bytes / 1e6 / seconds : null,
    peakRssMb: peakRssMb(),
    p50Ms: record ? percentile(lat, 0.5) : null,
    p99Ms: record ? percentile(lat, 0.99) : null,
    cpuSeconds,
    perCpuSecond: items.length / cpuSeconds,
    ...(opts.note ? { note: opts.note } : {}),
  };
}

/** Times one call over a whole batch (for stages that take the batch at once). */
export async function measureBatch(stage: string, dataset: string, count: number, fn: () => unknown, opts: MeasureOptions = {}): Promise<StageResult> {
  const c0 = cpuNow();
  const t0 = performance.now();
  const r = fn();
  if (r instanceof Promise) await r;
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = cpuNow() - c0;
  return {
    stage,
    dataset,
    unit: opts.unit ?? "article",
    items: count,
    seconds,
    perSecond: count / seconds,
    usPerItem: (seconds * 1e6) / Math.max(1, count),
    mbPerSecond: opts.bytes !== undefined ? opts.bytes / 1e6 / seconds : null,
    peakRssMb: peakRssMb(),
    p50Ms: null,
    p99Ms: null,
    cpuSeconds,
    perCpuSecond: count / cpuSeconds,
    ...(opts.note ? { note: opts.note } : {}),
  };
}

/** Sets a result's item count after the run (for stages that learn it only at the end). */
export function withItems(r: StageResult, items: number): StageResult {
  return { ...r, items, perSecond: items / r.seconds, usPerItem: (r.seconds * 1e6) / Math.max(1, items), ...(r.cpuSeconds !== undefined ? { perCpuSecond: items / r.cpuSeconds } : {}) };
}

/** A stage process prints its results as one JSON line prefixed so the runner can find it. */
export function emit(results: StageResult[]): void {
  process.stdout.write(`@@bench ${JSON.stringify(results)}\n`);
}
