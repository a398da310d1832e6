import { test } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, closeSync, openSync, ftruncateSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { fixture, readAll, tempDir } from "./helpers.js";

// Each bad input yields exactly one problem naming it, and a good input after it still comes through.
async function oneProblem(inputs: string[], expected: string, options = {}) {
  const good = fixture("bom.txt");
  const { articles, problems } = await readAll([...inputs, good], options);
  assert.deepEqual(problems, [expected]);
  assert.deepEqual(articles.map((a) => a.id), ["bom"]);
}

test("binary file (NUL bytes) is one problem", async () => {
  await oneProblem([fixture("binary.txt")], `${fixture("binary.txt")}: binary file (contains NUL bytes)`);
});

test("a .txt that is not UTF-8 is one problem naming the first bad byte", async () => {
  await oneProblem([fixture("latin1.txt")], `${fixture("latin1.txt")}: invalid UTF-8 at byte 26 (save the file as UTF-8)`);
});

test("a feed that is not XML is one problem", async () => {
  await oneProblem([fixture("notxml.rss")], `${fixture("notxml.rss")}: not XML: char 'T' is not expected. (line 1, column 1)`);
});

test("XML that is not a feed is one problem naming the root", async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "config.xml");
    writeFileSync(p, "<config><a>1</a></config>");
    await oneProblem([p], `${p}: XML but not an RSS or Atom feed (root element <config>)`);
  } finally {
    t.cleanup();
  }
});

test("a truncated gzip is one problem", async () => {
  await oneProblem([fixture("truncated.txt.gz")], `${fixture("truncated.txt.gz")}: truncated gzip data (unexpected end of file)`);
});

test("a .gz that is not gzip is one problem", async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "fake.html.gz");
    writeFileSync(p, "<p>not compressed</p>");
    await oneProblem([p], `${p}: corrupt gzip data (incorrect header check)`);
  } finally {
    t.cleanup();
  }
});

test("an empty file is one problem", async () => {
  await oneProblem([fixture("empty.html")], `${fixture("empty.html")}: empty file`);
});

test("a missing path and a dangling symlink are one problem each", async () => {
  const t = tempDir();
  try {
    const link = join(t.dir, "gone.txt");
    symlinkSync(join(t.dir, "nowhere.txt"), link);
    const { problems, articles } = await readAll([join(t.dir, "missing.txt"), t.dir, fixture("bom.txt")]);
    assert.deepEqual(problems, [`${join(t.dir, "missing.txt")}: no such file or directory`, `${link}: no such file or directory`]);
    assert.equal(articles.length, 1);
  } finally {
    t.cleanup();
  }
});

test("an unreadable file is one problem", { skip: process.getuid?.() === 0 ? "root reads every file" : false }, async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "locked.txt");
    writeFileSync(p, "secret");
    chmodSync(p, 0);
    await oneProblem([p], `${p}: cannot read: permission denied`);
  } finally {
    t.cleanup();
  }
});

test("a 50 MB HTML page is refused by its size before it is read", async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "huge.html");
    // A sparse file of NUL bytes: had the reader read it, it would say "binary", not "too large".
    const fd = openSync(p, "w");
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    await oneProblem([p], `${p}: too large: 50 MB is more than the 20 MB limit (maxBytes)`);
  } finally {
    t.cleanup();
  }
});

test("a gzipped page over the limit is stopped while reading", async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "bomb.html.gz");
    writeFileSync(p, gzipSync(Buffer.alloc(3 * 1024 * 1024, "a")));
    await oneProblem([p], `${p}: too large: more than the 1 MB limit (maxBytes)`, { maxBytes: 1024 * 1024 });
  } finally {
    t.cleanup();
  }
});

test("a JSONL line over the limit is a line problem; the next line is read", async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "long.jsonl");
    writeFileSync(p, `{"id":"big","text":"${"x".repeat(5000)}"}\n{"id":"ok","text":"fine"}\n`);
    const { problems, articles } = await readAll([p], { maxBytes: 1000 });
    assert.deepEqual(problems, [`${p}:1: too large: more than the 1000 bytes limit (maxBytes)`]);
    assert.deepEqual(articles.map((a) => a.id), ["ok"]);
  } finally {
    t.cleanup();
  }
});

test("a JSONL line with invalid UTF-8 is a line problem", async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "mixed.jsonl");
    writeFileSync(p, Buffer.concat([Buffer.from('{"id":"l1","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"id":"l2","text":"ok"}\n')]));
    const { problems, articles } = await readAll([p]);
    assert.deepEqual(problems, [`${p}:1: invalid UTF-8`]);
    assert.deepEqual(articles.map((a) => a.id), ["l2"]);
  } finally {
    t.cleanup();
  }
});

test("a binary file named .jsonl is one problem, not one per line", async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "image.jsonl");
    writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00, 0x0a, 0x00, 0x0a]));
    await oneProblem([p], `${p}: binary file (contains NUL bytes)`);
  } finally {
    t.cleanup();
  }
});

test("an HTML page declaring an unknown encoding is one problem", async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "odd.html");
    writeFileSync(p, '<meta charset="x-made-up-9"><p>hi</p>');
    await oneProblem([p], `${p}: unknown encoding "x-made-up-9"`);
  } finally {
    t.cleanup();
  }
});

test("a file that is not a WARC but is named .warc is one problem", async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "notreally.warc");
    writeFileSync(p, "hello");
    await oneProblem([p], `${p}: not a WARC file (it does not start with WARC/)`);
  } finally {
    t.cleanup();
  }
});

test("an unknown extension given by name is one problem", async () => {
  await oneProblem([join(fixture(".."), "make-warc.ts")], `${join(fixture(".."), "make-warc.ts")}: unsupported file type ".ts" (expected .txt .text .html .htm .xhtml .jsonl .ndjson .xml .rss .atom .warc .urls, optionally .gz)`);
});

test("a truncated .warc.gz keeps the records before the cut and reports the cut", async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "cut.warc.gz");
    const whole = readFileSync(fixture("sample.warc.gz"));
    writeFileSync(p, whole.subarray(0, Math.floor(whole.length * 0.7)));
    const { problems, articles } = await readAll([p]);
    assert.deepEqual(articles.map((a) => a.id), ["http://news.example/2026/harbour-bridge-reopens"]);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /: truncated gzip data \(unexpected end of file\) \(after \d+ records\)$/);
    assert.ok(problems[0]!.startsWith(`${p}: `));
  } finally {
    t.cleanup();
  }
});

test("a WARC cut inside a page, or inside a record's headers, keeps earlier pages and reports the cut", async () => {
  const t = tempDir();
  try {
    const whole = gunzipSync(readFileSync(fixture("sample.warc.gz")));
    const inBody = whole.indexOf("Elm Street");
    const inHeaders = whole.indexOf("WARC-Date", whole.indexOf("http://news.example/missing"));
    const p1 = join(t.dir, "body-cut.warc");
    const p2 = join(t.dir, "header-cut.warc");
    writeFileSync(p1, whole.subarray(0, inBody));
    writeFileSync(p2, whole.subarray(0, inHeaders));
    const { all } = await readAll([p1, p2]);
    assert.deepEqual(
      all.map((r) => ("problem" in r ? `${r.source}: ${r.reason}` : r.id)),
      [
        "http://news.example/2026/harbour-bridge-reopens",
        `${p1}: http://news.example/2026/caf%C3%A9-closes: truncated WARC record (${whole.length - inBody - 4} bytes short)`,
        "http://news.example/2026/harbour-bridge-reopens",
        `${p2}: truncated or malformed WARC: record 4 has no WARC-Type or Content-Length header`,
      ],
    );
  } finally {
    t.cleanup();
  }
});
