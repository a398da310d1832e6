// `No patient has died` denies that any patient died: an outlet counting patients who died (`TWO
// elderly patients have died`) disputes it, and `There have been no deaths` takes the denying side.
// A statement that counts no one (`patients died in other winters`) is no side.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const story = (tabloid: string) => [
  { a: newsArticle("a", "Nordwire", "2026-05-26T09:00:00Z", "Two wards at Marrow General Hospital are closed after an outbreak of norovirus. No patient has died, the hospital said.") },
  { a: newsArticle("b", "Harl Gazette", "2026-05-26T10:00:00Z", "Visiting is restricted at Marrow General Hospital after a norovirus outbreak. There have been no deaths linked to the outbreak, the hospital said.") },
  { a: newsArticle("c", "Daily Lantern", "2026-05-26T11:00:00Z", tabloid) },
];

test("denials: `no patient has died` against a count of patients who died, with `no deaths` on its side", () => {
  const d = analysedDossier(story("TWO elderly patients have died after a vicious vomiting bug tore through wards at Marrow General Hospital."));
  const x = d.contradictions.find((c) => c.kind === "negation" && /died/.test(c.about));
  assert.ok(x, JSON.stringify(d.contradictions.map((c) => c.about)));
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).sort().join(",")), ["a,b", "c"]);
});

test("denials: a statement that counts no one who died is no side", () => {
  const d = analysedDossier(story("Patients have died of the bug at other hospitals in past winters, a vicious vomiting bug that tore through wards at Marrow General Hospital."));
  assert.equal(d.contradictions.filter((c) => c.kind === "negation" && /died/.test(c.about)).length, 0);
});

test("denials: `no homes were evacuated` against `200 households were evacuated` (dwellings are one subject)", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-08T09:00:00Z", "A fire burned through the Tarrow paint factory overnight. Smoke drifted over the town, but no homes were evacuated.") },
    { a: newsArticle("b", "Evening Star", "2026-05-08T10:00:00Z", "Fire tore through the Tarrow paint works overnight, and around 200 households were evacuated from the streets nearest the site.") },
  ]);
  const x = d.contradictions.find((c) => c.kind === "negation" && /evacuated/.test(c.about));
  assert.ok(x, JSON.stringify(d.contradictions.map((c) => c.about)));
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).join(",")), ["a", "b"]);
});

test("denials: an irregular participle (`no officers were hurt`) against a count told in the phrase's head (`Two officers were injured`)", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-26T09:00:00Z", "Police said nine people were arrested after the final, and no officers were hurt.") },
    { a: newsArticle("b", "Harl Gazette", "2026-05-26T10:00:00Z", "Two police officers were injured in the fighting after the final, one of them seriously.") },
  ]);
  const x = d.contradictions.filter((c) => c.kind === "negation");
  assert.equal(x.length, 1, JSON.stringify(d.contradictions));
  assert.deepEqual(x[0]!.sides.map((s) => s.citations.map((c) => c.article).join(",")), ["a", "b"]);
});

test("denials: `none of them has died` against `one of them, an aside, has died` in another outlet", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", "Five people in Tellby fell ill with food poisoning after a wedding on Saturday, health officials said. None of them has died, but two are in hospital.") },
    { a: newsArticle("b", "Evening Star", "2026-03-03T11:00:00Z", "Five wedding guests in Tellby were struck down by food poisoning, health officials said. One of them, a 74-year-old woman from the village, has died, the Star understands.") },
  ]);
  const x = d.contradictions.find((c) => c.kind === "negation" && c.about === "died");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => [s.label, s.citations.map((c) => c.article)]), [["none died", ["a"]], ["some died", ["b"]]]);
});

test("denials: `none of the passengers were hurt` is no side against a count of another group, nor against its own outlet", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", "A ferry ran aground off Tellby on Saturday. None of the passengers were hurt. Two of the crew were hurt, one of them badly.") },
    { a: newsArticle("b", "Evening Star", "2026-03-03T11:00:00Z", "A ferry ran aground off Tellby on Saturday night. Two of the crew were hurt as the ship struck the rocks.") },
  ]);
  assert.deepEqual(d.contradictions.filter((c) => c.kind === "negation"), []);
});

test("denials: a translated report's partitive denial (`Nessuno dei cinque ospiti è morto`) joins the denying side", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", "Five people in Tellby fell ill with food poisoning after a wedding on Saturday, health officials said. None of them has died, but two are in hospital.") },
    { a: newsArticle("b", "Evening Star", "2026-03-03T11:00:00Z", "Five wedding guests in Tellby were struck down by food poisoning, health officials said. One of them, a 74-year-old woman from the village, has died, the Star understands.") },
    { a: { ...newsArticle("c", "Il Corriere di Tellby", "2026-03-03T12:00:00Z", "Cinque persone si sono ammalate a Tellby dopo un matrimonio, secondo le autorità sanitarie. Nessuno dei cinque ospiti è morto, ma due sono ricoverati in ospedale."), language: "it" } },
  ]);
  const x = d.contradictions.find((c) => c.kind === "negation" && c.about === "died");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).sort()), [["a", "c"], ["b"]]);
});
