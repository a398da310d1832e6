// Quote keys and variant citations: a count written in words is one figure, and a mixed quote's
// variant cites the words the outlet put in quotation marks.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../../src/core/tokenize.js";
import { numberWordRuns } from "../../src/dossier/quote-keys.js";
import { quotedPart } from "../../src/dossier/quotes.js";
import { englishNumberWord, translateWord } from "../../src/dossier/lexicon.js";

function figures(text: string, language = "en"): (number | null)[] {
  const tokens = tokenize(text);
  const numberOf = (t: { norm: string }): number | null => {
    const k = language === "en" ? englishNumberWord(t.norm) : translateWord(language, t.norm);
    return k?.startsWith("n:") ? Number(k.slice(2)) : null;
  };
  return [...numberWordRuns(tokens, numberOf).values()].map((r) => r.value);
}

test("quote keys: written counts are read as one figure", () => {
  assert.deepEqual(figures("after a hundred and fifty years"), [150]);
  assert.deepEqual(figures("two hundred homes"), [200]);
  assert.deepEqual(figures("cent cinquante maisons", "fr"), [150]);
  assert.deepEqual(figures("trois cents maisons", "fr"), [300]);
  // A vague amount states no figure; two counts joined by `and` stay two.
  assert.deepEqual(figures("they take a few hundred sheep"), [null]);
  assert.deepEqual(figures("between two and three hours"), []);
  assert.deepEqual(figures("three people"), []);
});

test("quote variants: a mixed quote cites its words in quotation marks", () => {
  const text = "She said that her members would not return “for promises”, only for “a contract on the table”.";
  const start = text.indexOf("that her");
  const end = text.indexOf("”.") + 1;
  const p = quotedPart(text, start, end)!;
  assert.equal(text.slice(p.start, p.end), "“for promises”, only for “a contract on the table”");
  const t2 = "In her speech she said that the capital had ‘voted for change’ and that she didn't intend to wait.";
  const p2 = quotedPart(t2, t2.indexOf("that the"), t2.length - 1)!;
  assert.equal(t2.slice(p2.start, p2.end), "‘voted for change’");
  assert.equal(quotedPart("that the port's future was safe", 0, 31), null);
});

test("lexicon: a form under two English words gives both; an English near-synonym counts as its head", async () => {
  const { translateWords, englishSynonym } = await import("../../src/dossier/lexicon.js");
  const { wordKey } = await import("../../src/dossier/text.js");
  const fr = translateWords("fr", "responsables") ?? [];
  assert.ok(fr.includes("w:" + wordKey("official")) && fr.includes("w:" + wordKey("responsible")), JSON.stringify(fr));
  assert.equal(englishSynonym(wordKey("blaze")), "w:" + wordKey("fire"));
  // A word outside every row keeps its own key; so does a row's head.
  assert.equal(englishSynonym(wordKey("responsible")), null);
  assert.equal(englishSynonym(wordKey("fire")), null);
});
