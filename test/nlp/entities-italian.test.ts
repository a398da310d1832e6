// Names cut wrongly by their surroundings: an Italian article opening a sentence (`Il Dovrania non cederà`), a plural possessive inside an organisation's name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entityAt, run } from "./helpers.js";

test("Il before a name is an article", () => {
  const text = `«Il Dovrania non cederà», ha detto la portavoce Orsola Ventrick.`;
  const a = run(text, { language: "it" });
  assert.equal(entityAt(a, text, "Dovrania")?.name, "Dovrania");
  assert.ok(!a.entities.some((e) => e.name.startsWith("Il ")));
});

test("a plural possessive inside an organisation's name keeps it whole", () => {
  const text = `Jorik Pallen, who chairs the Ulvik Valley Growers' Association, welcomed the deal.`;
  const a = run(text);
  assert.equal(entityAt(a, text, "Ulvik")?.name, "Ulvik Valley Growers' Association");
  assert.ok(!a.entities.some((e) => e.name === "Association"));
});

test("an elided article glued to a common noun opens no name; one glued to a capital does", () => {
  const text = `L'avocat de Gideon Varne a annoncé un recours. Le groupe L'Oréval a publié ses comptes. L'avvocato di Marco Vellari ha parlato.`;
  const a = run(text, { language: "fr" });
  assert.equal(entityAt(a, text, "Gideon")?.name, "Gideon Varne");
  assert.equal(entityAt(a, text, "Marco")?.name, "Marco Vellari");
  assert.ok(a.entities.some((e) => e.name === "L'Oréval"), a.entities.map((e) => e.name).join(", "));
});
