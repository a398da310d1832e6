// A speech verb right after a quote's closing mark with the speaker after it (`“…,” warned engineer
// Paul Denn.`): a verb that takes an addressee (`warn`, `caution`) has no listener there, the name
// is its inverted subject; `admitted` is a form of `admit` (the consonant doubles).
import { test } from "node:test";
import assert from "node:assert/strict";
import { quotesOf, quoteStarting } from "./helpers.js";

const speakerOf = (text: string): string | undefined => quoteStarting(quotesOf(text), "The bridge").speaker?.name;

test("inverted cues: an addressee verb opening the frame after a quote names its speaker", () => {
  assert.equal(speakerOf(`"The bridge is unsafe," warned engineer Paul Denn.`), "Paul Denn");
  assert.equal(speakerOf(`"The bridge is unsafe," cautioned Paul Denn, who led the inspection.`), "Paul Denn");
  // The object of a verb after its subject stays the listener.
  assert.equal(speakerOf(`"The bridge is unsafe," Denn told reporters in Varn.`), "Denn");
  // No name after the verb: no speaker.
  assert.equal(speakerOf(`"The bridge is unsafe," told reporters.`), undefined);
});

test("inverted cues: `admitted` is a speech verb", () => {
  assert.equal(speakerOf(`"The bridge is unsafe," admitted Paul Denn.`), "Paul Denn");
  assert.equal(speakerOf(`Paul Denn admitted: "The bridge is unsafe."`), "Paul Denn");
});
