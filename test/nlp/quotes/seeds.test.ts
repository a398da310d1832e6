// The seeds' gold quotes (../shared/gold/seeds.json), found through analyze() with their resolved speakers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SHARED_DIR, NO_SHARED } from "../../helpers/shared.js";
import { analyze } from "../../../src/nlp/index.js";
import { article } from "./helpers.js";

interface GoldQuotes {
  items: { id: string; starts: string; speaker: string }[];
  unclosed: { id: string; starts: string; ends: string };
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

test("seeds: every gold quote is found as a direct quote with its speaker", { skip: SHARED_DIR ? false : NO_SHARED }, () => {
  const gold = (JSON.parse(readFileSync(join(SHARED_DIR!, "gold", "seeds.json"), "utf8")) as { quotes: GoldQuotes }).quotes;
  const cache = new Map<string, ReturnType<typeof analyze>>();
  const quotesFor = (id: string) => {
    if (!cache.has(id)) cache.set(id, analyze(article(readFileSync(join(SHARED_DIR!, "seeds", `${id}.txt`), "utf8"), id)));
    return cache.get(id)!.quotes;
  };
  const misses: string[] = [];
  for (const item of gold.items) {
    const q = quotesFor(item.id).find((x) => squash(x.text).startsWith(item.starts));
    if (!q) misses.push(`${item.id}: not found: ${item.starts}`);
    else if (q.kind !== "direct") misses.push(`${item.id}: ${item.starts}: kind ${q.kind}`);
    else if (q.speaker?.name !== item.speaker) misses.push(`${item.id}: ${item.starts}: speaker ${q.speaker?.name ?? "null"}, want ${item.speaker}`);
  }
  assert.deepEqual(misses, []);
  const u = gold.unclosed;
  const q = quotesFor(u.id).find((x) => squash(x.text).startsWith(u.starts));
  assert.ok(q, "the unclosed quote is found");
  assert.equal(q.unclosed, true);
  assert.ok(squash(q.text).endsWith(u.ends), `ends with ${JSON.stringify(u.ends)}: ${JSON.stringify(q.text.slice(-60))}`);
});
