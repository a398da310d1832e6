// Time-of-day disputes: outlets of one event putting one happening at clock times an hour or more
// apart, in English or in a 24-hour clock (`gegen 16.40 Uhr`); times of two different acts
// (arrested at 2.30am, released by 6am), or within the hour of each other, are none.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

type Dossier = ReturnType<typeof analysedDossier>;
const times = (d: Dossier) => d.contradictions.filter((x) => x.about === "time of day").map((x) => x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).sort().join(",")}`));

test("times: `at about 4.40pm on Monday` and `gegen 16.40 Uhr` against `shortly after 3pm yesterday`", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-02T18:00:00Z", "An explosion tore through a paint factory on the edge of Harl at about 4.40pm on Monday, sending black smoke over the town.") },
    { a: newsArticle("b", "Evening Post", "2026-11-03T08:00:00Z", "The explosion at the Harl paint factory happened shortly after 3pm yesterday, as the afternoon shift began.") },
    { a: { ...newsArticle("c", "Rundschau", "2026-11-02T20:00:00Z", "In der Farbenfabrik in Harl hat sich am Montag gegen 16.40 Uhr eine Explosion ereignet. Dichter Rauch zog über die Stadt."), language: "de" } },
  ]);
  assert.deepEqual(times(d), [["15:00:b", "16:40:a,c"]], JSON.stringify(d.contradictions));
});

test("times: two acts at two times, and times within the hour, are no dispute", () => {
  const acts = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-02T18:00:00Z", "Police arrested the singer in Harl at 2.30am and booked him before releasing him.") },
    { a: newsArticle("b", "Evening Post", "2026-11-02T19:00:00Z", "The singer was booked into the county jail and was released by 6am, a police spokesman said.") },
  ]);
  assert.deepEqual(times(acts), [], JSON.stringify(acts.contradictions));
  const close = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-02T18:00:00Z", "An explosion tore through a paint factory on the edge of Harl at about 4.40pm on Monday.") },
    { a: newsArticle("b", "Evening Post", "2026-11-03T08:00:00Z", "The explosion at the Harl paint factory happened shortly after 4pm yesterday.") },
  ]);
  assert.deepEqual(times(close), [], JSON.stringify(close.contradictions));
});
