/**
 * Input readers: turn files, directories, stdin and URLs into RawArticles, streaming.
 *
 * Kinds are recognised by extension (`.gz` on top of any):
 *   .txt            one plain-text article, body verbatim
 *   .html .htm      one HTML page, charset from BOM or meta tag
 *   .jsonl .ndjson  article records, one per line
 *   .xml .rss .atom RSS 2.0 / RSS 1.0 / Atom feed, one article per item
 *   .warc           HTML response records of a web archive
 *   .urls           a list of http(s) URLs, one per line (`#` starts a comment), each fetched
 * `http://` and `https://` arguments are fetched. `-` reads stdin and a file given by name without
 * an extension is sniffed (gzip, WARC, JSONL, feed, HTML, else text). In a directory, files with an
 * unknown extension or none are skipped: a directory is a collection, like a glob.
 *
 * Every bad input becomes one InputProblem (`path[:line]: reason`) in the stream, never a throw.
 */
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { problem, type ReadResult } from "../core/input.js";
import { openBytes, openFile, peek } from "./bytes.js";
import { describeError } from "./errors.js";
import { readFeedFile } from "./feed.js";
import { readHtmlFile } from "./html.js";
import type { ByteInput, Limits } from "./input.js";
import { readJsonlFile } from "./jsonl.js";
import { KNOWN_EXTENSIONS, isUrl, pathKind, sniffKind, type FileKind } from "./kinds.js";
import { readTextFile } from "./text.js";
import { fetchUrl, type FetchLimits } from "./url.js";
import { readUrlList } from "./url-list.js";
import { walk } from "./walk.js";
import { readWarcFile } from "./warc.js";

/** Options for reading inputs. */
export interface ReadOptions {
  /** Per-input size limit in bytes (pages beyond it are reported and skipped). Default 20 MB. Applies to a page, a feed file, a JSONL line, a WARC record. */
  maxBytes?: number;
  /** Timeout of one URL fetch (redirects and body included), in ms. Default 20 000. */
  timeoutMs?: number;
  /** Redirects a fetch may follow. Default 5. */
  maxRedirects?: number;
  /** URLs of a `.urls` list fetched at once (results keep the list's order). Default 4. */
  fetchConcurrency?: number;
  /** User-Agent header of fetches. */
  userAgent?: string;
  /** The stream `-` reads; default process.stdin. */
  stdin?: Readable;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_REDIRECTS = 5;
const DEFAULT_FETCH_CONCURRENCY = 4;
const DEFAULT_USER_AGENT = "newsfold (+https://github.com/newsfold/newsfold)";

type Resolved = FetchLimits & { fetchConcurrency: number; stdin?: Readable };

function resolveOptions(o: ReadOptions): Resolved {
  const positive = (v: number | undefined, d: number) => (v !== undefined && Number.isFinite(v) && v > 0 ? v : d);
  return {
    maxBytes: positive(o.maxBytes, DEFAULT_MAX_BYTES),
    timeoutMs: positive(o.timeoutMs, DEFAULT_TIMEOUT_MS),
    maxRedirects: o.maxRedirects !== undefined && o.maxRedirects >= 0 ? o.maxRedirects : DEFAULT_MAX_REDIRECTS,
    fetchConcurrency: Math.floor(positive(o.fetchConcurrency, DEFAULT_FETCH_CONCURRENCY)),
    userAgent: o.userAgent ?? DEFAULT_USER_AGENT,
    stdin: o.stdin,
  };
}

/**
 * Reads every input (files, directories, `-`, URLs, `.gz` on top) and yields articles and
 * problems in input order, streaming.
 */
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const opts = resolveOptions(options);
  for (const input of inputs) {
    if (input === "-") yield* readSniffed({ source: "-", id: "stdin", open: () => opts.stdin ?? process.stdin }, opts);
    else if (isUrl(input)) yield* await fetchUrl(input, opts);
    else yield* readPath(input, opts);
  }
}

async function* readPath(path: string, opts: Resolved): AsyncGenerator<ReadResult> {
  let st;
  try {
    st = await stat(path);
  } catch (err) {
    yield problem(path, describeError(err));
    return;
  }
  if (st.isDirectory()) {
    for await (const entry of walk(path)) {
      if (!entry.ok) {
        yield problem(entry.path, describeError(entry.error));
        continue;
      }
      const pk = pathKind(entry.path);
      if (pk.kind) yield* readFile(entry.path, pk.kind, pk.gz, pk.id, entry.size, opts);
    }
    return;
  }
  if (!st.isFile()) {
    yield problem(path, "not a regular file");
    return;
  }
  const pk = pathKind(path);
  if (pk.kind) yield* readFile(path, pk.kind, pk.gz, pk.id, st.size, opts);
  else if (pk.ext === "") yield* readSniffed({ source: path, id: pk.id, open: () => openFile(path, pk.gz) }, opts);
  else yield problem(path, `unsupported file type "${pk.ext}" (expected ${KNOWN_EXTENSIONS.join(" ")}, optionally .gz)`);
}

function readFile(path: string, kind: FileKind, gz: boolean, id: string, size: number, opts: Resolved): AsyncGenerator<ReadResult> {
  // The stored size bounds the content only when it is not compressed.
  const input: ByteInput = { source: path, id, open: () => openFile(path, gz), ...(gz ? {} : { size }) };
  return readKind(kind, input, opts);
}

function readKind(kind: FileKind, input: ByteInput, opts: Resolved): AsyncGenerator<ReadResult> {
  const limits: Limits = { maxBytes: opts.maxBytes };
  switch (kind) {
    case "text":
      return readTextFile(input, limits);
    case "html":
      return readHtmlFile(input, limits);
    case "jsonl":
      return readJsonlFile(input, limits);
    case "feed":
      return readFeedFile(input, limits);
    case "warc":
      return readWarcFile(input, limits);
    case "urls":
      return readUrlList(input, opts, opts.fetchConcurrency);
  }
}

/** Reads an input whose kind its name does not tell (stdin, a file without extension) by sniffing its first bytes. */
async function* readSniffed(input: ByteInput, opts: Resolved): AsyncGenerator<ReadResult> {
  let stream: Readable;
  let head: Buffer;
  try {
    ({ head, stream } = await peek(input.open()));
    if (sniffKind(head) === "gzip") ({ head, stream } = await peek(openBytes(stream, true)));
  } catch (err) {
    yield problem(input.source, describeError(err));
    return;
  }
  if (head.length === 0) {
    yield problem(input.source, "empty input");
    return;
  }
  const sniffed = sniffKind(head);
  if (sniffed === "gzip") {
    stream.destroy();
    yield problem(input.source, "gzip inside gzip is not supported");
    return;
  }
  const once: ByteInput = { source: input.source, id: input.id, open: () => stream };
  yield* readKind(sniffed, once, opts);
}
