import { test } from "node:test";
import assert from "node:assert/strict";
import { isUtf8 } from "node:buffer";
import { Readable } from "node:stream";
import fc from "fast-check";
import iconv from "iconv-lite";
import { splitLines } from "../../src/ingest/lines.js";
import { decodeMarkup, firstInvalidUtf8, declaredCharset, charsetOfContentType } from "../../src/ingest/charset.js";
import { pathKind, sniffKind } from "../../src/ingest/kinds.js";

async function linesOf(chunks: Buffer[], max: number): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  for await (const l of splitLines(Readable.from(chunks), max)) out.push(l.tooLong ? null : l.bytes.toString("utf8"));
  return out;
}

test("splitLines: the same lines whatever the chunk boundaries (property)", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.string({ unit: "grapheme", maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, "")), { maxLength: 20 }), fc.array(fc.nat(60), { maxLength: 8 }), async (lines, cuts) => {
      const bytes = Buffer.from(lines.map((l) => l + "\n").join(""));
      const points = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
      const chunks: Buffer[] = [];
      let prev = 0;
      for (const p of [...points, bytes.length]) {
        if (p > prev) chunks.push(bytes.subarray(prev, p));
        prev = Math.max(prev, p);
      }
      assert.deepEqual(await linesOf(chunks, 1 << 20), lines);
    }),
    { numRuns: 200 },
  );
});

test("splitLines: a line over the limit is reported as too long and the next line is intact", async () => {
  const chunks = [Buffer.from("short\n" + "x".repeat(40)), Buffer.from("x".repeat(40) + "\nafter")];
  assert.deepEqual(await linesOf(chunks, 50), ["short", null, "after"]);
});

test("firstInvalidUtf8 agrees with Node's isUtf8 (property) and finds the first bad byte", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      assert.equal(firstInvalidUtf8(bytes) === -1, isUtf8(bytes));
    }),
    { numRuns: 2000 },
  );
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xc3, 0xa9, 0xe9, 0x61])), 3);
  assert.equal(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0); // an encoded surrogate
  assert.equal(firstInvalidUtf8(Buffer.from([0xc0, 0x80])), 0); // overlong
});

test("decodeMarkup: declarations, transport charset precedence, and the two mislabel repairs", () => {
  const cp = (s: string) => iconv.encode(s, "windows-1252");
  // Transport header beats the meta tag.
  const d1 = decodeMarkup(iconv.encode('<meta charset="utf-8"><p>Ærø</p>', "latin1"), "iso-8859-1");
  assert.ok(d1.ok && d1.text.includes("Ærø"));
  // Latin-1 label is read as windows-1252 (browsers do): 0x93/0x94 are quotes, not C1 controls.
  const d2 = decodeMarkup(cp('<meta charset="iso-8859-1"><p>\u201cok\u201d</p>'));
  assert.ok(d2.ok && d2.text.includes("\u201cok\u201d"));
  // Labelled single-byte but valid UTF-8 with non-ASCII: UTF-8.
  const d3 = decodeMarkup(Buffer.from('<meta charset="windows-1252"><p>naïve — “x”</p>'));
  assert.ok(d3.ok && d3.text.includes("naïve — “x”") && d3.charset === "utf-8");
  // Labelled UTF-8 but bytes are windows-1252 only: windows-1252.
  const d4 = decodeMarkup(cp('<meta charset="utf-8"><p>caf\u00e9</p>'));
  assert.ok(d4.ok && d4.text.includes("café") && d4.charset === "windows-1252");
  // Labelled UTF-8, mostly UTF-8 with one stray byte: stays UTF-8 (one replacement char).
  const d5 = decodeMarkup(Buffer.concat([Buffer.from('<meta charset="utf-8"><p>café '), Buffer.from([0xff]), Buffer.from("</p>")]));
  assert.ok(d5.ok && d5.text.includes("café \ufffd"));
  assert.deepEqual(decodeMarkup(Buffer.from('<meta charset="klingon-1"><p>x</p>')), { ok: false, reason: 'unknown encoding "klingon-1"' });
});

test("charset helpers: meta forms, XML declaration, header parameter", () => {
  assert.equal(declaredCharset(Buffer.from('<html><head><META HTTP-EQUIV="content-type" CONTENT="text/html; Charset=Shift_JIS">')), "Shift_JIS");
  assert.equal(declaredCharset(Buffer.from("<meta charset='koi8-r'/>")), "koi8-r");
  assert.equal(declaredCharset(Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss/>')), "windows-1251");
  assert.equal(declaredCharset(Buffer.from("<p>" + " ".repeat(5000) + '<meta charset="utf-8">')), null);
  assert.equal(charsetOfContentType('text/html; charset="ISO-8859-2"'), "ISO-8859-2");
  assert.equal(charsetOfContentType("text/html"), null);
});

test("pathKind and sniffKind", () => {
  assert.deepEqual(pathKind("html/abc123.html.gz"), { kind: "html", gz: true, ext: ".html", id: "abc123" });
  assert.deepEqual(pathKind("a.b.TXT"), { kind: "text", gz: false, ext: ".txt", id: "a.b" });
  assert.deepEqual(pathKind("crawl.warc.gz"), { kind: "warc", gz: true, ext: ".warc", id: "crawl" });
  assert.deepEqual(pathKind("notes.md"), { kind: null, gz: false, ext: ".md", id: "notes.md" });
  assert.deepEqual(pathKind("README"), { kind: null, gz: false, ext: "", id: "README" });
  assert.equal(sniffKind(Buffer.from('<?xml version="1.0"?>\n<!-- c -->\n<feed xmlns="http://www.w3.org/2005/Atom">')), "feed");
  assert.equal(sniffKind(Buffer.from('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">')), "html");
  assert.equal(sniffKind(Buffer.from("WARC/1.1\r\n")), "warc");
  assert.equal(sniffKind(Buffer.from('  {"id":1}')), "jsonl");
  assert.equal(sniffKind(Buffer.from([0x1f, 0x8b, 8])), "gzip");
  assert.equal(sniffKind(Buffer.from("Hello")), "text");
});
