import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { fixture, readAll, tempDir } from "./helpers.js";
import { buildWarc, SAMPLE_ENTRIES } from "../fixtures/ingest/make-warc.js";

test("text: body is the file verbatim with only the BOM stripped; id is the base name", async () => {
  const { articles, problems } = await readAll([fixture("bom.txt")]);
  assert.deepEqual(problems, []);
  assert.equal(articles.length, 1);
  const a = articles[0]!;
  assert.equal(a.id, "bom");
  assert.equal(a.kind, "text");
  assert.equal(a.format, "text");
  assert.equal(a.body, "Council approves new library\n\nThe town council of Brookvale approved plans for a new library on Wednesday.\r\nConstruction starts in spring.\n");
  assert.equal(a.source, fixture("bom.txt"));
  assert.equal(a.url, null);
});

test("text: .gz is gunzipped and both extensions leave the id", async () => {
  const { articles, problems } = await readAll([fixture("note.txt.gz")]);
  assert.deepEqual(problems, []);
  assert.equal(articles[0]!.id, "note");
  assert.equal(articles[0]!.body, "Ferry service resumes\nThe ferry between Ostby and Vell resumed on Friday.\n");
});

test("html: Latin-1 page declared by <meta charset> decodes é", async () => {
  const { articles } = await readAll([fixture("latin1.html")]);
  assert.equal(articles.length, 1);
  assert.match(articles[0]!.body, /The café in Lindenfeld reopened/);
  assert.equal(articles[0]!.format, "html");
  assert.equal(articles[0]!.id, "latin1");
});

test("html: windows-1252 page declared by http-equiv decodes curly quotes and dashes", async () => {
  const { articles } = await readAll([fixture("cp1252.html")]);
  assert.match(articles[0]!.body, /\u201cWe will rebuild the pier\u201d \u2014 the mayor/);
});

test("html: an undeclared page that is not UTF-8 falls back to windows-1252; UTF-8 stays UTF-8", async () => {
  const { articles } = await readAll([fixture("undeclared.htm"), fixture("utf8.html")]);
  assert.match(articles[0]!.body, /The naïve plan \u2018worked\u2019/);
  assert.match(articles[1]!.body, /Łódź-style tram line/);
  assert.match(articles[1]!.body, /Sunday — the first/);
});

test("html: a UTF-16 page with a BOM is decoded, not taken for binary", async () => {
  const t = tempDir();
  try {
    const html = "<html><body><p>Grüße aus Nordheim</p></body></html>";
    writeFileSync(join(t.dir, "u16.html"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, "utf16le")]));
    const { articles, problems } = await readAll([join(t.dir, "u16.html")]);
    assert.deepEqual(problems, []);
    assert.equal(articles[0]!.body, html);
  } finally {
    t.cleanup();
  }
});

test("jsonl: records keep their id and fields; bad lines are path:LINE problems; the rest comes through", async () => {
  const path = fixture("articles.jsonl");
  const { articles, problems, all } = await readAll([path]);
  assert.deepEqual(
    articles.map((a) => [a.id, a.format, a.source]),
    [
      ["a1", "text", `${path}:1`],
      ["a2", "html", `${path}:3`],
      ["7", "text", `${path}:6`],
    ],
  );
  const a1 = articles[0]!;
  assert.equal(a1.url, "http://news.example/storm");
  assert.deepEqual(a1.hints, { title: "Storm closes schools", outlet: "Northvale Gazette", byline: null, published: "2026-02-03", language: "en" });
  assert.equal(a1.body, "Storm closes schools\nSchools in Northvale closed on Monday as a storm hit the coast.");
  assert.equal(problems.length, 4);
  assert.equal(problems[0], `${path}:4: record has neither "text" nor "html"`);
  // The parser's own wording varies across Node versions; the shape does not.
  assert.ok(problems[1]!.startsWith(`${path}:5: invalid JSON (`) && problems[1]!.endsWith(")"), problems[1]);
  assert.equal(problems[2], `${path}:7: not a JSON object`);
  assert.equal(problems[3], `${path}:8: record has no "id" (a non-empty string)`);
  // In input order: the problem of line 4 comes between the records of lines 3 and 6.
  assert.deepEqual(
    all.map((r) => ("problem" in r ? `p${r.line}` : r.id)),
    ["a1", "a2", "p4", "p5", "7", "p7", "p8"],
  );
});

test("jsonl: CRLF line ends, a BOM and a last line without newline are handled", async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "crlf.ndjson");
    writeFileSync(p, '\ufeff{"id":"x1","text":"one"}\r\n{"id":"x2","text":"two"}');
    const { articles, problems } = await readAll([p]);
    assert.deepEqual(problems, []);
    assert.deepEqual(articles.map((a) => [a.id, a.body]), [["x1", "one"], ["x2", "two"]]);
  } finally {
    t.cleanup();
  }
});

test("rss: content:encoded is the body, guid the id when unique, else the link; channel gives outlet and language", async () => {
  const path = fixture("feed.rss");
  const { articles, problems } = await readAll([path]);
  assert.equal(articles.length, 2);
  const [a, b] = articles;
  assert.equal(a!.id, "courier-1001");
  assert.equal(a!.url, "http://courier.example/dam-inspection");
  assert.equal(a!.kind, "feed");
  assert.equal(a!.format, "html");
  assert.equal(a!.body, '<p>Engineers began a full inspection of the Greyfold dam on Tuesday.</p><p>"It is routine," a spokesperson said.</p>');
  assert.deepEqual(a!.hints, { title: "Dam inspection & repairs", outlet: "Valley Courier", byline: "Mira Holt", published: "2026-02-03T08:30:00Z", language: "en" });
  assert.equal(b!.id, "http://courier.example/market-day");
  assert.equal(b!.body, "<p>The weekly market moves to Thursdays &amp; Saturdays.</p>");
  assert.deepEqual(problems, [`${path}: item 3 (http://courier.example/only-title): no content, description or summary`]);
});

test("rss from an aggregator: the item's <source> is its outlet, and its name leaves the headline and a stub description", async () => {
  const t = tempDir();
  try {
    const path = join(t.dir, "aggregator.rss");
    writeFileSync(path, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Top stories - Aggregator</title>
<item><title>Dockers walk out in Kellin over night shifts - The Meridian Post</title><link>https://agg.example/a1</link>
<description>&lt;a href="https://meridian.example/x"&gt;Dockers walk out in Kellin over night shifts&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;The Meridian Post&lt;/font&gt;</description>
<source url="https://meridian.example">The Meridian Post</source></item>
<item><title>Kellin port strike: 2,000 dock workers stop work | Coastline Herald</title><link>https://agg.example/a2</link>
<description>Talks broke down on Sunday night. Coastline Herald</description><source url="https://coastline.example">Coastline Herald</source></item>
<item><title>Rates rise - as expected</title><link>https://agg.example/a3</link><description>The bank raised rates.</description></item>
<item><title>Rates rose, said Reuters</title><link>https://agg.example/a4</link><description>Rates rose, said Reuters</description><source url="https://reuters.example">Reuters</source></item>
</channel></rss>`);
    const { articles, problems } = await readAll([path]);
    assert.deepEqual(problems, []);
    const [a, b, c] = articles;
    assert.equal(a!.hints.title, "Dockers walk out in Kellin over night shifts");
    assert.equal(a!.hints.outlet, "The Meridian Post");
    assert.equal(a!.body, '<a href="https://meridian.example/x">Dockers walk out in Kellin over night shifts</a>');
    assert.equal(b!.hints.title, "Kellin port strike: 2,000 dock workers stop work");
    assert.equal(b!.hints.outlet, "Coastline Herald");
    assert.equal(b!.body, "Talks broke down on Sunday night.");
    // Without <source> the feed is the outlet and the headline keeps its own dash.
    assert.equal(c!.hints.title, "Rates rise - as expected");
    assert.equal(c!.hints.outlet, "Top stories - Aggregator");
    // A name that belongs to its sentence stays.
    assert.equal(articles[3]!.hints.title, "Rates rose, said Reuters");
    assert.equal(articles[3]!.body, "Rates rose, said Reuters");
  } finally {
    t.cleanup();
  }
});

test("atom: xhtml content kept as markup, alternate link is the url, text content stays text", async () => {
  const { articles, problems } = await readAll([fixture("feed.atom")]);
  assert.deepEqual(problems, []);
  assert.equal(articles.length, 2);
  const [a, b] = articles;
  assert.equal(a!.id, "urn:uuid:entry-0001");
  assert.equal(a!.url, "http://petit.example/pont-rouvert");
  assert.match(a!.body, /<p>Le pont de Valmont a <b>rouvert<\/b> samedi.<\/p>/);
  assert.deepEqual(a!.hints, { title: "Le pont <enfin> rouvert", outlet: "Le Petit Exemple", byline: "Jeanne Exemple", published: "2026-03-01T10:00:00+01:00", language: "fr" });
  assert.equal(b!.format, "text");
  assert.equal(b!.body, "Un texte brut & simple.");
});

test("rss: a guid repeated across items is not an id; the link is", async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "dup.xml");
    const item = (n: number) => `<item><title>T${n}</title><link>http://x.example/${n}</link><guid>same</guid><description>Body ${n}</description></item>`;
    writeFileSync(p, `<rss version="2.0"><channel><title>X</title>${item(1)}${item(2)}</channel></rss>`);
    const { articles } = await readAll([p]);
    assert.deepEqual(articles.map((a) => a.id), ["http://x.example/1", "http://x.example/2"]);
  } finally {
    t.cleanup();
  }
});

test("feed: ISO-8859-1 declared in the XML declaration is honoured", async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "latin.rss");
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>C</title><item><link>http://x.example/e</link><description>Réunion à Ostby</description></item></channel></rss>';
    writeFileSync(p, Buffer.from(xml, "latin1"));
    const { articles } = await readAll([p]);
    assert.equal(articles[0]!.body, "Réunion à Ostby");
  } finally {
    t.cleanup();
  }
});

test("warc: HTML 200 responses only, id and url are the target URI, charset from the HTTP header", async () => {
  const path = fixture("sample.warc.gz");
  const { articles, problems } = await readAll([path]);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    articles.map((a) => a.id),
    ["http://news.example/2026/harbour-bridge-reopens", "http://news.example/2026/caf%C3%A9-closes"],
  );
  assert.equal(articles[0]!.url, articles[0]!.id);
  assert.equal(articles[0]!.kind, "warc");
  assert.equal(articles[0]!.source, path);
  assert.match(articles[1]!.body, /The café on Elm Street/);
});

test("warc: uncompressed WARC built in the test, and one with no HTML pages", async () => {
  const t = tempDir();
  try {
    writeFileSync(join(t.dir, "plain.warc"), await buildWarc(SAMPLE_ENTRIES, false));
    writeFileSync(join(t.dir, "images.warc"), await buildWarc([SAMPLE_ENTRIES[1]!], false));
    const { articles, problems } = await readAll([join(t.dir, "plain.warc"), join(t.dir, "images.warc")]);
    assert.equal(articles.length, 2);
    assert.deepEqual(problems, [`${join(t.dir, "images.warc")}: no HTML response records with status 200 (2 records read)`]);
  } finally {
    t.cleanup();
  }
});

test("directories: recursive, sorted, hidden files and unknown extensions skipped, ids from base names", async () => {
  const t = tempDir();
  try {
    mkdirSync(join(t.dir, "b", "html"), { recursive: true });
    mkdirSync(join(t.dir, ".hidden"));
    writeFileSync(join(t.dir, "z.txt"), "zeta");
    writeFileSync(join(t.dir, "a.txt"), "alpha");
    writeFileSync(join(t.dir, "b", "html", "abc123.html.gz"), gzipSync("<p>gamma</p>"));
    writeFileSync(join(t.dir, ".secret.txt"), "hidden");
    writeFileSync(join(t.dir, ".hidden", "h.txt"), "hidden");
    writeFileSync(join(t.dir, "README.md"), "not an article");
    symlinkSync(t.dir, join(t.dir, "b", "loop"));
    const { articles, problems } = await readAll([t.dir]);
    assert.deepEqual(problems, []);
    assert.deepEqual(articles.map((a) => [a.id, a.body]), [["a", "alpha"], ["abc123", "<p>gamma</p>"], ["z", "zeta"]]);
  } finally {
    t.cleanup();
  }
});

test("stdin: sniffed as JSONL, feed, HTML, text, and gzip on top", async () => {
  const read = async (data: Buffer | string) => readAll(["-"], { stdin: Readable.from([Buffer.from(data)]) });
  const jsonl = await read('{"id":"s1","text":"from stdin"}\n');
  assert.deepEqual(jsonl.articles.map((a) => [a.id, a.kind, a.source]), [["s1", "jsonl", "-:1"]]);
  const html = await read("<!doctype html><p>page</p>");
  assert.deepEqual(html.articles.map((a) => [a.id, a.kind, a.body]), [["stdin", "html", "<!doctype html><p>page</p>"]]);
  const text = await read("Just words.\n");
  assert.deepEqual(text.articles.map((a) => [a.kind, a.body]), [["text", "Just words.\n"]]);
  const feed = await read('<?xml version="1.0"?><rss version="2.0"><channel><item><link>http://x.example/1</link><description>d</description></item></channel></rss>');
  assert.deepEqual(feed.articles.map((a) => [a.id, a.kind]), [["http://x.example/1", "feed"]]);
  const gz = await read(gzipSync('{"id":"g1","text":"zipped"}\n'));
  assert.deepEqual(gz.articles.map((a) => a.id), ["g1"]);
  const empty = await read("");
  assert.deepEqual(empty.problems, ["-: empty input"]);
});

test("rss 1.0 (RDF): items beside the channel, rdf:about as link; an item without guid or link is named by its place", async () => {
  const t = tempDir();
  try {
    const p = join(t.dir, "rdf.rss");
    writeFileSync(
      p,
      `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://rdf.example/"><title>RDF Weekly</title></channel>
  <item rdf:about="http://rdf.example/one"><title>One</title><description>First item.</description><dc:date>2026-04-05T06:07:08Z</dc:date></item>
  <item><title>Two</title><description>Second item, no link.</description></item>
</rdf:RDF>`,
    );
    const { articles, problems } = await readAll([p]);
    assert.deepEqual(problems, []);
    assert.deepEqual(articles.map((a) => [a.id, a.url, a.hints.published, a.hints.outlet]), [
      ["http://rdf.example/one", "http://rdf.example/one", "2026-04-05T06:07:08Z", "RDF Weekly"],
      [`${p}#item-2`, null, null, "RDF Weekly"],
    ]);
  } finally {
    t.cleanup();
  }
});

test("a file named without an extension is sniffed; in a directory it is skipped", async () => {
  const t = tempDir();
  try {
    writeFileSync(join(t.dir, "LATEST"), '{"id":"n1","text":"sniffed record"}\n');
    writeFileSync(join(t.dir, "NOTES"), "Plain notes.");
    const named = await readAll([join(t.dir, "LATEST"), join(t.dir, "NOTES")]);
    assert.deepEqual(named.problems, []);
    assert.deepEqual(named.articles.map((a) => [a.id, a.kind]), [["n1", "jsonl"], ["NOTES", "text"]]);
    const walked = await readAll([t.dir]);
    assert.deepEqual(walked.all, []);
  } finally {
    t.cleanup();
  }
});
