// A statement one outlet tells in two sentences (`Eight of the eleven members backed the fees. The
// other three wanted to keep the old fees.`): a claim holds one clause per article, so the first
// sentence left out, linked to two of the claim's wordings, joins the claim its neighbour is in
// (src/dossier/regroup.ts). Not when the two sentences stand apart in the article.
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeInput } from "../fixtures/dossier/story.js";
import { buildDossier } from "../../src/dossier/index.js";

function claimOf(between: string) {
  const a = `The harbour board met in Varn on Tuesday. Eight of the eleven members of the harbour board voted for the new berth fees.${between} The other three wanted to keep the old fees.`;
  const b = "Port users had lobbied against the change. The decision was taken by eight votes to three.";
  const c = "Fishing crews said they could not pay more. Three members of the harbour board voted to keep the old fees.";
  const inputs = [a, b, c].map((text, i) => makeInput({ id: "abc"[i]!, outlet: ["Harbor Post", "Evening Star", "Valley Wire"][i]!, published: `2026-02-0${i + 1}T08:00:00Z`, text }));
  const claims = buildDossier("fees", null, inputs).claims;
  return claims.find((x) => x.support.some((s) => s.article === "b" && s.text.includes("eight votes")) && x.support.some((s) => s.article === "c"));
}

test("companions: the sentence next to a claim's clause in its article joins the claim", () => {
  const claim = claimOf("");
  assert.ok(claim, "the vote claim is formed");
  const texts = claim.support.map((s) => s.text).join(" | ");
  assert.ok(claim.support.some((s) => s.article === "a" && s.text.includes("Eight of the eleven")), texts);
  assert.ok(claim.support.some((s) => s.article === "a" && s.text.includes("other three")), texts);
});

test("companions: not when another sentence stands between", () => {
  const claim = claimOf(" Dock workers gathered outside the building with banners and whistles during the whole meeting.");
  assert.ok(claim, "the vote claim is formed");
  assert.equal(claim.support.filter((s) => s.article === "a").length, 1);
});
