// A description set in commas after a person's name (`Varga, of the Civic Green list, beat
// Kroll`) says who the person is, not what the clause states: another outlet's aside about the
// same party (`Varga, who led the Civic Green list`) shares its words but not its statement, so
// those words alone do not link the two (src/dossier/features.ts, appositiveSpans).
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeInput } from "../fixtures/dossier/story.js";
import { buildDossier } from "../../src/dossier/index.js";
import { articleFeatures } from "../../src/dossier/features.js";

const VARGA = { name: "Ines Varga", type: "person" as const, forms: ["Ines Varga", "Varga"] };
const KROLL = { name: "Matthias Kroll", type: "person" as const, forms: ["Matthias Kroll", "Kroll"] };

function claims(lead: string) {
  const texts: [string, string, string][] = [
    ["a", "Coast Ledger", `Ines Varga will govern the capital for five years. ${lead}`],
    ["b", "Evening Star", "The count ended late on Sunday night. Varga, who led the Civic Green list, thanked the volunteers of her campaign."],
    ["c", "Valley Wire", "Voters elected Ines Varga as mayor in the runoff, giving her 54.3 per cent of the vote against Matthias Kroll."],
    ["d", "Harbor Post", "The result was announced at city hall. Varga, whose Civic Green list ran on transport, promised cheaper trams."],
  ];
  const inputs = texts.map(([id, outlet, text], i) => makeInput({ id, outlet, published: `2026-03-1${i + 5}T08:00:00Z`, text, entities: [VARGA, KROLL] }));
  return buildDossier("runoff", null, inputs).claims;
}

const holds = (c: { support: { article: string; text: string }[] }, article: string, words: string): boolean => c.support.some((s) => s.article === article && s.text.includes(words));

test("appositives: a name's description in commas does not tie its clause to another outlet's aside", () => {
  const found = claims("Varga, of the Civic Green list, beat Matthias Kroll in the runoff with 54.3% of the vote.");
  const result = found.find((c) => holds(c, "c", "54.3 per cent"));
  assert.ok(result, "the result claim is formed");
  const texts = result.support.map((s) => s.text).join(" | ");
  assert.ok(holds(result, "a", "beat Matthias Kroll"), texts);
  // The asides about the party are another claim (or none), not the result's.
  assert.ok(!holds(result, "b", "Civic Green") && !holds(result, "d", "Civic Green"), texts);
});

test("appositives: the description's words are kept as keys, only not as shared statement words", () => {
  const it = makeInput({ id: "a", outlet: null, published: null, text: "Varga, of the Civic Green list, beat Matthias Kroll in the runoff.", entities: [VARGA, KROLL] });
  const [clause] = articleFeatures(it.article, it.analysis).clauses;
  assert.ok(clause!.keys.includes("w:civic") && clause!.keys.includes("w:list"), clause!.keys.join(" "));
  assert.ok(clause!.attributionOnly.has("w:civic") && clause!.attributionOnly.has("w:list"), [...clause!.attributionOnly].join(" "));
  assert.ok(!clause!.attributionOnly.has("w:beat") && !clause!.attributionOnly.has("w:runoff"));
});
