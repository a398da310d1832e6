// Cutting a span's tokens from the whole text's tokenisation, instead of tokenising it again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../../src/core/tokenize.js";
import { spanTokens } from "../../src/dossier/text.js";

const text = "The ferry, carrying 41 passengers, ran aground off Cape Lorn; no one was hurt, the coastguard said.";
const all = tokenize(text);

test("spanTokens: a span whose ends fall between tokens gives what tokenising it again gives", () => {
  for (const [start, end] of [
    [0, text.length],
    [0, 9],
    [11, 33],
    [text.indexOf("no one"), text.length],
    [text.indexOf(";"), text.indexOf(";") + 1],
  ] as const) {
    assert.deepEqual(spanTokens(text, all, start, end), tokenize(text, start, end), `span ${start}-${end}`);
  }
});

test("spanTokens: a span that cuts a token is tokenised on its own, as tokenize cuts it", () => {
  const start = text.indexOf("ferry") + 2;
  const end = text.indexOf("passengers") + 4;
  const got = spanTokens(text, all, start, end);
  assert.deepEqual(got, tokenize(text, start, end));
  assert.equal(got[0]!.norm, "rry");
  assert.equal(got.at(-1)!.norm, "pass");
});

test("spanTokens: an empty span or one past the text gives no tokens", () => {
  assert.deepEqual(spanTokens(text, all, 5, 5), []);
  assert.deepEqual(spanTokens(text, all, text.length, text.length + 10), []);
});
