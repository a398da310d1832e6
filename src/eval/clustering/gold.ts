import { readFileSync } from "node:fs";

/** One line of a clustering gold file: `{"id", "event", "story", ...}`. */
export interface ClusterGold {
  id: string;
  event: string;
  story: string;
}

/** Reads a gold JSONL file; throws an error naming the file and line on a bad line. */
export function readClusterGold(path: string): ClusterGold[] {
  const out: ClusterGold[] = [];
  const lines = readFileSync(path, "utf8").split("\n");
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${i + 1}: invalid JSON`);
    }
    const r = rec as Partial<ClusterGold>;
    if (typeof r.id !== "string" || typeof r.event !== "string" || typeof r.story !== "string") {
      throw new Error(`${path}:${i + 1}: a gold line needs string "id", "event" and "story"`);
    }
    out.push({ id: r.id, event: r.event, story: r.story });
  });
  return out;
}
