import type { Readable } from "node:stream";
import { WARCParser, type WARCRecord } from "warcio";
import { problem, type ReadResult } from "../core/input.js";
import { peek } from "./bytes.js";
import { charsetOfContentType, decodeMarkup } from "./charset.js";
import { describeError, tooLarge } from "./errors.js";
import type { ByteInput, Limits } from "./input.js";

/** Content types of the pages we extract articles from. */
function isHtmlType(contentType: string | null): boolean {
  return contentType !== null && /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType);
}

/**
 * Bytes a record's block still lacks after its content was read or skipped: warcio stops quietly
 * at the end of a cut-off file, and only its length-limited reader knows what is missing.
 */
function bytesShort(record: WARCRecord): number {
  const limit = (record._reader as { limit?: unknown }).limit;
  return typeof limit === "number" && limit > 0 ? limit : 0;
}

/**
 * Reads a WARC file record by record (warcio's streaming parser; a multi-GB crawl never sits
 * in memory). Each `response` record with status 200 and an HTML body gives one article whose
 * id and url are the target URI; other records (requests, images, redirects, 404s) are skipped.
 * The charset comes from the HTTP Content-Type header, then the page's meta tag.
 */
export async function* readWarcFile(input: ByteInput, limits: Limits): AsyncGenerator<ReadResult> {
  let stream: Readable | undefined;
  let records = 0;
  let yielded = 0;
  let problems = 0;
  try {
    const peeked = await peek(input.open(), 16);
    stream = peeked.stream;
    if (peeked.head.length === 0) {
      yield problem(input.source, "empty file");
      return;
    }
    if (!peeked.head.toString("latin1").startsWith("WARC/")) {
      stream.destroy();
      yield problem(input.source, "not a WARC file (it does not start with WARC/)");
      return;
    }
    const parser = new WARCParser(stream);
    let last: WARCRecord | null = null;
    for await (const record of parser) {
      records++;
      last = record;
      if (!record.warcType || record.warcHeader("Content-Length") == null) {
        problems++;
        yield problem(input.source, `truncated or malformed WARC: record ${records} has no WARC-Type or Content-Length header`);
        last = null;
        break;
      }
      if (record.warcType !== "response") continue;
      const http = record.httpHeaders;
      if (!http || Number(http.statusCode) !== 200) continue;
      const contentType = http.headers.get("content-type") ?? null;
      if (!isHtmlType(contentType)) continue;
      const uri = record.warcTargetURI ?? `${input.source}#record-${records}`;
      if (record.warcContentLength > limits.maxBytes) {
        problems++;
        yield problem(input.source, `${uri}: ${tooLarge(limits.maxBytes, record.warcContentLength)}`);
        continue;
      }
      // Count while reading: content encoding (gzip inside HTTP) can inflate past the record length.
      const chunks: Uint8Array[] = [];
      let total = 0;
      for await (const chunk of record) {
        total += chunk.length;
        if (total > limits.maxBytes) break;
        chunks.push(chunk);
      }
      if (total > limits.maxBytes) {
        problems++;
        yield problem(input.source, `${uri}: ${tooLarge(limits.maxBytes)}`);
        continue;
      }
      const short = bytesShort(record);
      if (short > 0) {
        problems++;
        last = null;
        yield problem(input.source, `${uri}: truncated WARC record (${short} bytes short)`);
        continue;
      }
      const d = decodeMarkup(Buffer.concat(chunks, total), charsetOfContentType(contentType));
      if (!d.ok) {
        problems++;
        yield problem(input.source, `${uri}: ${d.reason}`);
        continue;
      }
      if (d.text.trim() === "") continue;
      yielded++;
      yield { id: uri, source: input.source, kind: "warc", format: "html", body: d.text, url: uri, hints: {} };
    }
    // A skipped last record may be cut short too: warcio ends quietly, so ask its reader.
    const remaining = last ? bytesShort(last) : 0;
    if (remaining > 0) {
      problems++;
      yield problem(input.source, `truncated WARC: the last record (${last!.warcTargetURI ?? `record ${records}`}) is ${remaining} bytes short`);
    }
  } catch (err) {
    stream?.destroy();
    yield problem(input.source, `${describeError(err)}${records > 0 ? ` (after ${records} records)` : ""}`);
    return;
  }
  if (yielded === 0 && problems === 0) yield problem(input.source, `no HTML response records with status 200 (${records} records read)`);
}
