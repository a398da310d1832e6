/**
 * Store writes: articles with analyses and assignments, in transactions of 100, into a fresh
 * SQLite file; then story-list reads.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { SqliteStore, type IngestRecord } from "../../src/store/index.js";
import { benchStream } from "../lib/files.js";
import { stageArgs } from "../lib/args.js";
import { emit, measure } from "../lib/measure.js";

const { size } = stageArgs();
const records: IngestRecord[] = [];
for (const g of benchStream(size)) {
  const a = g.article;
  records.push({
    article: { ...a, contentHash: a.id, ingestedAt: a.published ?? "" },
    analysis: g.analysis,
    assignment: { id: a.id, event: g.event, story: g.story, duplicate_of: null },
  });
}
const dir = mkdtempSync(join(tmpdir(), "nf-store-"));
try {
  const store = new SqliteStore(join(dir, "bench.db"));
  await store.migrate();
  const batches: IngestRecord[][] = [];
  for (let i = 0; i < records.length; i += 100) batches.push(records.slice(i, i + 100));
  const w = await measure("store writes (SQLite)", `gen-${size}`, batches, (b) => store.putIngested(b), { unit: "batch", note: "100 articles + analyses + assignments per transaction" });
  const stories = Array.from({ length: 200 }, (_, i) => records[(i * 7919) % records.length]!.assignment.story);
  const rd = await measure("store reads (SQLite)", `gen-${size}`, stories, (story) => store.storyMembers(story), { unit: "story", note: "story members with analyses" });
  await store.close();
  emit([w, rd]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
