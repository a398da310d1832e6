// The per-outlet template memory: lines an outlet repeats across its own articles are templates; lines
// repeated across different outlets are not; sentences need much more evidence; state round-trips as JSON.
import { test } from "node:test";
import assert from "node:assert/strict";
import { InMemoryTemplateMemory, normalizeLine, templateLines } from "../../../src/extract/templates/index.js";
import { cleanText } from "../../../src/extract/text/index.js";

function article(n: number, footer: string[]): string {
  return [
    `Story number ${n} about the regional economy and its prospects`,
    `Factory output in the region rose by ${n} percent last month, the statistics office said on Friday.`,
    `Economists had expected a smaller rise after ${n + 2} months of weak orders from abroad.`,
    ...footer,
  ].join("\n");
}

test("normalisation: case, digits and spacing do not matter", () => {
  assert.equal(normalizeLine("  Updated  12:45 GMT "), "updated 00:00 gmt");
  assert.equal(normalizeLine("UPDATED 09:15 gmt"), normalizeLine("Updated 12:45 GMT"));
});

test("a line seen in K articles of one outlet is a template; K-1 is not", () => {
  const mem = new InMemoryTemplateMemory({ minArticles: 3 });
  mem.observe("ledger.example", ["Weekend Edition Highlights", "a"]);
  mem.observe("ledger.example", ["weekend edition highlights", "b"]);
  assert.equal(mem.isTemplate("ledger.example", "Weekend Edition Highlights"), false);
  mem.observe("ledger.example", ["WEEKEND EDITION HIGHLIGHTS", "c"]);
  assert.equal(mem.isTemplate("ledger.example", "Weekend Edition Highlights"), true);
  assert.equal(mem.isTemplate("other.example", "Weekend Edition Highlights"), false);
});

test("a line repeated once per article by many outlets is not a template", () => {
  const mem = new InMemoryTemplateMemory({ minArticles: 3 });
  const shared = "The agency said the figures would be revised next quarter.";
  for (let i = 0; i < 10; i++) mem.observe(`outlet-${i}.example`, [shared, `own line ${i}`]);
  for (let i = 0; i < 10; i++) assert.equal(mem.isTemplate(`outlet-${i}.example`, shared), false);
});

test("a line printed twice in one article counts once", () => {
  const mem = new InMemoryTemplateMemory({ minArticles: 2 });
  mem.observe("x.example", ["Menu", "Menu", "Menu"]);
  assert.equal(mem.isTemplate("x.example", "Menu"), false);
});

test("sentence-shaped lines need many articles and a large share of the outlet", () => {
  const mem = new InMemoryTemplateMemory({ minArticles: 3, minArticlesForSentences: 8, minShareForSentences: 0.5 });
  const s = "The group is listed as a banned organisation in several countries of the region.";
  for (let i = 0; i < 5; i++) mem.observe("y.example", [s, `story ${i}`]);
  assert.equal(mem.isTemplate("y.example", s), false, "5 articles are not enough for a sentence");
  for (let i = 5; i < 9; i++) mem.observe("y.example", [s, `story ${i}`]);
  assert.equal(mem.isTemplate("y.example", s), true);
  for (let i = 9; i < 40; i++) mem.observe("y.example", [`story ${i}`]);
  assert.equal(mem.isTemplate("y.example", s), false, "9 of 40 articles is too small a share");
});

test("toJSON / fromJSON round-trip keeps the verdicts", () => {
  const mem = new InMemoryTemplateMemory({ minArticles: 2 });
  mem.observe("z.example", ["Back to the index page", "x"]);
  mem.observe("z.example", ["Back to the index page", "y"]);
  const copy = InMemoryTemplateMemory.fromJSON(JSON.parse(JSON.stringify(mem.toJSON())));
  assert.equal(copy.isTemplate("z.example", "Back to the index page"), true);
  assert.equal(copy.isTemplate("z.example", "x"), false);
  assert.throws(() => InMemoryTemplateMemory.fromJSON({ version: 2 } as never), /template memory state/);
});

test("cleanText uses the memory: two passes over a batch remove the outlet's footer", () => {
  const footer = ["Our weekly quiz is back: test what you know", "Regional Desk | Economy Section"];
  const batch = [1, 2, 3, 4].map((n) => article(n, footer));
  const mem = new InMemoryTemplateMemory();
  for (const text of batch) mem.observe("desk.example", templateLines(text)); // pass 1: observe all
  for (const text of batch) {
    const r = cleanText(text, { templates: mem, outlet: "desk.example" }); // pass 2: clean
    for (const f of footer) {
      assert.ok(!r.text.includes(f), `template kept: ${f}`);
      assert.ok(r.removed.some((x) => x.text === f && x.reason === "template"));
    }
    assert.ok(r.text.includes("Factory output in the region rose by"));
  }
  // Without the outlet key the memory is not consulted.
  const plain = cleanText(batch[0]!, { templates: mem });
  assert.ok(!plain.removed.some((x) => x.reason === "template"));
});

test("cleanTexts: the batch helper observes all texts, then cleans each (template memory on by default)", async () => {
  const { cleanTexts } = await import("../../../src/extract/text/index.js");
  const footer = ["Morning Digest | Regional Desk"];
  const items = [1, 2, 3].map((n) => ({ text: article(n, footer), outlet: "desk.example" }));
  items.push({ text: article(9, footer), outlet: "other.example" });
  const out = cleanTexts(items);
  assert.equal(out.length, 4);
  for (let i = 0; i < 3; i++) assert.ok(out[i]!.removed.some((x) => x.reason === "template"), `article ${i}`);
  // One article of another outlet: its copy of the line is not a template for that outlet.
  assert.ok(!out[3]!.removed.some((x) => x.reason === "template"));
  const off = cleanTexts(items, { useTemplates: false });
  assert.ok(off.every((r) => !r.removed.some((x) => x.reason === "template")));
});

/** Digits normalise to 0, so unique test lines are spelt with letters. */
const letters = (n: number): string => n.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));

test("memory stays bounded per outlet and keeps the frequent lines", () => {
  const mem = new InMemoryTemplateMemory({ minArticles: 3, maxLinesPerOutlet: 100 });
  for (let a = 0; a < 50; a++) mem.observe("big.example", ["Site Menu Line", ...Array.from({ length: 20 }, (_, i) => `unique ${letters(a * 20 + i)}`)]);
  const state = mem.toJSON();
  const size = Object.keys(state.outlets["big.example"]!.lines).length;
  assert.ok(size <= 100, `size ${size}`); // 1,001 distinct lines were observed
  assert.equal(mem.isTemplate("big.example", "Site Menu Line"), true);
});

test("memory stays bounded over all outlets and keeps each outlet's frequent lines", () => {
  const mem = new InMemoryTemplateMemory({ minArticles: 3, maxLines: 500 });
  for (let a = 0; a < 40; a++) {
    for (let o = 0; o < 10; o++) mem.observe(`outlet${letters(o)}.example`, [`Menu of outlet ${letters(o)}`, ...Array.from({ length: 5 }, (_, i) => `unique ${letters(o)} ${letters(a * 5 + i)}`)]);
  }
  const state = mem.toJSON();
  const size = Object.values(state.outlets).reduce((s, o) => s + Object.keys(o.lines).length, 0);
  assert.ok(size <= 500, `size ${size}`); // 2,010 distinct lines were observed
  for (let o = 0; o < 10; o++) assert.equal(mem.isTemplate(`outlet${letters(o)}.example`, `Menu of outlet ${letters(o)}`), true);
  // A state saved under a larger budget is cut to this one's when loaded.
  const big = new InMemoryTemplateMemory({ minArticles: 3, maxLines: 5000 });
  for (let a = 0; a < 40; a++) big.observe("x.example", ["Menu", ...Array.from({ length: 20 }, (_, i) => `line ${letters(a * 20 + i)}`)]);
  const loaded = InMemoryTemplateMemory.fromJSON({ ...big.toJSON(), options: { ...big.toJSON().options, maxLines: 100 } });
  assert.ok(Object.keys(loaded.toJSON().outlets["x.example"]!.lines).length <= 100);
  assert.equal(loaded.isTemplate("x.example", "Menu"), true);
});
