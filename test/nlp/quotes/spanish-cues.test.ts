// Spanish attributions: more report verbs (`lamentó`, `recordó`), `según confirmó X` (verb before its
// subject), a day ending the speaker's phrase, and `«...», dijo.` taking the subject of the sentence
// before over an earlier quote's speaker.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "../helpers.js";

const speakers = (text: string): Record<string, string | undefined> =>
  Object.fromEntries(run(text, { language: "es" }).quotes.map((q) => [q.text.replace(/[«»]/g, "").slice(0, 20), q.speaker?.name]));

test("spanish: `lamentó` is a report verb, its inverted subject the speaker", () => {
  const s = speakers("«Fuimos mejores durante 80 minutos y nos vamos sin nada», lamentó el capitán, Íker Solana, tras el partido.");
  assert.equal(s["Fuimos mejores duran"], "Íker Solana", JSON.stringify(s));
});

test("spanish: `según confirmó el organismo el jueves` names the organism, not the verb or the day", () => {
  const s = speakers("La Federación ha abierto un expediente disciplinario a ambos clubes, según confirmó el organismo el jueves por la noche.");
  assert.equal(Object.values(s)[0], "el organismo", JSON.stringify(s));
});

test("spanish: `«...», dijo.` is the person the sentence before opens on, not an earlier quote's speaker", () => {
  const text =
    "La Federación ha abierto un expediente disciplinario a ambos clubes, según confirmó el organismo el jueves.\n\n" +
    "El técnico local, Stuart Penhaligon, reconoció la superioridad visitante en la primera mitad. «Los chicos mostraron mucho carácter tras el descanso», dijo.";
  const s = speakers(text);
  assert.equal(s["Los chicos mostraron"], "Stuart Penhaligon", JSON.stringify(s));
});
