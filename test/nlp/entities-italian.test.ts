// An Italian article opening a sentence (`Il Dovrania non cederà`) is not the first word of a name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entityAt, run } from "./helpers.js";

test("Il before a name is an article", () => {
  const text = `«Il Dovrania non cederà», ha detto la portavoce Orsola Ventrick.`;
  const a = run(text, { language: "it" });
  assert.equal(entityAt(a, text, "Dovrania")?.name, "Dovrania");
  assert.ok(!a.entities.some((e) => e.name.startsWith("Il ")));
});
