import { test } from "node:test";
import assert from "node:assert/strict";
import { SqliteStore } from "../../src/store/index.js";
import { buildServer } from "../../src/server/app.js";

async function setup(bodyLimit?: number) {
  const store = new SqliteStore(":memory:");
  await store.migrate();
  const app = await buildServer(store, bodyLimit ? { bodyLimit } : {});
  return { store, app };
}

const rec = (id: string, text: string, extra: Record<string, string> = {}) => ({ id, text, outlet: "Harbour Post", published: "2025-03-09", ...extra });

test("api: health and openapi document every route", async () => {
  const { app, store } = await setup();
  const h = await app.inject({ method: "GET", url: "/health" });
  assert.equal(h.statusCode, 200);
  assert.equal(h.json().status, "ok");
  const o = await app.inject({ method: "GET", url: "/openapi.json" });
  assert.equal(o.statusCode, 200);
  const paths = Object.keys(o.json().paths);
  for (const p of ["/health", "/api/stories", "/api/stories/{id}", "/api/articles/{id}", "/api/articles", "/api/search"]) assert.ok(paths.includes(p), p);
  await app.close();
  await store.close();
});

test("api: POST one record, an array, JSON Lines; idempotent; GET article and story", async () => {
  const { app, store } = await setup();
  let r = await app.inject({ method: "POST", url: "/api/articles", payload: rec("a1", "The harbour bridge reopened on Sunday after repairs.") });
  assert.equal(r.statusCode, 200, r.body);
  assert.equal(r.json().stored, 1);
  r = await app.inject({ method: "POST", url: "/api/articles", payload: [rec("a2", "Ferries resumed their night schedule."), rec("a1", "The harbour bridge reopened on Sunday after repairs.")] });
  assert.equal(r.json().stored, 1);
  assert.equal(r.json().duplicates, 1);
  r = await app.inject({
    method: "POST",
    url: "/api/articles",
    headers: { "content-type": "application/x-ndjson" },
    payload: JSON.stringify(rec("a3", "Dockworkers voted to end the strike.")) + "\n" + JSON.stringify({ id: "bad" }) + "\n",
  });
  assert.equal(r.statusCode, 200, r.body);
  assert.equal(r.json().stored, 1);
  assert.equal(r.json().skipped, 1);
  assert.match(r.json().problems[0], /^request:2: record bad has neither text nor html$/);
  assert.equal(await store.articleCount(), 3);
  const a = await app.inject({ method: "GET", url: "/api/articles/a3" });
  assert.equal(a.statusCode, 200);
  assert.equal(a.json().article.text, "Dockworkers voted to end the strike.");
  const list = await app.inject({ method: "GET", url: "/api/stories" });
  const stories = list.json().stories as { id: string; articles: string[] }[];
  assert.ok(stories.length >= 1);
  const one = await app.inject({ method: "GET", url: `/api/stories/${encodeURIComponent(stories[0]!.id)}` });
  assert.equal(one.statusCode, 200);
  assert.equal(one.json().dossier.schema, "newsfold.dossier/1");
  await app.close();
  await store.close();
});

test("api: malformed, invalid and oversized bodies get JSON errors and the server lives on", async () => {
  const { app, store } = await setup(2048);
  const cases: [string, string, number][] = [
    ["application/json", "{not json", 400],
    ["application/json", JSON.stringify({ id: "x" }), 400],
    ["application/json", JSON.stringify([]), 400],
    ["application/json", JSON.stringify({ text: "no id" }), 400],
    ["application/x-ndjson", "{\"id\":\"ok\",\"text\":\"t\"}\nnot json\n", 400],
    ["application/json", JSON.stringify(rec("big", "x".repeat(5000))), 413],
    ["text/csv", "id,text\n1,2", 415],
  ];
  for (const [type, payload, status] of cases) {
    const r = await app.inject({ method: "POST", url: "/api/articles", headers: { "content-type": type }, payload });
    assert.equal(r.statusCode, status, `${type} ${payload.slice(0, 30)} -> ${r.body}`);
    assert.equal(r.json().statusCode, status);
    assert.equal(typeof r.json().message, "string");
  }
  for (const url of ["/api/stories/nope", "/api/articles/nope", "/no/such/route"]) {
    const r = await app.inject({ method: "GET", url });
    assert.equal(r.statusCode, 404);
    assert.equal(r.json().statusCode, 404);
  }
  assert.equal((await app.inject({ method: "GET", url: "/api/stories?limit=0" })).statusCode, 400);
  assert.equal((await app.inject({ method: "GET", url: "/api/search" })).statusCode, 400);
  assert.equal((await app.inject({ method: "GET", url: "/health" })).statusCode, 200);
  assert.equal(await store.articleCount(), 0);
  await app.close();
  await store.close();
});

test("api: concurrent ingest and reads lose nothing", async () => {
  const { app, store } = await setup();
  const posts = Array.from({ length: 20 }, (_, i) =>
    app.inject({ method: "POST", url: "/api/articles", payload: [0, 1, 2, 3, 4].map((j) => rec(`c${i}-${j}`, `Report ${i}-${j}: the council met about item ${i * 5 + j} and voted.`)) }),
  );
  const reads = Array.from({ length: 20 }, () => app.inject({ method: "GET", url: "/api/stories?limit=5" }));
  const results = await Promise.all([...posts, ...reads]);
  for (const r of results) assert.equal(r.statusCode, 200, r.body);
  assert.equal(await store.articleCount(), 100);
  const stored = results.slice(0, 20).reduce((n, r) => n + (r.json().stored as number), 0);
  assert.equal(stored, 100);
  await app.close();
  await store.close();
});
