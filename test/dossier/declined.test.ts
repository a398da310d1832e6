// "declined to comment", "refused to comment" and "would not comment" say one thing: no comment.
// Reading "declined to" as an affirmed act set it against the other two as a false contradiction.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const article = (id: string, outlet: string, text: string) => newsArticle(id, outlet, "2031-06-03T09:00:00Z", text);

const ARTICLES = [
  article("a", "Ostra Wire", "Inspectors closed the Brightwater cannery on Monday after a gas leak injured three workers. Halvard Foods, which owns the cannery, said it would not comment on an ongoing inquiry."),
  article("b", "Harbor Post", "A gas leak injured three workers at the Brightwater cannery, and inspectors shut it on Monday. Halvard Foods refused to comment."),
  article("c", "Valley Times", "Three workers were hurt in a gas leak at the Brightwater cannery on Monday, and inspectors closed the site. Halvard Foods declined to comment on the leak."),
];

test("'declined to comment' is no comment: no contradiction with 'would not comment' / 'refused to comment'", () => {
  const d = analysedDossier(ARTICLES.map((a) => ({ a })));
  const bad = d.contradictions.filter((x) => x.sides.some((s) => s.citations.some((c) => /comment/.test(c.text))));
  assert.deepEqual(bad.map((x) => x.about), []);
});
