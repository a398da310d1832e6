// A Spanish or French inverted role phrase whose holder is named after a comma, closing the clause
// (`declaró el director general de X, Tomás Ibarra`), is that name, as in English and Italian. A
// reporting verb followed by a thing, not a person (`reconoció la superioridad visitante`), names no
// speaker: the words before it are no content reported.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "../helpers.js";

const quotes = (text: string, language: string) => run(text, { language }).quotes;

test("romance apposition: `declaró el director general de X, Name.` names the holder of the office", () => {
  const es = quotes("«Nuestra primera preocupación era sacar a todos los pasajeros sanos y salvos», declaró el director general de Naviera Corvo, Tomás Ibarra.", "es");
  assert.equal(es.find((q) => q.text.startsWith("Nuestra"))?.speaker?.name, "Tomás Ibarra");
  const fr = quotes("« Nous ferons tout pour retrouver ces objets », a déclaré le directeur de la police de Tellby, Paul Gentil.", "fr");
  assert.equal(fr.find((q) => q.text.startsWith("Nous"))?.speaker?.name, "Paul Gentil");
});

test("romance apposition: a reporting verb followed by a thing names no speaker and reports nothing", () => {
  const es = quotes("El técnico local, Stuart Penhaligon, reconoció la superioridad visitante en la primera mitad. «Los chicos mostraron mucho carácter tras el descanso», dijo.", "es");
  assert.equal(es.some((q) => q.speaker?.name === "la superioridad visitante en la primera mitad"), false);
  assert.equal(es.some((q) => q.kind === "indirect" && q.text.includes("Stuart Penhaligon")), false);
});

test("pro-drop: a cue after a quote with no subject carries on the person the sentence before opens on", () => {
  const es = quotes("El técnico local, Stuart Penhaligon, reconoció la superioridad visitante en la primera mitad. «Los chicos mostraron mucho carácter tras el descanso», dijo.", "es");
  assert.equal(es.find((q) => q.text.startsWith("Los chicos"))?.speaker?.name, "Stuart Penhaligon");
  const it = quotes("Il sindaco di Tellby, Marco Ferri, ha visitato la zona martedì. «Siamo vicini a tutte le famiglie», ha detto.", "it");
  assert.equal(it.find((q) => q.text.startsWith("Siamo"))?.speaker?.name, "Marco Ferri");
  // No person opens the sentence before: no speaker is guessed.
  const none = quotes("El partido terminó 2-1 el martes en Tellby. «Los chicos mostraron mucho carácter tras el descanso», dijo.", "es");
  assert.equal(none.find((q) => q.text.startsWith("Los chicos"))?.speaker ?? null, null);
});

test("romance apposition: `La direttrice del museo, Name, ha detto: «…»` names the holder; the auxiliary after the comma is the verb's", () => {
  const it = quotes("La direttrice del museo di Tellby, Marta Gessi, ha detto: «Una perdita per tutta la città». La polizia indaga.", "it");
  assert.equal(it.find((q) => q.text.startsWith("Una perdita"))?.speaker?.name, "Marta Gessi");
});

test("romance apposition: `Name, ha parlato di «…»` quotes the words spoken of as the holder's", () => {
  const it = quotes("Il furto è avvenuto nella notte. La direttrice del museo, Marta Gessi, ha parlato di «una perdita non solo per il museo, ma per tutti i cittadini». La polizia indaga.", "it");
  const q = it.find((x) => x.text.startsWith("una perdita"));
  assert.equal(q?.kind, "direct");
  assert.equal(q?.speaker?.name, "Marta Gessi");
});

test("romance apposition: a possessive opens the role phrase as an article does (`afirmó su portavoz, X`, `a déclaré sa porte-parole, X`)", () => {
  const es = quotes("«Llevamos meses advirtiendo de que los motores dan problemas», afirmó su portavoz, Rafael Urquidi, que pidió una inspección.", "es");
  assert.equal(es.find((q) => q.text.startsWith("Llevamos"))?.speaker?.name, "Rafael Urquidi");
  const fr = quotes("« Nous ferons tout pour retrouver ces objets », a déclaré sa porte-parole, Anne Gentil.", "fr");
  assert.equal(fr.find((q) => q.text.startsWith("Nous"))?.speaker?.name, "Anne Gentil");
});
