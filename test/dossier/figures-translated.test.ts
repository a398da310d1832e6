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

// A translated count is compared on the words a translation keeps, and `184 passengers and 37
// crew` tells two counts plainly (no line of statistics); the name before `con 148 pasajeros`
// is not whose count it is (the words between tell that in English only).
const spanish = (id: string, outlet: string, text: string) => ({ ...newsArticle(id, outlet, "2026-10-04T12:00:00Z", text), language: "es" });
const ferry = (spanishText: string) =>
  analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-10-04T08:00:00Z", "The Marisol Vega, operated by the Corvan shipping line Naviera Dunas, was carrying 184 passengers and 37 crew on its crossing from Puerto Lirio when it ran onto a sandbank near the harbour of Kelwick shortly after 10pm.") },
    { a: spanish("b", "Diario del Puerto", spanishText) },
  ]);

const aground = "El ferri Marisol Vega, de la naviera Naviera Dunas, encalló anoche frente a Kelwick, al mando del capitán Luis Ortega con 148 pasajeros a bordo, tras una maniobra fallida en plena marejada que todavía investigan con detalle las autoridades marítimas locales, mientras varios parientes aguardaban ansiosos alguna novedad.";

test("figures: `carrying 184 passengers and 37 crew` and `con 148 pasajeros a bordo` are one count disputed", () => {
  const d = ferry(aground);
  assert.deepEqual(numberDisputes(d).map((x) => x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).join(",")}`).sort()), [["148 passengers:b", "184 passengers:a"]], JSON.stringify(d.contradictions));
});

test("figures: a translated outlet that counts the unit twice at one size disputes neither count on shared names alone", () => {
  const d = ferry(aground + " Otros 160 pasajeros esperaban en tierra.");
  assert.deepEqual(numberDisputes(d), [], JSON.stringify(d.contradictions));
});

// A translated share names its quantity in the English word the lexicon gives it (`une prime de
// 31 %`: premium); a word the lexicon lacks names nothing an English wording can share.
const takeover = (frenchText: string) =>
  analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-09-18T08:00:00Z", "Holmgard will pay 6.20 crowns in cash for each Vessel Foods share, a premium of 42 per cent to Friday's closing price.") },
    { a: french("b", "Le Courrier", frenchText) },
  ]);

test("shares: `a premium of 42 per cent` against `une prime de 35 %` is a dispute over the premium", () => {
  const d = takeover("Holmgard proposera 6,20 couronnes par action, payées en numéraire, ce qui représente une prime de 35 % sur le dernier cours de clôture.");
  const x = d.contradictions.filter((c) => c.about.startsWith("share of"));
  assert.deepEqual(x.map((c) => [c.about, c.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).join(",")}`).sort()]), [["share of premium", ["35%:b", "42%:a"]]], JSON.stringify(d.contradictions));
});

test("shares: a translated share after a word the lexicon lacks disputes nothing", () => {
  const d = takeover("Holmgard proposera 6,20 couronnes par action, payées en numéraire, ce qui représente une surcote de 35 % sur le dernier cours de clôture.");
  assert.deepEqual(d.contradictions.filter((c) => c.about.startsWith("share of")), [], JSON.stringify(d.contradictions));
});

test("figures: a German count (`Fünf Beschäftigte`, a capitalised noun, no name) disputes an English one", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-05T08:00:00Z", "An explosion tore through a paint shed at the Harlow Marine boatyard in Penwick on Tuesday night, putting seven workers in hospital, two of them with serious burns.") },
    { a: german("b", "Penwicker Zeitung", "Bei der Explosion in der Werft Harlow Marine in Penwick am Dienstagabend wurden fünf Beschäftigte ins Krankenhaus gebracht, zwei von ihnen mit schweren Verbrennungen.") },
  ]);
  const x = numberDisputes(d);
  assert.deepEqual(x.map((c) => c.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).join(",")}`).sort()), [["5 workers:b", "7 workers:a"]], JSON.stringify(d.contradictions));
});
