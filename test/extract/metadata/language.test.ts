import { test } from "node:test";
import assert from "node:assert/strict";
import { franc } from "franc-min";
import { guessByFunctionWords } from "../../../src/extract/metadata/function-words.js";
import { detectLanguage, settleBatchLanguages } from "../../../src/extract/metadata/language.js";
import type { Article } from "../../../src/core/types.js";

// Short news paragraphs written for this test, one per language the quick guesser knows.
const PROSE: Record<string, string> = {
  en: "The council said on Monday that the bridge would not reopen before the spring, and that the engineers who inspected it had found cracks in two of the piers. Residents who live on the far side of the river have been told to use the ferry, which will run every hour until the repairs are done.",
  fr: "Le conseil municipal a annoncé lundi que le pont ne rouvrira pas avant le printemps, et que les ingénieurs qui l'ont inspecté ont trouvé des fissures dans deux des piles. Les habitants de l'autre rive sont invités à prendre le bac, qui circulera toutes les heures pendant les travaux, mais ils ne sont pas satisfaits.",
  de: "Der Stadtrat teilte am Montag mit, dass die Brücke nicht vor dem Frühjahr wieder geöffnet wird und dass die Ingenieure bei der Prüfung Risse in zwei Pfeilern gefunden haben. Die Anwohner auf der anderen Seite des Flusses sollen die Fähre nutzen, die bis zum Ende der Arbeiten stündlich fährt, und sie sind nicht zufrieden.",
  es: "El ayuntamiento anunció el lunes que el puente no se reabrirá antes de la primavera, y que los ingenieros que lo inspeccionaron encontraron grietas en dos de los pilares. Los vecinos del otro lado del río deberán usar el transbordador, que funcionará cada hora durante las obras, según fuentes municipales.",
  it: "Il consiglio comunale ha annunciato lunedì che il ponte non sarà riaperto prima della primavera, e che gli ingegneri che lo hanno ispezionato hanno trovato crepe in due dei piloni. Gli abitanti dell'altra sponda del fiume dovranno usare il traghetto, che sarà in servizio ogni ora durante i lavori, anche di notte.",
  pt: "A câmara municipal anunciou na segunda-feira que a ponte não será reaberta antes da primavera, e que os engenheiros que a inspecionaram encontraram fissuras em dois dos pilares. Os moradores do outro lado do rio terão de usar o ferry, que vai circular de hora a hora durante as obras, segundo a autarquia.",
  nl: "De gemeenteraad heeft maandag gemeld dat de brug niet voor het voorjaar weer opengaat, en dat de ingenieurs die haar hebben onderzocht scheuren in twee van de pijlers hebben gevonden. Bewoners aan de overkant van de rivier moeten de veerpont nemen, die tijdens de werkzaamheden elk uur vaart, ook in het weekend.",
};

const ISO3: Record<string, string> = { eng: "en", fra: "fr", deu: "de", spa: "es", ita: "it", por: "pt", nld: "nl" };

for (const [lang, text] of Object.entries(PROSE)) {
  test(`function words name ${lang} prose, as franc does`, () => {
    assert.equal(guessByFunctionWords(text), lang);
    assert.equal(ISO3[franc(text)], lang);
    assert.equal(detectLanguage(text), lang);
  });
}

test("function words give no answer on too little text", () => {
  assert.equal(guessByFunctionWords("The bridge is closed and the ferry runs."), null);
  assert.equal(guessByFunctionWords(""), null);
});

test("function words give no answer on an even mix of two languages", () => {
  const mix = `${PROSE.en!.slice(0, 140)} ${PROSE.fr!.slice(0, 160)}`;
  assert.equal(guessByFunctionWords(mix), null);
});

test("a language the function words do not know still comes from franc", () => {
  const pl =
    "Rada miasta poinformowała w poniedziałek, że most nie zostanie ponownie otwarty przed wiosną, a inżynierowie, którzy go zbadali, znaleźli pęknięcia w dwóch filarach. Mieszkańcy drugiego brzegu rzeki mają korzystać z promu, który będzie kursował co godzinę do końca prac.";
  assert.equal(guessByFunctionWords(pl), null);
  assert.equal(detectLanguage(pl), "pl");
});

// Short items with their stop words stripped, as short-text clustering sets ship them: without
// function words franc reads some of them as French or Spanish.
const STRIPPED = [
  "council approves new tram line linking harbour district central station construction begin spring",
  "heavy rain floods village roads residents evacuated firefighters pump water basements tuesday night",
  "striking dock workers reject pay offer port operator talks resume next week union leader says",
  "museum returns bronze statue stolen decades ago ceremony held capital culture minister attends",
  "wildfire near border forces closure motorway hundreds hectares pine forest burned overnight",
  "central bank holds interest rate unchanged inflation eases second month governor signals patience",
  "ferry collision narrow strait leaves twelve passengers injured coast guard opens investigation",
  "regional election turnout record high incumbent governor concedes defeat challenger promises reform",
  "pharmaceutical company recalls batch blood pressure tablets contamination detected routine testing",
  "city marathon postponed heatwave organisers confirm new date october registered runners refunded",
];

function article(id: string, text: string, language: string | null = detectLanguage(text)): Article {
  return { id, path: id, url: null, outlet: null, title: null, byline: null, published: null, dateline: null, language, text, removed: [] };
}

test("settleBatchLanguages: stop-word-stripped English items misread alone take the batch's English", () => {
  const batch = STRIPPED.map((t, i) => article(`s${i}`, t));
  const misread = batch.filter((a) => a.language !== "en");
  assert.ok(misread.length >= 2, `detection alone misreads some items: ${misread.map((a) => a.language).join(",")}`);
  const settled = settleBatchLanguages(batch);
  assert.deepEqual(settled.map((a) => a.language), STRIPPED.map(() => "en"));
  assert.equal(batch[0]!.language, "en", "the input records are not changed");
});

test("settleBatchLanguages: a real foreign snippet, a declared language and a mixed batch keep theirs", () => {
  const french = article("fr", "Le président a annoncé mardi une réforme des retraites qui sera présentée au Parlement la semaine prochaine.");
  assert.equal(french.language, "fr");
  const declared = article("decl", STRIPPED[0]!, "de");
  const tooShort = article("short", "tram line approved", null);
  const batch = [...STRIPPED.map((t, i) => article(`s${i}`, t)), french, declared, tooShort];
  const settled = settleBatchLanguages(batch);
  assert.equal(settled.find((a) => a.id === "fr")!.language, "fr");
  assert.equal(settled.find((a) => a.id === "decl")!.language, "de");
  assert.equal(settled.find((a) => a.id === "short")!.language, "en", "an item too short to detect takes the batch language");
  // No language leads by two to one: nothing is settled.
  const mixed = [...STRIPPED.slice(0, 4).map((t, i) => article(`s${i}`, t, i < 2 ? "en" : "fr")), article("x", STRIPPED[5]!, null)];
  assert.strictEqual(settleBatchLanguages(mixed), mixed);
});

test("settleBatchLanguages: a short report full of names keeps its language when its few function words are its own", () => {
  // Too few function words to decide alone, and names that score as English trigrams: the
  // Spanish words (`que`, `ha`, `de`, `al`, `el`, `por`) still say it is no weak detection.
  const spanish = article(
    "es",
    "Pellmark Athletic ficha a Tomás Reddan por 14 millones de marcos. El delantero Tomás Reddan, de 25 años, es nuevo jugador del Pellmark Athletic, que ha pagado 14 millones de marcos al Stanway Rovers, un récord para el club.",
  );
  assert.equal(spanish.language, "es");
  const english = ["Pellmark Athletic signed the striker on Wednesday after a long chase for his signature.", "The club said the striker had passed his medical and would train with the squad on Friday.", "Supporters gathered outside the ground to welcome the new striker, who was mobbed by fans.", "The fee is a record for the club, which has not won the league for twenty years.", "The manager said he had wanted the striker for two seasons and was delighted with the deal."].map((t, i) => article(`e${i}`, t, "en"));
  const settled = settleBatchLanguages([...english, spanish]);
  assert.equal(settled.find((a) => a.id === "es")!.language, "es");
});
