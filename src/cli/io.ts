import type { Command } from "commander";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { formatProblem, type InputProblem } from "../core/input.js";

/** Exit codes fixed by the CLI contract. */
export const EXIT_OK = 0;
export const EXIT_SKIPPED = 1;
export const EXIT_USAGE = 2;

/** Writes JSON Lines to a stream, waiting when the stream is full so memory stays flat on huge runs. */
export class JsonlWriter {
  constructor(private readonly out: Writable = process.stdout) {}

  async write(record: unknown): Promise<void> {
    if (!this.out.write(JSON.stringify(record) + "\n")) await once(this.out, "drain");
  }
}

/**
 * Collects per-input problems for one command run: prints each as `path[:line]: reason` on
 * stderr the moment it happens and remembers that something was skipped (exit code 1).
 */
export class ProblemReporter {
  skipped = 0;
  constructor(private readonly err: Writable = process.stderr) {}

  report(p: InputProblem): void {
    this.skipped++;
    this.err.write(formatProblem(p) + "\n");
  }

  /** 0 when every input was processed, 1 when some were skipped. */
  exitCode(): number {
    return this.skipped > 0 ? EXIT_SKIPPED : EXIT_OK;
  }
}

/** Thrown by a command for bad usage (missing argument, unknown option value): exit code 2. */
export class UsageError extends Error {}

/** Lets a command's action report its exit code to main() without calling process.exit. */
export function setExitCode(cmd: Command, code: number): void {
  (cmd as Command & { _exitCode?: number })._exitCode = code;
}
