// Statements that read as opposed to a naive eye and are not (from the blind consistent set
// examples/dev/calm): a denial told with `rules out`, and a quote that says a word both ways.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";
import { buildDossiers } from "../../src/dossier/index.js";
import { processBatch } from "../../src/pipeline/batch.js";
import { isArticle, readArticles } from "../../src/pipeline/read.js";
import type { Article } from "../../src/core/types.js";

test("negation: `rules out compulsory redundancies` denies them as `no compulsory redundancies` does", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-12T09:00:00Z", "Unions and the carmaker Velta signed a deal on Tuesday. There will be no compulsory redundancies at the Rusk plant before June 2027, the company said.") },
    { a: newsArticle("b", "Evening Star", "2026-05-12T11:00:00Z", "Velta and the unions signed an agreement on Tuesday. The agreement rules out compulsory redundancies at the Rusk plant before June 2027.") },
  ]);
  assert.deepEqual(d.contradictions.filter((x) => x.kind === "negation").map((x) => x.about), []);
});

test("negation: outlets that print one quote saying a word both ways dispute nothing, whoever shortens it", () => {
  const quote = '"I\'m not thinking about my future tonight. I\'m thinking about these players."';
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-10T21:00:00Z", `Tessaly won the cup final 3-1 on Saturday. Their coach, Jorin Matthes, said: ${quote}`) },
    { a: newsArticle("b", "Evening Star", "2026-05-10T22:00:00Z", `Tessaly lifted the cup on Saturday. Coach Jorin Matthes, asked about his future after the match, said: ${quote}`) },
    { a: newsArticle("c", "Morning Herald", "2026-05-11T06:00:00Z", `Tessaly beat Calder Bay 3-1 in the cup final on Saturday. ${quote.replace(/\."$/, ',"')} he said.`) },
    { a: newsArticle("d", "Daily Clarion", "2026-05-11T07:00:00Z", "Tessaly beat Calder Bay 3-1 in the cup final on Saturday. After the game Matthes insisted he wasn't thinking about his future.") },
    { a: newsArticle("e", "Harbour Gazette", "2026-05-11T08:00:00Z", "Tessaly won the cup on Saturday. Speaking after the final, Matthes said he was \"not thinking about my future\".") },
  ]);
  assert.deepEqual(d.contradictions.filter((x) => x.kind === "negation").map((x) => x.about), []);
});

test("the blind consistent set examples/dev/calm: no false contradiction of these kinds, and no more false ones than measured", async () => {
  const articles: Article[] = [];
  for await (const r of readArticles([join(import.meta.dirname, "..", "..", "examples", "dev", "calm", "articles.jsonl")])) if (isArticle(r)) articles.push(r);
  const { articles: read, analyses, assignments } = processBatch(articles, "cluster");
  const dossiers = buildDossiers(read.map((article, i) => ({ article, analysis: analyses[i]!, assignment: assignments[i]! })));
  const found = dossiers.flatMap((d) => d.contradictions.map((x) => `${x.kind}: ${x.about}`));
  // Every outlet of the set agrees: each of these is a false alarm (11 when the set was written).
  assert.ok(!found.includes("negation: compulsory"), "`rules out` is a denial");
  assert.ok(!found.includes("negation: thinking"), "a quote saying a word both ways");
  assert.ok(found.length <= 8, found.join("; "));
});

test("status: `a third man is still on the run` is no side against the two men arrested", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-14T09:00:00Z", "Police in Dorsk arrested two men on Tuesday over the robbery of a cash van. A 34-year-old man was detained at a flat in the Harl district and a 41-year-old at a house in Pellin.") },
    { a: newsArticle("b", "Evening Star", "2026-05-14T11:00:00Z", "Two men have been arrested over the Dorsk cash van robbery, police said on Tuesday. And a third man is still on the run.") },
  ]);
  assert.deepEqual(d.contradictions.filter((x) => x.kind === "status").map((x) => x.about), []);
});
