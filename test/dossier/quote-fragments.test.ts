// A mixed quote's words in quotation marks, found verbatim in another outlet's quote of the same
// speaker, make the two one utterance even when they share too few words to overlap by weight; so
// does a short direct quote printed whole inside another outlet's longer one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier } from "../../src/dossier/index.js";
import { makeInput } from "../fixtures/dossier/story.js";

const LIND = { name: "Mara Lind", type: "person" as const, forms: ["Mara Lind"] };
const OTHER = { name: "Tom Baro", type: "person" as const, forms: ["Tom Baro"] };

function groups(fragment: string, speaker: typeof LIND) {
  const mixed = `that the town had ${fragment} on Sunday`;
  const a = makeInput({ id: "a", outlet: "Harbor Post", published: null, text: `Mara Lind said ${mixed}.`, entities: [LIND], quotes: [{ words: mixed, speaker: "Mara Lind", kind: "mixed" }] });
  const words = "Varn has voted for change, and we start work tomorrow";
  const b = makeInput({ id: "b", outlet: "Evening Star", published: null, text: `"${words}," said ${speaker.name}.`, entities: [speaker], quotes: [{ words, speaker: speaker.name }] });
  return buildDossier("vote", null, [a, b]).quotes.groups;
}

test("quotes: a mixed quote's marked words found verbatim in another quote of its speaker join it", () => {
  const g = groups("“voted for change”", LIND);
  assert.equal(g.length, 1);
  // The variant cites the words in marks.
  assert.equal(g[0]!.variants.find((v) => v.article === "a")!.text, "“voted for change”");
  // Two content words in marks are enough (a tabloid's `the "hardest decision"`).
  assert.equal(groups("“start work”", LIND).length, 1);
});

test("quotes: no join for another speaker, or for a fragment of fewer than two content words", () => {
  assert.equal(groups("“voted for change”", OTHER).length, 0);
  assert.equal(groups("“for change”", LIND).length, 0);
});

test("quotes: a short direct quote found verbatim in another outlet's quote of its speaker joins it", () => {
  const short = "We are shocked and saddened";
  const long = "We are shocked and saddened. Brandt painted this quay from her own window, and it belongs here";
  const a = makeInput({ id: "a", outlet: "Harbor Post", published: null, text: `"${short}," Mara Lind said.`, entities: [LIND], quotes: [{ words: short, speaker: "Mara Lind" }] });
  const b = makeInput({ id: "b", outlet: "Evening Star", published: null, text: `"${long}," Mara Lind said.`, entities: [LIND], quotes: [{ words: long, speaker: "Mara Lind" }] });
  const c = makeInput({ id: "c", outlet: "Nordwire", published: null, text: `"${short}," said Tom Baro.`, entities: [OTHER], quotes: [{ words: short, speaker: "Tom Baro" }] });
  const g = buildDossier("theft", null, [a, b, c]).quotes.groups;
  assert.deepEqual(g.map((x) => x.variants.map((v) => v.article).sort()), [["a", "b"]]);
});
