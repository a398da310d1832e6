import { test } from "node:test";
import assert from "node:assert/strict";
import type { RawArticle, ReaderHints } from "../../src/core/types.js";
import { extractArticle } from "../../src/extract/index.js";

const raw = (body: string, hints: ReaderHints = {}, kind: RawArticle["kind"] = "jsonl"): RawArticle => ({
  id: "a1",
  source: "feed.jsonl:1",
  kind,
  format: "text",
  body,
  url: null,
  hints,
});

test("a record with a title field and a one-line text keeps the line as body", () => {
  const line = "The harbour authority closed the east pier on Tuesday after storm damage to its supports.";
  const a = extractArticle(raw(line, { title: "East pier closed after storm" }));
  assert.equal(a.text, line);
  assert.equal(a.title, "East pier closed after storm");
});

test("a first line that is not the known title is never taken as the title", () => {
  const a = extractArticle(raw("Pier closed for repairs\nThe harbour authority said the work would take a month.", { title: "Storm damage closes east pier" }));
  assert.equal(a.title, "Storm damage closes east pier");
  assert.ok(!a.removed.some((r) => r.reason === "title"));
});

test("the first line that repeats the known title is dropped as the title", () => {
  const a = extractArticle(raw("East pier closed after storm\nThe harbour authority closed the east pier on Tuesday after storm damage to its supports.", { title: "East Pier closed after storm." }));
  assert.doesNotMatch(a.text, /^East pier closed after storm$/m);
  assert.ok(a.removed.some((r) => r.reason === "title"));
});

test("the known title matches a line that adds the site name", () => {
  const a = extractArticle(raw("East pier closed after storm - Harbour Times\nThe harbour authority closed the east pier on Tuesday after storm damage.", { title: "East pier closed after storm" }));
  assert.ok(!a.text.includes("Harbour Times"), a.text);
});

test("without a title hint the first headline is still taken as the title", () => {
  const a = extractArticle(raw("East pier closed after storm\nThe harbour authority closed the east pier on Tuesday after storm damage to its supports.", {}, "text"));
  assert.equal(a.title, "East pier closed after storm");
  assert.ok(!a.text.includes("East pier closed after storm\n"));
});

test("plain text without a language hint gets a detected language", () => {
  const en = extractArticle(raw("The harbour authority closed the east pier on Tuesday after storm damage to its supports, and said repairs would take a month.", {}, "text"));
  assert.equal(en.language, "en");
  const fr = extractArticle(raw("Les autorités du port ont fermé la jetée est mardi après que la tempête a endommagé ses piliers, et les réparations dureront un mois.", {}, "text"));
  assert.equal(fr.language, "fr");
});

test("a language hint wins over detection; too little text gives null", () => {
  assert.equal(extractArticle(raw("The harbour authority closed the east pier on Tuesday after storm damage to its supports.", { language: "de" })).language, "de");
  assert.equal(extractArticle(raw("Pier closed.", {}, "text")).language, null);
});

test("language hints are cut to ISO 639-1; an unreadable hint falls back to detection", () => {
  const body = "The harbour authority closed the east pier on Tuesday after storm damage to its supports.";
  assert.equal(extractArticle(raw(body, { language: "en-GB" })).language, "en");
  assert.equal(extractArticle(raw(body, { language: "English" })).language, "en");
});

test("a record's headline loses its own outlet's name after a separator, and keeps a dash of its own", () => {
  const body = "The harbour authority closed the east pier on Tuesday after storm damage to its supports.";
  assert.equal(extractArticle(raw(body, { title: "East pier closed after storm - Harbour Gazette", outlet: "Harbour Gazette" })).title, "East pier closed after storm");
  assert.equal(extractArticle(raw(body, { title: "East pier closed after storm | harbour gazette", outlet: "Harbour Gazette" })).title, "East pier closed after storm");
  assert.equal(extractArticle(raw(body, { title: "Pier shut - for now", outlet: "Harbour Gazette" })).title, "Pier shut - for now");
  assert.equal(extractArticle(raw(body, { title: "East pier closed - Harbour Gazette" })).title, "East pier closed - Harbour Gazette", "no outlet given: nothing is cut");
});
