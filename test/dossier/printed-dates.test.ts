// Scraped texts carry no declared date, only the one printed above the body (`Published 12 May
// 2026`, removed by extraction). The dossier orders coverage by it and names who reported first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";
import type { Article } from "../../src/core/types.js";

const scraped = (id: string, outlet: string, printed: string, text: string): Article => ({ ...newsArticle(id, outlet, "", text), published: null, removed: [{ text: printed, reason: "date" }] });

test("printed dates: an undated scrape's printed day orders coverage and names the first report", () => {
  const later = scraped("b", "Evening Star", "Published Thursday 14 May 2026", "The Eastgate library closed its doors on Wednesday after the council vote, ending 90 years of lending.");
  const first = scraped("a", "Tellby Advertiser", "Published 12 May 2026", "Tellby council voted on Tuesday to close the Eastgate library, the third branch to shut in two years.");
  // Input order puts the later report first; the printed days put it second.
  const d = analysedDossier([{ a: later }, { a: first }]);
  assert.deepEqual(
    d.coverage.articles.map((a) => [a.id, a.published]),
    [
      ["a", "2026-05-12"],
      ["b", "2026-05-14"],
    ],
  );
  assert.equal(d.coverage.first?.article, "a");
  assert.equal(d.coverage.first?.published, "2026-05-12");
});

test("printed dates: a declared date wins, and an article with neither stays undated", () => {
  const declared = { ...scraped("a", "Tellby Advertiser", "Published 12 May 2026", "Tellby council voted on Tuesday to close the Eastgate library."), published: "2026-05-13T08:00:00Z" };
  const bare = { ...newsArticle("b", "Evening Star", "", "The Eastgate library closed its doors after the council vote."), published: null };
  const d = analysedDossier([{ a: declared }, { a: bare }]);
  assert.deepEqual(
    d.coverage.articles.map((a) => [a.id, a.published]),
    [
      ["a", "2026-05-13T08:00:00Z"],
      ["b", null],
    ],
  );
});
