// General news rows of the dossier lexicon (politics, diplomacy, justice, crime, business,
// accidents): each maps the words of all six languages to one English key, and a common word
// that shares a stem with one of them stays off it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { englishSynonym, phraseKeys, translateWords } from "../../src/dossier/lexicon.js";
import { wordKey } from "../../src/dossier/text.js";
import { normalizeWord } from "../../src/core/tokenize.js";

const key = (en: string): string => "w:" + wordKey(en);
const LANGS = ["fr", "es", "de", "it", "pt", "nl"] as const;

/** Per English head, one printed form per column (fr, es, de, it, pt, nl). */
const ACROSS: Record<string, readonly [string, string, string, string, string, string]> = {
  expel: ["expulse", "expulsados", "ausgewiesen", "espulsi", "expulsou", "uitgewezen"],
  diplomat: ["diplomates", "diplomaticos", "diplomaten", "diplomatici", "diplomatas", "diplomaten"],
  prosecutor: ["procureur", "fiscalia", "staatsanwaltschaft", "procura", "promotor", "aanklager"],
  lawyer: ["avocats", "abogada", "anwalt", "avvocati", "advogados", "advocaat"],
  witness: ["temoins", "testigos", "zeugen", "testimoni", "testemunhas", "getuigen"],
  summit: ["sommet", "cumbre", "gipfeltreffen", "vertice", "cimeira", "topontmoeting"],
  ceasefire: ["cessez-le-feu", "tregua", "waffenruhe", "tregua", "cessar-fogo", "wapenstilstand"],
  parliament: ["deputes", "diputados", "abgeordneten", "parlamento", "deputados", "parlement"],
  layoff: ["licenciements", "despedidos", "stellenabbau", "licenziamenti", "demissoes", "ontslagen"],
  passenger: ["passagers", "pasajeros", "passagiere", "passeggeri", "passageiros", "passagiers"],
  crew: ["equipage", "tripulacion", "besatzung", "equipaggio", "tripulantes", "bemanning"],
  survivor: ["survivants", "supervivientes", "uberlebenden", "sopravvissuti", "sobreviventes", "overlevenden"],
  missing: ["disparus", "desaparecidos", "vermisst", "dispersi", "desaparecido", "vermist"],
  helicopter: ["helicoptere", "helicopteros", "hubschrauber", "elicotteri", "helicoptero", "helikopter"],
};

/** Sport, repair, crime and business words: each form gives its head, beside another head where it shares a stem (`riparazione`, `riparo`). */
const MORE: Record<string, readonly [string, string, string, string, string, string]> = {
  player: ["joueurs", "jugadores", "spieler", "giocatori", "jogadores", "spelers"],
  team: ["equipe", "equipo", "mannschaft", "squadra", "equipe", "ploeg"],
  season: ["saison", "temporada", "spielzeit", "stagione", "temporada", "seizoen"],
  repair: ["reparations", "reparaciones", "reparatur", "riparazioni", "reparacoes", "reparaties"],
  crack: ["fissures", "grietas", "risse", "crepe", "fissuras", "scheuren"],
  thief: ["voleurs", "ladrones", "diebe", "ladri", "ladroes", "dieven"],
  diver: ["plongeurs", "buzos", "taucher", "sommozzatori", "mergulhadores", "duikers"],
  leak: ["fuite", "fuga", "leck", "perdita", "vazamento", "lek"],
  takeover: ["rachat", "adquisicion", "ubernahme", "acquisizione", "aquisicao", "overname"],
};

/**
 * Rows of session 17 (things found and carried, football, places, money, courts), with the forms
 * left out of them because their stem is that of a common other word: French `cour` (a court) for
 * `courant`, `toucher` (to be paid) for `touché`, `à titre de` for `titre`, `comment` (how) for
 * `commenter`, `tel` (such) for `télé`; Spanish `ataque` (an attack) for `atacante`; German `Sturm`
 * (a storm) for `Stürmer`, `war` (was) for `Waren`, `gut` (good) for `Güter`; Italian `investimento`
 * for `investito`, `contro` for `conto`.
 */
const FOUND: Record<string, readonly string[][]> = {
  cup: [["fr", "calice"], ["es", "copa"], ["de", "pokal"], ["it", "coppa"], ["pt", "taca"], ["nl", "beker"]],
  toolbox: [["fr", "outils"], ["es", "herramientas"], ["de", "werkzeugkiste"], ["it", "attrezzi"], ["pt", "ferramentas"], ["nl", "gereedschap"]],
  century: [["fr", "siecle"], ["es", "siglo"], ["de", "jahrhundert"], ["it", "secolo"], ["pt", "seculo"], ["nl", "eeuw"]],
  goal: [["fr", "buts"], ["es", "goles"], ["de", "tore"], ["it", "gol"], ["pt", "golos"], ["nl", "doelpunten"]],
  invoice: [["fr", "factures"], ["es", "facturas"], ["de", "rechnungen"], ["it", "fatture"], ["pt", "faturas"], ["nl", "facturen"]],
  farm: [["fr", "exploitations"], ["es", "granjas"], ["de", "bauernhof"], ["it", "fattorie"], ["pt", "fazendas"], ["nl", "boerderijen"]],
  summon: [["fr", "convoque"], ["es", "convocado"], ["de", "einbestellt"], ["it", "convocato"], ["pt", "convocou"], ["nl", "ontboden"]],
  payment: [["fr", "paiement"], ["es", "pago"], ["de", "zahlung"], ["it", "pagamento"], ["pt", "pagamento"], ["nl", "betaling"]],
  negligent: [["fr", "negligence"], ["es", "negligente"], ["de", "fahrlassig"], ["it", "negligenza"], ["pt", "negligente"], ["nl", "nalatig"]],
  ambassador: [["it", "ambasciatore"], ["pt", "embaixador"]],
};

test("lexicon rows: words of things found, football, money and farming map to their English key", () => {
  for (const [en, forms] of Object.entries(FOUND)) {
    for (const [lang, form] of forms) assert.ok((translateWords(lang!, form!) ?? []).includes(key(en)), `${lang} ${form} -> ${en}`);
  }
  for (const [lang, common, head] of [["fr", "cour", "current"], ["fr", "touche", "affect"], ["fr", "titre", "title"], ["es", "ataque", "striker"], ["de", "sturm", "striker"], ["it", "investimento", "hit"], ["de", "war", "goods"], ["de", "gut", "goods"], ["fr", "comment", "comment"], ["fr", "tel", "television"], ["it", "contro", "account"]] as const) {
    assert.ok(!(translateWords(lang, common) ?? []).includes(key(head)), `${lang} ${common} stays off ${head}`);
  }
});

test("lexicon rows: words of sport, repairs, crime and business map to their English key in every language", () => {
  for (const [en, forms] of Object.entries(MORE)) {
    forms.forEach((form, i) => {
      const lang = LANGS[i]!;
      assert.ok((translateWords(lang, form) ?? []).includes(key(en)), `${lang} ${form} -> ${en}`);
    });
  }
});

test("lexicon rows: news words of politics, justice and accidents map to one English key in every language", () => {
  for (const [en, forms] of Object.entries(ACROSS)) {
    forms.forEach((form, i) => {
      const lang = LANGS[i]!;
      assert.equal(translateWords(lang, form)?.[0], key(en), `${lang} ${form} -> ${en}`);
    });
  }
  // A form under two heads gives both, the first row's first: `condamné` is sentenced and condemns.
  assert.deepEqual(translateWords("fr", "condamne"), [key("sentence"), key("condemn")]);
  assert.deepEqual(translateWords("it", "condannato"), [key("sentence"), key("condemn")]);
  // An injury shares its stem with the verb in German: both keys.
  assert.deepEqual(translateWords("de", "verletzungen"), [key("injure"), key("injury")]);
});

test("lexicon rows: English wordings of the new heads meet them", () => {
  assert.equal(englishSynonym(wordKey("espionage")), key("spy"));
  assert.equal(englishSynonym(wordKey("wreckage")), key("wreck"));
  assert.equal(englishSynonym(wordKey("truce")), key("ceasefire"));
  assert.equal(englishSynonym(wordKey("blast")), key("explosion"));
  assert.equal(englishSynonym(wordKey("bid")), key("offer"));
  // `appel` (fr) is an appeal; German `Berufung` stays off it (the stem of `Beruf`, a trade).
  assert.equal(translateWords("fr", "appel")?.[0], key("appeal"));
  assert.deepEqual(phraseKeys(["the", "firm", "laid", "off", "staff"].map((w) => wordKey(w))), [key("layoff")]);
  assert.deepEqual(phraseKeys(["announced", "job", "cuts"].map((w) => wordKey(w))), [key("layoff")]);
});

test("lexicon rows: a common word sharing a stem with a new form stays off its key", () => {
  const off: [string, string, string][] = [
    // Italian `soldi` (money) has the stem of `soldati`, `alle` (to the) that of `alleati`, `venti`
    // (twenty) that of `vento`, `negozio` (shop) that of `negoziato`.
    ["it", "soldi", "soldier"],
    ["it", "alle", "ally"],
    ["it", "venti", "wind"],
    ["it", "negozio", "negotiate"],
    // French `parler` (speak) has the stem of `parlement`, `ventes` (sales) that of `vents`,
    // `armée` that of `armes`, `commune` that of `communiqué`.
    ["fr", "parler", "parliament"],
    ["fr", "ventes", "wind"],
    ["fr", "armee", "weapon"],
    ["fr", "commune", "statement"],
    // Spanish `negocios` (business) has the stem of `negociaciones`, `seno` that of `senado`.
    ["es", "negocios", "negotiate"],
    ["es", "seno", "senate"],
    // Portuguese `cada` (every) that of `cadeia`, `indicar` that of `indiciado`, `motor` that of
    // `motorista`, `buscar` (to seek) that of `buscas`, `referente` that of `referendo`.
    ["pt", "cada", "prison"],
    ["pt", "indicar", "charge"],
    ["pt", "motor", "driver"],
    ["pt", "buscar", "search"],
    ["pt", "referente", "referendum"],
    // German `sprechen` (speak) that of `Sprecher`, `fahren` (drive) that of `Fahrer`, `Ausweis`
    // (identity card) that of `Ausweisung`, `Beruf` (trade) that of `Berufung`.
    ["de", "sprechen", "spokesman"],
    ["de", "fahren", "driver"],
    ["de", "ausweis", "expel"],
    ["de", "beruf", "appeal"],
  ];
  for (const [lang, word, en] of off) assert.ok(!(translateWords(lang, word) ?? []).includes(key(en)), `${lang} ${word} is not ${en}`);
  // The number word keeps its number.
  assert.equal(translateWords("it", "venti")?.[0], "n:20");
});

/** Per English head of what quotes and statements say, one printed form per column (fr, es, de, it, pt, nl). */
const QUOTES: Record<string, readonly [string, string, string, string, string, string]> = {
  weak: ["faiblesse", "debilidad", "schwache", "debolezza", "fraqueza", "zwakte"],
  allow: ["permet", "permite", "erlaubt", "permettera", "permitiu", "toegestaan"],
  future: ["avenir", "futuro", "zukunft", "futuro", "futuro", "toekomst"],
  freedom: ["liberte", "libertad", "freiheit", "liberta", "liberdade", "vrijheid"],
  sovereignty: ["souverainete", "soberania", "souveranitat", "sovranita", "soberania", "soevereiniteit"],
  solidarity: ["solidarite", "solidaridad", "solidaritat", "solidarieta", "solidariedade", "solidariteit"],
  unacceptable: ["inacceptable", "inaceptable", "inakzeptabel", "inaccettabile", "inaceitavel", "onaanvaardbaar"],
  unfounded: ["infondees", "infundadas", "unbegrundet", "infondate", "infundadas", "ongegrond"],
  disproportionate: ["disproportionnee", "desproporcionada", "unverhaltnismassig", "sproporzionata", "desproporcional", "disproportioneel"],
  tolerate: ["tolerer", "tolerar", "toleriert", "tollerare", "tolerar", "tolereren"],
  guarantee: ["garantit", "garantiza", "garantiert", "garantisce", "garantia", "garandeert"],
  deny: ["dementi", "niega", "bestritten", "smentisce", "negou", "ontkent"],
  forgive: ["pardonner", "perdonar", "verzeihen", "perdonare", "perdoar", "vergeven"],
  condolence: ["condoleances", "condolencias", "beileid", "condoglianze", "condolencias", "medeleven"],
  shame: ["honte", "verguenza", "schande", "vergogna", "vergonha", "schaamte"],
  humanitarian: ["humanitaire", "humanitaria", "humanitare", "umanitaria", "humanitario", "humanitair"],
};

test("lexicon rows: the words of quotes and statements map to one English key in every language", () => {
  for (const [en, forms] of Object.entries(QUOTES)) {
    forms.forEach((form, i) => {
      const lang = LANGS[i]!;
      assert.equal(translateWords(lang, form)?.[0], key(en), `${lang} ${form} -> ${en}`);
    });
  }
  // Two English wordings of one thing each take the form: `erreur` is a mistake and an error.
  assert.deepEqual(translateWords("fr", "erreur"), [key("mistake"), key("error")]);
  assert.deepEqual(translateWords("es", "infundadas"), [key("unfounded"), key("baseless")]);
});

test("lexicon rows: a common word sharing a stem with a left-out quote word stays off its key", () => {
  const off: [string, string, string][] = [
    // German `wurde` (was) is `Würde` (dignity) without its accent; `bereits` (already) has the
    // stem of `bereit` (ready).
    ["de", "wurde", "dignity"],
    ["de", "bereits", "ready"],
    // Dutch `kan` (can) has the stem of `kans` (opportunity), French `respectivement` that of `respecter`.
    ["nl", "kan", "opportunity"],
    ["fr", "respectivement", "respect"],
    // German `sich` (the reflexive) has the stem of `Sicherheit` and `sicher`.
    ["de", "sich", "safety"],
    ["de", "sich", "safe"],
  ];
  for (const [lang, word, en] of off) assert.ok(!(translateWords(lang, word) ?? []).includes(key(en)), `${lang} ${word} is not ${en}`);
});

test("lexicon rows: words of courts, transport, health and museums map to one English key", () => {
  const across: Record<string, readonly [string, string, string, string, string, string]> = {
    bail: ["caution", "fianza", "kaution", "cauzione", "fianca", "borgtocht"],
    detour: ["deviation", "desvio", "umleitung", "deviazione", "desvio", "omleiding"],
    nurse: ["infirmieres", "enfermeras", "krankenschwester", "infermieri", "enfermeiros", "verpleegkundigen"],
    museum: ["musee", "museo", "museum", "musei", "museu", "musea"],
  };
  for (const [en, forms] of Object.entries(across)) {
    forms.forEach((form, i) => assert.equal(translateWords(LANGS[i]!, form)?.[0], key(en), `${LANGS[i]} ${form} -> ${en}`));
  }
  // French `loyer` (rent) has the stem of `loi` and Dutch `boom` (tree) that of `bom`: left out.
  assert.notEqual(translateWords("fr", "loi")?.[0], key("rent"));
  assert.notEqual(translateWords("nl", "bom")?.[0], key("tree"));
});

test("lexicon rows: travellers stranded abroad map to one English key in every language", () => {
  const across: Record<string, readonly [string, string, string, string, string, string]> = {
    stuck: ["bloques", "varados", "festsitzen", "bloccati", "retidos", "gestrand"],
    abroad: ["etranger", "extranjero", "ausland", "estero", "exterior", "buitenland"],
  };
  for (const [en, forms] of Object.entries(across)) {
    forms.forEach((form, i) => assert.equal(translateWords(LANGS[i]!, form)?.[0], key(en), `${LANGS[i]} ${form} -> ${en}`));
  }
  // A takeover's premium; Spanish `prima` (a cousin) and Italian `premio` (a prize) are left out.
  for (const [lang, form] of [["fr", "prime"], ["de", "Prämie"], ["de", "Aufschlag"], ["nl", "premie"]] as const) assert.equal(translateWords(lang, normalizeWord(form))?.[0], key("premium"), `${lang} ${form}`);
});
