import type { Readable } from "node:stream";

/** One line of a line-oriented input: its bytes without the newline, or a note that it was too long. */
export type Line = { number: number; bytes: Buffer; tooLong?: false } | { number: number; tooLong: true };

/**
 * Splits a byte stream into lines (LF; a CR before it is dropped) without decoding, so each line
 * can be checked for UTF-8 on its own. Memory stays bounded: a line longer than `maxLine` bytes is
 * not kept, only reported as too long, and the split goes on at the next newline.
 */
export async function* splitLines(stream: Readable, maxLine: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let pending = 0;
  let overflow = false;
  let number = 0;
  const finish = (last: Buffer): Line => {
    number++;
    if (overflow) {
      overflow = false;
      parts = [];
      pending = 0;
      return { number, tooLong: true };
    }
    let bytes = parts.length === 0 ? last : Buffer.concat([...parts, last], pending + last.length);
    parts = [];
    pending = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    if (bytes.length > maxLine) return { number, tooLong: true };
    return { number, bytes };
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    let nl: number;
    while ((nl = chunk.indexOf(0x0a, start)) !== -1) {
      yield finish(chunk.subarray(start, nl));
      start = nl + 1;
    }
    if (start < chunk.length && !overflow) {
      const rest = chunk.subarray(start);
      if (pending + rest.length > maxLine) {
        overflow = true;
        parts = [];
        pending = 0;
      } else {
        // Copy: a view would pin the whole chunk in memory until the line ends.
        parts.push(Buffer.from(rest));
        pending += rest.length;
      }
    }
  }
  if (pending > 0 || overflow) yield finish(Buffer.alloc(0));
}
