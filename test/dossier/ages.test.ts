// Age disputes: one person given different ages by outlets reporting within days of each other.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

type Dossier = ReturnType<typeof analysedDossier>;
const ages = (d: Dossier) =>
  d.contradictions.filter((x) => x.about.startsWith("age of")).map((x) => x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).sort().join(",")}`));

test("ages: `Name, 52,` and `The 53-year-old` meaning the article's main person are a dispute", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-08-03T07:00:00Z", "The singer Lorcan Abbey, 52, was arrested on Sunday after his car struck a cyclist in Tessel. Abbey was released on bail.") },
    { a: newsArticle("b", "Harl Gazette", "2026-08-03T09:00:00Z", "Lorcan Abbey, who is 52, has been bailed after a crash in Tessel. Police said Abbey had been driving home from a concert.") },
    { a: newsArticle("c", "Daily Lantern", "2026-08-04T06:00:00Z", "Pop idol Lorcan Abbey was led away in handcuffs after his sports car hit a cyclist. Cyclist Mira Dunn, 27, was taken to hospital with a broken leg. The 53-year-old singer had been at a party until after midnight, and Abbey's manager said he was devastated.") },
  ]);
  assert.deepEqual(ages(d), [["52 years old:a,b", "53 years old:c"]], JSON.stringify(d.contradictions));
});

test("ages: reports two years apart may both be right", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2024-03-01T07:00:00Z", "Police arrested Teodor Kail, 27, on Friday over the shooting of a guard at a Tessel depot. Kail was held overnight.") },
    { a: newsArticle("b", "Harl Gazette", "2026-03-20T09:00:00Z", "A jury found Teodor Kail, 29, guilty of murdering a guard at a Tessel depot. Kail will be sentenced next month.") },
  ]);
  assert.deepEqual(ages(d), [], JSON.stringify(d.contradictions));
});

test("ages: two people of one surname (two first names) are no dispute", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-08-03T07:00:00Z", "Farmer Osric Pell, 61, was rescued from the flood water near Tessel on Monday. Pell had tried to reach his sheep.") },
    { a: newsArticle("b", "Harl Gazette", "2026-08-03T09:00:00Z", "His son Jory Pell, 34, said the water rose within minutes. Pell said the family had lost most of the flock.") },
  ]);
  assert.deepEqual(ages(d), [], JSON.stringify(d.contradictions));
});

test("ages: an age of someone else before a name in the next sentence is not the name's", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-08-03T07:00:00Z", "Inspector Halvard Brin died in the blast at the Tessel depot on Sunday. He leaves a wife and an 18-year-old daughter.\nBrin joined the force in 1998.") },
    { a: newsArticle("b", "Harl Gazette", "2026-08-03T09:00:00Z", "Police named the officer who died in the Tessel depot blast as Inspector Halvard Brin, 51. Brin had served for 28 years.") },
  ]);
  assert.deepEqual(ages(d), [], JSON.stringify(d.contradictions));
});
