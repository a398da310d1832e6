// How long a state lasts, as outlets print it: `remain closed for about six months` against `stay
// shut for two years` is a dispute in two units; spans of different things, a span `ago`, and an
// estimate close to an exact figure are not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const spans = (d: ReturnType<typeof analysedDossier>) => d.contradictions.filter((x) => x.about.startsWith("how long"));

test("spans: one closure told as about six months and as two years is disputed", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-15T09:00:00Z", "Cracks were found in the Harl Bridge on Thursday. The bridge is expected to remain closed for about six months while the beams are replaced.") },
    { a: newsArticle("b", "Radio Harl", "2026-05-15T10:00:00Z", "The Harl Bridge will stay shut for two years while it is repaired, the council has told residents.") },
    { a: newsArticle("c", "Evening Star", "2026-05-15T11:00:00Z", "Drivers face a long detour around Harl. The bridge will remain closed for six months, engineers said.") },
  ]);
  const x = spans(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.equal(x.about, "how long it stays closed");
  // Six months and about six months are one side's: the estimate holds the figure.
  const labels = x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).sort().join(",")}`).sort();
  assert.equal(labels.length, 3, JSON.stringify(labels));
  assert.ok(x.sides.some((s) => s.label === "two years" && s.citations.some((c) => c.article === "b")));
  assert.ok(x.sides.some((s) => s.citations.some((c) => c.article === "a")));
});

test("spans: different things, a span `ago`, and an estimate near the figure are no dispute", () => {
  const things = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-15T09:00:00Z", "The Harl Bridge will remain closed for six months while the beams are replaced.") },
    { a: newsArticle("b", "Radio Harl", "2026-05-15T10:00:00Z", "The ferry terminal at Harl will stay shut for two weeks while the pier is repaired.") },
  ]);
  assert.deepEqual(spans(things), []);
  const ago = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-15T09:00:00Z", "The Harl Bridge, closed two years ago for repairs, reopened on Monday.") },
    { a: newsArticle("b", "Radio Harl", "2026-05-15T10:00:00Z", "The Harl Bridge reopened on Monday after it was closed for six months for repairs.") },
  ]);
  assert.deepEqual(spans(ago), []);
  const near = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-15T09:00:00Z", "The Harl Bridge will remain closed for about six months.") },
    { a: newsArticle("b", "Radio Harl", "2026-05-15T10:00:00Z", "The Harl Bridge will stay shut for 26 weeks.") },
  ]);
  assert.deepEqual(spans(near), []);
});

test("spans: a closure told in hours is compared with one told in days", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-15T09:00:00Z", "The Harl tunnel was closed for six hours on Friday after a lorry caught fire inside it.") },
    { a: newsArticle("b", "Radio Harl", "2026-05-15T10:00:00Z", "After the lorry fire the Harl tunnel was closed for two days, the operator said.") },
  ]);
  const x = spans(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.label).sort(), ["six hours", "two days"]);
});
