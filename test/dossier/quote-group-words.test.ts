// A paraphrased quote takes different words from different printings of one utterance (`kept us
// apart for a century` / `divided us for a century`, `hold us together` / `bind us together`): too
// few with each to pair, enough with the group as a whole. Not for another speaker, and not when
// two groups of the speaker would take it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier } from "../../src/dossier/index.js";
import { makeInput } from "../fixtures/dossier/story.js";

const person = (name: string) => ({ name, type: "person" as const, forms: [name] });

function story(third: string, speaker = "Ada Linnet") {
  const say = (id: string, outlet: string, words: string, who: string) =>
    makeInput({ id, outlet, published: null, text: `The treaty on the Varn river was signed on Monday. "${words}," said ${who}.`, entities: [person(who)], quotes: [{ words, speaker: who }] });
  return buildDossier("treaty", null, [
    say("a", "One", "The river that has divided us for a hundred years will from today bind us together", "Ada Linnet"),
    say("b", "Two", "From today the river that divided us for a century will unite us", "Ada Linnet"),
    say("c", "Three", third, speaker),
  ]);
}

test("quotes: a paraphrase sharing different words with different printings joins their group", () => {
  const d = story("This river kept us apart for a century; it will hold us together");
  assert.equal(d.quotes.groups.length, 1, JSON.stringify(d.quotes));
  assert.deepEqual(d.quotes.groups[0]!.variants.map((v) => v.article).sort(), ["a", "b", "c"]);
});

test("quotes: not another speaker's words", () => {
  const d = story("This river kept us apart for a century; it will hold us together", "Oren Pask");
  assert.ok(d.quotes.groups.every((g) => g.variants.every((v) => v.article !== "c")));
});
