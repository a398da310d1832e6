import { basename } from "node:path";

/** How a file input is read, decided by its extension (`.gz` on top of any). */
export type FileKind = "text" | "html" | "jsonl" | "feed" | "warc" | "urls";

/** Extensions we recognise, lower-case, without the dot. */
const EXTENSIONS: Record<string, FileKind> = {
  txt: "text",
  text: "text",
  html: "html",
  htm: "html",
  xhtml: "html",
  jsonl: "jsonl",
  ndjson: "jsonl",
  xml: "feed",
  rss: "feed",
  atom: "feed",
  warc: "warc",
  urls: "urls",
};

/** The file extensions readInputs() understands, for messages. */
export const KNOWN_EXTENSIONS = Object.keys(EXTENSIONS).map((e) => `.${e}`);

/** What a path's name says about it. `kind` is null for an unknown extension, `ext` then names it. */
export interface PathKind {
  kind: FileKind | null;
  /** The file is gzip-compressed (`.gz` last). */
  gz: boolean;
  /** The extension that decided (or failed to decide) the kind, with its dot; "" when there is none. */
  ext: string;
  /** The base name without the recognised extensions: the article id for single-article files. */
  id: string;
}

/** Classifies a file path by its extensions: `html/abc123.html.gz` -> html, gzip, id `abc123`. */
export function pathKind(path: string): PathKind {
  let name = basename(path);
  let gz = false;
  if (/\.gz$/i.test(name) && name.length > 3) {
    gz = true;
    name = name.slice(0, -3);
  }
  const dot = name.lastIndexOf(".");
  // A leading dot is a hidden file's name, not an extension.
  if (dot <= 0) return { kind: null, gz, ext: "", id: name };
  const ext = name.slice(dot + 1).toLowerCase();
  const kind = EXTENSIONS[ext] ?? null;
  return { kind, gz, ext: `.${ext}`, id: kind ? name.slice(0, dot) : name };
}

/** True for `http://` and `https://` inputs. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** What sniffing the first bytes of an unnamed input (stdin, a file without extension) found. */
export type SniffedKind = "gzip" | "warc" | "jsonl" | "feed" | "html" | "text";

/**
 * Guesses an input's kind from its first bytes: gzip magic, `WARC/`, a JSON object, an
 * RSS/Atom root element, other markup, else plain text.
 */
export function sniffKind(head: Buffer): SniffedKind {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return "gzip";
  let s = head.subarray(0, 4096).toString("latin1");
  if (s.startsWith("\xef\xbb\xbf")) s = s.slice(3);
  s = s.trimStart();
  if (s.startsWith("WARC/")) return "warc";
  if (s.startsWith("{")) return "jsonl";
  if (!s.startsWith("<")) return "text";
  // Skip the XML declaration, comments, processing instructions and doctype to find the root element.
  const rest = s.replace(/^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*/i, "");
  const root = /^<([A-Za-z][\w:.-]*)/.exec(rest)?.[1]?.toLowerCase();
  if (root === "rss" || root === "feed" || root === "rdf:rdf") return "feed";
  return "html";
}
