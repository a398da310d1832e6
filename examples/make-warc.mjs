#!/usr/bin/env node
// Builds corpus/warc/kestrel-times-2026-03.warc.gz: a small crawl of The Kestrel Times with three
// article pages as HTTP response records, plus the kinds of records a real crawl also holds and a
// reader must pass over (warcinfo, a request, a robots.txt response, a redirect).
// The pages' UTF-8 sources are examples/build/kestrel-*.html.src. Run once after editing them:
//   node examples/make-warc.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { createHash } from "node:crypto";
import { TextEncoder } from "node:util";
import { WARCRecord, WARCSerializer } from "warcio";

const here = dirname(fileURLToPath(import.meta.url));
const warcVersion = "WARC/1.1";
const site = "https://kestreltimes.example";

/** The article pages: the gold (examples/gold.json) uses these URLs as the articles' ids. */
const pages = [
  { src: "kestrel-corvan-wreck.html.src", url: `${site}/science/2026/03/06/bronze-age-shipwreck-corvan`, date: "2026-03-06T07:05:00Z" },
  { src: "kestrel-vellmar-soldal-held.html.src", url: `${site}/nation/2026/03/13/vellmar-director-held`, date: "2026-03-13T16:50:00Z" },
  { src: "kestrel-lisk-flood-deaths.html.src", url: `${site}/nation/2026/03/16/norrava-floods-three-dead`, date: "2026-03-16T21:35:00Z" },
];

const encoder = new TextEncoder();
async function* body(bytes) {
  yield bytes;
}

/** A record id derived from the record itself, so that re-running the script rewrites the same bytes. */
function recordId(...parts) {
  const h = createHash("sha1").update(parts.join("\n")).digest("hex");
  return `<urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}>`;
}

async function record(fields, httpHeaders, bytes, statusline) {
  const warcHeaders = { "WARC-Record-ID": recordId(fields.type, fields.url, fields.date) };
  const rec = await WARCRecord.create({ ...fields, warcHeaders, warcVersion, httpHeaders, statusline }, body(bytes));
  return WARCSerializer.serialize(rec, { gzip: true });
}

const parts = [];
const info = await WARCRecord.createWARCInfo(
  { filename: "kestrel-times-2026-03.warc.gz", warcVersion, date: "2026-03-16T22:00:00Z", warcHeaders: { "WARC-Record-ID": recordId("warcinfo") } },
  { software: "newsfold examples/make-warc.mjs (warcio)", description: "Fictional sample crawl for the newsfold demo corpus" },
);
parts.push(await WARCSerializer.serialize(info, { gzip: true }));

parts.push(
  await record(
    { url: `${site}/robots.txt`, date: "2026-03-06T07:04:58Z", type: "response" },
    { "Content-Type": "text/plain; charset=utf-8" },
    encoder.encode("User-agent: *\nDisallow: /login\n"),
    "HTTP/1.1 200 OK",
  ),
);

for (const page of pages) {
  const html = readFileSync(join(here, "build", page.src));
  parts.push(
    await record(
      { url: page.url, date: page.date, type: "request" },
      { Host: "kestreltimes.example", "User-Agent": "newsfold-sample-crawler/1.0", Accept: "text/html" },
      new Uint8Array(0),
      `GET ${new URL(page.url).pathname} HTTP/1.1`,
    ),
  );
  parts.push(
    await record(
      { url: page.url, date: page.date, type: "response" },
      { "Content-Type": "text/html; charset=utf-8", "Content-Length": String(html.length) },
      new Uint8Array(html),
      "HTTP/1.1 200 OK",
    ),
  );
}

parts.push(
  await record(
    { url: `${site}/nation/eastquay-timeline`, date: "2026-03-13T16:51:00Z", type: "response" },
    { Location: `${site}/nation/2026/03/10/eastquay-timeline`, "Content-Type": "text/html; charset=utf-8" },
    encoder.encode('<html><body><a href="/nation/2026/03/10/eastquay-timeline">Moved</a></body></html>'),
    "HTTP/1.1 301 Moved Permanently",
  ),
);

const total = parts.reduce((n, p) => n + p.length, 0);
const out = new Uint8Array(total);
let at = 0;
for (const p of parts) {
  out.set(p, at);
  at += p.length;
}
writeFileSync(join(here, "corpus", "warc", "kestrel-times-2026-03.warc.gz"), out);
console.log(`wrote corpus/warc/kestrel-times-2026-03.warc.gz (${parts.length} records, ${total} bytes)`);
