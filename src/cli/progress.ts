import cliProgress from "cli-progress";

/** A running count on stderr: `tick()` per item done, `stop()` at the end. */
export interface Progress {
  tick(n?: number): void;
  stop(): void;
}

const NOOP: Progress = { tick() {}, stop() {} };

/**
 * A progress line on stderr (`extract 1234 articles | 250/s | 5s`) for long runs. Only when
 * stderr is a terminal: piped or logged stderr stays clean for problems and warnings.
 * The total is unknown while streaming, so it shows a count and a rate rather than a bar.
 */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return NOOP;
  const started = Date.now();
  let count = 0;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} {value} articles | {rate}/s | {duration_formatted}`,
      hideCursor: true,
      clearOnComplete: false,
      fps: 5,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { rate: "0" });
  return {
    tick(n = 1) {
      count += n;
      const secs = (Date.now() - started) / 1000;
      bar.update(count, { rate: secs > 0 ? (count / secs).toFixed(0) : "0" });
    },
    stop() {
      bar.stop();
    },
  };
}
