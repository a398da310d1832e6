import { isUtf8 } from "node:buffer";
import type { Readable } from "node:stream";
import { problem, type ReadResult } from "../core/input.js";
import type { RawArticle } from "../core/types.js";
import { hasNul, peek } from "./bytes.js";
import { describeError, tooLarge } from "./errors.js";
import type { ByteInput, Limits } from "./input.js";
import { splitLines } from "./lines.js";
import { isoPublished } from "./dates.js";

/** A bad line makes one problem; a file that is nothing but bad lines should not flood stderr. */
const MAX_BAD_LINES_BEFORE_GOOD = 100;

/**
 * Reads JSON Lines article records, one line at a time (a 2 GB file streams through in flat
 * memory). Each record must be an object with a string `id` and a non-empty `text` or `html`;
 * a bad line is reported as `path:LINE: reason` and skipped.
 */
export async function* readJsonlFile(input: ByteInput, limits: Limits): AsyncGenerator<ReadResult> {
  let stream: Readable | undefined;
  let records = 0;
  let bad = 0;
  let sawBytes = false;
  try {
    const peeked = await peek(input.open(), 8192);
    stream = peeked.stream;
    if (hasNul(peeked.head)) {
      stream.destroy();
      yield problem(input.source, "binary file (contains NUL bytes)");
      return;
    }
    for await (const line of splitLines(stream, limits.maxBytes)) {
      if (line.tooLong) {
        sawBytes = true;
        yield problem(input.source, tooLarge(limits.maxBytes), line.number);
        continue;
      }
      let bytes = line.bytes;
      if (bytes.length > 0) sawBytes = true;
      if (line.number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      const r = parseRecord(bytes, input.source, line.number);
      if (r === null) continue;
      if ("problem" in r) {
        bad++;
        yield r;
        if (records === 0 && bad >= MAX_BAD_LINES_BEFORE_GOOD) {
          yield problem(input.source, `gave up after ${bad} bad lines and no good record: not a JSON Lines file?`);
          stream.destroy();
          return;
        }
        continue;
      }
      records++;
      yield r;
    }
  } catch (err) {
    stream?.destroy();
    yield problem(input.source, describeError(err));
    return;
  }
  if (!sawBytes) yield problem(input.source, "empty file");
}

/** Parses one line: null for a blank line, a RawArticle, or the line's problem. */
function parseRecord(bytes: Buffer, source: string, line: number): ReadResult | null {
  if (bytes.indexOf(0) !== -1) return problem(source, "binary data (contains NUL bytes)", line);
  if (!isUtf8(bytes)) return problem(source, "invalid UTF-8", line);
  const s = bytes.toString("utf8");
  if (s.trim() === "") return null;
  let rec: unknown;
  try {
    rec = JSON.parse(s);
  } catch (err) {
    return problem(source, `invalid JSON (${err instanceof Error ? err.message : String(err)})`, line);
  }
  if (typeof rec !== "object" || rec === null || Array.isArray(rec)) return problem(source, "not a JSON object", line);
  const o = rec as Record<string, unknown>;
  const id = typeof o.id === "string" ? o.id.trim() : typeof o.id === "number" && Number.isFinite(o.id) ? String(o.id) : "";
  if (!id) return problem(source, 'record has no "id" (a non-empty string)', line);
  const text = typeof o.text === "string" && o.text.trim() !== "" ? o.text : null;
  const html = typeof o.html === "string" && o.html.trim() !== "" ? o.html : null;
  if (text === null && html === null) return problem(source, 'record has neither "text" nor "html"', line);
  const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
  const article: RawArticle = {
    id,
    source: `${source}:${line}`,
    kind: "jsonl",
    // Given both, the text is the body the producer already cleaned; offsets then refer to it.
    format: text !== null ? "text" : "html",
    body: text ?? html!,
    url: str(o.url),
    hints: {
      title: str(o.title),
      outlet: str(o.outlet),
      byline: str(o.byline) ?? str(o.author),
      published: isoPublished(o.published),
      language: str(o.language),
    },
  };
  return article;
}
