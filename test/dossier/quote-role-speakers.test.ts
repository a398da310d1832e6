// A speaker the quote layer leaves as a role (`his agent`, `His agent` opening a sentence) is the
// story's one holder of that role: its printings in several outlets are one quote-variant group.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

test("quote variants: one role's words in three outlets, with and without a capital, are one group", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", 'TV presenter Ivo Brand was arrested on Saturday after his car hit a cyclist in Tellby. His agent said: "Ivo is devastated that someone has been hurt. He is cooperating fully with the police."') },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", 'Police in Tellby arrested Ivo Brand after a crash on Saturday. In a statement, his agent said: "Ivo is devastated that someone has been hurt and is cooperating fully with the police."') },
    { a: newsArticle("c", "Daily Beacon", "2026-06-02T11:00:00Z", 'TELLY star Ivo Brand was CUFFED after a crash. His agent said: "Ivo is devastated that someone has been hurt."') },
  ]);
  const group = d.quotes.groups.find((g) => g.variants.some((v) => v.text.includes("devastated")));
  assert.ok(group, JSON.stringify(d.quotes));
  assert.deepEqual(group.variants.map((v) => v.article).sort(), ["a", "b", "c"]);
});
