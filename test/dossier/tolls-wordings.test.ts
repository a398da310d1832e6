// Counts of the dead and the injured as outlets word them: with no noun (`seven were injured`), as
// the rest (`eight other people were hurt`, `zeven anderen raakten gewond`), next to words of the
// other kind (`killed five people and injured several others`), or recalled from an earlier
// happening (`In early March, a gunman wounded three people`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const injured = (d: ReturnType<typeof analysedDossier>) => d.contradictions.filter((x) => x.about === "number of injured");
const sidesOf = (x: { sides: { label: string; citations: { article: string }[] }[] }) => x.sides.map((s) => `${s.label}:${[...new Set(s.citations.map((c) => c.article))].sort().join(",")}`).sort();

test("tolls: `seven were injured`, `eight other people were hurt` and a translated `zeven anderen raakten gewond` are counts of the injured", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-09-04T09:00:00Z", "Two people were killed and seven injured when the Harl footbridge collapsed into the river on Thursday evening.") },
    { a: newsArticle("b", "Evening Star", "2026-09-04T10:00:00Z", "The Harl footbridge fell into the river on Thursday. Two people died and seven were injured.") },
    { a: { ...newsArticle("c", "Harler Courant", "2026-09-04T11:00:00Z", "De voetbrug over de Harl stortte donderdag in. Twee mensen kwamen om het leven, zeven anderen raakten gewond."), language: "nl" } },
    { a: newsArticle("d", "Ledger", "2026-09-04T12:00:00Z", "Rescuers searched the river after the Harl footbridge gave way. Two people died. Eight other people were hurt.") },
  ]);
  const x = injured(d);
  assert.equal(x.length, 1, JSON.stringify(d.contradictions));
  assert.deepEqual(sidesOf(x[0]!), ["7 injured:a,b,c", "8 injured:d"]);
});

test("tolls: a count next to a word of dying is not of the injured, and a toll dated to an earlier month is no toll of this event", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-20T09:00:00Z", "A gunman shot dead one person and injured two others on Monday at an office in Harlow, police said. Last year a gunman killed five people and injured several others at a mall in Tessen.") },
    { a: newsArticle("b", "Evening Star", "2026-03-20T10:00:00Z", "A man who had been fired from an office in Harlow killed a woman and wounded two people on Monday, police said. In early March, a gunman shot and wounded three people at a depot near Tessen.") },
  ]);
  assert.deepEqual(injured(d), [], JSON.stringify(d.contradictions));
});

test("tolls: two events of a storyline that recall one dispute tell it once", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-09-04T09:00:00Z", "Two people were killed and seven injured when the Harl footbridge collapsed on Thursday evening."), event: "collapse" },
    { a: newsArticle("b", "Evening Star", "2026-09-04T10:00:00Z", "The Harl footbridge fell into the river on Thursday. Eight people were hurt, two of them seriously."), event: "collapse" },
    { a: newsArticle("c", "Nordwire", "2026-10-05T09:00:00Z", "The inquiry into the Harl footbridge reported on Monday. Two people died and seven were injured when it fell."), event: "inquiry" },
    { a: newsArticle("d", "Evening Star", "2026-10-05T10:00:00Z", "The Harl inquiry blamed rusted cables. Eight other people were hurt in the collapse."), event: "inquiry" },
  ]);
  assert.equal(injured(d).length, 1, JSON.stringify(d.contradictions));
});

test("tolls: a count with no noun is of the injured only when the word of injury follows its auxiliary (`eleven were taken to hospital` is no toll)", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-02-10T09:00:00Z", "The roof of the Harl market hall fell in on Monday morning and two were hurt, the fire service said. Eleven were taken to hospital as a precaution.") },
    { a: newsArticle("b", "Evening Star", "2026-02-10T10:00:00Z", "Three people were injured when the roof of the Harl market hall fell in on Monday.") },
  ]);
  const x = injured(d);
  assert.equal(x.length, 1, JSON.stringify(d.contradictions));
  assert.deepEqual(sidesOf(x[0]!), ["2 injured:a", "3 injured:b"]);
});
