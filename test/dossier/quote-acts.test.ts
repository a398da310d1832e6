// Quote variants are utterances: a report whose cue only the fitted model knows (`voted to`, `signed`)
// states an act, and two outlets reporting the act form no quote group; reported speech still does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/nlp/index.js";
import { buildDossier, type DossierInput } from "../../src/dossier/index.js";
import type { Article } from "../../src/core/types.js";

function input(id: string, outlet: string, text: string): DossierInput {
  const article: Article = { id, path: id, url: null, outlet, title: null, byline: null, published: null, dateline: null, language: "en", text, removed: [] };
  return { article, analysis: analyze(article), assignment: { id, event: "e", story: "s", duplicate_of: null } };
}

test("quotes: two reports of an act (`voted to accept`) are no quote variants; two of a statement are", () => {
  const a = input("a", "Harbor Post", "Dockers in Varnholm voted on Wednesday to accept a 6% pay rise over two years and voluntary night shifts.");
  const b = input("b", "Valley Times", "The Varnholm dockers voted on Wednesday to accept the 6% pay rise over two years and voluntary night shifts.");
  const acts = buildDossier("s", null, [a, b]);
  assert.deepEqual(acts.quotes.groups, [], JSON.stringify(acts.quotes.groups));
  const c = input("c", "Harbor Post", "Union leader Mara Quell said that the dockers would accept a 6% pay rise over two years and voluntary night shifts.");
  const d = input("d", "Valley Times", "Mara Quell said the dockers would accept the 6% pay rise over two years and voluntary night shifts.");
  const said = buildDossier("s", null, [c, d]);
  assert.equal(said.quotes.groups.length, 1, JSON.stringify(said.quotes.single.map((q) => q.text)));
});
