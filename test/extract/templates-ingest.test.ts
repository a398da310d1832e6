import { test } from "node:test";
import assert from "node:assert/strict";
import { Ingester } from "../../src/pipeline/ingest.js";
import { recordsToRaw } from "../../src/pipeline/records.js";
import { SqliteStore } from "../../src/store/index.js";
import { InMemoryTemplateMemory, learnAndStrip, templateKey } from "../../src/extract/templates/index.js";
import type { Article } from "../../src/core/types.js";

// Fictional outlets and events; each article has its own wording so only the footer recurs.
const PLACES = ["Norbury", "Ashcombe", "Kelvale", "Dunmere", "Westholt", "Brayford", "Elmstead", "Harwick"];
// A line the one-text cleaner keeps (it reads like the article): only repetition gives it away.
const FOOTER = "Our flood desk works from Mill Lane.";
const QUOTE = '"We will rebuild every home that the water took from this valley," the governor said.';

function story(i: number): string {
  const p = PLACES[i % PLACES.length]!;
  return [
    `Residents of ${p} returned on day ${i + 2} to find the river had cut the main road in ${i + 3} places.`,
    `Council engineers in ${p} said temporary crossings would open within ${i + 4} days, weather permitting.`,
    `Shops along the high street of ${p} reported losses, and ${i * 7 + 11} families asked for emergency grants.`,
  ].join("\n");
}

async function ingest(records: unknown[], store?: SqliteStore): Promise<SqliteStore> {
  const s = store ?? new SqliteStore(":memory:");
  if (!store) await s.migrate();
  await new Ingester(s).ingest(recordsToRaw(records, "mem"));
  return s;
}

test("ingest: a footer one outlet prints under every article is removed from later articles", async () => {
  const records = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, outlet: "Valley Courier", title: `Flood update ${i}`, text: `${story(i)}\n${FOOTER}` }));
  const store = await ingest(records);
  const texts = await Promise.all(records.map(async (r) => (await store.getArticle(r.id))!.text));
  assert.ok(texts[0]!.includes(FOOTER), "the first article cannot know yet");
  for (const t of texts.slice(3)) assert.ok(!t.includes(FOOTER), `footer kept: ${t}`);
  for (const [i, t] of texts.entries()) assert.ok(t.includes(`Residents of ${PLACES[i % PLACES.length]} returned`), "body lines stay");
  const later = await store.getArticle("c5");
  assert.ok(later!.removed.some((r) => r.reason === "template" && r.text === FOOTER));
  await store.close();
});

test("ingest: the memory is kept in the store, so a later run keeps learning", async () => {
  const first = Array.from({ length: 2 }, (_, i) => ({ id: `a${i}`, outlet: "Valley Courier", text: `${story(i)}\n${FOOTER}` }));
  const store = await ingest(first);
  assert.ok(await store.getState("templates"), "state written");
  // A fresh Ingester (a new process) reads the two articles seen before from the store.
  await ingest([{ id: "a2", outlet: "Valley Courier", text: `${story(2)}\n${FOOTER}` }], store);
  assert.ok(!(await store.getArticle("a2"))!.text.includes(FOOTER));
  await store.close();
});

test("ingest: a quote many outlets repeat is kept, and re-ingesting the same articles teaches nothing", async () => {
  // More outlets than a sentence needs articles to be a template: a global memory would drop it.
  const outlets = ["Valley Courier", "River Post", "Dale Times", "Hill Herald", "Ford Gazette", "Moor Weekly", "Glen News", "Vale Echo", "Brook Daily", "Fen Journal"];
  // Each article's own short sub-heading: three ingests of the same article must not make it a template.
  const records = outlets.map((o, i) => ({ id: `q${i}`, outlet: o, text: `${story(i)}\nWhat ${PLACES[i % PLACES.length]} needs now:\n${QUOTE}` }));
  const store = await ingest(records);
  await ingest(records, store);
  await ingest(records, store);
  for (const r of records) {
    const a = await store.getArticle(r.id);
    assert.ok(a!.text.includes(QUOTE), `quote dropped from ${r.outlet}`);
    assert.ok(a!.text.includes(" needs now:"), `sub-heading dropped from ${r.outlet}: ${a!.text}`);
    assert.ok(!a!.removed.some((x) => x.reason === "template"));
  }
  await store.close();
});

test("learnAndStrip: keyed by outlet, else by host; never empties a body", () => {
  assert.equal(templateKey({ outlet: " Valley Courier ", url: null }), "valley courier");
  assert.equal(templateKey({ outlet: null, url: "https://www.courier.example/news/1" }), "courier.example");
  assert.equal(templateKey({ outlet: null, url: null }), null);
  const mem = new InMemoryTemplateMemory();
  const art = (text: string): Article => ({ id: "x", path: "x", url: null, outlet: "O", title: null, byline: null, published: null, dateline: null, language: null, text, removed: [] });
  for (let i = 0; i < 3; i++) learnAndStrip(mem, art("Share this story"));
  const only = art("Share this story");
  assert.equal(learnAndStrip(mem, only), only);
});
