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
