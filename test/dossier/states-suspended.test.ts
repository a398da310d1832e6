// `remains suspended` and `has been dismissed` are states of one person that exclude each other; a
// verb with `to` after it (`were found to have taken part`) is another predicate than the verb alone
// (`It found serious misconduct`), so no negation dispute sets them apart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

test("states: `remains suspended` against `has been dismissed` of the same person", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-10-22T09:00:00Z", "Professor Ilse Brandvold remains suspended on full pay and will face a disciplinary hearing next month, the university said.") },
    { a: newsArticle("b", "Evening Star", "2026-10-22T10:00:00Z", "An inquiry found that Professor Ilse Brandvold faked data in 12 papers, the university said on Thursday, adding that she has been dismissed.") },
  ]);
  const x = d.contradictions.find((c) => c.kind === "status");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => [s.label, s.citations.map((c) => c.article).join(",")]), [["suspended", "a"], ["dismissed", "b"]]);
});

test("states: a suspension told as past (`after X was suspended`) is no side against a dismissal", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-10-22T09:00:00Z", "The acting head, who took over after Professor Ilse Brandvold was suspended on full pay, spoke to staff on Thursday.") },
    { a: newsArticle("b", "Evening Star", "2026-10-22T10:00:00Z", "An inquiry found that Professor Ilse Brandvold faked data in 12 papers, the university said on Thursday, adding that she has been dismissed.") },
  ]);
  assert.equal(d.contradictions.filter((c) => c.about === "suspended or dismissed").length, 0);
});

test("negation: `were found to have taken part` is not denied by `It found serious misconduct`", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-10-22T09:00:00Z", "The inquiry into the Tellby laboratory reported on Thursday. No other researchers were found to have taken part in the misconduct, the university said.") },
    { a: newsArticle("b", "Evening Star", "2026-10-22T10:00:00Z", "The inquiry into the Tellby laboratory reported on Thursday. It found serious misconduct in the laboratory, the university said.") },
  ]);
  assert.deepEqual(d.contradictions.filter((c) => c.kind === "negation").map((c) => c.about), []);
});

test("states: each side cites the whole sentence its state is told in, not the clause cut at `and`", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-10-22T09:00:00Z", "Professor Ilse Brandvold remains suspended on full pay and will face a disciplinary hearing next month, the university said.") },
    { a: newsArticle("b", "Evening Star", "2026-10-22T10:00:00Z", "An inquiry found that Professor Ilse Brandvold faked data in 12 papers, the university said on Thursday, adding that she has been dismissed.") },
  ]);
  const x = d.contradictions.find((c) => c.kind === "status");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.match(x.sides[0]!.citations[0]!.text, /remains suspended on full pay and will face a disciplinary hearing next month/);
  // The cited span is the article's text at its offsets.
  for (const s of x.sides) for (const c of s.citations) assert.ok(c.end > c.start && c.text.length === c.end - c.start);
});
