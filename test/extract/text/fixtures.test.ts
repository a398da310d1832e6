// Generalisation check: fictional scraped articles in styles unlike the seeds (wire copy with a dateline,
// a blog with share widgets and a bullet list of related posts, a French local story, a scrape with split
// sentences and a donation appeal). Each fixture `x.txt` has `x.expect.json` written by hand.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { REPO_ROOT } from "../../helpers/shared.js";
import { cleanText } from "../../../src/extract/text/index.js";

interface Expect {
  title: string | null;
  dateline: string | null;
  outlet: string | null;
  must_keep: string[];
  must_drop: string[];
  once?: string[];
}

const dir = resolve(REPO_ROOT, "test", "fixtures", "extract", "text");
const norm = (s: string): string => s.replace(/\s+/g, " ").trim();
const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();

test("fixtures exist", () => assert.ok(names.length >= 4));

for (const name of names) {
  test(`fixture ${name}`, () => {
    const exp = JSON.parse(readFileSync(resolve(dir, name.replace(/\.txt$/, ".expect.json")), "utf8")) as Expect;
    const r = cleanText(readFileSync(resolve(dir, name), "utf8"));
    const body = norm(r.text);
    for (const s of exp.must_keep) assert.ok(body.includes(norm(s)), `lost: ${s}`);
    for (const s of exp.must_drop) assert.ok(!body.includes(norm(s)), `kept boilerplate: ${s}`);
    for (const s of exp.once ?? []) assert.equal(body.split(norm(s)).length - 1, 1, `not exactly once: ${s}`);
    assert.equal(r.title, exp.title, "title");
    assert.equal(r.dateline, exp.dateline, "dateline");
    assert.equal(r.outlet, exp.outlet, "outlet");
  });
}
