// Lexicon rows of everyday reporting on transport, mines and rescues: travellers are passengers,
// tugs, refunds, staying on board, mines and miners, coming out alive.
import { test } from "node:test";
import assert from "node:assert/strict";
import { translateWord } from "../../src/dossier/lexicon.js";
import { buildDossier } from "../../src/dossier/index.js";
import { makeInputIn } from "../fixtures/dossier/story.js";

test("lexicon: the words of a stranded ferry and a mine rescue meet across languages", () => {
  const same = (en: string, ...pairs: [string, string][]): void => {
    for (const [lang, w] of pairs) assert.equal(translateWord(lang, w), en, `${lang} ${w}`);
  };
  same(translateWord("fr", "passagers")!, ["fr", "voyageurs"], ["es", "viajeros"], ["de", "reisende"], ["it", "viaggiatori"], ["nl", "reizigers"]);
  same(translateWord("fr", "remorqueurs")!, ["es", "remolcadores"], ["de", "schlepper"], ["it", "rimorchiatori"]);
  same(translateWord("fr", "remboursement")!, ["es", "reembolso"], ["de", "erstattung"], ["it", "rimborso"]);
  same(translateWord("es", "permanece")!, ["de", "bleibt"], ["it", "rimane"], ["nl", "blijft"]);
  same(translateWord("de", "bergleute")!, ["fr", "mineurs"], ["es", "mineros"], ["it", "minatori"]);
  assert.ok(translateWord("fr", "remorqueurs") !== null && translateWord("es", "viajeros") !== null);
});

test("lexicon: `La tripulación permanece a bordo` joins `The crew stayed on board`", () => {
  const en = makeInputIn({ id: "en", outlet: "Harbor Post", published: "2026-10-04T10:00:00Z", text: "The ferry is stuck on a sandbank off Velmora. The crew stayed on board overnight." }, "en");
  const es = makeInputIn({ id: "es", outlet: "La Voz", published: "2026-10-04T12:00:00Z", text: "El ferry sigue encallado frente a Velmora. La tripulación permanece a bordo." }, "es");
  const d = buildDossier("ferry", null, [en, es]);
  const crew = d.claims.find((c) => c.support.some((s) => s.text.includes("tripulación")));
  assert.deepEqual(crew?.support.map((s) => s.article).sort(), ["en", "es"], JSON.stringify(d.claims.map((c) => c.support.map((s) => s.text))));
});

test("lexicon: showing and character meet across languages, so a translated quote of them joins", () => {
  assert.equal(translateWord("es", "mostraron"), translateWord("de", "zeigten"));
  assert.equal(translateWord("es", "caracter"), translateWord("it", "carattere"));
  assert.ok(translateWord("es", "mostraron") !== null && translateWord("fr", "caractere") !== null);
});
