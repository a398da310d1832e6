// detach: a string cut from a large one must not keep the large one alive (src/core/detach.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { detach } from "../../src/core/detach.js";
import { extractArticle } from "../../src/extract/index.js";

test("detach keeps the value and passes null, undefined and empty through", () => {
  const big = "x".repeat(10_000) + "<title>Harbour reopens</title>";
  const cut = big.slice(10_007, 10_022);
  assert.equal(detach(cut), "Harbour reopens");
  assert.equal(detach(null), null);
  assert.equal(detach(undefined), undefined);
  assert.equal(detach(""), "");
});

test("titles cut from many large pages do not keep the pages alive", { skip: typeof globalThis.gc !== "function" && "run node with --expose-gc to measure" }, () => {
  const gc = globalThis.gc as () => void;
  const keep: (string | null)[] = [];
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 40; i++) {
    const html = `<html><head><title>Harbour story number ${i}</title><link rel="canonical" href="https://example.test/news/${i}"></head><body><article><h1>Harbour story number ${i}</h1>` +
      `<p>The harbour of Tessvik reopened on Monday after a strike of ten days by dockers over night shifts, the port authority said.</p>`.repeat(4000) + `</article></body></html>`;
    const a = extractArticle({ id: `p${i}`, source: `p${i}.html`, kind: "html", format: "html", body: html, url: null, hints: {} });
    keep.push(a.title, a.url);
  }
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  // 40 pages of ~0.5 MB each: kept alive they would add ~20 MB (more as two-byte strings).
  assert.ok(grown < 8, `heap grew ${grown.toFixed(1)} MB keeping ${keep.length} short strings`);
});
