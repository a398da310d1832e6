// The evidence checks of the held-out bench: gold spans located in their articles whitespace-blind,
// a corroborated gold claim found only when one claim cites every source's span, and claims that
// mix two gold claims' spans counted.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkEvidence, locate, mixedByEvidence } from "./evidence-gold.js";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

test("evidence: a span is found across line breaks and runs of spaces, and only where it is", () => {
  const text = "The bridge  was closed\non Tuesday. Traffic was diverted.";
  const at = locate(text, "was closed on Tuesday");
  assert.deepEqual(at, { start: 12, end: 33 });
  assert.equal(text.slice(at!.start, at!.end), "was closed\non Tuesday");
  assert.equal(locate(text, "was opened on Tuesday"), null);
  assert.equal(locate(text, "   "), null);
});

test("evidence: a corroborated claim passes when one claim cites both sources' spans; a single one when its span stays single", () => {
  const a = newsArticle("a", "Nordwire", "2026-05-03T07:00:00Z", "The Tessel bridge was closed on Tuesday after engineers found cracks in its bearings. The mayor said repairs would take weeks.");
  const b = newsArticle("b", "Harl Gazette", "2026-05-03T09:00:00Z", "Engineers found cracks in the bearings of the Tessel bridge, which was closed on Tuesday. Buses will be diverted through Arnholm.");
  const d = analysedDossier([{ a }, { a: b }]);
  const checks = checkEvidence(
    d,
    [a, b],
    [{ claim: "Cracks closed the bridge", sources: ["a", "b"], evidence: [{ article: "a", text: "after engineers found cracks in its bearings" }, { article: "b", text: "Engineers found cracks in the bearings" }] }],
    [
      { claim: "Buses are diverted", sources: ["b"], evidence: [{ article: "b", text: "Buses will be diverted through Arnholm" }] },
      { claim: "Not in the text", sources: ["b"], evidence: [{ article: "b", text: "no such words" }] },
    ],
  );
  assert.deepEqual(checks.map((c) => [c.kind, c.ok]), [["corroborated", true], ["single-source", true]], JSON.stringify(checks));
  // Two statements told by one source each are no corroborated claim.
  const apart = checkEvidence(d, [a, b], [{ claim: "Mismatched", sources: ["a", "b"], evidence: [{ article: "a", text: "The mayor said repairs would take weeks" }, { article: "b", text: "Buses will be diverted through Arnholm" }] }], []);
  assert.deepEqual(apart.map((c) => c.ok), [false]);
  assert.deepEqual(mixedByEvidence(d, [a, b], [{ claim: "x", sources: ["a"], evidence: [{ article: "a", text: "The mayor said repairs would take weeks" }] }, { claim: "y", sources: ["b"], evidence: [{ article: "b", text: "Buses will be diverted" }] }]), []);
});
