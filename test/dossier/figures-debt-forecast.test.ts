// Two amounts that are not the same quantity: a company's value with its debts and the value of its
// shares; and a forecast figure (`gusts of up to 120 km/h forecast`) is no report of what happened.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

type Dossier = ReturnType<typeof analysedDossier>;
const numbers = (d: Dossier) => d.contradictions.filter((x) => x.kind === "number");

test("figures: a value including debt is no rival of the value of the shares, but of another value including debt", () => {
  const apart = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-02T07:00:00Z", "Harwick Foods is to be bought by the grocer Tallon in a deal worth about 1.9 billion crowns including debt, the two companies said on Monday.") },
    { a: newsArticle("b", "Marketline", "2026-11-02T09:00:00Z", "The grocer Tallon has agreed to buy Harwick Foods in an all-cash deal valuing the company at 1.6 billion crowns.") },
  ]);
  assert.deepEqual(numbers(apart), [], JSON.stringify(apart.contradictions));
  const rivals = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-02T07:00:00Z", "Harwick Foods is to be bought by the grocer Tallon in a deal worth about 1.9 billion crowns including debt, the two companies said on Monday.") },
    { a: newsArticle("b", "Marketline", "2026-11-02T09:00:00Z", "The grocer Tallon has agreed to buy Harwick Foods in a deal worth 2.4 billion crowns once the company's debts are counted.") },
  ]);
  assert.equal(numbers(rivals).length, 1, JSON.stringify(rivals.contradictions));
});

test("figures: a forecast speed written with its unit (`up to 120 km/h forecast`) is no side against the speed recorded", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-14T07:00:00Z", "The weather service issued an amber warning for wind on Friday evening, with gusts of up to 120 km/h forecast along the coast.") },
    { a: newsArticle("b", "Harl Gazette", "2026-11-15T18:00:00Z", "The weather service said a gust of 137 km/h was recorded along the coast on Saturday afternoon, the strongest of the storm.") },
  ]);
  assert.deepEqual(numbers(d), [], JSON.stringify(d.contradictions));
});
