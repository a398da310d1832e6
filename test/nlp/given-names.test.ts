// Given names as a gender prior: `she` passes over a man named nearer to reach the woman before
// him, and `Ms X` names the one of two people sharing a surname who is a woman; what the text itself
// shows of a person (`Mr`, `X said he`) overrides the prior, and a pronoun no one's prior fits
// still goes to the nearest person the text allows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./helpers.js";
import { givenNameGender } from "../../src/nlp/entities/given-names.js";

const speakerOf = (text: string, needle: string): string | undefined => run(text, { language: "en" }).quotes.find((q) => q.text.includes(needle))?.speaker?.name;

test("given names: the lists agree on common names and leave contested or one-list names alone", () => {
  assert.equal(givenNameGender("rosalind"), "f");
  assert.equal(givenNameGender("julian"), "m");
  // Used for both (Andrea is a woman's name in English, a man's in Italian), or held by one list only.
  assert.equal(givenNameGender("andrea"), null);
  assert.equal(givenNameGender("bertrand"), null);
  assert.equal(givenNameGender("x"), null);
});

test("given names: `she` is the woman named before the man her sentence follows", () => {
  const text =
    "Edith Corran resigned as health minister on Monday after reports that a firm linked to her family won a hospital contract. " +
    "Tobias Corran, her brother-in-law, owns a stake in the firm. " +
    '"I have done nothing wrong," she wrote in her resignation letter.';
  assert.equal(speakerOf(text, "done nothing"), "Edith Corran");
});

test("given names: `Ms X` is the woman of two people sharing the surname, `Mr X` the man", () => {
  const text =
    "Edith Corran resigned as health minister on Monday. Tobias Corran owns a stake in the firm that won the contract. " +
    'Ms Corran declared the shareholding in January. "I took no part in the decision," Ms Corran said. ' +
    '"I have not spoken to my sister-in-law about it," Mr Corran said.';
  assert.equal(speakerOf(text, "took no part"), "Edith Corran");
  assert.equal(speakerOf(text, "not spoken"), "Tobias Corran");
});

test("given names: a pronoun that fits no one's prior goes to the nearest person the text allows", () => {
  // The lists give `Kim` (and `Maria`) as a woman's name; the text says `he` of this Kim Aldous.
  const text = 'Kim Aldous, the harbour master, said he would reopen the quay. Maria Fenn, the mayor, met the fishermen. "The quay will be open by Friday," he said.';
  assert.equal(givenNameGender("kim"), "f");
  assert.equal(speakerOf(text, "open by Friday"), "Kim Aldous");
});
