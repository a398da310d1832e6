import type { Readable } from "node:stream";
import { problem, type InputProblem } from "../core/input.js";
import { readBounded } from "./bytes.js";
import { describeError, tooLarge } from "./errors.js";

/** One input's bytes as a reader sees them: where they come from, the id they give, how to open them. */
export interface ByteInput {
  /** File path, `-` or URL: the `source` of what is read from it. */
  source: string;
  /** The id of a single-article input (file base name). */
  id: string;
  /** Opens the (already gunzipped) byte stream. Called once. */
  open(): Readable;
  /** The stored size when it is known before reading (an uncompressed file); checked against the limit. */
  size?: number;
}

/** Limits every reader honours, resolved from ReadOptions. */
export interface Limits {
  /** Largest single page, feed file, JSONL line or WARC record, in bytes. */
  maxBytes: number;
}

/**
 * Reads a single-document input whole, within the size limit: checks the known size first so a
 * huge file is refused before any of it is read, then counts while reading (gzip hides the size).
 */
export async function readWhole(input: ByteInput, limits: Limits): Promise<Buffer | InputProblem> {
  if (input.size !== undefined && input.size > limits.maxBytes) return problem(input.source, tooLarge(limits.maxBytes, input.size));
  let stream: Readable | undefined;
  try {
    stream = input.open();
    const r = await readBounded(stream, limits.maxBytes);
    if (!r.ok) return problem(input.source, r.reason);
    if (r.bytes.length === 0) return problem(input.source, "empty file");
    return r.bytes;
  } catch (err) {
    stream?.destroy();
    return problem(input.source, describeError(err));
  }
}
