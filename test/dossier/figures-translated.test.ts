// A translated wording of a disputed figure joins the side of its value: it shares with the
// English sides only the words a translation keeps (names, figures, the lexicon's words), so it is
// compared on those.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const numberDisputes = (d: ReturnType<typeof analysedDossier>) => d.contradictions.filter((x) => x.kind === "number");
const french = (id: string, outlet: string, text: string) => ({ ...newsArticle(id, outlet, "2026-06-12T12:00:00Z", text), language: "fr" });

test("figures: `Il a détourné 4,3 millions de marks` joins the side of 4.3 million marks", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-12T09:00:00Z", "The former finance director of Tellby Water was jailed for six years on Friday for diverting 3.4 million marks from the utility through false invoices. Prosecutors obtained a confiscation order for 1.2 million marks, which Brand must pay within three months or serve an extra two years.") },
    { a: newsArticle("b", "Evening Star", "2026-06-12T10:00:00Z", "A finance director who siphoned off 4.3 million marks from Tellby Water to pay for a seaside villa was sentenced to eight years in prison on Friday.") },
    { a: french("c", "Le Courrier", "Ivo Brand, ancien directeur financier de la compagnie des eaux de Tellby, a été condamné vendredi à six ans de prison. Il avait plaidé coupable en mars. Il a détourné 4,3 millions de marks (environ 3,9 millions d'euros) au moyen de fausses factures, selon l'accusation.") },
  ]);
  const x = numberDisputes(d).find((c) => c.sides.some((s) => s.label.startsWith("3.4")));
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).sort().join(",")}`).sort(), ["3.4 million marks:a", "4.3 million marks:b,c"]);
});

const german = (id: string, outlet: string, text: string) => ({ ...newsArticle(id, outlet, "2026-03-05T12:00:00Z", text), language: "de" });
const boatyard = (germanText: string) =>
  analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-05T08:00:00Z", "Seven workers were taken to hospital after an explosion tore through a paint shed at the Harlow Marine boatyard in Penwick on Tuesday night. The yard was closed on Wednesday.") },
    { a: newsArticle("b", "Daily Herald", "2026-03-05T09:00:00Z", "ELEVEN workers were rushed to hospital after a huge blast turned a boatyard shed into a fireball, sending a cloud of black smoke over the harbour.") },
    { a: german("c", "Hafenbote", germanText) },
  ]);

test("figures: a translated count that shares only its figure and unit with a side (`sieben Arbeiter verletzt`) joins it", () => {
  const d = boatyard("Die Explosion ereignete sich am späten Dienstagabend in einer Lackierhalle der Werft Harlow Marine. Nach Angaben der Polizei wurden sieben Arbeiter verletzt, zwei von ihnen schwer.");
  const x = numberDisputes(d).find((c) => c.sides.some((s) => s.label.startsWith("7")));
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).sort().join(",")}`).sort(), ["11 workers:b", "7 workers:a,c"]);
});

test("figures: a translated outlet that gives two counts of the unit joins neither side", () => {
  const d = boatyard("Die Explosion ereignete sich am späten Dienstagabend in einer Lackierhalle der Werft Harlow Marine. Nach Angaben der Polizei wurden sieben Arbeiter verletzt. Zwölf Arbeiter wurden später untersucht.");
  const x = numberDisputes(d).find((c) => c.sides.some((s) => s.label.startsWith("7")));
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.ok(x.sides.every((s) => s.citations.every((c) => c.article !== "c")), JSON.stringify(x.sides));
});
