import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { extractHtml } from "../../../src/extract/html/index.js";
import { extractArticle } from "../../../src/extract/index.js";
import { readHtmlMetadata, stripSiteSuffix } from "../../../src/extract/metadata/html-metadata.js";
import { parseHtml } from "../../../src/extract/html/dom.js";
import { dateFromUrl, normalizeDate } from "../../../src/extract/metadata/dates.js";
import { detectLanguage, normalizeLanguage } from "../../../src/extract/metadata/language.js";
import type { RawArticle } from "../../../src/core/types.js";

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/extract/html/${name}`, import.meta.url), "utf8");

test("meta tags: og:title, og:site_name, article:published_time, author, canonical, html lang", () => {
  const m = extractHtml(fixture("boilerplate.html"));
  assert.equal(m.title, "Bridge repairs to close river crossing for six weeks");
  assert.equal(m.outlet, "The Harbor Ledger");
  assert.equal(m.published, "2024-03-18T09:30:00+01:00");
  assert.equal(m.byline, "Mara Ellison");
  assert.equal(m.canonical, "https://ledger.example.org/news/2024/03/18/bridge-repairs");
  assert.equal(m.language, "en");
});

test("JSON-LD @graph: headline, datePublished, several authors, publisher", () => {
  const m = extractHtml(fixture("jsonld.html"));
  assert.equal(m.title, "Orchard growers report record apple harvest");
  assert.equal(m.published, "2023-10-02T07:15:00Z");
  assert.equal(m.byline, "Tomas Redfern, Ada Quill");
  assert.equal(m.outlet, "Valley Courier");
});

test("markup only: rel=author byline, <time datetime>, outlet from the URL's domain, language detected", () => {
  const m = extractHtml(fixture("markup-only.html"), { url: "https://www.marche.example.fr/ville/reouverture" });
  assert.equal(m.byline, "Claire Vidal");
  assert.equal(m.published, "2022-06-11");
  assert.equal(m.outlet, "marche.example.fr");
  assert.equal(m.language, "fr");
  assert.equal(m.title, "Le marché couvert rouvre ses portes après deux ans de travaux");
});

test("date from the URL path when the page declares none", () => {
  const html = "<html><body><article><p>A short notice with no date of its own at all, only a path that carries one.</p></article></body></html>";
  assert.equal(extractHtml(html, { url: "https://news.example.com/2021/08/16/notice" }).published, "2021-08-16");
  assert.equal(dateFromUrl("https://x.example/blog/2019-3-7-title"), "2019-03-07");
  assert.equal(dateFromUrl("https://x.example/item/123456"), null);
});

test("meta date, pubdate and dc.date are read and normalised", () => {
  for (const name of ["date", "pubdate", "dc.date"]) {
    const html = `<html><head><meta name="${name}" content="2020-05-04"></head><body><p>x</p></body></html>`;
    assert.equal(extractHtml(html).published, "2020-05-04", name);
  }
  assert.equal(normalizeDate("2021-08-16T10:20:00+0200"), "2021-08-16T10:20:00+02:00");
  assert.equal(normalizeDate("August 16, 2021"), "2021-08-16");
  assert.equal(normalizeDate("not a date"), null);
});

test("<title> loses its site suffix; og:locale gives the language", () => {
  const html = `<html><head><title>Council votes to extend the tram line - Metro Daily</title><meta property="og:locale" content="de_DE"></head><body><p>x</p></body></html>`;
  const m = extractHtml(html);
  assert.equal(m.title, "Council votes to extend the tram line");
  assert.equal(m.language, "de");
  assert.equal(stripSiteSuffix("Floods close the coast road | Coastline News", "Coastline News", null), "Floods close the coast road");
  assert.equal(stripSiteSuffix("Why the river rose: a long answer", null, null), "Why the river rose: a long answer");
});

test("language codes are cut to ISO 639-1; detection needs enough text", () => {
  assert.equal(normalizeLanguage("en-US"), "en");
  assert.equal(normalizeLanguage("pt_BR"), "pt");
  assert.equal(normalizeLanguage("deu"), "de");
  assert.equal(normalizeLanguage("not a tag"), null);
  assert.equal(detectLanguage("short"), null);
  assert.equal(detectLanguage("El ayuntamiento aprobó ayer el presupuesto para el próximo año, que incluye nuevas inversiones en transporte público."), "es");
});

test("detectLanguage reads the opening of the text only (a bounded sample)", () => {
  const spanish = "El ayuntamiento aprobó ayer el presupuesto para el próximo año, que incluye nuevas inversiones en transporte público. ";
  const english = "The council approved the budget for next year yesterday, including new investment in public transport and housing. ";
  // 1,600+ characters of Spanish, then a long English tail (comments, appeals) that would outweigh it in a whole-text vote.
  assert.equal(detectLanguage(spanish.repeat(14) + english.repeat(60)), "es");
});

const raw = (over: Partial<RawArticle>): RawArticle => ({ id: "a1", source: "in/a1.html", kind: "html", format: "html", body: fixture("jsonld.html"), url: null, hints: {}, ...over });

test("extractArticle: reader hints win over inferred metadata; unknown fields are null", () => {
  const a = extractArticle(raw({ hints: { title: "Hinted title", outlet: "Hinted outlet" } }));
  assert.equal(a.title, "Hinted title");
  assert.equal(a.outlet, "Hinted outlet");
  assert.equal(a.byline, "Tomas Redfern, Ada Quill");
  assert.equal(a.dateline, null);
  assert.equal(a.url, null);
  assert.match(a.text, /^Growers across the valley/);
});

test("extractArticle: canonical URL fills url when the reader had none", () => {
  const a = extractArticle(raw({ body: fixture("boilerplate.html") }));
  assert.equal(a.url, "https://ledger.example.org/news/2024/03/18/bridge-repairs");
  const b = extractArticle(raw({ body: fixture("boilerplate.html"), url: "https://mirror.example/x" }));
  assert.equal(b.url, "https://mirror.example/x");
});

test("extractArticle: plain text with clean:false is verbatim", () => {
  const body = "  Line one.\n\nLine two.  ";
  const a = extractArticle({ id: "t", source: "t.txt", kind: "text", format: "text", body, url: null, hints: {} }, { clean: false });
  assert.equal(a.text, body);
  assert.deepEqual(a.removed, []);
});

test("an h1 that only holds the site's name is not the title", () => {
  const html = `<html><head><title>Ferry fares to rise in spring | Harbour Notes</title><meta property="og:title" content="Ferry fares to rise in spring"></head>
<body><header><h1>Harbour Notes</h1></header><article><h1>Ferry fares to rise in spring</h1><p>The operator said fares would rise by a tenth.</p></article></body></html>`;
  assert.equal(readHtmlMetadata(parseHtml(html), null).title, "Ferry fares to rise in spring");
  // No og:site_name: the part `<title>` adds after the headline names the site.
  const bare = `<html><head><title>Ferry fares to rise in spring - Harbour Notes</title><meta property="og:title" content="Ferry fares to rise in spring"></head><body><h1>Harbour Notes</h1><p>x</p></body></html>`;
  assert.equal(readHtmlMetadata(parseHtml(bare), null).title, "Ferry fares to rise in spring");
});

test("character references left in JSON-LD headlines are decoded", () => {
  const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Growers&#8217; co-op &amp; council agree on water"}</script></head><body><p>x</p></body></html>`;
  assert.equal(readHtmlMetadata(parseHtml(html), null).title, "Growers’ co-op & council agree on water");
});

test("printed bylines: an author-page link, a 'By' line, a 'Written by' label; never a date or a button", () => {
  const meta = (body: string, head = ""): string | null => readHtmlMetadata(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`), null).byline;
  assert.equal(meta(`<div><span><a href="/authors/mara-ellison">Mara Ellison</a></span></div><p>Text.</p>`), "Mara Ellison");
  assert.equal(meta(`<p class="meta">By Tomas Reyes</p><p>Text.</p>`), "Tomas Reyes");
  assert.equal(meta(`<div><p>Written by</p><p>Ines van der Berg</p></div><p>Text.</p>`), "Ines van der Berg");
  assert.equal(meta(`<div class="byline">July 22, 2017</div><p>Text.</p>`), null);
  assert.equal(meta(`<div><p>Author</p><p>Member Login</p></div>`), null);
  // The site named as the author gives way to the person printed on the page.
  assert.equal(meta(`<p>By Tomas Reyes</p>`, `<meta property="og:site_name" content="Harbour Notes"><meta name="author" content="Harbour Notes">`), "Tomas Reyes");
  assert.equal(meta(`<p>Text.</p>`, `<meta property="og:site_name" content="Harbour Notes"><meta name="author" content="Harbour Notes">`), "Harbour Notes");
});

test("printed dates when none is declared: a labelled publication date beats a bare one", () => {
  const pub = (body: string): string | null => readHtmlMetadata(parseHtml(`<html><head></head><body>${body}</body></html>`), null).published;
  assert.equal(pub(`<div><span>Published August 7, 2023</span> <span>by Nina Hale</span></div><p>Text.</p>`), "2023-08-07");
  assert.equal(pub(`<p class="x">Updated March 3, 2024</p><p>Posted on 12 January 2024</p>`), "2024-01-12");
  assert.equal(pub(`<time>Dec 18, 2025</time><p>Text.</p>`), "2025-12-18");
  assert.equal(pub(`<p>The council met on the 3rd and will meet again in 2026 to decide.</p>`), null);
  // A declared date still wins.
  assert.equal(readHtmlMetadata(parseHtml(`<html><head><meta property="article:published_time" content="2022-05-01"></head><body><p>Published August 7, 2023</p></body></html>`), null).published, "2022-05-01");
});
