// A reworded quote shares too few words with its other printing to be matched on its own; printed
// right after two variants of one utterance, by the same speaker, it is that speaker's next
// utterance. Not when another speaker says it, when other words stand between, or when nothing is shared.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier } from "../../src/dossier/index.js";
import { makeInput } from "../fixtures/dossier/story.js";

const FIRST_A = "The engineers warned the council about cracks in the old viaduct two winters ago";
const FIRST_B = "Engineers had warned the council about the cracks in the viaduct two winters before";
const NEXT_A = "Our task today is to learn why the warnings were shelved";
const NEXT_B = "What we must find out today is why no repair was ordered";

function story(opts: { speakerB?: string; between?: string; nextB?: string } = {}) {
  const person = (name: string) => ({ name, type: "person" as const, forms: [name] });
  const speakerB = opts.speakerB ?? "Mara Quill";
  const nextB = opts.nextB ?? NEXT_B;
  const textA = `The inquiry opened on Monday. "${FIRST_A}," said Mara Quill. "${NEXT_A}."`;
  const textB = `Hearings began at the town hall. "${FIRST_B}," Mara Quill told reporters.${opts.between ? ` "${opts.between}," said Mara Quill.` : ""} "${nextB}," ${speakerB} said.`;
  const a = makeInput({
    id: "a",
    outlet: "Harbor Post",
    published: null,
    text: textA,
    entities: [person("Mara Quill")],
    quotes: [
      { words: FIRST_A, speaker: "Mara Quill" },
      { words: NEXT_A, speaker: "Mara Quill" },
    ],
  });
  const b = makeInput({
    id: "b",
    outlet: "Evening Star",
    published: null,
    text: textB,
    entities: [...new Set(["Mara Quill", speakerB])].map(person),
    quotes: [
      { words: FIRST_B, speaker: "Mara Quill" },
      ...(opts.between ? [{ words: opts.between, speaker: "Mara Quill" }] : []),
      { words: nextB, speaker: speakerB },
    ],
  });
  return buildDossier("viaduct", null, [a, b]).quotes.groups.map((g) => g.variants.map((v) => v.text).sort());
}

const joined = (groups: string[][]): boolean => groups.some((g) => g.some((t) => t.includes("warnings were shelved")) && g.some((t) => t.includes("no repair was ordered")));

test("quote neighbours: the quotes after two variants of one utterance are one utterance", () => {
  const groups = story();
  assert.ok(groups.some((g) => g.some((t) => t.includes("old viaduct"))), "the first utterance is grouped");
  assert.ok(joined(groups));
});

test("quote neighbours: not when another speaker says the next words", () => {
  assert.ok(!joined(story({ speakerB: "Tomas Brell" })));
});

test("quote neighbours: not when another quote stands between", () => {
  assert.ok(!joined(story({ between: "We have asked the rail company for every inspection report since the spring" })));
});

test("quote neighbours: not when the next quotes share no word", () => {
  assert.ok(!joined(story({ nextB: "Nobody will leave this room before answers are given" })));
});
