import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { tooLarge } from "./errors.js";

/**
 * A stream of an input's bytes, gunzipped when `gz`. Errors of the file stream reach the
 * returned stream, so a reader that iterates it sees them as one thrown error.
 */
export function openBytes(source: Readable, gz: boolean): Readable {
  if (!gz) return source;
  const gunzip = createGunzip();
  source.on("error", (err) => gunzip.destroy(err));
  gunzip.on("close", () => source.destroy());
  return source.pipe(gunzip);
}

/** Opens a file (gunzipping it when `gz`) as a byte stream. */
export function openFile(path: string, gz: boolean): Readable {
  return openBytes(createReadStream(path, { highWaterMark: 256 * 1024 }), gz);
}

/** The outcome of reading a whole (bounded) input. */
export type Bounded = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/**
 * Reads a stream to its end, stopping (and destroying the stream) as soon as it passes
 * `limit` bytes, so that a huge or endless input never sits in memory. Stream errors throw.
 */
export async function readBounded(stream: Readable, limit: number): Promise<Bounded> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) {
      stream.destroy();
      return { ok: false, reason: tooLarge(limit) };
    }
    chunks.push(chunk);
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/**
 * Reads the first bytes of a stream (at least `min` unless it ends first) and returns them
 * with a stream that replays them followed by the rest, for sniffing stdin without losing data.
 */
export async function peek(stream: Readable, min = 4096): Promise<{ head: Buffer; stream: Readable }> {
  const it = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < min) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    seen.push(r.value);
    size += r.value.length;
  }
  const head = Buffer.concat(seen, size);
  async function* replay(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (done) return;
    while (true) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { head, stream: Readable.from(replay(), { objectMode: false }) };
}

/** True when the bytes hold a NUL: the mark of a binary file (unless a UTF-16 BOM explains it). */
export function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}
