import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { extractHtml } from "../../../src/extract/html/index.js";
import { decodeHtml } from "../../../src/extract/html/charset.js";
import { extractArticle } from "../../../src/extract/index.js";

const para = "The harbour master said the new pier would open in spring, after a long winter of delays and repairs.";

test("unclosed tags still give the paragraphs", () => {
  const html = `<html><body><div class="story"><p>${para}<p>${para.replace("pier", "quay")}<div><b>bold never closed<p>${para.replace("spring", "summer")}`;
  const r = extractHtml(html);
  assert.match(r.text, /new pier would open/);
  assert.match(r.text, /new quay would open/);
  assert.match(r.text, /open in summer/);
});

test("a page with no <html>, <head> or <body> is read", () => {
  const r = extractHtml(`<title>Bare page</title><p>${para}</p><p>${para}</p>`);
  assert.match(r.text, /harbour master/);
  assert.equal(r.title, "Bare page");
});

test("a frameset page gives an empty body, not an error", () => {
  const r = extractHtml(`<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>`);
  assert.equal(r.text, "");
  assert.equal(r.title, "Frames");
});

test("empty input and binary garbage give empty results", () => {
  assert.equal(extractHtml("").text, "");
  const garbage = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
  const r = extractHtml(garbage);
  assert.equal(typeof r.text, "string");
});

/** CPU time of this thread's work, in ms: the bound holds on a loaded CI machine, where wall time does not. */
function cpuMs(work: () => unknown): number {
  const c0 = process.cpuUsage();
  work();
  const c = process.cpuUsage(c0);
  return Math.round((c.user + c.system) / 1000);
}

test("10 MB of nested divs: no stack overflow, under 2 s", () => {
  const depth = 920_000;
  const big = `<html><body>${"<div>".repeat(depth)}<p>${para}</p>${"</div>".repeat(depth)}</body></html>`;
  assert.ok(big.length > 10_000_000);
  const ms = cpuMs(() => extractHtml(big));
  assert.ok(ms < 2000, `took ${ms} ms of CPU`);
  const r = extractHtml(big);
  assert.match(r.text, /harbour master/);
});

test("0.5 MB of distinct paragraphs: all kept, under 2 s", () => {
  const n = 5_000;
  const html = `<html><body><article>${Array.from({ length: n }, (_, i) => `<p>${i}: ${para}</p>`).join("")}</article></body></html>`;
  assert.ok(html.length > 500_000);
  const ms = cpuMs(() => extractHtml(html));
  assert.ok(ms < 2000, `took ${ms} ms of CPU`);
  const r = extractHtml(html);
  assert.equal(r.text.split("\n").length, n);
});

test("repeated identical paragraphs are kept once and reported as duplicates", () => {
  const r = extractHtml(`<html><body><article>${`<p>${para}</p>`.repeat(4)}</article></body></html>`);
  assert.equal(r.text, para);
  assert.equal(r.removed.filter((x) => x.reason === "duplicate").length, 3);
});

test("a wrong declared charset: valid UTF-8 wins, else the declaration is honoured", () => {
  const text = `<html><head><meta charset="iso-8859-1"></head><body><p>Café crème, naïve façade — ${para}</p></body></html>`;
  assert.match(decodeHtml(Buffer.from(text, "utf8")), /Café crème, naïve façade —/);
  const latin = `<html><head><meta charset="iso-8859-1"></head><body><p>Café crème ${para}</p></body></html>`;
  assert.match(decodeHtml(iconv.encode(latin, "latin1")), /Café crème/);
  const undeclared = `<html><body><p>Café ${para}</p></body></html>`;
  assert.match(decodeHtml(iconv.encode(undeclared, "windows-1252")), /Café/);
  const unknown = `<html><head><meta charset="x-no-such-charset"></head><body><p>Café ${para}</p></body></html>`;
  assert.match(decodeHtml(iconv.encode(unknown, "latin1")), /Café/);
});

test("extractArticle on broken HTML returns a full record with nulls, never throws", () => {
  const a = extractArticle({ id: "b", source: "b.html", kind: "html", format: "html", body: "<div><<<>>></p></span><p", url: "not a url", hints: {} });
  for (const k of ["id", "path", "url", "outlet", "title", "byline", "published", "dateline", "language", "text", "removed"]) assert.ok(k in a, k);
  assert.equal(a.published, null);
});
