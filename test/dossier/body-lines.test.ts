// Which lines of a body a dossier reads as statements: an outlet's notice about itself and a
// caption are not; a scoop credited to the outlet, a quote given to it, and a one-line paragraph
// told in a past that reads like a present are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const claimTexts = (text: string) =>
  analysedDossier([{ a: newsArticle("a", "Tellby Courier", "2026-06-02T09:00:00Z", text) }])
    .claims.flatMap((c) => c.support.map((s) => s.text));

test("body lines: an outlet's notice about itself is no statement, its scoop and a quote it was given are", () => {
  const texts = claimTexts(
    "Ivo Brand joined Tellby City on Wednesday from Arnholm Rovers.\n" +
      "He will earn 58,000 marks a week, Tellby Courier understands.\n" +
      'His former coach Ada Morrow told Tellby Courier: "He was the best player I ever had."\n' +
      "Get the Tellby Courier app for breaking news.",
  );
  assert.ok(texts.some((t) => t.startsWith("He will earn 58,000 marks a week")), JSON.stringify(texts));
  assert.ok(texts.some((t) => t.includes("best player I ever had")), JSON.stringify(texts));
  assert.ok(!texts.some((t) => t.includes("Courier app")), JSON.stringify(texts));
});

test("body lines: a present-tense caption is no statement", () => {
  const texts = claimTexts("Ivo Brand joined Tellby City on Wednesday from Arnholm Rovers for 18 million marks.\nBrand arrives at the training ground in Tellby.");
  assert.ok(!texts.some((t) => t.startsWith("Brand arrives")), JSON.stringify(texts));
});
