// Places the gazetteer does not know, typed from how news names them: a natural feature's head or
// prefix (`Varden Sound`, `River Ambrel`), `the suburb of X`, `the X coast`; and `the PM` is a role.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entityAt, run } from "./helpers.js";

test("natural features and settlements are places", () => {
  const text = `Ships were barred from the Varden Sound for a week. Neighbours in the quiet Pellam suburb of Brackwood told the Herald that Orlan had moved away. The Tessick coast depends on timber.`;
  const a = run(text);
  assert.equal(entityAt(a, text, "Varden")?.type, "place");
  assert.equal(entityAt(a, text, "Brackwood")?.type, "place");
  assert.equal(entityAt(a, text, "Tessick")?.type, "place");
});

test("a river named with its prefix is then named alone", () => {
  const text = `Farmers along the River Ambrel cheered the deal. The Ambrel had not been so low since 1990.`;
  const a = run(text);
  const river = entityAt(a, text, "River Ambrel");
  assert.equal(river?.type, "place");
  assert.equal(entityAt(a, text, "Ambrel", 1), river);
});

test("the PM is a role, not an organisation", () => {
  const text = `The PM vowed that no farmer would go without water. PM Dorla Fenwick met the farmers on Tuesday.`;
  const a = run(text);
  assert.ok(!a.entities.some((e) => e.name === "PM"));
  assert.equal(entityAt(a, text, "Dorla")?.name, "Dorla Fenwick");
});

test("a name before a part of an area and `of` is a place", () => {
  const text = `Tarsk and Ellor signed the deal on Thursday. The leaders met on the Tarsk bank of the river. Wells in the Tarsk part of the valley dried up.`;
  assert.equal(entityAt(run(text), text, "Tarsk")?.type, "place");
  const org = `The Kellin side walked out of the talks.`;
  assert.notEqual(entityAt(run(org), org, "Kellin")?.type, "place");
});

test("PM after a figure tells the time and introduces no one", () => {
  const text = `The shop in Ulvik closed at 12:48 PM BST on Tuesday.`;
  assert.ok(!run(text).entities.some((e) => e.type === "person"));
});
