import type { RawArticle } from "./types.js";

/**
 * A bad input that was skipped: the CLI prints it as `source[:line]: reason` on stderr and
 * goes on. Readers yield these in-band, so that one broken file never stops a batch.
 */
export interface InputProblem {
  problem: true;
  /** The file path, URL or `-` that failed. */
  source: string;
  /** 1-based line for line-oriented inputs (JSONL). */
  line?: number;
  reason: string;
}

/** What a reader yields: an article, or a problem with one input (or one line of it). */
export type ReadResult = RawArticle | InputProblem;

/** Makes an InputProblem. */
export function problem(source: string, reason: string, line?: number): InputProblem {
  return line === undefined ? { problem: true, source, reason } : { problem: true, source, line, reason };
}

/** Narrows a ReadResult to a problem. */
export function isProblem(r: ReadResult): r is InputProblem {
  return (r as InputProblem).problem === true;
}

/** The one-line form the CLI contract fixes: `path[:line]: reason`. */
export function formatProblem(p: InputProblem): string {
  return `${p.source}${p.line !== undefined ? `:${p.line}` : ""}: ${p.reason}`;
}
