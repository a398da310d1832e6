import { fileURLToPath } from "node:url";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isProblem, formatProblem, type ReadResult } from "../../src/core/input.js";
import type { RawArticle } from "../../src/core/types.js";
import { readInputs, type ReadOptions } from "../../src/ingest/index.js";

/** The committed ingest fixtures. */
export const FILES = fileURLToPath(new URL("../fixtures/ingest/files/", import.meta.url));

/** Path of a committed fixture. */
export const fixture = (name: string): string => join(FILES, name);

/** Everything readInputs() yields, split into articles and formatted problems. */
export async function readAll(inputs: string[], options: ReadOptions = {}): Promise<{ articles: RawArticle[]; problems: string[]; all: ReadResult[] }> {
  const all: ReadResult[] = [];
  for await (const r of readInputs(inputs, options)) all.push(r);
  return {
    all,
    articles: all.filter((r): r is RawArticle => !isProblem(r)),
    problems: all.filter(isProblem).map(formatProblem),
  };
}

/** A fresh temp directory and a function that removes it. */
export function tempDir(prefix = "newsfold-ingest-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
