// A role phrase whose owner is named before the role in the possessive (`the museum's director`,
// `Halvard's managing director`) resolves like `the director`: to the name set off right after it,
// which wins over another holder of such a role elsewhere in the text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./helpers.js";

const speakerOf = (text: string, needle: string): string | undefined => run(text).quotes.find((q) => q.text.includes(needle))?.speaker?.name;

test("role phrases with an owner before the role name the person set off after them", () => {
  assert.equal(speakerOf("The museum's director, Helena Voss, said the thieves knew what they wanted.", "thieves"), "Helena Voss");
  assert.equal(speakerOf("Tellport's managing director, Piet Lowe, said the company was disappointed.", "disappointed"), "Piet Lowe");
});

test("the name set off right after a role wins over another holder of such a role", () => {
  const text = '"This bridge joins our peoples," said Estrava\'s foreign minister, Clara Vennick. Dunmoran transport minister Idris Ventura said construction would start next year.';
  assert.equal(speakerOf(text, "bridge joins"), "Clara Vennick");
  assert.equal(speakerOf(text, "construction"), "Idris Ventura");
});

test("an owner's role with no name after it stays unresolved when nobody holds it yet", () => {
  assert.equal(speakerOf("Helena Voss runs the Tellby gallery. The museum's director said the thieves knew what they wanted.", "thieves"), "The museum's director");
});
