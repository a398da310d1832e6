// A quote given to a group (`Cops said:`) in an article that never names the speaker joins the
// named speaker's printings of the same words when it prints them nearly as they are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

test("quotes: `Cops said:` with nearly the words of a named officer joins her group", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-04-02T07:00:00Z", "About 900 people were moved out of Tessel overnight after a leak was found in the Harl dam. \"We are not saying the dam will fail. We are saying we will not take that risk with people's lives,\" said Chief Inspector Mara Lind of Harl Police.") },
    { a: newsArticle("b", "Evening Star", "2026-04-02T08:00:00Z", "Tessel was emptied overnight because of a leak in the Harl dam. Chief Inspector Mara Lind said: \"We are not saying the dam will fail, but we will not take that risk with people's lives.\"") },
    { a: newsArticle("c", "Daily Lantern", "2026-04-02T09:00:00Z", "DAM TERROR: Families fled in their pyjamas as the Harl dam sprang a leak.\nCops said: \"We are not saying the dam will fail. We will not take that risk with people's lives.\"") },
  ]);
  const g = d.quotes.groups.find((x) => x.variants.some((v) => v.article === "a"));
  assert.ok(g, JSON.stringify(d.quotes));
  assert.deepEqual(g.variants.map((v) => v.article).sort(), ["a", "b", "c"], JSON.stringify(d.quotes));
});

test("quotes: a group's quote that shares only a few words with a named speaker's stays single", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-04-02T07:00:00Z", "About 900 people were moved out of Tessel overnight after a leak was found in the Harl dam. \"We are not saying the dam will fail. We are saying we will not take that risk with people's lives,\" said Chief Inspector Mara Lind of Harl Police.") },
    { a: newsArticle("c", "Daily Lantern", "2026-04-02T09:00:00Z", "DAM TERROR: Families fled in their pyjamas as the Harl dam sprang a leak.\nNeighbours said: \"We saw the water coming over the road and we knew the dam would not hold for long.\"") },
  ]);
  assert.ok(!d.quotes.groups.some((x) => x.variants.some((v) => v.article === "c")), JSON.stringify(d.quotes));
});
