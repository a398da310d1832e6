// A scraped text's header: headline, the outlet's masthead, a date line, a byline. The masthead is
// read as the outlet only in that place (between the headline and the date or byline line), and a
// date line in French, Spanish, Portuguese or German is a date line as an English one is.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanText } from "../../../src/extract/text/index.js";
import { mastheadLike } from "../../../src/extract/text/outlet.js";
import { matchDateLine } from "../../../src/extract/metadata/printed-date.js";
import { normalizeDate } from "../../../src/extract/metadata/dates.js";

const BODY = "The council voted on Tuesday to close the Eastgate library, the third branch to shut in two years.\n\nCouncillors said the building needed repairs the city could not afford.";

test("masthead: the line between the headline and the date line names the outlet", () => {
  const r = cleanText(`Eastgate library to close\nTellby & District Advertiser\nPublished 11 May 2026\n\nBy Ana Holt\n\n${BODY}`);
  assert.equal(r.outlet, "Tellby & District Advertiser");
  assert.equal(r.title, "Eastgate library to close");
  assert.ok(!r.text.includes("Advertiser"));
});

test("masthead: one-word and French mastheads, a French date line", () => {
  assert.equal(cleanText(`Eastgate library to close\nMarketline\nPublished 11 May 2026\n\n${BODY}`).outlet, "Marketline");
  const fr = cleanText(`La bibliothèque d'Eastgate va fermer\nLe Messager d'Aurenne\nPublié le vendredi 23 octobre 2026\n\nLe conseil a voté mardi la fermeture de la bibliothèque d'Eastgate, la troisième en deux ans.`);
  assert.equal(fr.outlet, "Le Messager d'Aurenne");
  assert.ok(fr.removed.some((r) => r.reason === "date" && r.text.startsWith("Publié")));
});

test("masthead: a section label or a sentence is no masthead; a name line away from the header is none", () => {
  assert.equal(mastheadLike("Politics"), false);
  assert.equal(mastheadLike("The council voted."), false);
  assert.equal(mastheadLike("Live updates 2026"), false);
  assert.equal(mastheadLike("Pellbridge Chronicle"), true);
  // Without a date or byline line right after it, a short capitalised line names nothing.
  assert.equal(cleanText(`Eastgate library to close\nTellby Evening Star\n\n${BODY}`).outlet, null);
});

test("date lines: foreign labels and day-first dates read as whole dates", () => {
  const cases: [string, string][] = [
    ["Publié le 13 mai 2026", "2026-05-13"],
    ["Publicado el 20 de mayo de 2026", "2026-05-20"],
    ["Publicado no sábado, 21 de novembro de 2026", "2026-11-21"],
    ["Veröffentlicht am 12. November 2026", "2026-11-12"],
  ];
  for (const [line, iso] of cases) {
    const m = matchDateLine(line);
    assert.ok(m, line);
    assert.equal(m.label, "published", line);
    assert.equal(normalizeDate(m.raw), iso, line);
  }
  assert.equal(matchDateLine("Le conseil a voté le 13 mai 2026 la fermeture de la bibliothèque d'Eastgate, la troisième."), null);
});
