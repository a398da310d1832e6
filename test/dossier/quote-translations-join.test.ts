// A translated quote shares few words with its original (names, figures), too few to match on; when
// its speaker's words in the other language are one utterance, it joins that utterance's variants.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const italian = (id: string, outlet: string, text: string) => ({ ...newsArticle(id, outlet, "2031-04-08T11:00:00Z", text), language: "it" });

const EN_A = newsArticle("a", "Ostra Wire", "2031-04-08T09:00:00Z",
  "Tarvia expelled three Lennland diplomats on Tuesday. \"This is a baseless provocation, and Lennland reserves the right to respond in kind,\" spokesman Piet Adler said at a briefing.");
const EN_B = newsArticle("b", "Harbor Post", "2031-04-08T10:00:00Z",
  "Three Lennland diplomats were told to leave Tarvia on Tuesday. \"This provocation has no foundation, and we keep the right to answer in kind,\" spokesman Piet Adler said.");
const IT = italian("c", "Gazzetta di Orsa",
  "Il governo di Tarvia ha espulso martedì tre diplomatici. «Si tratta di una provocazione infondata e Lennland si riserva il diritto di rispondere allo stesso modo», ha dichiarato il portavoce Piet Adler.");

test("a translated quote joins its speaker's one utterance in the other language", () => {
  const d = analysedDossier([{ a: EN_A }, { a: EN_B }, { a: IT }]);
  const group = d.quotes.groups.find((g) => g.variants.some((v) => v.article === "a" && v.text.includes("baseless")));
  assert.ok(group, "the English variants form a group");
  assert.ok(group.variants.some((v) => v.article === "c"), `the Italian quote stays single: ${d.quotes.single.map((v) => v.text).join(" | ")}`);
});

test("with two utterances of the speaker in the other language that it could translate, a translation joins neither", () => {
  const second = newsArticle("d", "Valley Times", "2031-04-08T12:00:00Z",
    "Tarvia expelled three Lennland diplomats on Tuesday. \"We will answer them with calm and with patience, as we always have in hard times with our neighbours,\" spokesman Piet Adler said on Tuesday evening.");
  const d = analysedDossier([{ a: EN_A }, { a: EN_B }, { a: second }, { a: IT }]);
  const joined = d.quotes.groups.some((g) => g.variants.some((v) => v.article === "c"));
  assert.equal(joined, false);
});

test("an utterance the translation cannot be (sharing no key with it, or of another length) does not make the match ambiguous", () => {
  const other = newsArticle("d", "Valley Times", "2031-04-08T12:00:00Z",
    "Tarvia expelled three Lennland diplomats on Tuesday. \"We regret it,\" spokesman Piet Adler said on Tuesday evening.");
  const d = analysedDossier([{ a: EN_A }, { a: EN_B }, { a: other }, { a: IT }]);
  assert.ok(d.quotes.groups.some((g) => g.variants.some((v) => v.article === "c") && g.variants.some((v) => v.article === "a")));
});

test("a translation that shares no key with its original joins its speaker's only utterance of about its length there", () => {
  const a = newsArticle("a", "Ostra Wire", "2031-05-04T09:00:00Z",
    "Storm Ilse flooded the seafront of Tellby overnight. \"We were incredibly lucky that it all ended so mildly,\" mayor Ina Sorrell said on Monday.");
  const b = newsArticle("b", "Harbor Post", "2031-05-04T10:00:00Z",
    "Tellby counted the cost of Storm Ilse. \"We were extremely lucky that it all ended so mildly,\" mayor Ina Sorrell said.");
  const de = { ...newsArticle("c", "Nordblatt", "2031-05-04T11:00:00Z",
    "Sturm Ilse hat die Uferpromenade von Tellby überflutet. «Wir hatten riesiges Glück, dass alles so glimpflich ausging», sagte Bürgermeisterin Ina Sorrell am Montag."), language: "de" };
  const d = analysedDossier([{ a }, { a: b }, { a: de }]);
  const group = d.quotes.groups.find((g) => g.variants.some((v) => v.article === "a"));
  assert.ok(group, "the English variants form a group");
  assert.ok(group.variants.some((v) => v.article === "c"), `the German quote stays single: ${d.quotes.single.map((v) => v.text).join(" | ")}`);
});

test("a translated fragment of an utterance (`lo definió como «…»`), shorter than it, joins it when it shares a key", () => {
  const a = newsArticle("a", "Touchline", "2031-07-02T09:00:00Z",
    "Harl Town have signed Pavel Ostrow from Tessel Athletic. \"He is the best finisher in this league and you pay for the best,\" manager Bruno Ostrander said.");
  const b = newsArticle("b", "Daily Lantern", "2031-07-02T10:00:00Z",
    "HARL TOWN have landed goal machine Pavel Ostrow. \"He's the best finisher in the league and you have to pay for the best,\" manager Bruno Ostrander told reporters.");
  const es = { ...newsArticle("c", "La Voz", "2031-07-02T11:00:00Z",
    "El delantero Pavel Ostrow firmó con el Harl Town. El entrenador del Harl Town, Bruno Ostrander, lo definió como «el mejor rematador de esta liga»."), language: "es" };
  const d = analysedDossier([{ a }, { a: b }, { a: es }]);
  const group = d.quotes.groups.find((g) => g.variants.some((v) => v.article === "a"));
  assert.ok(group, "the English variants form a group");
  assert.ok(group.variants.some((v) => v.article === "c"), `the Spanish fragment stays single: ${d.quotes.single.map((v) => `${v.speaker}: ${v.text}`).join(" | ")}`);
});

test("a translated quote whose speaker is left a role (`declaró el jugador`) joins the utterance of a person its article names, not of one it does not", () => {
  const a = newsArticle("a", "Matchday", "2031-07-02T09:00:00Z",
    "Harl Town have signed the striker Pavel Ostrow from Tessel Athletic. \"I came here to win trophies, not to sit on the bench,\" Ostrow said.");
  const b = newsArticle("b", "Daily Lantern", "2031-07-02T10:00:00Z",
    "HARL TOWN have landed goal machine Pavel Ostrow. \"I've come here to win trophies, not to sit on the bench,\" Ostrow told reporters.");
  const es = (text: string) => ({ ...newsArticle("c", "Diario Sur", "2031-07-02T11:00:00Z", text), language: "es" });
  const named = es("El delantero Pavel Ostrow es nuevo jugador del Harl Town. \"Vine aquí a ganar títulos, no a calentar el banquillo\", declaró el jugador.");
  const d = analysedDossier([{ a }, { a: b }, { a: named }]);
  const group = d.quotes.groups.find((g) => g.variants.some((v) => v.article === "a"));
  assert.ok(group, "the English variants form a group");
  assert.ok(group.variants.some((v) => v.article === "c"), `the Spanish quote stays single: ${d.quotes.single.map((v) => `${v.speaker}: ${v.text}`).join(" | ")}`);
  const unnamed = es("El Harl Town presentó a su nuevo delantero. \"Vine aquí a ganar títulos, no a calentar el banquillo\", declaró el jugador.");
  const e = analysedDossier([{ a }, { a: b }, { a: unnamed }]);
  assert.ok(!e.quotes.groups.some((g) => g.variants.some((v) => v.article === "c")));
});
