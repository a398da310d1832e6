import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { readAll, tempDir } from "./helpers.js";

// A local server on 127.0.0.1 (port 0): never the internet.
let server: Server;
let base = "";
const hits = new Map<string, number>();

function send(res: ServerResponse, status: number, headers: Record<string, string | number>, body?: Buffer | string) {
  res.writeHead(status, headers);
  res.end(body);
}

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === "/latin1") return send(res, 200, { "content-type": "text/html; charset=ISO-8859-1" }, Buffer.from("<p>Caf\u00e9 du port</p>", "latin1"));
    if (path === "/meta-only") return send(res, 200, { "content-type": "text/html" }, iconv.encode('<meta charset="windows-1252"><p>\u201cyes\u201d</p>', "windows-1252"));
    if (path === "/r1") return send(res, 301, { location: "/r2" });
    if (path === "/r2") return send(res, 302, { location: `${base}/final` });
    if (path === "/final") return send(res, 200, { "content-type": "text/html; charset=utf-8" }, "<p>Arrived</p>");
    if (path === "/loop") return send(res, 302, { location: "/loop" });
    if (path === "/slow") return void setTimeout(() => send(res, 200, { "content-type": "text/html" }, "<p>late</p>"), 3000);
    if (path === "/stall") {
      res.writeHead(200, { "content-type": "text/html" });
      return void res.write("<p>half a page"); // and never end it
    }
    if (path === "/big-declared") return send(res, 200, { "content-type": "text/html", "content-length": 5000 }, "x".repeat(5000));
    if (path === "/big-chunked") {
      res.writeHead(200, { "content-type": "text/html" });
      for (let i = 0; i < 10; i++) res.write("y".repeat(1000));
      return void res.end();
    }
    if (path === "/missing") return send(res, 404, { "content-type": "text/html" }, "nope");
    if (path === "/feed") return send(res, 200, { "content-type": "application/rss+xml" }, '<rss version="2.0"><channel><title>Local</title><item><link>http://local.example/1</link><description>Item one</description></item></channel></rss>');
    if (path === "/plain") return send(res, 200, { "content-type": "text/plain; charset=utf-8" }, "Plain words.");
    if (path === "/pdf") return send(res, 200, { "content-type": "application/pdf" }, "%PDF-1.4");
    return send(res, 404, {}, "");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

test("url: charset from the Content-Type header; id is the URL; kind url", async () => {
  const { articles, problems } = await readAll([`${base}/latin1`]);
  assert.deepEqual(problems, []);
  assert.equal(articles[0]!.body, "<p>Café du port</p>");
  assert.equal(articles[0]!.id, `${base}/latin1`);
  assert.equal(articles[0]!.kind, "url");
  assert.equal(articles[0]!.format, "html");
});

test("url: without a header charset the meta tag decides", async () => {
  const { articles } = await readAll([`${base}/meta-only`]);
  assert.match(articles[0]!.body, /\u201cyes\u201d/);
});

test("url: redirects are followed; url is the final address, id the one given", async () => {
  const { articles, problems } = await readAll([`${base}/r1`]);
  assert.deepEqual(problems, []);
  assert.equal(articles[0]!.id, `${base}/r1`);
  assert.equal(articles[0]!.url, `${base}/final`);
  assert.equal(articles[0]!.body, "<p>Arrived</p>");
});

test("url: a redirect loop stops at the redirect limit", async () => {
  hits.delete("/loop");
  const { problems } = await readAll([`${base}/loop`], { maxRedirects: 3 });
  assert.deepEqual(problems, [`${base}/loop: too many redirects (more than 3)`]);
  assert.equal(hits.get("/loop"), 4);
});

test("url: a slow server times out, and the next input still comes through", async () => {
  const started = Date.now();
  const { problems, articles } = await readAll([`${base}/slow`, `${base}/final`], { timeoutMs: 300 });
  assert.deepEqual(problems, [`${base}/slow: timed out after 0.3 s`]);
  assert.equal(articles.length, 1);
  assert.ok(Date.now() - started < 2500, "the timeout must not wait for the server");
});

test("url: a body that stalls half-way times out too", async () => {
  const { problems } = await readAll([`${base}/stall`], { timeoutMs: 300 });
  assert.deepEqual(problems, [`${base}/stall: timed out after 0.3 s`]);
});

test("url: too large by Content-Length, and too large while streaming without one", async () => {
  const { problems } = await readAll([`${base}/big-declared`, `${base}/big-chunked`], { maxBytes: 2048 });
  assert.deepEqual(problems, [
    `${base}/big-declared: too large: 4.9 KB is more than the 2 KB limit (maxBytes)`,
    `${base}/big-chunked: too large: more than the 2 KB limit (maxBytes)`,
  ]);
});

test("url: HTTP errors, unsupported types and refused connections are problems", async () => {
  // A port that was just free: nothing listens there.
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
  const closed = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/`;
  await new Promise<void>((r) => probe.close(() => r()));
  const { problems } = await readAll([`${base}/missing`, `${base}/pdf`, closed]);
  assert.deepEqual(problems, [`${base}/missing: HTTP 404 Not Found`, `${base}/pdf: unsupported content type "application/pdf"`, `${closed}: fetch failed: connection refused`]);
});

test("url: a feed URL gives its items; text/plain gives a text article", async () => {
  const { articles } = await readAll([`${base}/feed`, `${base}/plain`]);
  assert.deepEqual(articles.map((a) => [a.id, a.kind, a.source]), [
    ["http://local.example/1", "feed", `${base}/feed`],
    [`${base}/plain`, "url", `${base}/plain`],
  ]);
  assert.equal(articles[1]!.format, "text");
});

test(".urls list: fetched in list order (concurrently), comments skipped, bad lines are path:LINE problems", async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "today.urls");
    writeFileSync(p, `# morning list\n${base}/slow\n${base}/final\n\nftp://example.invalid/x\n${base}/latin1\n`);
    const { all } = await readAll([p], { timeoutMs: 300, fetchConcurrency: 3 });
    assert.deepEqual(
      all.map((r) => ("problem" in r ? `${r.source}${r.line ? `:${r.line}` : ""}: ${r.reason}` : r.id)),
      [`${base}/slow: timed out after 0.3 s`, `${base}/final`, `${p}:5: not an http(s) URL: ftp://example.invalid/x`, `${base}/latin1`],
    );
  } finally {
    t.cleanup();
  }
});
