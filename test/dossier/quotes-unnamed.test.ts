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

test("quotes: a quotation broken by `she said.` is one utterance where another outlet prints both parts as one quote", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-04-02T07:00:00Z", "A painting was stolen from the Senn Gallery in Harl on Friday. \"We are shocked and deeply saddened. Brask painted this view from her own kitchen, and it belongs in Harl,\" gallery director Ona Vell said.") },
    { a: newsArticle("b", "Radio Harl", "2026-04-02T08:00:00Z", "Thieves took a painting from the Senn Gallery on Friday afternoon. \"We are shocked and deeply saddened,\" gallery director Ona Vell said. \"Brask painted this view from her own kitchen and it belongs in Harl.\"") },
    { a: newsArticle("c", "Evening Star", "2026-04-02T09:00:00Z", "The Senn Gallery in Harl lost its best-known painting to thieves on Friday. \"We are shocked and deeply saddened,\" said gallery director Ona Vell.") },
  ]);
  const g = d.quotes.groups.find((x) => x.variants.some((v) => v.article === "c"));
  assert.ok(g, JSON.stringify(d.quotes));
  assert.deepEqual(g.variants.map((v) => v.article).sort(), ["a", "b", "c"], JSON.stringify(d.quotes));
});

test("quotes: the two parts of a quotation broken by `she said.` stay apart when no outlet prints them as one", () => {
  const d = analysedDossier([
    { a: newsArticle("b", "Radio Harl", "2026-04-02T08:00:00Z", "Thieves took a painting from the Senn Gallery on Friday afternoon. \"We are shocked and deeply saddened,\" gallery director Ona Vell said. \"Brask painted this view from her own kitchen and it belongs in Harl.\"") },
    { a: newsArticle("c", "Evening Star", "2026-04-02T09:00:00Z", "The Senn Gallery in Harl lost its best-known painting to thieves on Friday. \"We are shocked and deeply saddened,\" said gallery director Ona Vell.") },
  ]);
  const g = d.quotes.groups.find((x) => x.variants.some((v) => v.article === "c"));
  assert.ok(g, JSON.stringify(d.quotes));
  const fromB = g.variants.find((v) => v.article === "b")!;
  assert.ok(!fromB.text.includes("Brask painted"), JSON.stringify(fromB));
});
