// A sale ruled out in one outlet's account and sought or weighed in another's (`had ruled out
// selling the works` / `was open to offers from a buyer for the site`): a status dispute even when
// each outlet names a different spokesperson (the person before the phrase speaks; the works are
// what the state is of). A sale of another thing takes no side.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const sales = (texts: string[]) =>
  analysedDossier(texts.map((t, i) => ({ a: newsArticle("a" + i, ["Nordwire", "Evening Star", "Valley Times"][i]!, `2026-09-22T0${i + 8}:00:00Z`, t) })))
    .contradictions.filter((c) => c.kind === "status" && c.about.startsWith("sale"))
    .map((c) => c.sides.map((s) => `${s.label}:${s.citations.map((x) => x.article).sort().join(",")}`));

test("state rows: a sale ruled out against one weighed, told by different spokespeople", () => {
  assert.deepEqual(
    sales([
      "Kessel Ceramics will close its tile works in Marrow by March. Chief executive Rutger Vane said the company had ruled out selling the works, because the kilns were too old.",
      "A company spokeswoman said Kessel would look at any serious offer for the works from a buyer who wanted to keep it running.",
    ]),
    [["sale ruled out:a0", "sale considered:a1"]],
  );
});

test("state rows: a sale of another thing is no side", () => {
  assert.deepEqual(
    sales([
      "Kessel Ceramics will close its tile works in Marrow by March. Chief executive Rutger Vane said the company had ruled out selling the works, because the kilns were too old.",
      "The town council said it was open to offers for the old swimming baths on Quay Street.",
    ]),
    [],
  );
});
