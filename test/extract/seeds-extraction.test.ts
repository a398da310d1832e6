// The text cleaner on the five real scraped seed articles, checked against ../shared/gold/seeds.json.
// The seed texts and gold are read at run time; the test skips when ../shared is absent.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SHARED_DIR, NO_SHARED } from "../helpers/shared.js";
import { cleanText, type CleanTextResult } from "../../src/extract/text/index.js";

interface Gold {
  boilerplate: Record<string, string[] | string>;
  captions: Record<string, string[] | string>;
  must_keep: Record<string, string[] | string>;
  rejoin: Record<string, string[] | string>;
  repeated_paragraphs: Record<string, string[] | string>;
  titles: Record<string, string | null>;
  outlets: Record<string, string | null | undefined>;
  datelines: Record<string, string>;
}

const norm = (s: string): string => s.replace(/\s+/g, " ").trim();
const ids = ["000_8dc23242010c0f94", "001_ffe9cf00245c15b1", "002_613da62063161890", "003_a452b5aeee79f74d", "004_3b12ecc7e0b76ce4"];

function load(): { gold: Gold; results: Map<string, CleanTextResult> } {
  const dir = SHARED_DIR!;
  const gold = JSON.parse(readFileSync(resolve(dir, "gold", "seeds.json"), "utf8")) as Gold;
  const results = new Map<string, CleanTextResult>();
  for (const id of ids) results.set(id, cleanText(readFileSync(resolve(dir, "seeds", `${id}.txt`), "utf8")));
  return { gold, results };
}
const items = (v: string[] | string | undefined): string[] => (Array.isArray(v) ? v : []);

test("seeds: no boilerplate line remains in the body", { skip: SHARED_DIR ? false : NO_SHARED }, () => {
  const { gold, results } = load();
  for (const [id, r] of results) {
    const bodyLines = new Set(r.text.split("\n").map(norm));
    for (const b of items(gold.boilerplate[id])) {
      assert.ok(!bodyLines.has(norm(b)), `${id}: boilerplate line kept: ${b}`);
      // Long boilerplate must not survive glued into another line either.
      if (b.split(/\s+/).length >= 5) assert.ok(!norm(r.text).includes(norm(b)), `${id}: boilerplate kept inside a line: ${b}`);
    }
  }
});

test("seeds: captions are gone, even when printed twice", { skip: SHARED_DIR ? false : NO_SHARED }, () => {
  const { gold, results } = load();
  for (const [id, r] of results) {
    for (const c of items(gold.captions[id])) assert.ok(!norm(r.text).includes(norm(c)), `${id}: caption kept: ${c}`);
  }
});

test("seeds: every must_keep sentence is kept", { skip: SHARED_DIR ? false : NO_SHARED }, () => {
  const { gold, results } = load();
  for (const [id, r] of results) {
    for (const s of items(gold.must_keep[id])) assert.ok(norm(r.text).includes(norm(s)), `${id}: lost: ${s}`);
  }
});

test("seeds: sentences split around links are whole again", { skip: SHARED_DIR ? false : NO_SHARED }, () => {
  const { gold, results } = load();
  for (const [id, r] of results) {
    for (const s of items(gold.rejoin[id])) assert.ok(norm(r.text).includes(norm(s)), `${id}: not rejoined: ${s}`);
  }
});

test("seeds: a paragraph printed twice appears once", { skip: SHARED_DIR ? false : NO_SHARED }, () => {
  const { gold, results } = load();
  for (const [id, r] of results) {
    for (const p of items(gold.repeated_paragraphs[id])) {
      assert.equal(norm(r.text).split(norm(p)).length - 1, 1, `${id}: paragraph count for: ${p}`);
      assert.ok(r.removed.some((x) => x.reason === "duplicate" && norm(x.text) === norm(p)), `${id}: duplicate not reported`);
    }
  }
});

test("seeds: titles, outlets and datelines", { skip: SHARED_DIR ? false : NO_SHARED }, () => {
  const { gold, results } = load();
  for (const [id, r] of results) {
    assert.equal(r.title, gold.titles[id] ?? null, `${id}: title`);
    assert.equal(r.outlet, gold.outlets[id] ?? null, `${id}: outlet`);
    assert.equal(r.dateline, gold.datelines[id] ?? null, `${id}: dateline`);
    // The title is reported, not left in the body.
    if (r.title) assert.ok(!r.text.split("\n").includes(r.title), `${id}: title left in body`);
  }
});

test("seeds: every removed block has text and a reason", { skip: SHARED_DIR ? false : NO_SHARED }, () => {
  const { results } = load();
  for (const [id, r] of results) {
    for (const x of r.removed) {
      assert.ok(x.text.length > 0, `${id}: empty removed text`);
      assert.match(x.reason, /^[a-z-]+$/, `${id}: reason ${x.reason}`);
    }
  }
});
