import { test } from "node:test";
import assert from "node:assert/strict";
import { createWriteStream, statSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { tempDir } from "./helpers.js";
import { REPO_ROOT } from "../helpers/shared.js";

const TARGET_BYTES = 200 * 1024 * 1024;
const RSS_BOUND_MB = 250;

/** Writes ~200 MB of JSONL article records (each ~2 KB) without holding them in memory. */
async function writeBigJsonl(path: string): Promise<number> {
  const out = createWriteStream(path);
  const words = "the council met on tuesday to discuss the new harbour plan and its budget ".repeat(26);
  let written = 0;
  let n = 0;
  while (written < TARGET_BYTES) {
    let batch = "";
    for (let i = 0; i < 500; i++, n++) batch += JSON.stringify({ id: `r${n}`, title: `Record ${n}`, text: `${n} ${words}` }) + "\n";
    written += Buffer.byteLength(batch);
    if (!out.write(batch)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return n;
}

/**
 * Writes ~200 MB of WARC response records by hand (the format is plain text headers plus a
 * length-prefixed block), ~10 KB of HTML each.
 */
async function writeBigWarc(path: string): Promise<number> {
  const out = createWriteStream(path);
  const para = "<p>The council met on Tuesday to discuss the new harbour plan and its budget.</p>\n".repeat(120);
  let written = 0;
  let n = 0;
  while (written < TARGET_BYTES) {
    const parts: Buffer[] = [];
    for (let i = 0; i < 200; i++, n++) {
      const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><h1>Page ${n}</h1>${para}</body></html>`);
      const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:${n}>\r\nWARC-Date: 2026-01-01T00:00:00Z\r\nWARC-Target-URI: http://big.example/${n}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
      parts.push(Buffer.from(head), http, Buffer.from("\r\n\r\n"));
    }
    const batch = Buffer.concat(parts);
    written += batch.length;
    if (!out.write(batch)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return n;
}

/** Reads `data` with readInputs() in a child process and checks count, peak RSS and time. */
function readInChild(dir: string, data: string, records: number): void {
  const child = join(dir, "child.mjs");
  const ingest = join(REPO_ROOT, "src", "ingest", "index.ts");
  writeFileSync(
    child,
    `import { readInputs } from ${JSON.stringify(ingest)};
     const started = Date.now();
     let articles = 0, problems = 0, chars = 0;
     for await (const r of readInputs([process.argv[2]])) { if (r.problem) problems++; else { articles++; chars += r.body.length; } }
     process.stdout.write(JSON.stringify({ articles, problems, chars, ms: Date.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`,
  );
  const r = spawnSync(process.execPath, ["--import", "tsx", child, data], { cwd: REPO_ROOT, encoding: "utf8", timeout: 110_000 });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { articles: number; problems: number; ms: number; maxRssMb: number };
  assert.equal(out.articles, records);
  assert.equal(out.problems, 0);
  assert.ok(out.maxRssMb < RSS_BOUND_MB, `peak RSS ${out.maxRssMb.toFixed(0)} MB must stay under ${RSS_BOUND_MB} MB`);
  assert.ok(out.ms < 60_000, `reading took ${out.ms} ms`);
  process.stderr.write(`# streaming ${data}: ${out.articles} records, ${(statSync(data).size / 1048576).toFixed(0)} MB in ${out.ms} ms, peak RSS ${out.maxRssMb.toFixed(0)} MB\n`);
}

test("streaming: a ~200 MB JSONL is read in flat memory and in seconds (child process, peak RSS)", { timeout: 120_000 }, async () => {
  const t = tempDir();
  try {
    const data = join(t.dir, "big.jsonl");
    const records = await writeBigJsonl(data);
    assert.ok(statSync(data).size >= TARGET_BYTES);
    readInChild(t.dir, data, records);
  } finally {
    t.cleanup();
  }
});

test("streaming: a ~200 MB WARC is read in flat memory and in seconds (child process, peak RSS)", { timeout: 180_000 }, async () => {
  const t = tempDir();
  try {
    const data = join(t.dir, "big.warc");
    const records = await writeBigWarc(data);
    assert.ok(statSync(data).size >= TARGET_BYTES);
    readInChild(t.dir, data, records);
  } finally {
    t.cleanup();
  }
});

