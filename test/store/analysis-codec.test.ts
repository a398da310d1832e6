import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../../src/core/types.js";
import { analyze } from "../../src/nlp/index.js";
import { decodeAnalysis, encodeAnalysis } from "../../src/store/analysis-codec.js";
import { SqliteStore } from "../../src/store/index.js";
import { freshPgStore, pgAvailable } from "../helpers/pg.js";

const text = [
  "PORTO, Tuesday — Dock workers at the north terminal walked out at 06:00, the union said, after talks on a 4.5% pay rise broke down.",
  '"We have waited two years," said Ilse Varn, the union\'s regional secretary. Around 1,200 workers joined the strike, according to the port authority.',
  "Élodie Marçal, a spokesperson for the operator, told reporters the company would \u201creturn to the table\u201d on 14 March.",
].join("\n");

function article(id: string): Article {
  return { id, path: `${id}.txt`, url: null, outlet: "Harbour Post", title: "Dock strike", byline: null, published: "2026-03-10", dateline: null, language: "en", text, removed: [] };
}

test("an encoded analysis decodes to exactly the analysis, and is much smaller than its plain JSON", () => {
  const a = analyze(article("x1"));
  assert.ok(a.tokens.length > 50);
  assert.ok(a.tokens.some((t) => t.numeric) && a.tokens.some((t) => !t.numeric));
  const enc = encodeAnalysis(a);
  assert.deepEqual(decodeAnalysis(enc), a);
  assert.ok(enc.length < 0.6 * JSON.stringify(a).length, `${enc.length} vs ${JSON.stringify(a).length}`);
});

test("plain analyses (stored before packing, or with tokens it cannot pack) decode unchanged", () => {
  const a = analyze(article("x2"));
  assert.deepEqual(decodeAnalysis(JSON.stringify(a)), a);
  const odd = { ...a, tokens: a.tokens.map((t, i) => (i === 3 ? { ...t, extra: 1 } : t)) };
  assert.deepEqual(decodeAnalysis(encodeAnalysis(odd)), odd);
  const empty = { ...a, tokens: [] };
  assert.deepEqual(decodeAnalysis(encodeAnalysis(empty)), empty);
});

test("the SQLite store round-trips analyses through the encoding", async () => {
  const store = new SqliteStore(":memory:");
  await store.migrate();
  const a = analyze(article("x3"));
  await store.putIngested([{ article: { ...article("x3"), contentHash: "h3", ingestedAt: "2026-03-10T00:00:00Z" }, analysis: a, assignment: { id: "x3", event: "ev1", story: "st1", duplicate_of: null } }]);
  assert.deepEqual(await store.getAnalysis("x3"), a);
  assert.deepEqual((await store.storyMembers("st1"))[0]!.analysis, a);
  await store.close();
});

test("the PostgreSQL store round-trips analyses through the encoding", async (t) => {
  if (!(await pgAvailable())) return t.skip("no PostgreSQL");
  const { store, drop } = await freshPgStore();
  try {
    const a = analyze(article("x4"));
    await store.putIngested([{ article: { ...article("x4"), contentHash: "h4", ingestedAt: "2026-03-10T00:00:00Z" }, analysis: a, assignment: { id: "x4", event: "ev1", story: "st1", duplicate_of: null } }]);
    assert.deepEqual(await store.getAnalysis("x4"), a);
    assert.deepEqual((await store.storyMembers("st1"))[0]!.analysis, a);
  } finally {
    await drop();
  }
});
