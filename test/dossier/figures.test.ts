// Different exact figures in one claim (`cutting 640 jobs` / `wiping out 700 jobs`) that no
// contradiction sets apart: the sources still corroborate the happening, and the claim lists the
// figures each gives, so the disagreement is not hidden.
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeInput } from "../fixtures/dossier/story.js";
import { buildDossier, renderDossierMarkdown } from "../../src/dossier/index.js";

test("figures: a claim keeps the sources that count its unit differently and lists each figure", () => {
  const d = buildDossier(
    "s",
    null,
    [
      { id: "a", outlet: "One", published: null, text: "Brannock Glass will close its bottle plant in Hesketh by the end of June, cutting 410 jobs, the company said on Monday." },
      { id: "b", outlet: "Two", published: null, text: "Angry staff gathered at the gates after Brannock Glass said it would close the Hesketh bottle plant, axing 460 jobs." },
      { id: "c", outlet: "Three", published: null, text: "Brannock Glass is to close its bottle plant in Hesketh, the company said." },
    ].map(makeInput),
  );
  const claim = d.claims.find((c) => c.support.some((s) => s.article === "b"));
  assert.ok(claim, JSON.stringify(d.claims));
  assert.equal(claim.status, "corroborated");
  assert.deepEqual(claim.support.map((s) => s.article).sort(), ["a", "b", "c"]);
  assert.deepEqual(claim.figures, [{ unit: "jobs", values: [{ value: "410", articles: ["a"] }, { value: "460", articles: ["b"] }] }]);
  assert.match(renderDossierMarkdown(d), /figures differ:_ 410 jobs \(a\) \/ 460 jobs \(b\)/);
  // Wordings that agree carry no figures.
  const same = buildDossier(
    "s",
    null,
    [
      { id: "a", outlet: "One", published: null, text: "Brannock Glass will close its bottle plant in Hesketh by the end of June, cutting 410 jobs, the company said on Monday." },
      { id: "b", outlet: "Two", published: null, text: "Brannock Glass said it would close the Hesketh bottle plant, cutting 410 jobs." },
    ].map(makeInput),
  );
  assert.ok(same.claims.every((c) => c.figures === undefined));
});
