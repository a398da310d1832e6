import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { extractHtml } from "../../../src/extract/html/index.js";

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/extract/html/${name}`, import.meta.url), "utf8");

const page = extractHtml(fixture("boilerplate.html"));
const reasonOf = (needle: string): string | undefined => page.removed.find((r) => r.text.includes(needle))?.reason;

test("keeps the article's paragraphs, in order, one per line", () => {
  const lines = page.text.split("\n");
  const first = lines.findIndex((l) => l.startsWith("The old stone bridge over the Tarrow"));
  const last = lines.findIndex((l) => l.startsWith("The council will hold a public meeting"));
  assert.ok(first >= 0 && last > first, page.text);
  assert.ok(lines.some((l) => l.startsWith("Drivers will be sent on a twelve-mile diversion")));
  assert.ok(lines.some((l) => l.startsWith("Engineers said the bearings had worn")));
});

test("keeps headings, lists and blockquotes that belong to the body", () => {
  assert.match(page.text, /^Businesses worried about the diversion$/m);
  assert.match(page.text, /^a free shuttle bus every twenty minutes/m);
  assert.match(page.text, /^signs on every approach road/m);
  assert.match(page.text, /^We have been asking for these repairs for years/m);
});

test("drops the headline from the body and reports it", () => {
  assert.doesNotMatch(page.text, /^Bridge repairs to close river crossing for six weeks$/m);
  assert.equal(reasonOf("Bridge repairs to close river crossing"), "title");
});

const boilerplate: [string, string, RegExp][] = [
  ["cookie notice", "We use cookies to improve", /cookie/],
  ["navigation", "Opinion", /navigation/],
  ["breadcrumb", "Home > News > Local", /navigation/],
  ["share bar", "Share on Social", /share/],
  ["figure caption and credit", "The bridge was built in 1846", /caption/],
  ["advertisement", "Stormline rain jacket", /ad/],
  ["newsletter box", "Sign up for our free newsletter", /newsletter/],
  ["tag list", "Roads Council", /meta/],
  ["author bio", "covers transport and local government", /author/],
  ["related articles", "Ferry timetable changes", /related/],
  ["comments", "About time too", /comment/],
  ["sidebar", "Storm warning issued", /sidebar/],
  ["donation box", "Donate today from as little", /newsletter|donat/],
  ["footer", "All rights reserved", /navigation|footer/],
];

for (const [kind, needle, reason] of boilerplate) {
  test(`drops ${kind} and says why`, () => {
    assert.ok(!page.text.includes(needle), `${kind} kept: ${needle}`);
    const r = reasonOf(needle);
    assert.ok(r !== undefined, `${kind} not listed in removed`);
    assert.match(r, reason);
  });
}

test("script contents never reach the text or removed", () => {
  assert.ok(!page.text.includes("dataLayer"));
  assert.ok(!page.removed.some((r) => r.text.includes("dataLayer")));
});

test("a page whose only container is generic still yields its paragraphs", () => {
  const paras = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1} of a plain page tells its readers, at some length and with some commas, what happened in the square.</p>`).join("");
  const r = extractHtml(`<html><body><div>${paras}</div><div><a href="/a">Home</a> <a href="/b">Contact</a></div></body></html>`);
  assert.equal(r.text.split("\n").length, 5);
  assert.ok(!r.text.includes("Contact"));
});

test("a byline paragraph and a figure caption inside the article are dropped, the paragraphs kept", () => {
  const para = (s: string) => `<p>${s} The council said the repairs would take six weeks and cost about two million crowns, paid by the regional road fund.</p>`;
  const html = `<html><head><title>Bridge to close for repairs</title></head><body><article>
<h1>Bridge to close for repairs</h1>
<p class="byline">Mara Lind · Tuesday 3 March 2026 · 4 min read</p>
<figure><img src="/b.jpg" alt=""><figcaption>The old bridge at dawn. (Photo: Tom Eske)</figcaption></figure>
${para("The old stone bridge over the Tarrow will close on Monday.")}
${para("Drivers will be sent on a twelve-mile diversion through Hallam.")}
${para("Shops near the bridge fear a quiet spring.")}
</article></body></html>`;
  const r = extractHtml(html);
  assert.doesNotMatch(r.text, /Mara Lind/);
  assert.doesNotMatch(r.text, /The old bridge at dawn/);
  assert.match(r.text, /^The old stone bridge over the Tarrow/m);
  assert.equal(r.removed.find((x) => x.text.includes("Mara Lind"))?.reason, "author-bio");
  assert.equal(r.removed.find((x) => x.text.includes("The old bridge at dawn"))?.reason, "caption");
});
