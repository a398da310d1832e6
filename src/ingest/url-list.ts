import { isUtf8 } from "node:buffer";
import type { Readable } from "node:stream";
import { problem, type ReadResult } from "../core/input.js";
import { describeError, tooLarge } from "./errors.js";
import type { ByteInput } from "./input.js";
import { isUrl } from "./kinds.js";
import { splitLines } from "./lines.js";
import { fetchUrl, type FetchLimits } from "./url.js";

/** A URL list line longer than this is not a URL. */
const MAX_URL_LINE = 64 * 1024;

/**
 * Reads a `.urls` file: one http(s) URL per line; blank lines and lines starting with `#` are
 * skipped; any other line is a bad line (`path:LINE: reason`). Fetches up to `concurrency` URLs at
 * once but yields their results in the list's order, holding at most that many responses.
 */
export async function* readUrlList(input: ByteInput, limits: FetchLimits, concurrency: number): AsyncGenerator<ReadResult> {
  const window: Promise<ReadResult[]>[] = [];
  let stream: Readable | undefined;
  let urls = 0;
  try {
    stream = input.open();
    for await (const line of splitLines(stream, MAX_URL_LINE)) {
      let item: Promise<ReadResult[]> | null = null;
      if (line.tooLong) item = Promise.resolve([problem(input.source, tooLarge(MAX_URL_LINE), line.number)]);
      else if (!isUtf8(line.bytes)) item = Promise.resolve([problem(input.source, "invalid UTF-8", line.number)]);
      else {
        const s = line.bytes.toString("utf8").replace(/^\uFEFF/, "").trim();
        if (s === "" || s.startsWith("#")) continue;
        if (!isUrl(s) || !URL.canParse(s)) item = Promise.resolve([problem(input.source, `not an http(s) URL: ${s.slice(0, 200)}`, line.number)]);
        else {
          urls++;
          item = fetchUrl(s, limits);
        }
      }
      window.push(item);
      while (window.length >= concurrency) yield* await window.shift()!;
    }
  } catch (err) {
    stream?.destroy();
    while (window.length > 0) yield* await window.shift()!;
    yield problem(input.source, describeError(err));
    return;
  }
  while (window.length > 0) yield* await window.shift()!;
  if (urls === 0) yield problem(input.source, "no URLs in the list");
}
