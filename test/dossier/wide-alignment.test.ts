// Two long sentences that each tell more than one statement keep five of its words and still align
// below the loose threshold (`will close nine stores ... and plans to open 30 smaller stores in town
// centres this year` / `It wants to open 30 smaller town-centre shops this year, a sign that ...`):
// the wide threshold takes them when five plain words or figures are shared, and only then.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const STORY = [
  { a: newsArticle("a", "Marketline", "2026-05-20T09:00:00Z", "Grovers reported a rise in profit for the year to the end of March. Grovers will close nine stores that are losing money, most of them large sites on ring roads, and plans to open 30 smaller stores in town centres this year.") },
  { a: newsArticle("b", "Evening Standard", "2026-05-20T10:00:00Z", "Grovers is to close 14 of its supermarkets, the chain said on Wednesday. It wants to open 30 smaller town-centre shops this year, a sign that it sees its future in convenience rather than in giant stores.") },
];

const opening = (d: ReturnType<typeof analysedDossier>) => d.claims.find((c) => c.support.some((s) => s.article === "b" && s.text.includes("open 30 smaller")));

test("claims: two long wordings sharing five plain words and figures align at the wide threshold", () => {
  const claim = opening(analysedDossier(STORY));
  assert.ok(claim);
  assert.equal(claim.status, "corroborated", JSON.stringify(claim.support.map((s) => s.text)));
  assert.ok(claim.support.some((s) => s.article === "a" && s.text.includes("plans to open 30 smaller stores")));
  // At the loose threshold alone they stay apart.
  assert.equal(opening(analysedDossier(STORY, { wideClaimThreshold: 0.25 }))?.status, "single-source");
});
