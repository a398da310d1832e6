// A day told inside a relative clause or after a participle set off by a comma (`The blaze, which
// fire chiefs believe started on Friday night`, `Le feu, parti samedi après-midi`) dates the act of
// what stands before the comma: the blaze started, the fire left. Read without it, the act was
// `believe started` and `parti`, and the dispute over the day the fire began went unseen or
// without its translated outlet. `wildfire`, `fire` and `blaze` are one thing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const dates = (d: ReturnType<typeof analysedDossier>) => d.contradictions.filter((x) => x.kind === "date");

test("days: the subject before a relative clause and a translated participle take part in the day's act", () => {
  const fr = { ...newsArticle("c", "La Gazette", "2026-06-21T11:00:00Z", "Le feu, parti samedi après-midi, a déjà parcouru plus de 1 000 hectares."), language: "fr" };
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-21T09:00:00Z", "A wildfire that broke out on Saturday afternoon on Tarrow Moor had burned about 900 hectares of heath by Sunday, the fire service said.") },
    { a: newsArticle("b", "Daily Clarion", "2026-06-21T10:00:00Z", "Families fled as flames swept across the moor. The blaze, which fire chiefs believe started on Friday night, was whipped up by gusting winds.") },
    { a: fr },
  ]);
  const x = dates(d);
  assert.equal(x.length, 1, JSON.stringify(d.contradictions));
  const sides = x[0]!.sides.map((s) => `${s.label}:${[...new Set(s.citations.map((c) => c.article))].sort().join(",")}`).sort();
  assert.deepEqual(sides, ["Friday:b", "Saturday:a,c"]);
});
