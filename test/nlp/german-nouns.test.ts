// German capitalises every noun, so a capital letter is no sign of a name there: the entity layer
// must not read `die Gewerkschaft` or `der Streik` as names, and must still find the people and
// places (fictional text written for this test).
import { test } from "node:test";
import assert from "node:assert/strict";
import { entityAt, run } from "./helpers.js";

const DE = [
  "Die Gewerkschaft hat am Montag einen unbefristeten Streik im Hafen von Kellin begonnen.",
  "Nach Angaben der Polizei legten rund 2000 Arbeiter die Arbeit nieder.",
  "Der Betreiber sprach von einem schweren Schaden für die Wirtschaft der Region.",
  "Gewerkschaftschef Jonas Albrecht sagte der Zeitung, die Verhandlungen seien gescheitert.",
  "Auch in Hamburg und Bremen warten Schiffe auf ihre Abfertigung, sagte Albrecht.",
  "Die Ministerin Katrin Wolters will am Mittwoch nach Kellin reisen und mit beiden Seiten sprechen.",
].join(" ");

test("German text: nouns after an article or with a noun suffix are not names; people and places are", () => {
  const a = run(DE, { language: "de" });
  const names = a.entities.map((e) => e.name);
  for (const noun of ["Gewerkschaft", "Streik", "Arbeiter", "Arbeit", "Betreiber", "Schaden", "Wirtschaft", "Region", "Zeitung", "Verhandlungen", "Abfertigung", "Polizei"]) {
    assert.ok(!names.some((n) => n.split(/\s+/).includes(noun)), `${noun} is not a name: ${JSON.stringify(names)}`);
  }
  for (const name of ["Jonas Albrecht", "Katrin Wolters", "Hamburg", "Bremen", "Kellin"]) {
    assert.ok(names.some((n) => n === name || n.endsWith(name)), `${name} is found: ${JSON.stringify(names)}`);
  }
});

test("German: weekdays and months, counts in words, and a noun seen once with an article are no names", () => {
  const t = "Die Polizei sperrte die Brücke am Dienstag. Nach Angaben der Behörden wurden zwei Menschen verletzt. Polizei und Feuerwehr blieben bis März vor Ort, sagte Bürgermeisterin Karin Vogt.";
  const a = run(t, { language: "de" });
  for (const word of ["Dienstag", "Menschen", "März"]) assert.equal(entityAt(a, t, word), undefined, word);
  const at = t.indexOf("Polizei und");
  assert.ok(!a.entities.some((e) => e.mentions.some((m) => m.start === at)), "'Polizei' took an article in the first sentence");
  assert.equal(entityAt(a, t, "Karin Vogt")?.type, "person");
});
