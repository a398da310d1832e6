// Italian, Portuguese and Dutch in the news lexicon: a translated report of a story joins the
// English claim it states (through names, numbers, dates and the lexicon), and only that one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier, type DossierInput } from "../../src/dossier/index.js";
import { translateWord, translates } from "../../src/dossier/lexicon.js";
import { makeInput, type FixtureArticle } from "../fixtures/dossier/story.js";

function input(f: FixtureArticle, language: string): DossierInput {
  const it = makeInput(f);
  it.article.language = language;
  it.analysis.language = language;
  return it;
}

test("lexicon: Italian, Portuguese and Dutch words map to the English keys French, Spanish and German ones do", () => {
  for (const lang of ["it", "pt", "nl"]) assert.ok(translates(lang), lang);
  assert.ok(!translates("pl"), "a language without a column is not translated");
  const flood = translateWord("fr", "inondation");
  assert.ok(flood);
  for (const [lang, word] of [["it", "alluvione"], ["it", "inondazioni"], ["pt", "inundacoes"], ["pt", "enchente"], ["nl", "overstroming"], ["nl", "overstromingen"]] as const) {
    assert.equal(translateWord(lang, word), flood, `${lang} ${word}`);
  }
  const minister = translateWord("es", "ministra");
  for (const [lang, word] of [["it", "ministra"], ["it", "ministri"], ["pt", "ministros"], ["nl", "ministers"]] as const) assert.equal(translateWord(lang, word), minister, `${lang} ${word}`);
  // Accents are written off as normalizeWord strips them: `città`, `inundações`, `beëindigd`.
  assert.equal(translateWord("it", "citta"), translateWord("fr", "ville"));
  assert.equal(translateWord("pt", "terca-feira"), translateWord("de", "dienstag"));
  assert.equal(translateWord("it", "martedi"), translateWord("de", "dienstag"));
  assert.ok(translateWord("nl", "beeindigd"));
  // Italian articles and prepositions glued by an apostrophe fall away, as French ones do.
  assert.equal(translateWord("it", "dell'ospedale"), translateWord("fr", "hopital"));
  assert.equal(translateWord("it", "l'alluvione"), flood);
  assert.equal(translateWord("pt", "mortos"), translateWord("nl", "doden"));
  // Number words.
  assert.equal(translateWord("it", "quattordici"), "n:14");
  assert.equal(translateWord("pt", "quatro"), "n:4");
  assert.equal(translateWord("nl", "veertien"), "n:14");
});

test("lexicon: a common word that shares a stem with a news word stays untranslated", () => {
  // `caso` (case) has the stem of `casa`, `fino` (until) that of `fine`, `prima` (before) that of
  // `primo`, `sei` is also `you are`; `novo` and `nove` share a stem; `weg` is also `away`.
  for (const [lang, word] of [["it", "caso"], ["it", "fino"], ["it", "prima"], ["it", "sei"], ["it", "per"], ["it", "porta"], ["pt", "caso"], ["pt", "novo"], ["pt", "tem"], ["pt", "medida"], ["nl", "weg"], ["nl", "reden"], ["nl", "laat"], ["nl", "tegen"]] as const) {
    assert.equal(translateWord(lang, word), null, `${lang} ${word}`);
  }
  for (const [lang, word] of [["it", "il"], ["it", "della"], ["pt", "os"], ["pt", "nao"], ["nl", "het"], ["nl", "niet"]] as const) assert.equal(translateWord(lang, word), null, `${lang} ${word}`);
});

const TOWN = { name: "Dravenna", type: "place" as const, forms: ["Dravenna"] };

const FLOOD_EN: FixtureArticle = {
  id: "flood-en",
  outlet: "Ridgeline Courier",
  published: "2025-03-12T09:00:00Z",
  text: "The flood killed 14 people in Dravenna on Tuesday, the regional authorities said. Shops on the market square will reopen next month.",
  entities: [TOWN],
  dates: [{ text: "Tuesday", resolved: "2025-03-11" }],
};
const FLOOD_IT: FixtureArticle = {
  id: "flood-it",
  outlet: "Il Corriere di Pontalba",
  published: "2025-03-12T11:00:00Z",
  text: "L'alluvione ha ucciso 14 persone a Dravenna martedì, secondo le autorità regionali. Il nuovo ponte sul torrente di Dravenna sarà costruito entro l'estate.",
  entities: [TOWN],
  dates: [{ text: "martedì", resolved: "2025-03-11" }],
};
const FLOOD_PT: FixtureArticle = {
  id: "flood-pt",
  outlet: "Jornal da Serra Alta",
  published: "2025-03-12T12:00:00Z",
  text: "As inundações mataram 14 pessoas em Dravenna na terça-feira, disseram as autoridades regionais. A escola primária de Dravenna recebeu donativos de todo o distrito.",
  entities: [TOWN],
  dates: [{ text: "terça-feira", resolved: "2025-03-11" }],
};
const FLOOD_NL: FixtureArticle = {
  id: "flood-nl",
  outlet: "Dagblad Westerkamp",
  published: "2025-03-12T13:00:00Z",
  text: "De overstroming heeft dinsdag in Dravenna 14 mensen gedood, meldden de regionale autoriteiten. De oude molen van Dravenna trekt ieder voorjaar duizenden bezoekers.",
  entities: [TOWN],
  dates: [{ text: "dinsdag", resolved: "2025-03-11" }],
};

test("claims: an Italian, a Portuguese and a Dutch report of a flood's toll join the English claim", () => {
  const d = buildDossier("flood", null, [input(FLOOD_EN, "en"), input(FLOOD_IT, "it"), input(FLOOD_PT, "pt"), input(FLOOD_NL, "nl")]);
  const toll = d.claims.find((c) => c.support.some((s) => s.article === "flood-en" && s.text.includes("killed 14")));
  assert.ok(toll, "the English toll is in a claim");
  assert.deepEqual(new Set(toll.support.map((s) => s.article)), new Set(["flood-en", "flood-it", "flood-pt", "flood-nl"]), JSON.stringify(toll.support.map((s) => s.text)));
  assert.equal(toll.status, "corroborated");
  assert.equal(toll.independentSources, 4);
  // Each second sentence tells a fact of its own, sharing only the town's name.
  for (const needle of ["Shops on the market", "nuovo ponte", "escola primária", "oude molen"]) {
    const other = d.claims.find((c) => c.support.some((s) => s.text.includes(needle)));
    assert.ok(other, needle);
    assert.equal(other.status, "single-source", `${needle}: ${JSON.stringify(other.support.map((s) => s.text))}`);
  }
  assert.equal(d.contradictions.length, 0);
});

const MINISTER = { name: "Orla Vennick", type: "person" as const, forms: ["Orla Vennick"], roles: ["foreign minister"] };
const HOST = { name: "Talveria", type: "place" as const, forms: ["Talveria"] };
const OTHER = { name: "Korrasund", type: "place" as const, forms: ["Korrasund"] };
const ENTS = [MINISTER, HOST, OTHER];

const EXPEL_EN: FixtureArticle = {
  id: "expel-en",
  outlet: "Northern Ledger",
  published: "2025-06-04T08:00:00Z",
  text: "Talveria's foreign minister Orla Vennick expelled four Korrasund diplomats on Wednesday. The national football team lost its friendly in Korrasund in April.",
  entities: ENTS,
  dates: [{ text: "Wednesday", resolved: "2025-06-04" }],
};
const EXPEL_IT: FixtureArticle = {
  id: "expel-it",
  outlet: "La Voce di Calvisano",
  published: "2025-06-04T10:00:00Z",
  text: "La ministra degli Esteri di Talveria, Orla Vennick, ha espulso mercoledì quattro diplomatici di Korrasund. Il prezzo del pane a Talveria è salito del 3 per cento in un anno.",
  entities: ENTS,
  dates: [{ text: "mercoledì", resolved: "2025-06-04" }],
};
const EXPEL_PT: FixtureArticle = {
  id: "expel-pt",
  outlet: "Diário do Planalto",
  published: "2025-06-04T11:00:00Z",
  text: "A ministra dos Negócios Estrangeiros de Talveria, Orla Vennick, expulsou quatro diplomatas de Korrasund na quarta-feira. O porto de Korrasund vai receber um novo terminal de contentores.",
  entities: ENTS,
  dates: [{ text: "quarta-feira", resolved: "2025-06-04" }],
};
const EXPEL_NL: FixtureArticle = {
  id: "expel-nl",
  outlet: "Het Grensnieuws",
  published: "2025-06-04T12:00:00Z",
  text: "Minister van Buitenlandse Zaken Orla Vennick van Talveria heeft woensdag vier diplomaten van Korrasund uitgezet. In Talveria gaan de scholen na de zomer een uur later open.",
  entities: ENTS,
  dates: [{ text: "woensdag", resolved: "2025-06-04" }],
};

test("claims: an Italian, a Portuguese and a Dutch report of a minister expelling diplomats join the English claim", () => {
  const d = buildDossier("expel", null, [input(EXPEL_EN, "en"), input(EXPEL_IT, "it"), input(EXPEL_PT, "pt"), input(EXPEL_NL, "nl")]);
  const expel = d.claims.find((c) => c.support.some((s) => s.article === "expel-en" && s.text.includes("expelled four")));
  assert.ok(expel, "the English statement is in a claim");
  assert.deepEqual(new Set(expel.support.map((s) => s.article)), new Set(["expel-en", "expel-it", "expel-pt", "expel-nl"]), JSON.stringify(expel.support.map((s) => s.text)));
  assert.equal(expel.status, "corroborated");
  for (const needle of ["football team", "prezzo del pane", "terminal de contentores", "uur later open"]) {
    const other = d.claims.find((c) => c.support.some((s) => s.text.includes(needle)));
    assert.ok(other, needle);
    assert.equal(other.status, "single-source", `${needle}: ${JSON.stringify(other.support.map((s) => s.text))}`);
  }
});

test("lexicon: a number is read from its listed forms only, not from a plural the stemmer folds onto it", () => {
  assert.equal(translateWord("nl", "honderd"), "n:100");
  assert.equal(translateWord("nl", "honderden"), null);
  assert.equal(translateWord("fr", "centaine"), "n:100");
  assert.equal(translateWord("fr", "centaines"), null);
  assert.equal(translateWord("de", "hunderte"), null);
  assert.equal(translateWord("es", "cientos"), null);
  assert.equal(translateWord("de", "zwei"), "n:2");
});

test("lexicon: a recall warning's words (cheese, fridge, eat) translate, so a translated warning meets its English wording", () => {
  assert.equal(translateWord("it", "formaggio"), translateWord("fr", "fromage"));
  assert.equal(translateWord("it", "frigorifero"), translateWord("nl", "koelkast"));
  assert.equal(translateWord("it", "mangiatelo"), translateWord("de", "essen"));
  assert.notEqual(translateWord("it", "formaggio"), null);
});
