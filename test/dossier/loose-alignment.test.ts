// A rewording that keeps three plain words of a statement states it again, though the rest of each
// sentence tells more and the two align below the claim threshold (`will earn about 40,000
// guilders a week, making him ...` / `will pocket a cool 41,500 guilders a week - more than ...`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const STORY = [
  { a: newsArticle("a", "Touchline", "2026-05-13T09:00:00Z", "Elmford City have completed the signing of the striker Tomas Reval from Harlow Rovers for 18 million guilders. The 26-year-old passed a medical on Tuesday. He will earn about 40,000 guilders a week, making him one of the best-paid players in the league.") },
  { a: newsArticle("b", "Beacon", "2026-05-13T10:00:00Z", "ELMFORD CITY have smashed the bank to land goal machine Tomas Reval. Reval banged in 18 league goals this season. And he will pocket a cool 41,500 guilders a week - more than the Prime Minister earns in a month.") },
  { a: newsArticle("c", "Mercury", "2026-05-13T11:00:00Z", "Harlow Rovers have agreed to sell their top scorer Tomas Reval to Elmford City. Supporters said the club had no choice but to accept the offer.") },
];

test("claims: two wordings that share three plain words align at the loose threshold", () => {
  const d = analysedDossier(STORY);
  const claim = d.claims.find((c) => c.support.some((s) => s.text.includes("40,000 guilders a week")));
  assert.ok(claim);
  assert.equal(claim.status, "corroborated");
  assert.ok(claim.support.some((s) => s.article === "b" && s.text.includes("41,500")));
  // At the firm threshold alone they stay apart.
  const firm = analysedDossier(STORY, { looseClaimThreshold: 0.3 });
  assert.equal(firm.claims.find((c) => c.support.some((s) => s.text.includes("40,000 guilders a week")))?.status, "single-source");
});

test("claims: two plain words and a shared figure align at the loose threshold too", () => {
  const story = [
    { a: newsArticle("a", "Nordwire", "2026-05-15T09:00:00Z", "The Dunmere viaduct was shut on Friday after cracks were found. About 9,000 cars a day cross the viaduct, which opened in 1971, most of them driven by commuters from Farrow.") },
    { a: newsArticle("b", "Evening Star", "2026-05-15T10:00:00Z", "Cracks closed the Dunmere viaduct on Friday. The viaduct was opened in 1971 and was last repaired in 2004.") },
  ];
  const d = analysedDossier(story);
  const claim = d.claims.find((c) => c.support.some((s) => s.article === "b" && s.text.includes("opened in 1971")));
  assert.ok(claim);
  assert.equal(claim.status, "corroborated", JSON.stringify(claim.support.map((s) => s.text)));
  assert.ok(claim.support.some((s) => s.article === "a" && s.text.includes("which opened in 1971")));
});
