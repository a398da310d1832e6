import type { RawArticle } from "../core/types.js";
import { problem, type ReadResult } from "../core/input.js";
import { isoPublished } from "../ingest/dates.js";

/** An article record as the CLI contract and the HTTP API accept it. */
export interface ArticleRecord {
  id: string;
  text?: string;
  html?: string;
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
  language?: string;
}

/**
 * Turns one JSON article record into a RawArticle, or a problem naming `source` when it lacks an
 * id or has neither `text` nor `html` (the contract's rule for a bad record).
 */
export function recordToRaw(value: unknown, source: string, line?: number): ReadResult {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return problem(source, "record is not a JSON object", line);
  const r = value as Record<string, unknown>;
  const str = (k: string): string | null => (typeof r[k] === "string" && (r[k] as string).length > 0 ? (r[k] as string) : null);
  const id = str("id") ?? (typeof r.id === "number" ? String(r.id) : null);
  if (id === null) return problem(source, "record has no id", line);
  const text = str("text");
  const html = str("html");
  if (text === null && html === null) return problem(source, `record ${id} has neither text nor html`, line);
  const raw: RawArticle = {
    id,
    source: line === undefined ? source : `${source}:${line}`,
    kind: "jsonl",
    format: html !== null && text === null ? "html" : "text",
    body: text ?? html!,
    url: str("url"),
    hints: { title: str("title"), outlet: str("outlet"), published: isoPublished(r.published), language: str("language") },
  };
  return raw;
}

/** Yields records as ReadResults, for APIs that receive records rather than files. */
export async function* recordsToRaw(values: unknown[], source: string): AsyncGenerator<ReadResult> {
  let i = 0;
  for (const v of values) yield recordToRaw(v, source, ++i);
}
