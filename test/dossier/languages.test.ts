// Grouping across languages: across languages only the lexicon's words, names and figures compare,
// so an English clause whose words the lexicon mostly lacks can look close to a translated sentence
// through two common words. Two groups join only when, in each language both hold, their first
// wordings in that language are alike too (src/dossier/context.ts, alikePerLanguage).
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier, type DossierInput } from "../../src/dossier/index.js";
import { makeInput, type FixtureArticle } from "../fixtures/dossier/story.js";
import { articleFeatures } from "../../src/dossier/features.js";

const TOWN = { name: "Velmora", type: "place" as const, forms: ["Velmora"] };

function input(f: FixtureArticle, language = "en"): DossierInput {
  const it = makeInput({ ...f, entities: [TOWN] });
  it.article.language = language;
  it.analysis.language = language;
  return it;
}

// The French sentence shares two lexicon words (ship, old) with each English one: with Valley
// Times' trade clause, whose other words the lexicon lacks, it looks closest, and Harbor Post's
// discovery sentence shares nothing with that clause beyond the two words.
const STORY = [
  input({ id: "fr", outlet: "Le Courrier", published: "2024-06-03T08:00:00Z", text: "Un navire très vieux a été repéré par des plongeurs. Les fouilles commenceront en juillet." }, "fr"),
  input({ id: "a", outlet: "Harbor Post", published: "2024-06-03T09:00:00Z", text: "Divers have found a very old ship off the coast of Velmora. Excavation will begin in July." }),
  input({ id: "b", outlet: "Valley Times", published: "2024-06-03T10:00:00Z", text: "The museum announced the discovery on Monday. Its age would make the ship the oldest known proof of timber trade along that rugged northern shore of fjords and cliffs." }),
];

test("languages: a translated sentence does not chain two English wordings that are not alike into one claim", () => {
  const d = buildDossier("wreck", null, STORY);
  const show = d.claims.map((c) => `${c.id}: ${c.support.map((s) => `${s.article}: ${s.text}`).join(" | ")}`).join("\n");
  const holds = (c: (typeof d.claims)[number], article: string, words: string): boolean => c.support.some((s) => s.article === article && s.text.includes(words));
  assert.ok(!d.claims.some((c) => holds(c, "a", "very old ship") && holds(c, "b", "timber trade")), show);
});


test("a translated report's function words are no keys, so they neither weigh nor make a frame a statement", () => {
  const input = makeInput({ id: "de", outlet: "Kurier", published: null, language: "de", text: "Die Fähre war mit 231 Menschen an Bord unterwegs, und die Küstenwache sagte, sie sei auf ein Riff gelaufen." });
  const keys = articleFeatures(input.article, input.analysis).clauses.flatMap((c) => c.keys);
  for (const stop of ["w:die", "w:war", "w:und", "w:sie", "w:sei", "w:auf", "w:ein"]) assert.ok(!keys.includes(stop), `${stop} in ${keys.join(" ")}`);
  assert.ok(keys.includes("w:fahr") && keys.includes("w:riff"), keys.join(" "));
});
