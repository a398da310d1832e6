// Translations of one utterance are variants of it: a French quote meets its English wording
// through the lexicon and numbers, while quotes sharing only a count do not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier, type DossierInput } from "../../src/dossier/index.js";
import { makeInput, type FixtureArticle } from "../fixtures/dossier/story.js";

const LIND = { name: "Mara Lind", type: "person" as const, forms: ["Mara Lind", "Lind"] };

function input(f: FixtureArticle, language: string): DossierInput {
  const it = makeInput(f);
  it.article.language = language;
  it.analysis.language = language;
  return it;
}

const EN_WORDS = "The water came into three hundred houses before anyone could warn the families";
const FR_WORDS = "L'eau est entrée dans trois cents maisons avant que quiconque puisse prévenir les familles";

test("quotes: a French translation of a quote joins its English variant", () => {
  const en = input({ id: "t-en", outlet: "Harbor Post", published: null, text: `Mara Lind spoke on Tuesday. "${EN_WORDS}," Lind said.`, entities: [LIND], quotes: [{ words: EN_WORDS, speaker: "Mara Lind" }] }, "en");
  const fr = input({ id: "t-fr", outlet: "Le Courrier", published: null, text: `Mara Lind s'est exprimée mardi. « ${FR_WORDS} », a déclaré Lind.`, entities: [LIND], quotes: [{ words: FR_WORDS, speaker: "Mara Lind" }] }, "fr");
  const d = buildDossier("flood", null, [en, fr]);
  assert.equal(d.quotes.groups.length, 1, JSON.stringify(d.quotes.single.map((q) => q.text)));
  assert.deepEqual(d.quotes.groups[0]!.variants.map((v) => v.article).sort(), ["t-en", "t-fr"]);
});

test("quotes: a count written out is one key, so two quotes sharing `two` and `hours` stay apart", () => {
  const a = "If we had had two hours, we could have got the old people out";
  const b = "The river rose two metres in three hours";
  const first = input({ id: "h-a", outlet: "Harbor Post", published: null, text: `"${a}," Lind said.`, entities: [LIND], quotes: [{ words: a, speaker: "Mara Lind" }] }, "en");
  const second = input({ id: "h-b", outlet: "Valley Times", published: null, text: `"${b}," Mara Lind said.`, entities: [LIND], quotes: [{ words: b, speaker: "Mara Lind" }] }, "en");
  const d = buildDossier("flood", null, [first, second]);
  assert.equal(d.quotes.groups.length, 0);
});

test("quotes: a translated word folded onto a synonym row's head is shared across languages too", () => {
  // `rápido` is `fast`, which the synonym rows keep as `quick`; `faster` goes to `fast` as well.
  // Without the folded head the two share only `water` and `rise`: too few keys to group.
  const en = "The water rose faster than any of us thought possible";
  const es = "El agua subió más rápido de lo que nadie esperaba";
  const a = input({ id: "r-en", outlet: "Harbor Post", published: null, text: `"${en}," Mara Lind said.`, entities: [LIND], quotes: [{ words: en, speaker: "Mara Lind" }] }, "en");
  const b = input({ id: "r-es", outlet: "El Diario", published: null, text: `«${es}», dijo Mara Lind.`, entities: [LIND], quotes: [{ words: es, speaker: "Mara Lind" }] }, "es");
  const d = buildDossier("flood", null, [a, b]);
  assert.equal(d.quotes.groups.length, 1, JSON.stringify(d.quotes.single.map((q) => q.text)));
});
