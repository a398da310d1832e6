// Checks that the bundled sample corpus (examples/corpus) and its hand-made gold (examples/gold.json)
// agree: every id exists, every quoted string is where the gold says, every article sits in exactly
// one event and one story, and the corpus meets the minimums its brief sets. The readers here are
// deliberately independent of src/ingest, so that a bug there cannot hide a bug in the gold.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createReadStream, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import iconv from "iconv-lite";
import { XMLParser } from "fast-xml-parser";
import { WARCParser } from "warcio";
import { REPO_ROOT } from "../helpers/shared.js";

const EXAMPLES = join(REPO_ROOT, "examples");
const CORPUS = join(EXAMPLES, "corpus");

/** The source text of one article, as the gold's strings refer to it. */
interface Source {
  id: string;
  file: string;
  format: string;
  text: string;
  /** Publication time as the container states it (meta, feed date, JSONL field), if any. */
  published?: string;
  /** Raw bytes were not valid UTF-8 (legacy-charset HTML). */
  legacyBytes?: boolean;
  charset?: string;
  /** Container fields outside the body: a JSONL record's title and outlet, a feed's channel title. */
  meta?: string;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Resolves HTML character references (numeric and the few named ones the corpus uses). */
function decodeRefs(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const str = (x: unknown): string => (typeof x === "object" && x !== null && "#text" in x ? String((x as { "#text": unknown })["#text"]) : String(x ?? ""));

async function loadCorpus(): Promise<Map<string, Source>> {
  const out = new Map<string, Source>();
  const add = (s: Source): void => {
    assert.ok(!out.has(s.id), `duplicate article id ${s.id}`);
    out.set(s.id, s);
  };
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false });
  for (const path of walk(CORPUS).sort()) {
    const file = relative(CORPUS, path);
    const base = file.split("/").pop()!.split(".")[0]!;
    if (file.endsWith(".txt")) {
      add({ id: base, file, format: "txt", text: readFileSync(path, "utf8") });
    } else if (file.endsWith(".html")) {
      const bytes = readFileSync(path);
      const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(bytes.toString("latin1"))?.[1] ?? "utf-8";
      const text = decodeRefs(iconv.decode(bytes, charset));
      add({ id: base, file, format: "html", text, charset, legacyBytes: !isValidUtf8(bytes), published: /article:published_time" content="([^"]+)"|"datePublished":"([^"]+)"/.exec(text)?.slice(1).find(Boolean) });
    } else if (file.endsWith(".jsonl")) {
      readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).forEach((line) => {
        const r = JSON.parse(line) as { id: string; text?: string; html?: string; published?: string; title?: string; outlet?: string };
        const meta = [r.title, r.outlet].filter(Boolean).join("\n");
        add({ id: r.id, file, format: "jsonl", text: r.text ?? decodeRefs(r.html ?? ""), published: r.published, meta });
      });
    } else if (file.endsWith(".xml") || file.endsWith(".atom")) {
      const doc = xml.parse(readFileSync(path, "utf8")) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      if (doc.rss) {
        for (const item of asArray<Record<string, unknown>>(doc.rss.channel.item)) {
          const text = decodeRefs([str(item.title), str(item["content:encoded"] ?? item.description)].join("\n"));
          add({ id: str(item.link), file, format: "rss", text, published: str(item.pubDate), meta: str(doc.rss.channel.title) });
        }
      } else {
        for (const entry of asArray<Record<string, unknown>>(doc.feed.entry)) {
          const text = decodeRefs([str(entry.title), str(entry.content)].join("\n"));
          add({ id: str(entry.id), file, format: "atom", text, published: str(entry.published), meta: str(doc.feed.title) });
        }
      }
    } else if (file.endsWith(".warc.gz") || file.endsWith(".warc")) {
      for await (const record of new WARCParser(createReadStream(path))) {
        const type = record.httpHeaders?.headers.get("content-type") ?? "";
        if (record.warcType !== "response" || !type.includes("text/html") || record.httpHeaders?.statusCode !== 200) continue;
        const text = decodeRefs(await record.contentText());
        const published = /article:published_time" content="([^"]+)"/.exec(text)?.[1];
        add({ id: record.warcTargetURI!, file, format: "warc", text, published });
      }
    }
  }
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const gold = JSON.parse(readFileSync(join(EXAMPLES, "gold.json"), "utf8")) as Record<string, any>;
const corpus = await loadCorpus();
const ws = (s: string): string => s.replace(/\s+/g, " ").trim();

// Tests collect every mismatch and report them together, so that one run shows all gold errors.
let problems: string[] = [];
function check(ok: unknown, message: string): void {
  if (!ok) problems.push(message);
}
function settle(): void {
  const found = problems;
  problems = [];
  assert.deepEqual(found, []);
}

/** Checks that `needle` is an exact substring of article `id`'s source. */
function assertIn(id: string, needle: string, what: string): void {
  const src = corpus.get(id);
  if (!src) return check(false, `${what}: unknown article id ${id}`);
  check(src.text.includes(needle), `${what}: "${needle}" is not in ${id} (${src.file})`);
}

/** Entries of a gold section keyed by article id (skipping its "about"). */
function byArticle<T>(section: Record<string, T>): Array<[string, T]> {
  return Object.entries(section).filter(([k]) => k !== "about");
}

const articles = byArticle<Record<string, string | null>>(gold.articles);
const events: string[][] = gold.clusters.events;
const stories: string[][] = gold.clusters.stories;

test("the gold lists exactly the articles in examples/corpus", () => {
  assert.deepEqual(articles.map(([id]) => id).sort(), [...corpus.keys()].sort());
  for (const [id, a] of articles) {
    const src = corpus.get(id)!;
    assert.equal(a.file, src.file, `${id}: file`);
    assert.equal(a.format, src.format, `${id}: format`);
  }
});

test("the corpus meets the brief's minimums", () => {
  const n = corpus.size;
  const count = (f: string): number => [...corpus.values()].filter((s) => s.format === f).length;
  assert.ok(n >= 44, `${n} articles`);
  assert.ok(count("txt") * 2 > n, "plain text is the majority");
  assert.ok(count("html") >= 8, "at least 8 HTML pages");
  assert.ok(count("jsonl") >= 3 && count("rss") >= 2 && count("atom") >= 2 && count("warc") >= 2, "JSONL, RSS, Atom and WARC items");
  const legacy = [...corpus.values()].filter((s) => s.legacyBytes);
  assert.ok(legacy.some((s) => /windows-1252|iso-8859-1/i.test(s.charset ?? "")), "a page really encoded in windows-1252 or ISO-8859-1");
  const outlets = new Set(articles.map(([, a]) => a.outlet));
  assert.ok(outlets.size >= 9, `${outlets.size} outlets`);
  assert.ok(stories.length >= 8, `${stories.length} stories`);
  for (const s of stories) assert.ok(s.length >= 3 && s.length <= 8, `story of ${s.length} articles`);
  const twoEventStories = stories.filter((s) => events.filter((e) => e.every((id) => s.includes(id))).length >= 2);
  assert.ok(twoEventStories.length >= 3, "at least 3 stories with two events");
  assert.ok(articles.filter(([, a]) => a.language !== "en").length >= 2, "at least 2 articles in another language");
  assert.ok(byArticle(gold.duplicates).length >= 2, "at least 2 syndicated copies");
  const conflicts = gold.cross_source.stories.flatMap((s: { conflicts: unknown[] }) => s.conflicts);
  assert.ok(conflicts.length >= 2, "at least 2 contradictions");
  assert.ok(articles.some(([, a]) => a.published === null) && articles.some(([, a]) => a.published !== null));
});

test("every article is in exactly one event and one story; events nest in stories", () => {
  for (const [id] of articles) {
    assert.equal(events.filter((e) => e.includes(id)).length, 1, `${id}: events`);
    assert.equal(stories.filter((s) => s.includes(id)).length, 1, `${id}: stories`);
  }
  for (const e of events) assert.ok(stories.some((s) => e.every((id) => s.includes(id))), `event ${e[0]} spans stories`);
  assert.equal(gold.clusters.event_names.length, events.length);
  assert.equal(gold.clusters.story_names.length, stories.length);
  assert.equal(gold.clusters.event_dates.length, events.length);
});

test("article fields are found in their sources", () => {
  for (const [id, a] of articles) {
    const src = corpus.get(id)!;
    // Title and outlet may come from the container (JSONL fields, the feed's own title) rather than the body.
    for (const field of ["title", "outlet"] as const) {
      check(`${src.text}\n${src.meta ?? ""}`.includes(a[field]!), `${field}: "${a[field]}" is not in ${id} (${src.file})`);
    }
    if (a.dateline) assertIn(id, a.dateline, "dateline");
    if (a.format === "txt") check(a.published === null, `${id}: a plain-text scrape has no publication metadata`);
    else if (a.published === null) check(!src.published, `${id}: source has a date the gold omits`);
    else check(Date.parse(a.published!) === Date.parse(src.published!), `${id}: published`);
  }
  settle();
});

test("syndicated copies: same event as their original; the copy drops the original's ending", () => {
  for (const [copy, original] of byArticle<string>(gold.duplicates)) {
    check(events.some((e) => e.includes(copy) && e.includes(original)), `${copy} and ${original} in one event`);
    const trimmed: string = gold.syndication_trimmed[copy];
    assertIn(original, trimmed, "syndication_trimmed");
    check(!corpus.get(copy)!.text.includes(trimmed), `${copy} should not carry "${trimmed}"`);
  }
  settle();
});

test("boilerplate, captions, pull quotes and body sentences are exact substrings", () => {
  for (const section of ["boilerplate", "captions", "pullquotes", "must_keep"]) {
    for (const [id, lines] of byArticle<string[]>(gold[section])) for (const s of lines) assertIn(id, s, section);
  }
  // What must go and what must stay cannot overlap, or no extractor could satisfy both.
  for (const [id, keep] of byArticle<string[]>(gold.must_keep)) {
    const drop: string[] = [...(gold.boilerplate[id] ?? []), ...(gold.captions[id] ?? [])];
    for (const k of keep) for (const d of drop) check(!k.includes(d) && !d.includes(k), `${id}: "${k}" overlaps dropped "${d}"`);
  }
  for (const [id, paras] of byArticle<string[]>(gold.repeated_paragraphs)) {
    for (const p of paras) check(corpus.get(id)!.text.split(p).length - 1 === 2, `${id}: paragraph printed twice`);
  }
  for (const [id, lines] of byArticle<string[]>(gold.captions)) {
    if (corpus.get(id)!.format === "txt") for (const c of lines) check(corpus.get(id)!.text.split(c).length - 1 >= 2, `${id}: caption printed twice`);
  }
  for (const [id, sentences] of byArticle<string[]>(gold.rejoin)) {
    for (const s of sentences) {
      check(!corpus.get(id)!.text.includes(s), `${id}: a rejoin sentence must be split in the source`);
      check(ws(corpus.get(id)!.text).includes(ws(s)), `${id}: "${s}" once whitespace is normalised`);
    }
  }
  settle();
});

test("quotes, reported speech and quote variants are found where the gold says", () => {
  for (const q of gold.quotes.items) assertIn(q.id, q.starts, "quote");
  const u = gold.quotes.unclosed;
  assertIn(u.id, u.starts, "unclosed quote");
  assertIn(u.id, u.ends + u.glued.slice(u.ends.split(" ").pop().length), "unclosed quote ending");
  for (const r of gold.reported_speech.items) {
    assertIn(r.id, r.text, "reported speech");
    check(r.text.includes(r.cue), `${r.id}: cue "${r.cue}" inside "${r.text}"`);
  }
  const quoted = new Set(gold.quotes.items.map((q: { id: string; starts: string }) => `${q.id}\u0000${q.starts}`));
  for (const g of gold.quote_variants.groups) {
    check(g.variants.length >= 2, "a variant group has two or more outlets");
    for (const v of [...g.variants, ...(g.copies ?? [])]) {
      assertIn(v.id, v.starts, "quote variant");
      check(quoted.has(`${v.id}\u0000${v.starts}`), `${v.id}: variant "${v.starts}" is also a quote item`);
    }
  }
  settle();
});

test("entity aliases and roles, dates and cross-source sides are exact substrings", () => {
  const all = [...corpus.values()].map((s) => s.text).join("\n");
  for (const [name, e] of byArticle<{ type: string; aliases: string[]; roles: string[] }>(gold.entities)) {
    check(["person", "organization", "place", "other"].includes(e.type), `${name}: type`);
    check(e.aliases.includes(name), `${name}: its canonical name is one of its aliases`);
    for (const s of [...e.aliases, ...e.roles]) check(all.includes(s), `${name}: "${s}" is in no article`);
  }
  for (const d of gold.dates.items) {
    assertIn(d.id, d.expression, "date expression");
    if (d.anchor && d.anchor !== "published") assertIn(d.id, d.anchor, "date anchor");
    if (d.anchor === "published") check(corpus.get(d.id)!.published, `${d.id}: anchored on a publication date it lacks`);
    assert.match(d.resolved, /^\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-summer)?(\/\d{4}-\d{2}-\d{2})?$/);
  }
  assert.equal(gold.cross_source.stories.length, stories.length);
  for (const s of gold.cross_source.stories) {
    const members = stories[s.story]!;
    for (const c of [...s.corroborated, ...s.single_source]) for (const id of c.sources) check(members.includes(id), `${id} is not in story ${s.story}`);
    for (const c of s.conflicts) {
      check(new Set(c.sides.map((x: [string, string]) => x[0])).size >= 2, `${c.about}: sides from two articles`);
      for (const [id, text] of c.sides) {
        check(members.includes(id), `${id} is not in story ${s.story}`);
        assertIn(id, text, "conflict side");
      }
    }
  }
  settle();
});

test("no seed outlet, person or phrase appears in the sample corpus", () => {
  // The corpus must be invented: these are names and markers from the real seed articles.
  const banned = ["Kabulov", "Zhirnov", "Zabulov", "Moscow Times", "CDMedia", "RFI", "Jean-Didier", "Rahmat Gul", "[ad_1]", "Taliban", "Ekho", "Mujahid", "KEEP READING", "Source link", "To read also", "Remind me later"];
  const texts = walk(EXAMPLES).filter((p) => !p.endsWith(".gz")).map((p) => [p, readFileSync(p, "latin1")] as const);
  for (const [p, t] of texts) for (const b of banned) assert.ok(!t.includes(b), `${relative(EXAMPLES, p)} contains "${b}"`);
});
