import { problem, type ReadResult } from "../core/input.js";
import { charsetOfContentType, decodeMarkup, decodeUtf8Text, normaliseCharset } from "./charset.js";
import { tooLarge } from "./errors.js";
import { feedItems } from "./feed.js";
import type { Limits } from "./input.js";
import { isUrl, sniffKind } from "./kinds.js";
import iconv from "iconv-lite";

/** Limits of one HTTP fetch. */
export interface FetchLimits extends Limits {
  /** Whole fetch, redirects and body included, in milliseconds. */
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8";

/**
 * Fetches one URL and reads what it returns: an HTML page or plain text gives one article, a
 * feed gives its items. Follows up to `maxRedirects` redirects itself (to count them), refuses a
 * body over `maxBytes` (by Content-Length before reading, else while reading), and gives up after
 * `timeoutMs`. The article's id is the URL as given; its url is the final one after redirects.
 */
export async function fetchUrl(url: string, limits: FetchLimits): Promise<ReadResult[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let current = url;
    for (let hops = 0; ; hops++) {
      const res = await fetch(current, {
        redirect: "manual",
        signal: controller.signal,
        headers: { "user-agent": limits.userAgent, accept: ACCEPT },
      });
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel();
        const location = res.headers.get("location");
        if (!location) return [problem(url, `HTTP ${res.status} redirect without a Location header`)];
        if (hops >= limits.maxRedirects) return [problem(url, `too many redirects (more than ${limits.maxRedirects})`)];
        const next = new URL(location, current).href;
        if (!isUrl(next)) return [problem(url, `redirect to a non-HTTP URL (${next})`)];
        current = next;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        return [problem(url, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`)];
      }
      const declared = Number(res.headers.get("content-length") ?? NaN);
      if (declared > limits.maxBytes) {
        await res.body?.cancel();
        return [problem(url, tooLarge(limits.maxBytes, declared))];
      }
      const body = await readBody(res, limits.maxBytes);
      if (body === null) return [problem(url, tooLarge(limits.maxBytes))];
      return interpret(url, current, body, res.headers.get("content-type"));
    }
  } catch (err) {
    if (controller.signal.aborted) return [problem(url, `timed out after ${+(limits.timeoutMs / 1000).toFixed(1)} s`)];
    return [problem(url, `fetch failed: ${fetchErrorReason(err)}`)];
  } finally {
    clearTimeout(timer);
  }
}

/** The response body, or null when it passes `limit` bytes (the rest is then not read). */
async function readBody(res: Response, limit: number): Promise<Buffer | null> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Reads a fetched body by its content type (sniffing when there is none). */
function interpret(url: string, finalUrl: string, bytes: Buffer, contentType: string | null): ReadResult[] {
  if (bytes.length === 0) return [problem(url, "empty response")];
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  const charset = charsetOfContentType(contentType);
  let kind: "html" | "feed" | "text";
  if (type === "text/html" || type === "application/xhtml+xml") kind = "html";
  else if (/^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml)$/.test(type)) kind = "feed";
  else if (type === "text/plain") kind = "text";
  else if (type === "" || type === "application/octet-stream") {
    const s = sniffKind(bytes);
    if (s !== "html" && s !== "feed" && s !== "text") return [problem(url, `unsupported content (looks like ${s})`)];
    kind = s;
  } else return [problem(url, `unsupported content type "${type}"`)];
  if (kind === "feed") return feedItems(bytes, url, charset);
  let text: string;
  if (kind === "html") {
    const d = decodeMarkup(bytes, charset);
    if (!d.ok) return [problem(url, d.reason)];
    text = d.text;
  } else {
    const cs = charset ? normaliseCharset(charset) : "utf-8";
    if (!cs) return [problem(url, `unknown encoding "${charset}"`)];
    if (cs === "utf-8") {
      const d = decodeUtf8Text(bytes);
      if (!d.ok) return [problem(url, d.reason)];
      text = d.text;
    } else text = iconv.decode(bytes, cs);
  }
  if (text.trim() === "") return [problem(url, "empty response")];
  return [{ id: url, source: url, kind: "url", format: kind, body: text, url: finalUrl, hints: {} }];
}

function fetchErrorReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return cause.code === "ENOTFOUND" ? "host not found" : cause.code === "ECONNREFUSED" ? "connection refused" : cause.code;
  if (cause?.message) return cause.message;
  return err instanceof Error ? err.message : String(err);
}
