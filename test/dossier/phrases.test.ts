// One act told in other words by another outlet (`takes office` for `will be sworn in`, `stepped
// down` for `resigned`): the news phrases of src/dossier/lexicon.ts carry their head's key, so the
// wordings align as one claim. A phrase that only shares a word with the head (`took the office
// keys`) carries nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeInput } from "../fixtures/dossier/story.js";
import { buildDossier } from "../../src/dossier/index.js";
import { phraseKeys } from "../../src/dossier/lexicon.js";
import { wordKey } from "../../src/dossier/text.js";

const keysOf = (text: string): string[] => phraseKeys(text.toLowerCase().split(/\s+/).map(wordKey));

test("phrases: inflected phrases carry their head's key, loose word pairs do not", () => {
  assert.deepEqual(keysOf("Varga took office on Thursday"), ["w:swear"]);
  assert.deepEqual(keysOf("the new mayor will be inaugurated"), ["w:swear"]);
  assert.deepEqual(keysOf("he stepped down last week"), ["w:resign"]);
  assert.deepEqual(keysOf("she took the office keys home"), []);
  assert.deepEqual(keysOf("he stepped back down the stairs"), []);
});

test("phrases: `takes office` joins the claim of `will be sworn in`", () => {
  const texts = [
    "Tomas Ekdal won the Varn runoff with 52% of the vote. He will be sworn in on Thursday, May 14, at the town hall.",
    "Voters in Varn chose Tomas Ekdal as mayor with 52% of the vote. The new mayor will be sworn in on Thursday, May 14.",
    "Ekdal beat his rival with 52% of the vote in Varn. Ekdal takes office on Thursday, May 14.",
  ];
  const inputs = texts.map((text, i) => makeInput({ id: "abc"[i]!, outlet: ["Harbor Post", "Evening Star", "Valley Wire"][i]!, published: `2026-05-1${i}T08:00:00Z`, text }));
  const claims = buildDossier("runoff", null, inputs).claims;
  const sworn = claims.find((c) => c.support.some((s) => s.text.includes("sworn in")));
  assert.ok(sworn, "the swearing-in claim is formed");
  const support = sworn.support.map((s) => `${s.article}: ${s.text}`).join(" | ");
  assert.ok(sworn.support.some((s) => s.article === "c" && s.text.includes("takes office")), support);
  assert.equal(sworn.status, "corroborated");
});
