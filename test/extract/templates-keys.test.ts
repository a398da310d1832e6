// Line keys made ahead (by ingest workers) must give exactly what the memory would decide itself.
import { test } from "node:test";
import assert from "node:assert/strict";
import { InMemoryTemplateMemory, articleLineKeys, learnAndStrip, lineKey } from "../../src/extract/templates/index.js";
import type { Article } from "../../src/core/types.js";

function article(id: string, body: string): Article {
  return { id, path: `${id}.txt`, url: null, outlet: "Harbour Post", title: null, byline: null, published: null, dateline: null, language: "en", text: body, removed: [] };
}

// Lines that differ only in digits are one template line, so the story lines differ in words.
const PLACES = ["Dunmore", "Carrick", "Oldport", "Belmain", "Tarsk", "Kellin", "Vardo", "Lisk", "Ambrel", "Eastquay", "Salvera", "Corvan"];
const texts = PLACES.map((place) =>
  [
    "Subscribe to our morning briefing",
    `The ferry to ${place} was cancelled again this winter, the operator said on Monday.`,
    "Harbour Post journalists check every fact before it is printed, as our readers expect of us.",
    `"We will run a smaller boat to ${place} until the storms pass," a spokesperson said.`,
    "Read more: Storm warnings",
  ].join("\n"),
);

test("learnAndStrip with ahead-made keys strips what it strips without them", () => {
  const plain = new InMemoryTemplateMemory();
  const keyed = new InMemoryTemplateMemory();
  for (const [i, t] of texts.entries()) {
    const a = learnAndStrip(plain, article(`a${i}`, t));
    const b = learnAndStrip(keyed, article(`a${i}`, t), articleLineKeys(t));
    assert.deepEqual(b, a);
  }
  assert.deepEqual(keyed.toJSON(), plain.toJSON());
  // And it does strip: the repeated short lines go once the outlet has printed them 3 times.
  const last = learnAndStrip(keyed, article("z", texts[0]!), articleLineKeys(texts[0]!));
  assert.ok(last.removed.some((r) => r.reason === "template" && r.text.startsWith("Subscribe")));
  assert.ok(last.text.includes("ferry to Dunmore"));
  assert.ok(!last.text.includes("Subscribe"));
});

test("keys that do not fit the text or the memory's settings are not used", () => {
  const narrow = new InMemoryTemplateMemory({ maxLineChars: 20 });
  const wrong = articleLineKeys("one line only");
  for (const [i, t] of texts.entries()) learnAndStrip(narrow, article(`n${i}`, t), i % 2 ? wrong : articleLineKeys(t));
  const ref = new InMemoryTemplateMemory({ maxLineChars: 20 });
  for (const [i, t] of texts.entries()) learnAndStrip(ref, article(`n${i}`, t));
  assert.deepEqual(narrow.toJSON(), ref.toJSON());
});

test("a line key: null for empty or over-long lines; sentences marked", () => {
  assert.equal(lineKey("   "), null);
  assert.equal(lineKey("x".repeat(401)), null);
  assert.equal(lineKey("Read more")?.sentence, false);
  assert.equal(lineKey("The ferry was cancelled again this morning, the operator said.")?.sentence, true);
  assert.equal(lineKey("Page 12 of 30")?.hash, lineKey("page 47  of 31")?.hash);
});
