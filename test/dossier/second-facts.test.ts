// One sentence that tells two facts (`The ministers signed the treaty in the town hall while
// fishermen protested outside`) supports both: the claim of the signing, and the statement
// another outlet makes of the protest alone, which grouping could not join to it (the signing
// claim holds that outlet's own signing sentence). Not a sentence that adds nothing beyond what
// its own claim tells.
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeInput } from "../fixtures/dossier/story.js";
import { buildDossier } from "../../src/dossier/index.js";

const FISHERMEN = "Fishermen also protested outside the town hall, saying that the new piers would block their routes to the sea.";

function story(b: string, second = FISHERMEN) {
  const texts = [
    "The treaty was signed in the Varn town hall by foreign minister Ada Moll and transport minister Ivo Brun. " + second,
    b,
    "Ada Moll and Ivo Brun signed the treaty in the Varn town hall on Wednesday. The bridge will open in 2031.",
  ];
  const inputs = texts.map((text, i) => makeInput({ id: "abc"[i]!, outlet: ["Harbor Post", "Evening Star", "Valley Wire"][i]!, published: `2026-03-2${i + 1}T08:00:00Z`, text }));
  return buildDossier("treaty", null, inputs).claims;
}

test("second facts: a sentence telling two facts also supports the lone statement of its second", () => {
  const claims = story("Ada Moll and Ivo Brun signed the treaty in the Varn town hall on Wednesday while angry fishermen protested outside. The bridge will cost 900 million crowns.");
  const protest = claims.find((c) => c.support.some((s) => s.article === "a" && s.text.includes("Fishermen")));
  assert.ok(protest, "the protest claim is listed");
  const support = protest.support.map((s) => `${s.article}: ${s.text}`).join(" | ");
  assert.ok(protest.support.some((s) => s.article === "b" && s.text.includes("fishermen protested")), support);
  assert.equal(protest.status, "corroborated");
  const signing = claims.find((c) => c.support.some((s) => s.article === "c" && s.text.includes("signed")));
  assert.ok(signing?.support.some((s) => s.article === "b"), "the sentence still supports the signing");
});

test("second facts: not a sentence with nothing beyond its own claim's words", () => {
  const claims = story("Ada Moll and Ivo Brun signed the treaty in the Varn town hall on Wednesday. The bridge will cost 900 million crowns.");
  const protest = claims.find((c) => c.support.some((s) => s.article === "a" && s.text.includes("Fishermen")));
  assert.ok(!protest || protest.support.every((s) => s.article !== "b"), protest?.support.map((s) => s.text).join(" | "));
});

test("second facts: words of when (`early in the afternoon`) tell no second fact", () => {
  const lone = "Tests by the city found raised levels of smoke in Varn early on Wednesday afternoon.";
  const claims = story("Ada Moll and Ivo Brun signed the treaty in the Varn town hall early on Wednesday afternoon. The bridge will cost 900 million crowns.", lone);
  const tests = claims.find((c) => c.support.some((s) => s.article === "a" && s.text.includes("Tests by the city")));
  assert.ok(!tests || tests.support.every((s) => s.article !== "b"), tests?.support.map((s) => s.text).join(" | "));
});

test("second facts: a sentence also supports a claim two other outlets already tell, when grouping kept them apart", () => {
  const texts = [
    "Ada Moll and Ivo Brun signed the treaty in the Varn town hall on Wednesday. Under the treaty, Varn must let at least 40 tonnes of grain a week cross the border in winter.",
    "The treaty, signed in the Varn town hall on Wednesday by Ada Moll and Ivo Brun, obliges Varn to let no less than 40 tonnes of grain a week cross the border during the winter months.",
    "Ada Moll and Ivo Brun signed the treaty at the town hall of Varn after two hours of talks. The treaty obliges Varn to let 40 tonnes of grain cross the border every week in winter.",
  ];
  const inputs = texts.map((text, i) => makeInput({ id: "abc"[i]!, outlet: ["Harbor Post", "Evening Star", "Valley Wire"][i]!, published: `2026-03-2${i + 1}T08:00:00Z`, text }));
  const claims = buildDossier("treaty", null, inputs).claims;
  const grain = claims.find((c) => c.support.some((s) => s.article === "a" && s.text.includes("grain")));
  assert.ok(grain, "the grain claim is listed");
  const support = grain.support.map((s) => `${s.article}: ${s.text}`).join(" | ");
  assert.deepEqual(grain.support.map((s) => s.article).sort(), ["a", "b", "c"], support);
  const signing = claims.find((c) => c.support.some((s) => s.article === "c" && s.text.includes("signed")));
  assert.ok(signing?.support.some((s) => s.article === "b"), "the sentence still supports the signing");
});
