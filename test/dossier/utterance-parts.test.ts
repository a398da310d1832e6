// An article that reports a statement and then quotes its speaker saying it again tells one
// utterance twice. Another outlet's wording of it can be close to both parts; grouping keeps an
// article to one clause per claim, but the two parts of one utterance count as one telling, so
// the quote joins the claim beside the statement instead of standing alone as a single-source
// claim. Two sentences of an article that are not one utterance stay apart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier } from "../../src/dossier/index.js";
import { makeInput } from "../fixtures/dossier/story.js";

const STATEMENT = "the council would decide whether to renew the ferry licence depending on how responsibly the operator runs the service this winter";
const QUOTE = "Renewal or no renewal will depend on the conduct of the new operator. We will watch the crossings closely in the coming months";

function claims(quoteSpeaker: string) {
  const person = (name: string) => ({ name, type: "person" as const, forms: [name, name.split(" ")[1]!] });
  const a = makeInput({
    id: "a",
    outlet: "Harbour Post",
    published: "2026-10-02T08:00:00Z",
    text: `The ferry to Ness Island broke down four times in September. Mayor Ellen Marsh said ${STATEMENT}. “${QUOTE},” ${quoteSpeaker} said.`,
    entities: [...new Set(["Ellen Marsh", quoteSpeaker])].map(person),
    quotes: [
      { words: STATEMENT, speaker: "Ellen Marsh", kind: "indirect" },
      { words: QUOTE, speaker: quoteSpeaker },
    ],
  });
  const c = makeInput({
    id: "c",
    outlet: "Island Courier",
    published: "2026-10-02T10:00:00Z",
    text: "The operator took over the route in June. According to Mayor Ellen Marsh, the council will decide whether or not to renew the licence depending on the conduct of the new operator.",
    entities: [person("Ellen Marsh")],
  });
  return buildDossier("ferry", null, [a, c]).claims;
}

const holding = (all: ReturnType<typeof claims>, article: string, words: string) => all.find((x) => x.support.some((s) => s.article === article && s.text.includes(words)));

test("utterance parts: the statement and its quote both join the other outlet's wording", () => {
  const all = claims("Ellen Marsh");
  const other = holding(all, "c", "According to Mayor");
  assert.ok(other, "the other outlet's wording is a claim");
  assert.equal(other.status, "corroborated");
  assert.equal(holding(all, "a", "said the council would decide"), other, "the reported statement is in that claim");
  assert.equal(holding(all, "a", "Renewal or no renewal"), other, "the quote is in that claim, not a single-source claim of its own");
});

test("utterance parts: a quote of someone else after the statement stays out of the claim", () => {
  const all = claims("Rhys Tanner");
  const other = holding(all, "c", "According to Mayor")!;
  assert.equal(holding(all, "a", "said the council would decide"), other);
  assert.notEqual(holding(all, "a", "Renewal or no renewal"), other);
});
