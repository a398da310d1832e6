import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { splitSentences, sentenceAt } from "../../src/nlp/sentences.js";
import { tokenizeText } from "../../src/nlp/tokens.js";

function split(text: string): string[] {
  return splitSentences(text, tokenizeText(text)).map((s) => text.slice(s.start, s.end));
}

test("titles, initials and dotted acronyms do not end sentences", () => {
  const text = "Mr. Hollis met Dr. Vane and Gen. Oduya in St. Ferrin. J. R. Tolland, a U.S. envoy, joined them.";
  assert.deepEqual(split(text), ["Mr. Hollis met Dr. Vane and Gen. Oduya in St. Ferrin.", "J. R. Tolland, a U.S. envoy, joined them."]);
});

test("ambiguous abbreviations end a sentence only before a typical opener", () => {
  assert.deepEqual(split("The firm moved to the U.S. The board agreed."), ["The firm moved to the U.S.", "The board agreed."]);
  assert.deepEqual(split("He works for Brantley Inc. in Ostend."), ["He works for Brantley Inc. in Ostend."]);
  assert.deepEqual(split("They met at 9 a.m. The talks lasted an hour."), ["They met at 9 a.m.", "The talks lasted an hour."]);
  assert.deepEqual(split("It was signed on Aug. 16 by Sen. Marlow."), ["It was signed on Aug. 16 by Sen. Marlow."]);
  assert.deepEqual(split("See No. 4 on the list."), ["See No. 4 on the list."]);
});

test("decimals, ellipses and lower-case continuations", () => {
  assert.deepEqual(split("Growth was 3.5 percent. Prices rose 1,200.75 points."), ["Growth was 3.5 percent.", "Prices rose 1,200.75 points."]);
  assert.deepEqual(split("He paused... Then he left."), ["He paused...", "Then he left."]);
  assert.deepEqual(split("He paused… and then left."), ["He paused… and then left."]);
  assert.deepEqual(split("Tools, e.g. hammers, are sold."), ["Tools, e.g. hammers, are sold."]);
});

test("a closing quote after the period belongs to the sentence; quotes may span sentences", () => {
  const text = "“We will stay. We are not afraid.” Tolland said this on Monday. \"Go!\" he shouted.";
  assert.deepEqual(split(text), ["“We will stay.", "We are not afraid.”", "Tolland said this on Monday.", "\"Go!\" he shouted."]);
});

test("every newline ends a sentence and paragraphs are counted", () => {
  const text = "First line without a stop\nSecond line. Third sentence.\n\nLast";
  const toks = tokenizeText(text);
  const s = splitSentences(text, toks);
  assert.deepEqual(s.map((x) => [text.slice(x.start, x.end), x.paragraph]), [
    ["First line without a stop", 0],
    ["Second line.", 1],
    ["Third sentence.", 1],
    ["Last", 3],
  ]);
  assert.equal(sentenceAt(s, text.indexOf("Third")), 2);
  assert.equal(sentenceAt(s, text.indexOf("\n")), -1);
});

test("glued words from scraping split without changing the text", () => {
  assert.deepEqual(split("They will draw conclusionsTolland said."), ["They will draw conclusions", "Tolland said."]);
  assert.deepEqual(split("They will draw conclusions.Tolland said."), ["They will draw conclusions.", "Tolland said."]);
  assert.deepEqual(split("“We are ready.”Tolland said."), ["“We are ready.”", "Tolland said."]);
  // A lost space after a function word is not a sentence end; brand names stay whole.
  assert.deepEqual(split("He met withTolland on his iPhone at McDonald's."), ["He met withTolland on his iPhone at McDonald's."]);
  const toks = tokenizeText("draw conclusionsTolland said");
  assert.deepEqual(toks.map((t) => t.norm), ["draw", "conclusions", "tolland", "said"]);
});

test("sentence token ranges cover exactly the tokens inside each sentence", () => {
  const text = "Mr. Hollis left. She stayed.\nThen conclusionsTolland spoke.";
  const toks = tokenizeText(text);
  const sents = splitSentences(text, toks);
  for (const s of sents) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = toks[i]!;
      assert.ok(t.start >= s.start && t.end <= s.end, `token ${i} inside sentence`);
    }
  }
  assert.equal(sents.at(-1)!.tokenEnd, toks.length);
  assert.equal(text.slice(toks[sents[3]!.tokenStart]!.start, toks[sents[3]!.tokenStart]!.end), "Tolland");
});

test("sentences are ordered, disjoint, trimmed and point at real text (property)", () => {
  const alphabet = fc.constantFrom(..."ab Ab. Mr. U.S. 3.5 ! ? … \" ” “ \n x yZ conclusionsTolland ".split(""), "Mr. ", "U.S. ", "\n", ". ", ".”", "conclusionsZed");
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 80 }), (parts) => {
      const text = parts.join("");
      const toks = tokenizeText(text);
      const sents = splitSentences(text, toks);
      let prev = 0;
      let tokPrev = 0;
      for (const s of sents) {
        assert.ok(s.start >= prev && s.start < s.end && s.end <= text.length);
        assert.equal(text.slice(s.start, s.end), text.slice(s.start, s.end).trim());
        assert.ok(!text.slice(s.start, s.end).includes("\n"));
        assert.ok(s.tokenStart >= tokPrev && s.tokenEnd >= s.tokenStart);
        prev = s.end;
        tokPrev = s.tokenEnd;
      }
      // Every non-space character belongs to a sentence.
      for (let i = 0; i < text.length; i++) if (text[i]!.trim() !== "") assert.ok(sentenceAt(sents, i) >= 0, `char ${i} in a sentence`);
    }),
  );
});
