// Wire and scrape leftovers found on a held-out set, each with an invented text: credit lines, agency
// sign-offs, syndication notices, bylines, reading times and datelines in several languages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanText } from "../../../src/extract/text/index.js";
import { lineFeatures } from "../../../src/extract/text/features.js";
import { lineRule } from "../../../src/extract/text/rules.js";

const P1 = "The harbour board approved the new ferry timetable on Monday after a long meeting with operators.";
const P2 = "Captains said the earlier departures would help them avoid the evening fog on the estuary.";

test("wire credit lines are removed as credits; prose opening with the same words stays", () => {
  for (const line of [
    "(Reporting by Oskar Pellin in Dunmarrow and Reta Vosk in Calbray; Editing by Ines Tolm)",
    "(Reporting by Oskar Pellin; editing by Ines Tolm)",
    "(Writing by Reta Vosk; Additional reporting by Oskar Pellin)",
    "Additional reporting by Oskar Pellin in Dunmarrow",
  ]) {
    const r = cleanText([P1, P2, line].join("\n"));
    assert.deepEqual(r.text.split("\n"), [P1, P2], line);
    assert.equal(r.removed.find((x) => x.text === line)?.reason, "credit", line);
  }
  const prose = "Editing by hand took the clerks most of the week, the board said.";
  assert.deepEqual(cleanText([P1, prose, P2].join("\n")).text.split("\n"), [P1, prose, P2]);
  assert.ok(cleanText([P1, P2, "(With reporting from the regional desk)"].join("\n")).text.includes("regional desk"));
});

test("an agency sign-off with staff initials is removed; a line with 'and/or' is not", () => {
  for (const line of ["-- Marrow Wire Service MWS/tk/lo", "— Calbray Newswire CNW/ab", "-- bur-tk/lo", "MWS/tk/lo"]) {
    const r = cleanText([P1, P2, line].join("\n"));
    assert.deepEqual(r.text.split("\n"), [P1, P2], line);
    assert.equal(r.removed.find((x) => x.text === line)?.reason, "credit", line);
  }
  for (const line of ["and/or", "Harbour Road to Dunmarrow w/c", "Fares rise for day/night passes"]) assert.equal(lineRule(line, lineFeatures(line)), null, line);
});

test("reading times in several languages are removed", () => {
  for (const rt of ["Tempo di lettura: 3 minuti", "Leestijd: 4 minuten", "3 minutos de leitura", "Tempo de leitura: 2 min", "Lesedauer: 5 Min.", "4 Min. Lesezeit", "Durée de lecture : 6 min", "Lectura: 3 min", "5 min leestijd"]) {
    const r = cleanText([P1, rt, P2].join("\n"));
    assert.equal(r.removed.find((x) => x.text === rt)?.reason, "reading-time", rt);
    assert.deepEqual(r.text.split("\n"), [P1, P2], rt);
  }
});

test("a headline ending on a quotation after a colon is the title, and the dateline under it is found", () => {
  const lines = [
    "Dunmarrow chiude il porto: «Nessuna nave è in pericolo»",
    "di Livia Orsenna",
    "DUNMARROW – Il porto di Dunmarrow resterà chiuso fino a venerdì per la tempesta, ha detto il capitano.",
    "Le navi in arrivo sono state dirottate verso Calbray, dove il molo nord è stato liberato per accoglierle.",
  ];
  const r = cleanText(lines.join("\n"));
  assert.equal(r.title, lines[0]);
  assert.equal(r.dateline, "DUNMARROW");
  assert.equal(r.text.split("\n")[0], "Il porto di Dunmarrow resterà chiuso fino a venerdì per la tempesta, ha detto il capitano.");
  // A quoted sentence with its own full stop is a paragraph, not a headline.
  const quoted = [P1, 'The harbour master said: "No ship is at risk tonight."', P2];
  assert.equal(cleanText(quoted.join("\n")).text.split("\n").length, 3);
});

test("datelines with -, – or — open paragraphs in fr/de/es/it/pt/nl", () => {
  const paras = [
    "Le conseil du port a approuvé mardi le nouvel horaire des traversées après une longue réunion.",
    "Der Hafenrat hat am Dienstag den neuen Fahrplan der Fähren nach einer langen Sitzung gebilligt.",
    "El consejo del puerto aprobó el martes el nuevo horario de los transbordadores tras una larga reunión.",
    "Il consiglio del porto ha approvato martedì il nuovo orario dei traghetti dopo una lunga riunione.",
    "O conselho do porto aprovou na terça-feira o novo horário das balsas depois de uma longa reunião.",
    "De havenraad heeft dinsdag de nieuwe dienstregeling van de veerboten goedgekeurd na een lange vergadering.",
  ];
  for (const dash of ["-", "–", "—"]) {
    for (const p of paras) {
      const r = cleanText(`CALBRAY ${dash} ${p}\n${P2}`);
      assert.equal(r.dateline, "CALBRAY", `${dash} ${p}`);
      assert.equal(r.text.split("\n")[0], p);
    }
  }
});

test("an outlet named in a copyright line keeps its 'di'/'de'/'von' part and loses a trailing year", () => {
  assert.equal(cleanText([P1, P2, "© Il Corriere di Valmaro"].join("\n")).outlet, "Il Corriere di Valmaro");
  assert.equal(cleanText([P1, P2, "© Dunmarrow Courier 2026"].join("\n")).outlet, "Dunmarrow Courier");
});

test("the byline's name is read from the removed byline line, in several languages", () => {
  const cases: Array<[string, string]> = [
    ["By Oskar Pellin", "Oskar Pellin"],
    ["di Livia Orsenna", "Livia Orsenna"],
    ["Von Reta Vosk", "Reta Vosk"],
    ["par Anne Calmet", "Anne Calmet"],
    ["Por Inés Carvel", "Inés Carvel"],
    ["By Oskar Pellin, Harbour Correspondent", "Oskar Pellin"],
    ["By Oskar Pellin and Reta Vosk", "Oskar Pellin and Reta Vosk"],
    ["Par Anne Calmet · Publié le 3 mai 2026 à 9h10 · Temps de lecture : 4 min", "Anne Calmet"],
  ];
  for (const [line, name] of cases) {
    const r = cleanText(["Ferry timetable approved after long meeting", line, P1, P2].join("\n"));
    assert.equal(r.byline, name, line);
    assert.deepEqual(r.text.split("\n"), [P1, P2], line);
  }
  assert.equal(cleanText([P1, P2].join("\n")).byline, undefined);
});

test("a closing syndication note by the outlet is removed; the same words inside the story are kept", () => {
  for (const note of [
    "The Dunmarrow Courier publishes wire copy from the Calbray Newswire. Comments are closed on this article.",
    "We carry agency reports from the Calbray Newswire.",
    "This article was originally published by the Calbray Harbour Review.",
    "Content provided by Calbray Newswire.",
  ]) {
    const r = cleanText([P1, P2, note, "© Dunmarrow Courier"].join("\n"));
    assert.deepEqual(r.text.split("\n"), [P1, P2], note);
    assert.equal(r.removed.find((x) => x.text === note)?.reason, "site-notice", note);
  }
  const inside = "The Dunmarrow Courier publishes wire copy from three agencies, its editor told the board.";
  assert.deepEqual(cleanText([P1, inside, P2].join("\n")).text.split("\n"), [P1, inside, P2]);
  const said = "The minister said the board publishes agency reports every month.";
  assert.deepEqual(cleanText([P1, P2, said].join("\n")).text.split("\n"), [P1, P2, said]);
});

test("the outlet is read from a 'Support the X' appeal in its own voice, not from any 'support the' line", () => {
  const appeal = "Support the Dunmarrow Observer. We are reader-supported, so if our reporting helps you, chip in today.";
  assert.equal(cleanText([P1, P2, appeal].join("\n")).outlet, "Dunmarrow Observer");
  const cause = "Support the Harbour Lifeboat appeal and donate today!";
  assert.equal(cleanText([P1, P2, cause].join("\n")).outlet, null);
});

test("a short shouted tabloid headline over a sub-headline is the title", () => {
  for (const h of ["GOTCHA!", "FERRY FURY!", "WE'VE WON THE CUP!", "WHO PAYS?"]) {
    const r = cleanText([h, "Captains cheer as board signs off earlier departures", "By Oskar Pellin", P1, P2].join("\n"));
    assert.equal(r.title, h, h);
    assert.deepEqual(r.text.split("\n"), [P1, P2], h);
  }
  // A section label that does not exclaim is not taken for the headline.
  assert.equal(cleanText(["WORLD NEWS", "Captains cheer as board signs off earlier departures", P1, P2].join("\n")).title, "Captains cheer as board signs off earlier departures");
});

test("a short last paragraph above a wire credit stays; a line above a photo credit is its caption", () => {
  const last = "The terminal will stay closed until Thursday.";
  const r = cleanText([P1, P2, last, "(Reporting by Oskar Pellin; editing by Ines Tolm)"].join("\n"));
  assert.deepEqual(r.text.split("\n"), [P1, P2, last]);
  const caption = "Ferries moored at the old quay in Calbray";
  const photo = cleanText([P1, caption, "Photo: Oskar Pellin", P2].join("\n"));
  assert.equal(photo.removed.find((x) => x.text === caption)?.reason, "caption");
});
