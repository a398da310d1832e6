import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { REPO_ROOT, SHARED_DIR, NO_SHARED } from "../helpers/shared.js";
import { fixture, tempDir } from "../ingest/helpers.js";

const FIELDS = ["id", "path", "url", "outlet", "title", "byline", "published", "dateline", "language", "text", "removed"];

function newsfold(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(REPO_ROOT, "src", "cli", "main.ts"), ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    timeout: 60_000,
    ...(input !== undefined ? { input } : {}),
  });
  const records = r.stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: r.status, records, stderr: r.stderr, stdout: r.stdout };
}

/** Every record has exactly the contract's fields, in its order, with the contract's types (null, never absent). */
function assertContract(rec: Record<string, unknown>): void {
  assert.deepEqual(Object.keys(rec), FIELDS);
  assert.equal(typeof rec.id, "string");
  assert.equal(typeof rec.path, "string");
  assert.equal(typeof rec.text, "string");
  for (const f of ["url", "outlet", "title", "byline", "published", "dateline", "language"]) {
    assert.ok(rec[f] === null || typeof rec[f] === "string", `${f} is ${JSON.stringify(rec[f])}`);
  }
  assert.ok(Array.isArray(rec.removed));
  for (const r of rec.removed as Record<string, unknown>[]) assert.deepEqual(Object.keys(r).sort(), ["reason", "text"]);
}

test("extract: a directory of good and bad inputs prints the good ones, reports the bad ones, exits 1", () => {
  const t = tempDir();
  try {
    for (const f of ["bom.txt", "cp1252.html", "articles.jsonl", "feed.rss", "sample.warc.gz", "binary.txt", "truncated.txt.gz", "notxml.rss", "empty.html"]) {
      copyFileSync(fixture(f), join(t.dir, f));
    }
    const r = newsfold(["extract", t.dir]);
    assert.equal(r.code, 1, r.stderr);
    for (const rec of r.records) assertContract(rec);
    // Directory order is sorted; JSONL records keep ids, feed and WARC items get theirs, files their base names.
    assert.deepEqual(
      r.records.map((x) => x.id),
      ["a1", "a2", "7", "bom", "cp1252", "courier-1001", "http://courier.example/market-day", "http://news.example/2026/harbour-bridge-reopens", "http://news.example/2026/caf%C3%A9-closes"],
    );
    const a1 = r.records[0]!;
    assert.equal(a1.path, `${join(t.dir, "articles.jsonl")}:1`);
    assert.equal(a1.url, "http://news.example/storm");
    const stderr = r.stderr.trim().split("\n");
    const expected = [
      `${join(t.dir, "articles.jsonl")}:4: record has neither "text" nor "html"`,
      `${join(t.dir, "binary.txt")}: binary file (contains NUL bytes)`,
      `${join(t.dir, "empty.html")}: empty file`,
      `${join(t.dir, "feed.rss")}: item 3 (http://courier.example/only-title): no content, description or summary`,
      `${join(t.dir, "notxml.rss")}: not XML: char 'T' is not expected. (line 1, column 1)`,
      `${join(t.dir, "truncated.txt.gz")}: truncated gzip data (unexpected end of file)`,
    ];
    for (const line of expected) assert.ok(stderr.includes(line), `stderr lacks ${line}\n${r.stderr}`);
    // Each stderr line is `path[:line]: reason`, nothing else: no progress bar when stderr is not a TTY.
    for (const line of stderr) assert.match(line, new RegExp(`^${t.dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/[^:]+(:\\d+)?: .+`));
  } finally {
    t.cleanup();
  }
});

test("extract: all good inputs exit 0; --no-clean keeps a text file's body verbatim", () => {
  const r = newsfold(["extract", "--no-clean", fixture("bom.txt")]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.records.length, 1);
  assertContract(r.records[0]!);
  assert.equal(r.records[0]!.text, readFileSync(fixture("bom.txt"), "utf8").replace(/^\uFEFF/, ""));
  assert.equal(r.stderr, "");
});

test("extract: - reads stdin (JSONL sniffed)", () => {
  const r = newsfold(["extract", "-"], '{"id":"in1","text":"Ferry resumes.","outlet":"Harbour Post"}\n');
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.records.map((x) => [x.id, x.path, x.outlet]), [["in1", "-:1", "Harbour Post"]]);
});

test("extract: bad usage exits 2 (no inputs, bad --max-bytes)", () => {
  assert.equal(newsfold(["extract"]).code, 2);
  const r = newsfold(["extract", "--max-bytes", "lots", fixture("bom.txt")]);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, "");
});

test("extract: --max-bytes is passed to the readers", () => {
  const r = newsfold(["extract", "--max-bytes", "50", fixture("bom.txt"), fixture("feed.atom")]);
  assert.equal(r.code, 1);
  assert.deepEqual(r.records, []);
  assert.equal(r.stderr, `${fixture("bom.txt")}: too large: 142 bytes is more than the 50 bytes limit (maxBytes)\n${fixture("feed.atom")}: too large: 948 bytes is more than the 50 bytes limit (maxBytes)\n`);
});

test("extract ../shared/seeds: five records with the contract's fields", { skip: SHARED_DIR === null ? NO_SHARED : false }, () => {
  const seeds = join(SHARED_DIR!, "seeds");
  const r = newsfold(["extract", seeds]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.records.length, 5);
  for (const rec of r.records) {
    assertContract(rec);
    assert.ok((rec.text as string).length > 0);
  }
  const names = readdirSync(seeds).filter((n) => n.endsWith(".txt")).sort();
  assert.deepEqual(r.records.map((x) => x.id), names.map((n) => basename(n, ".txt")));
  assert.deepEqual(r.records.map((x) => x.path), names.map((n) => join(seeds, n)));
});


test("extract: a closed stdout (| head) ends the run quietly", async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "many.jsonl");
    writeFileSync(p, Array.from({ length: 20000 }, (_, i) => JSON.stringify({ id: `m${i}`, text: "word ".repeat(100) })).join("\n"));
    const child = spawn(process.execPath, ["--import", "tsx", join(REPO_ROOT, "src", "cli", "main.ts"), "extract", p], { cwd: REPO_ROOT });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // Read the first chunk, then close our end as `head` would.
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    assert.equal(stderr, "");
    assert.equal(code, 0);
  } finally {
    t.cleanup();
  }
});
