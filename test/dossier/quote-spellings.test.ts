// A speaker's surname misspelt by one outlet (`Aurelio Brand` for `Aurelio Brandt`) still names one
// speaker, so the quote joins its variants; a different given name keeps them apart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier } from "../../src/dossier/index.js";
import { makeInput } from "../fixtures/dossier/story.js";

const WORDS = "Inflation is not yet beaten and we will not declare victory over rising prices too early";

function story(second: string) {
  const person = (name: string) => ({ name, type: "person" as const, forms: [name] });
  const a = makeInput({ id: "a", outlet: "Harbor Post", published: null, text: `"${WORDS}," said Aurelio Brandt.`, entities: [person("Aurelio Brandt")], quotes: [{ words: WORDS, speaker: "Aurelio Brandt" }] });
  const b = makeInput({ id: "b", outlet: "Evening Star", published: null, text: `"${WORDS}," said ${second}.`, entities: [person(second)], quotes: [{ words: WORDS, speaker: second }] });
  return buildDossier("rates", null, [a, b]);
}

test("quotes: a surname misspelt by one letter is the same speaker when the given name agrees", () => {
  assert.equal(story("Aurelio Brand").quotes.groups.length, 1);
  assert.equal(story("Marcus Brand").quotes.groups.length, 0);
});
