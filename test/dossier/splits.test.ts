// Equal split against unequal shares (issue 6): the shares are tied to the equal split through
// the sentence before them, which states the same claim.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier, type Dossier } from "../../src/dossier/index.js";
import { unequalShares } from "../../src/dossier/splits.js";
import { makeInput, type FixtureArticle } from "../fixtures/dossier/story.js";

const dossier = (articles: FixtureArticle[]): Dossier => buildDossier("s", null, articles.map(makeInput));
const splits = (d: Dossier) => d.contradictions.filter((c) => c.about === "how it is shared");

const even = "The two towns agreed on Friday to build a new ferry pier at Varn. The pier will cost 12 million crowns, which will be shared equally by the two towns.";
const lead = "Varn and Oster will build a new ferry pier at Varn, the councils said on Friday. The pier will cost 12 million crowns.";

test("splits: `shared equally` against 70% and 30% of the same cost is a dispute", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: even },
    { id: "b", outlet: "Two", published: null, text: lead + " Varn will pay 70%, Oster will pay 30%, a council official said." },
  ]);
  const found = splits(d);
  assert.equal(found.length, 1, JSON.stringify(d.contradictions));
  assert.deepEqual(found[0]!.sides.map((s) => s.citations.map((c) => c.article)), [["a"], ["b"]]);
  assert.ok(found[0]!.sides[1]!.citations[0]!.text.includes("70%"));
});

test("splits: equal shares, shares of something else, a negated split and one outlet's own figures are no dispute", () => {
  const other = (tail: string, first = even) =>
    splits(dossier([{ id: "a", outlet: "One", published: null, text: first }, { id: "b", outlet: "Two", published: null, text: lead + tail }]));
  // 50% each agrees.
  assert.equal(other(" Varn will pay 50%, Oster will pay 50%, a council official said.").length, 0);
  // Shares far from the claim divide something else (a poll, later in the article).
  assert.equal(other(" The ferry runs every hour. A band played on the quay. In a poll, 70% of residents backed it, 30% did not.").length, 0);
  // `not split equally` agrees with unequal shares.
  assert.equal(other(" Varn will pay 70%, Oster will pay 30%.", even.replace("which will be shared equally", "which will not be shared equally")).length, 0);
  // An outlet that gives both tells a change, not a dispute.
  assert.equal(splits(dossier([{ id: "a", outlet: "One", published: null, text: even + " Varn will now pay 70%, Oster will pay 30%." }, { id: "b", outlet: "Two", published: null, text: lead }])).length, 0);
});

test("splits: only shares that add up to a whole and differ count", () => {
  const clause = (values: string[]) => ({ numbers: values.map((v) => ({ value: v, unit: "w:percent", start: 0, end: 0 })) }) as unknown as Parameters<typeof unequalShares>[0];
  assert.deepEqual(unequalShares(clause(["60", "40"])), [60, 40]);
  assert.equal(unequalShares(clause(["50", "50"])), null);
  assert.equal(unequalShares(clause(["33", "33", "33"])), null);
  assert.equal(unequalShares(clause(["60", "20"])), null);
  assert.equal(unequalShares(clause(["60"])), null);
});
