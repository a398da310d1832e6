// Age claims: an age several outlets give a person in passing, inside sentences that say different
// things, is corroborated by them, and the claim cites only the words that tell it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

type Dossier = ReturnType<typeof analysedDossier>;
const ageClaims = (d: Dossier) =>
  d.claims.filter((c) => c.keys.some((k) => k.startsWith("n:")) && c.support.every((s) => /\d/.test(s.text) && s.text.length < 40)).map((c) => `${c.status}:${c.support.map((s) => `${s.article}=${s.text}`).join("|")}`);

test("age claims: three outlets giving one age in three different sentences corroborate it", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-03T07:00:00Z", "A jury at Tessel Crown Court convicted Edwin Castellan, 61, of fraud after a six-week trial. He will be sentenced in June.") },
    { a: newsArticle("b", "Harl Gazette", "2026-05-03T09:00:00Z", "Castellan, 61, had run the Tessel harbour trust for a decade before the audit. The trust said it welcomed the verdict.") },
    { a: newsArticle("c", "Daily Lantern", "2026-05-03T11:00:00Z", "Disgraced boss Castellan, 61, bought a yacht and a villa with the stolen cash, the court heard. His lawyer said he would appeal.") },
  ]);
  const found = ageClaims(d);
  assert.equal(found.length, 1, JSON.stringify(d.claims.map((c) => c.text)));
  assert.match(found[0]!, /^corroborated:/);
  assert.match(found[0]!, /a=Edwin Castellan, 61\|b=Castellan, 61\|c=Castellan, 61$/);
  const claim = d.claims.find((c) => c.support.some((s) => s.text === "Edwin Castellan, 61"))!;
  assert.equal(claim.independentSources, 3);
  // Citations point at the words in their articles.
  for (const s of claim.support) assert.equal(d.coverage.articles.some((a) => a.id === s.article), true);
});

test("age claims: one outlet's age, or outlets that disagree, corroborate nothing", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-03T07:00:00Z", "A jury at Tessel Crown Court convicted Edwin Castellan, 61, of fraud after a six-week trial. He will be sentenced in June.") },
    { a: newsArticle("b", "Harl Gazette", "2026-05-03T09:00:00Z", "Castellan, 62, had run the Tessel harbour trust for a decade before the audit. The trust said it welcomed the verdict.") },
    { a: newsArticle("c", "Daily Lantern", "2026-05-03T11:00:00Z", "Disgraced boss Castellan bought a yacht and a villa with the stolen cash, the court heard. His lawyer said he would appeal.") },
  ]);
  assert.deepEqual(ageClaims(d), []);
});

test("age claims: two outlets that already tell the age in one aligned claim get no second one", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-03T07:00:00Z", "Edwin Castellan, 61, was convicted of fraud at Tessel Crown Court on Friday.") },
    { a: newsArticle("b", "Harl Gazette", "2026-05-03T09:00:00Z", "Edwin Castellan, 61, was convicted of fraud at Tessel Crown Court on Friday, the court said.") },
  ]);
  assert.deepEqual(ageClaims(d), []);
  assert.equal(d.claims.filter((c) => c.status === "corroborated" && c.support.some((s) => s.text.includes("61"))).length, 1);
});
