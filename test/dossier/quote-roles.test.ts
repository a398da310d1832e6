// A quote whose speaker the language layer left as a role (`the governor said`) joins the
// variants of a named person when its own article names that person, or, where it never does,
// when it prints nearly the same words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier } from "../../src/dossier/index.js";
import { makeInput } from "../fixtures/dossier/story.js";

const LIND = { name: "Mara Lind", type: "person" as const, forms: ["Mara Lind", "Lind"], roles: ["governor"] };
const WORDS_A = "We will rebuild every house in this valley before the winter comes";
const WORDS_B = "We will rebuild every house in the valley before winter comes";

const named = makeInput({
  id: "r-a",
  outlet: "Harbor Post",
  published: "2024-05-07T10:00:00Z",
  text: `Governor Mara Lind visited the flooded valley on Tuesday. "${WORDS_A}," Lind said.`,
  entities: [LIND],
  quotes: [{ words: WORDS_A, speaker: "Mara Lind" }],
});
const role = (id: string, outlet: string, namesHer: boolean) =>
  makeInput({
    id,
    outlet,
    published: "2024-05-07T12:00:00Z",
    text: `${namesHer ? "Mara Lind toured the valley on Tuesday." : "Officials toured the valley on Tuesday."} "${WORDS_B}," the governor said.`,
    entities: namesHer ? [LIND] : [],
    quotes: [{ words: WORDS_B, speaker: "the governor" }],
  });

test("quotes: a role's quote joins the named speaker's variants when its article names her", () => {
  const d = buildDossier("flood", null, [named, role("r-b", "Valley Times", true)]);
  assert.equal(d.quotes.groups.length, 1);
  const g = d.quotes.groups[0]!;
  assert.equal(g.speaker, "Mara Lind");
  assert.deepEqual(g.variants.map((v) => v.article).sort(), ["r-a", "r-b"]);
});

test("quotes: a role's quote joins when its article never names the speaker only if it prints nearly the same words", () => {
  const d = buildDossier("flood", null, [named, role("r-c", "Daily Lantern", false)]);
  assert.equal(d.quotes.groups.length, 1);
  assert.deepEqual(d.quotes.groups[0]!.variants.map((v) => v.article).sort(), ["r-a", "r-c"]);
  const loose = makeInput({
    id: "r-d",
    outlet: "Daily Lantern",
    published: "2024-05-07T12:00:00Z",
    text: `Officials toured the valley on Tuesday. "Every house in this valley will stand again, and the families will be home," the governor said.`,
    entities: [],
    quotes: [{ words: "Every house in this valley will stand again, and the families will be home", speaker: "the governor" }],
  });
  const d2 = buildDossier("flood", null, [named, loose]);
  assert.equal(d2.quotes.groups.length, 0);
  assert.equal(d2.quotes.single.length, 2);
});
