// Figure claims: an exact count two outlets give in passing, in sentences that say different
// things, is corroborated by them; the claim cites the words that tell the figure.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

type Dossier = ReturnType<typeof analysedDossier>;
/** Claims whose wordings are all short spans with a figure: the fact claims. */
const figureClaims = (d: Dossier) =>
  d.claims.filter((c) => c.keys.length === 2 && c.keys[0]!.startsWith("n:") && c.support.every((s) => s.text.length < 50)).map((c) => `${c.status}:${c.support.map((s) => `${s.article}=${s.text}`).join("|")}`);

test("figure claims: one count of people worded `people` and `staff` by two outlets is corroborated", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-03T07:00:00Z", "Brantmoor Foods, which employs about 3,200 people across the region, said the takeover would be completed by March. Its shares rose on Monday.") },
    { a: newsArticle("b", "Harl Gazette", "2026-05-03T09:00:00Z", "The buyer has promised that all 3,200 staff will keep their jobs for two years, a union official said. The union called it a fair deal.") },
    { a: newsArticle("c", "Daily Lantern", "2026-05-03T11:00:00Z", "Brantmoor's founder said he was sad to sell the family firm. He will stay on the board.") },
  ]);
  assert.deepEqual(figureClaims(d), ["corroborated:a=which employs about 3,200 people|b=promised that all 3,200 staff"]);
});

test("figure claims: one figure of two kinds of unit, a year, or a figure only one outlet gives corroborate nothing", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-03T07:00:00Z", "The plant near Tessel, opened in 1987, processes 3,200 tonnes of grain a week. It will close in June.") },
    { a: newsArticle("b", "Harl Gazette", "2026-05-03T09:00:00Z", "About 3,200 people signed a petition against the closure of the plant, which has stood since 1987. Its owner said the decision was final.") },
    { a: newsArticle("c", "Daily Lantern", "2026-05-03T11:00:00Z", "The owner, Brantmoor Foods, said 140 jobs would go when the Tessel plant closes. Workers were told on Friday.") },
  ]);
  assert.deepEqual(figureClaims(d), []);
});
