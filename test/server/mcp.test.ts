import { test } from "node:test";
import assert from "node:assert/strict";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { SqliteStore } from "../../src/store/index.js";
import { createMcpServer } from "../../src/server/mcp.js";

test("mcp: tools are listed, ingest works, bad calls are errors not crashes", async () => {
  const store = new SqliteStore(":memory:");
  await store.migrate();
  const server = createMcpServer(store);
  const [a, b] = InMemoryTransport.createLinkedPair();
  await server.connect(a);
  const client = new Client({ name: "test", version: "1" });
  await client.connect(b);
  const tools = (await client.listTools()).tools.map((t) => t.name).sort();
  assert.deepEqual(tools, ["get_article", "get_dossier", "ingest_articles", "search_stories"]);

  const ing = await client.callTool({ name: "ingest_articles", arguments: { records: [{ id: "m1", text: "The tram line opened on Friday.", outlet: "City Ledger" }, { id: "m2" }] } });
  const out = JSON.parse((ing.content as { text: string }[])[0]!.text);
  assert.equal(out.stored, 1);
  assert.deepEqual(out.problems, ["mcp:2: record m2 has neither text nor html"]);

  const art = await client.callTool({ name: "get_article", arguments: { id: "m1" } });
  assert.match((art.content as { text: string }[])[0]!.text, /tram line opened/);
  const missing = await client.callTool({ name: "get_dossier", arguments: { story: "nope" } });
  assert.equal(missing.isError, true);
  const invalid = await client.callTool({ name: "get_article", arguments: { id: 42 } });
  assert.equal(invalid.isError, true);
  await client.close();
  await store.close();
});
