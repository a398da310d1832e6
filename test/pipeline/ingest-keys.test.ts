// Records that share an id or a URL within one run, and headline-only records: the store's unique
// keys must not break the run (a second record with a taken URL had failed the whole batch), and
// a one-line item is news, not an empty article.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Ingester } from "../../src/pipeline/ingest.js";
import { recordsToRaw } from "../../src/pipeline/records.js";
import { SqliteStore } from "../../src/store/index.js";

const body = (n: number) => `The harbour authority of Tessvik reported on Monday that ${n} cargo ships were held outside the port.\nDockers have been on strike since the weekend over night shifts.`;

test("ingest: a URL or id taken earlier in the same run counts as a duplicate, and the run goes on", async () => {
  const store = new SqliteStore(":memory:");
  await store.migrate();
  const records = [
    { id: "a", url: "https://example.test/news/1", text: body(12) },
    { id: "b", url: "https://example.test/news/1", text: body(14) },
    { id: "a", text: body(16) },
    { id: "c", url: "https://example.test/news/2", text: body(18) },
  ];
  const summary = await new Ingester(store, { dossiers: "defer" }).ingest(recordsToRaw(records, "keys"));
  assert.equal(summary.stored, 2);
  assert.equal(summary.duplicates, 2);
  assert.match((await store.getArticle("a"))!.text, /12 cargo ships/, "the first record with an id or URL is the one kept");
  assert.ok(await store.getArticle("c"));
  await store.close();
});

test("ingest: headline-only records are stored, and de-duplicate by their headline", async () => {
  const store = new SqliteStore(":memory:");
  await store.migrate();
  const records = [
    { id: "h1", text: "Dockers in Tessvik extend their strike for a second week" },
    { id: "h2", text: "Floods close the coastal road north of Brannock" },
    { id: "h3", text: "Dockers in Tessvik extend their strike for a second week" },
  ];
  const summary = await new Ingester(store, { dossiers: "defer" }).ingest(recordsToRaw(records, "headlines"));
  assert.equal(summary.skipped, 0);
  assert.equal(summary.stored, 2);
  assert.equal(summary.duplicates, 1);
  assert.equal((await store.getArticle("h2"))!.title, "Floods close the coastal road north of Brannock");
  await store.close();
});
