// A ministerial portfolio after a department link (`degli Esteri`, `of Defence`) names the department:
// a person's name glued after it starts after the portfolio, and `degli Esteri di X` leaves the country.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entityAt, run } from "./helpers.js";

test("portfolio after a link does not open a person's name", () => {
  const text = `«Non cederemo», ha dichiarato ai giornalisti la ministra degli Esteri Orsola Ventrick, dopo aver convocato l'ambasciatore.`;
  const e = entityAt(run(text, { language: "it" }), text, "Orsola");
  assert.equal(e?.name, "Orsola Ventrick");
  assert.equal(e?.type, "person");
  const en = `The minister of Defence Jonas Varr said the ships would sail.`;
  assert.equal(entityAt(run(en), en, "Jonas")?.name, "Jonas Varr");
});

test("portfolio and country after a link: no person named after the department", () => {
  const text = `Il portavoce del ministero degli Esteri di Dovrania, Pavel Ostrid, ha respinto le accuse.`;
  const a = run(text, { language: "it" });
  assert.ok(!a.entities.some((e) => /Esteri/.test(e.name)), a.entities.map((e) => e.name).join(", "));
  assert.equal(entityAt(a, text, "Pavel")?.name, "Pavel Ostrid");
});

test("a portfolio alone after a role stays a department", () => {
  const text = `La ministra de Asuntos Exteriores dijo que la frontera seguirá abierta.`;
  const a = run(text, { language: "es" });
  assert.ok(!a.entities.some((e) => e.type === "person" && /Asuntos/.test(e.name)));
});

test("a portfolio opening a department's own name stays in it", () => {
  const text = `A spokesman for the Interior Department said the roads would reopen.`;
  assert.equal(entityAt(run(text), text, "Interior")?.name, "Interior Department");
});
