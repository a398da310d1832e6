import { test } from "node:test";
import assert from "node:assert/strict";
import { SqliteStore } from "../../src/store/index.js";
import { buildServer } from "../../src/server/app.js";
import { fillDesk } from "../helpers/desk-fixture.js";

test("ui: every page renders, escapes article text, and links citations to their spans", async () => {
  const store = new SqliteStore(":memory:");
  await store.migrate();
  const d = await fillDesk(store);
  const app = await buildServer(store);

  const home = await app.inject({ method: "GET", url: "/" });
  assert.equal(home.statusCode, 200);
  assert.match(home.headers["content-type"] as string, /text\/html/);
  assert.match(home.body, /Harbour bridge reopens &lt;i&gt;/);
  assert.ok(!home.body.includes("<i>"));
  assert.match((await app.inject({ method: "GET", url: "/?q=bridge" })).body, /href="\/stories\/st_bridge"/);
  assert.doesNotMatch((await app.inject({ method: "GET", url: "/?q=volcano" })).body, /href="\/stories\/st_bridge"/);
  assert.match((await app.inject({ method: "GET", url: "/?outlet=Coastal%20Wire" })).body, /st_bridge/);

  const story = await app.inject({ method: "GET", url: "/stories/st_bridge" });
  assert.equal(story.statusCode, 200);
  const s = d.summary[0]!;
  assert.ok(story.body.includes(`/articles/h1?hl=${s.start}-${s.end}#c-${s.start}-${s.end}`));
  assert.match(story.body, /Where sources disagree/);

  const art = await app.inject({ method: "GET", url: `/articles/h1?hl=${s.start}-${s.end}` });
  assert.equal(art.statusCode, 200);
  assert.ok(art.body.includes(`<mark data-cited id="c-${s.start}-${s.end}">${s.text}</mark>`));
  assert.ok(art.body.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
  assert.ok(!art.body.includes("<script>alert(1)"));
  assert.match(art.body, /Removed boilerplate \(1\)/);

  const cmp = await app.inject({ method: "GET", url: "/compare?ids=h1&ids=h2" });
  assert.equal(cmp.statusCode, 200);
  assert.match(cmp.body, /Shared passages \(1\)/);
  assert.equal((await app.inject({ method: "GET", url: "/compare?ids=h1" })).statusCode, 400);
  assert.equal((await app.inject({ method: "GET", url: "/stories/none" })).statusCode, 404);
  assert.equal((await app.inject({ method: "GET", url: "/articles/none" })).statusCode, 404);
  assert.equal((await app.inject({ method: "GET", url: "/assets/app.css" })).statusCode, 200);
  assert.equal((await app.inject({ method: "GET", url: "/assets/../../etc/passwd" })).statusCode, 404);
  await app.close();
  await store.close();
});
