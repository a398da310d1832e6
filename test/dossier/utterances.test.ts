// A reported statement followed by its speaker's quote that elaborates it is one utterance, and
// outlets print either part or both: the two parts share no word, so alignment makes two claims
// (the outlets that printed the statement, those that printed the quote). An outlet that prints
// both next to each other ties them into one claim (src/dossier/utterances.ts), when a second
// outlet tells both parts as one utterance too, in its own words. Not when another speaker
// quotes, when the quote does not follow the statement, or when no second outlet ties them (a
// reprint of the same two sentences is no second witness).
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier } from "../../src/dossier/index.js";
import { makeInput } from "../fixtures/dossier/story.js";

const STATEMENT_A = "that the agency would decide on renewing the mining licence according to the cleanup record of the operator";
const QUOTE_A = "We will watch very carefully how responsibly they manage the tailings ponds over the coming winter";
const STATEMENT_D = "that any renewal of the licence for the mine hinges on how the operator has cleaned up";
const QUOTE_D = "Our inspectors will watch how responsibly the ponds of tailings are kept through the winter";

interface Options {
  /** Who speaks the quote in outlet A (default: the one who made the statement). */
  quoteSpeaker?: string;
  /** A sentence set between A's statement and its quote. */
  between?: string;
  /** Whether outlet D prints its quote after its statement (default true). */
  secondWitness?: boolean;
  /** Outlet D reprints A's two sentences instead of telling them in its own words. */
  reprint?: boolean;
}

function claims(opts: Options = {}) {
  const person = (name: string) => ({ name, type: "person" as const, forms: [name, name.split(" ")[1]!] });
  const speaker = "Vera Lindqvist";
  const quoteSpeaker = opts.quoteSpeaker ?? speaker;
  const between = opts.between ? ` ${opts.between}` : "";
  const a = makeInput({
    id: "a",
    outlet: "Harbor Post",
    published: "2026-02-01T08:00:00Z",
    text: `Protesters gathered outside the regional office in Kettle Bay on Monday. Vera Lindqvist said ${STATEMENT_A}.${between} “${QUOTE_A},” ${quoteSpeaker} said.`,
    entities: [...new Set([speaker, quoteSpeaker])].map(person),
    quotes: [
      { words: STATEMENT_A, speaker, kind: "indirect" },
      { words: QUOTE_A, speaker: quoteSpeaker },
    ],
  });
  const b = makeInput({
    id: "b",
    outlet: "Evening Star",
    published: "2026-02-01T09:00:00Z",
    text: "The hearing in Kettle Bay drew a large crowd on Monday. The agency will decide on renewing the mining licence according to the cleanup record of the operator, officials said.",
  });
  const c = makeInput({
    id: "c",
    outlet: "Valley Wire",
    published: "2026-02-01T10:00:00Z",
    text: "Residents of Kettle Bay fear for the river. “We will watch carefully how responsibly they manage the tailings ponds over the coming winter,” an official said.",
  });
  const witness = opts.secondWitness ?? true;
  const statementD = opts.reprint ? STATEMENT_A : STATEMENT_D;
  const quoteD = opts.reprint ? QUOTE_A : QUOTE_D;
  const d = makeInput({
    id: "d",
    outlet: "Coast Ledger",
    published: "2026-02-01T11:00:00Z",
    text: witness
      ? `The regional office in Kettle Bay was closed to visitors on Monday. Lindqvist stressed ${statementD}. “${quoteD},” she added.`
      : `The regional office in Kettle Bay was closed to visitors on Monday. Lindqvist stressed ${statementD}.`,
    entities: [person(speaker)],
    quotes: witness
      ? [
          { words: statementD, speaker, kind: "indirect" },
          { words: quoteD, speaker },
        ]
      : [{ words: statementD, speaker, kind: "indirect" }],
  });
  return buildDossier("licence", null, [a, b, c, d]).claims;
}

/** The claim holding outlet B's statement, and whether it holds outlet C's quote too. */
function joined(opts: Options = {}): boolean {
  const all = claims(opts);
  const statement = all.find((x) => x.support.some((s) => s.article === "b" && s.text.includes("renewing")));
  const quote = all.find((x) => x.support.some((s) => s.article === "c" && s.text.includes("tailings")));
  assert.ok(statement && statement.independentSources >= 2, "the statement is corroborated");
  assert.ok(quote && quote.independentSources >= 2, "the quote is corroborated");
  return statement === quote;
}

test("utterances: a reported statement and the quote after it are one claim", () => {
  assert.equal(joined(), true);
  const claim = claims().find((x) => x.support.some((s) => s.article === "b"))!;
  assert.deepEqual([...new Set(claim.support.map((s) => s.article))].sort(), ["a", "b", "c", "d"]);
});

test("utterances: not when another speaker gives the quote", () => {
  assert.equal(joined({ quoteSpeaker: "Omar Haddad" }), false);
});

test("utterances: not when another sentence stands between", () => {
  assert.equal(joined({ between: "Several families from the valley have asked the agency to close the mine for good." }), false);
});

test("utterances: not without a second outlet telling both parts as one utterance", () => {
  assert.equal(joined({ secondWitness: false }), false);
});

test("utterances: not when the second outlet only reprints the first one's two sentences", () => {
  assert.equal(joined({ reprint: true }), false);
});
