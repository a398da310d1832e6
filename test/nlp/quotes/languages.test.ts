// Italian, Portuguese and Dutch attribution: speech verbs, auxiliaries, inversion, role phrases and source phrases.
import { test } from "node:test";
import assert from "node:assert/strict";
import { article, quoteStarting } from "./helpers.js";
import { analyze } from "../../../src/nlp/index.js";

function quotesIn(text: string, language: string) {
  return analyze({ ...article(text), language }).quotes;
}

test("Italian: speaker before the verb, inverted after an addressee, in apposition, and after `secondo`", () => {
  const qs = quotesIn(
    "La giunta di Borvale si è riunita lunedì sera. Il sindaco Tarcisio Olmeni ha dichiarato: «Il ponte resterà chiuso fino a maggio.» " +
      "«Non ci sono rischi per i passanti», ha spiegato ai giornalisti la ministra dei Trasporti Rosalba Vintemi. " +
      "«I lavori ripartiranno presto», ha detto il portavoce della regione, Lucio Ferrante. " +
      "Il cantiere costerà meno del previsto, secondo Dario Pellunzi. Il secondo turno dei lavori, previsto a giugno, durerà due mesi.",
    "it",
  );
  const before = quoteStarting(qs, "Il ponte resterà");
  assert.equal(before.speaker?.name, "Tarcisio Olmeni");
  assert.equal(before.cue?.text, "dichiarato");
  const inverted = quoteStarting(qs, "Non ci sono rischi");
  assert.equal(inverted.speaker?.name, "Rosalba Vintemi");
  assert.equal(inverted.cue?.text, "spiegato");
  assert.equal(quoteStarting(qs, "I lavori ripartiranno").speaker?.name, "Lucio Ferrante");
  const source = quoteStarting(qs, "Il cantiere costerà");
  assert.equal(source.speaker?.name, "Dario Pellunzi");
  assert.equal(source.cue?.text, "secondo");
  // The ordinal `secondo` after an article is no source.
  assert.ok(!qs.some((q) => q.cue?.text === "secondo" && q.start > source.end));
});

test("Portuguese: speaker before the verb, inverted after an addressee, `segundo` and `de acordo com`", () => {
  const qs = quotesIn(
    "A câmara de Vilamar reuniu-se na segunda-feira. O ministro Abílio Ferrascal afirmou: «A ponte ficará fechada até maio.» " +
      "«Não há riscos para ninguém», disse à imprensa a ministra Leonor Quintela. " +
      "A obra custará menos do que o previsto, segundo Vasco Ribalta. De acordo com a polícia, ninguém ficou ferido no acidente.",
    "pt",
  );
  const before = quoteStarting(qs, "A ponte ficará");
  assert.equal(before.speaker?.name, "Abílio Ferrascal");
  assert.equal(before.cue?.text, "afirmou");
  const inverted = quoteStarting(qs, "Não há riscos");
  assert.equal(inverted.speaker?.name, "Leonor Quintela");
  assert.equal(inverted.cue?.text, "disse");
  const source = quoteStarting(qs, "A obra custará");
  assert.equal(source.speaker?.name, "Vasco Ribalta");
  assert.equal(source.cue?.text, "segundo");
  const police = quoteStarting(qs, "ninguém ficou ferido");
  assert.equal(police.cue?.text, "De acordo com");
  assert.match(police.speaker?.name ?? "", /polícia/);
});

test("Dutch: speaker before the verb, `heeft gezegd`, inversion, `aldus`, `volgens`, and a lone `hij`", () => {
  const qs = quotesIn(
    "De gemeenteraad van Zandhove kwam maandag bijeen. Femke Oosterbrink zei: \"De brug blijft dicht tot mei.\" " +
      "\"Er zijn geen risico's voor voetgangers\", zei minister Joris Vandermeulen. \"We gaan gewoon door met de werken\", zei hij. " +
      "\"De kosten vallen mee\", aldus Oosterbrink. De werken kosten minder dan verwacht, volgens Pieter Dalhuys. " +
      "Oosterbrink heeft gezegd dat de brug in juni weer opengaat.",
    "nl",
  );
  const before = quoteStarting(qs, "De brug blijft");
  assert.equal(before.speaker?.name, "Femke Oosterbrink");
  assert.equal(before.cue?.text, "zei");
  const inverted = quoteStarting(qs, "Er zijn geen risico's");
  assert.equal(inverted.speaker?.name, "Joris Vandermeulen");
  // A pronoun the entity layer leaves unresolved names no one: the quote keeps the speaker before it.
  assert.equal(quoteStarting(qs, "We gaan gewoon door").speaker?.name, "Joris Vandermeulen");
  const aldus = quoteStarting(qs, "De kosten vallen mee");
  assert.equal(aldus.cue?.text, "aldus");
  assert.equal(aldus.speaker?.name, "Femke Oosterbrink");
  const source = quoteStarting(qs, "De werken kosten");
  assert.equal(source.speaker?.name, "Pieter Dalhuys");
  assert.equal(source.cue?.text, "volgens");
  const compound = quoteStarting(qs, "dat de brug in juni");
  assert.equal(compound.speaker?.name, "Femke Oosterbrink");
  assert.equal(compound.cue?.text, "gezegd");
});

test("English control: the same patterns read as before", () => {
  const qs = quotesIn(
    "The council of Borvale met on Monday. Mayor Tarcisio Olmeni said: “The bridge will stay closed until May.” " +
      "“There is no risk to anyone,” said the transport minister Rosalba Vintemi. " +
      "The works will cost less than planned, according to Dario Pellunzi. The second round of works had been planned for June.",
    "en",
  );
  const before = quoteStarting(qs, "The bridge will stay");
  assert.equal(before.speaker?.name, "Tarcisio Olmeni");
  assert.equal(before.cue?.text, "said");
  const inverted = quoteStarting(qs, "There is no risk");
  assert.equal(inverted.speaker?.name, "Rosalba Vintemi");
  assert.equal(inverted.cue?.text, "said");
  const source = quoteStarting(qs, "The works will cost");
  assert.equal(source.speaker?.name, "Dario Pellunzi");
  assert.equal(source.cue?.text, "according to");
});

test("German `„` closed by a straight mark, as scrapes print it, still opens a quote with its attribution", () => {
  const qs = quotesIn('Der Zug blieb im Geröll stehen. „Wir lassen keinen einzigen Zug fahren, bevor der Damm hält", sagte Calum Brenner am Dienstag.', "de");
  const q = quoteStarting(qs, "Wir lassen keinen");
  assert.equal(q.speaker?.name, "Calum Brenner");
  assert.equal(q.cue?.text, "sagte");
});

test("Spanish `el` after a cue is the article of a role (`declaró el jugador`), not the pronoun", () => {
  const qs = quotesIn('Tomás Reddan firmó el miércoles. "Vine aquí a ganar títulos, no a calentar el banquillo", declaró el jugador.', "es");
  const q = quoteStarting(qs, "Vine aquí");
  assert.equal(q.speaker?.name, "el jugador");
});

test("French `a réagi` attributes, guillemets' spaces stay out of the quote, and `Selon X, « … »` is one quote", () => {
  const qs = quotesIn("Le tableau a été volé mardi. « C'est une perte immense pour la ville », a réagi le maire, Paul Vernet. Selon le commissaire Jean Roux, « les voleurs connaissaient les lieux ».", "fr");
  const q = quoteStarting(qs, "C'est une perte");
  assert.equal(q.speaker?.name, "Paul Vernet");
  assert.equal(q.text, "C'est une perte immense pour la ville");
  assert.equal(qs.filter((x) => x.text.includes("les voleurs connaissaient")).length, 1);
});

test("French: an object pronoun before the verb (`lui a lancé la juge X`) is whom it was said to; the speaker follows the verb", () => {
  const qs = quotesIn(
    "L'ancien maire de Varèse a été reconnu coupable mardi. « Vous avez traité cette fonction comme une caisse », lui a lancé la juge Harriet Vosne. " +
      "« Nous ferons appel », leur a dit l'avocat Paul Marnier. « La décision est juste », a déclaré la procureure Anne Doltier.",
    "fr",
  );
  assert.deepEqual(
    qs.map((q) => [q.text.slice(0, 16), q.speaker?.name]),
    [
      ["Vous avez traité", "Harriet Vosne"],
      ["Nous ferons appe", "Paul Marnier"],
      ["La décision est ", "Anne Doltier"],
    ],
  );
});

test("a judge, a player, a coach or a lawyer named in the lexicon's languages is the role an attribution names (`disse a juíza`, `declaró el jugador`)", () => {
  const pt = quotesIn("A juíza Marta Quelhas condenou o motorista na sexta-feira. «Naquela noite não foi imprudente, mas foi descuidado», disse a juíza.", "pt");
  assert.equal(pt.find((q) => q.text.startsWith("Naquela"))?.speaker?.name, "Marta Quelhas");
  const es = quotesIn("El jugador Ivo Brandel firmó con el Tellby City el miércoles. «Vine aquí a ganar títulos, no a calentar el banquillo», declaró el jugador.", "es");
  assert.equal(es.find((q) => q.text.startsWith("Vine"))?.speaker?.name, "Ivo Brandel");
  const fr = quotesIn("L'entraîneur Paul Marnier a présenté sa nouvelle recrue mardi. « C'est le meilleur buteur du championnat », a déclaré l'entraîneur.", "fr");
  assert.equal(fr.find((q) => q.text.startsWith("C'est"))?.speaker?.name, "Paul Marnier");
});

test("Spanish and French: a label in marks after a verb of naming (`lo definió como «…»`) is the words of the subject, not of its object pronoun", () => {
  const es = quotesIn("El entrenador del Harl Town, Bruno Ostrander, lo definió como «el mejor rematador de esta liga». El club pagó 12 millones.", "es");
  const label = quoteStarting(es, "el mejor rematador");
  assert.equal(label.kind, "direct");
  assert.equal(label.speaker?.name, "Bruno Ostrander");
  const fr = quotesIn("La ministre Odile Varenne l'a qualifié de « désastre annoncé pour toute la région ». Le port restera fermé.", "fr");
  assert.equal(quoteStarting(fr, "désastre annoncé").speaker?.name, "Odile Varenne");
});
