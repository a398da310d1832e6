// A quotation broken by its attribution (`"You were given a trust," she told him, "and you treated
// it as a till."`) is one utterance: its two halves together meet another outlet's printing of the
// whole, which neither half shares enough words with alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const WIRE = 'Former Tellby mayor Ivo Brand was found guilty of corruption on Tuesday. "Public office is a trust, not a till, and you treated it as a till," Judge Ada Morrow told Brand.';

test("quotes: the halves of a quotation broken by its attribution join the whole as one variant", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-12T09:00:00Z", WIRE) },
    { a: newsArticle("b", "Evening Star", "2026-05-12T10:00:00Z", 'Ivo Brand stood still as the verdict was read. Judge Ada Morrow did not spare him. "You were given a trust," she told him, "and you treated it as a till." Brand will appeal.') },
  ]);
  const g = d.quotes.groups.find((x) => x.variants.some((v) => v.article === "a"));
  assert.ok(g, JSON.stringify(d.quotes));
  const b = g.variants.find((v) => v.article === "b");
  assert.ok(b, JSON.stringify(g));
  // The variant cites both halves with their marks.
  assert.equal(b.text, '"You were given a trust," she told him, "and you treated it as a till."');
});

test("quotes: two quotations of one speaker in two sentences stay two utterances", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-12T09:00:00Z", WIRE) },
    { a: newsArticle("b", "Evening Star", "2026-05-12T10:00:00Z", 'Ivo Brand stood still as the verdict was read. "You were given a trust," Judge Ada Morrow told him. "The jury has spoken," she said.') },
  ]);
  assert.ok(!d.quotes.groups.some((g) => g.variants.some((v) => v.article === "b" && /jury/.test(v.text))), JSON.stringify(d.quotes));
});
