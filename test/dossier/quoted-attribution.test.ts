// A speaker and cue the quote finder reads inside another quote's words (`The hull of a Roman
// grain barge found off Cape Varn is 1,900 years old, divers said`: speaker `Roman`, cue `found`)
// are quoted content, not an attribution: their words still make the clause say something.
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeInput } from "../fixtures/dossier/story.js";
import { articleFeatures } from "../../src/dossier/features.js";

test("attributions: a speaker and cue inside another quote's words are no attribution", () => {
  const text = "The hull of a Roman grain barge found off Cape Varn is about 1,900 years old, divers said on Friday.";
  const whole = "The hull of a Roman grain barge found off Cape Varn is about 1,900 years old";
  const inner = "off Cape Varn is about 1,900 years old, divers said on Friday";
  const it = makeInput({
    id: "a",
    outlet: "Harbor Post",
    published: "2026-02-01T08:00:00Z",
    text,
    entities: [{ name: "Roman", type: "organization", forms: ["Roman"] }],
    quotes: [
      { words: whole, speaker: null, kind: "indirect" },
      { words: inner, speaker: "Roman", kind: "indirect" },
    ],
  });
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  it.analysis.quotes[0]!.speaker = { name: "divers", entity: null, ...at("divers") };
  it.analysis.quotes[1]!.cue = { text: "found", ...at("found") };
  const clause = articleFeatures(it.article, it.analysis).clauses.find((c) => c.keys.includes("w:barg"));
  assert.ok(clause, "the clause is found");
  const attribution = [...clause.attributionOnly];
  assert.ok(!attribution.includes("w:grain") && !attribution.includes("w:barg") && !attribution.includes("w:find"), attribution.join(" "));
});
