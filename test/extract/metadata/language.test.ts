import { test } from "node:test";
import assert from "node:assert/strict";
import { franc } from "franc-min";
import { guessByFunctionWords } from "../../../src/extract/metadata/function-words.js";
import { detectLanguage } from "../../../src/extract/metadata/language.js";

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
