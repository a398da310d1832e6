// A count whose noun a name qualifies (`four Quellmark diplomats`) counts the noun, and the name
// tells whose: `four Varnholt diplomats` are other people. The month `May` beside its day (`on
// Tuesday, May 5, ordered four ...`) is no hedge and no figure of a line of statistics.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";
import { analyze } from "../../src/nlp/index.js";
import { articleFeatures } from "../../src/dossier/features.js";

const numbers = (d: ReturnType<typeof analysedDossier>) => d.contradictions.filter((x) => x.kind === "number");
const sidesOf = (d: ReturnType<typeof analysedDossier>) => numbers(d).map((x) => x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).sort().join(",")}`).sort());

test("qualified figures: `four Quellmark diplomats` and `FIVE Quellmark diplomats` dispute one count, told on May 5", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-05T09:00:00Z", "BRENNICK (NW) - Tarvia on Tuesday, May 5, ordered four Quellmark diplomats to leave the country within 72 hours, two days after an official was arrested.") },
    { a: newsArticle("b", "Daily Clarion", "2026-05-06T07:00:00Z", "FOREIGN Minister Ilse Korva yesterday kicked FIVE Quellmark diplomats out of the country over the spy scandal.") },
  ]);
  assert.deepEqual(sidesOf(d), [["4 Quellmark diplomats:a", "5 Quellmark diplomats:b"]], JSON.stringify(d.contradictions));
});

test("qualified figures: diplomats of another country take no side", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-05T09:00:00Z", "BRENNICK (NW) - Tarvia on Tuesday, May 5, ordered four Quellmark diplomats to leave the country within 72 hours, two days after an official was arrested.") },
    { a: newsArticle("b", "Daily Clarion", "2026-05-06T07:00:00Z", "FOREIGN Minister Ilse Korva yesterday kicked FIVE Quellmark diplomats out of the country over the spy scandal.") },
    { a: newsArticle("c", "Harwick Post", "2026-05-08T09:00:00Z", "Quellmark expelled four Tarvia diplomats on Friday, answering the expulsion of its own embassy staff three days earlier."), event: "answer" },
  ]);
  assert.deepEqual(sidesOf(d), [["4 Quellmark diplomats:a", "5 Quellmark diplomats:b"]], JSON.stringify(d.contradictions));
});

test("qualified figures: a translated count of the noun (`quattro diplomatici di Quellmark`) takes its value's side", () => {
  const it = { ...newsArticle("c", "La Gazzetta", "2026-05-05T11:00:00Z", "Il governo di Tarvia ha espulso martedì quattro diplomatici di Quellmark, concedendo loro tre giorni per lasciare il Paese."), language: "it" };
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-05T09:00:00Z", "BRENNICK (NW) - Tarvia on Tuesday, May 5, ordered four Quellmark diplomats to leave the country within 72 hours, two days after an official was arrested.") },
    { a: newsArticle("b", "Daily Clarion", "2026-05-06T07:00:00Z", "FOREIGN Minister Ilse Korva yesterday kicked FIVE Quellmark diplomats out of the country over the spy scandal.") },
    { a: it },
  ]);
  assert.deepEqual(sidesOf(d), [["4 Quellmark diplomats:a,c", "5 Quellmark diplomats:b"]], JSON.stringify(d.contradictions));
});

test("features: the month `May` beside its day hedges nothing; `may` the verb does", () => {
  const hedged = (text: string): boolean[] => {
    const a = newsArticle("x", "Nordwire", "2026-05-05T09:00:00Z", text);
    return articleFeatures(a, analyze(a)).clauses.map((c) => c.hedged);
  };
  assert.deepEqual(hedged("Tarvia on Tuesday, May 5, ordered four diplomats to leave the country."), [false]);
  assert.deepEqual(hedged("The ministry said on 5 May it would expel four diplomats from the country."), [false]);
  assert.deepEqual(hedged("The ministry may expel four more diplomats from the country next week."), [true]);
});
