// A paraphrase rewords a statement but keeps its figures: two clauses that share one plain word
// and two figures or dates of some length state one claim; one word and single-digit figures do not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeInput } from "../fixtures/dossier/story.js";
import { buildDossier } from "../../src/dossier/index.js";

function corroborated(a: string, b: string): string[][] {
  const x = makeInput({ id: "a", outlet: "Harbor Post", published: "2026-02-02T08:00:00Z", text: a });
  const y = makeInput({ id: "b", outlet: "Evening Star", published: "2026-02-02T20:00:00Z", text: b });
  return buildDossier("tunnel", null, [x, y])
    .claims.filter((c) => c.status === "corroborated")
    .map((c) => c.support.map((s) => s.text));
}

const A = "Work on the harbour bypass began in the spring. The 5.9km tunnel, which will carry trams as well as buses, is due to open in 2029. Residents had asked for it for years.";
const B = "Engineers from three firms will share the contract. The 5.9-kilometre underpass is expected to open in 2029, the council said. The mayor hailed the agreement.";

test("figure anchors: one shared word and two shared figures make one claim", () => {
  const joined = corroborated(A, B).filter((texts) => texts.some((t) => t.includes("5.9km tunnel")) && texts.some((t) => t.includes("5.9-kilometre underpass")));
  assert.equal(joined.length, 1);
});

test("figure anchors: one shared word and small figures alone make none", () => {
  const a = "Crews closed 3 lanes of the ring road near the stadium on Sunday morning.";
  const b = "Police said 3 cars were towed from the flooded lanes of a car park in the north.";
  assert.equal(corroborated(a, b).length, 0);
});
