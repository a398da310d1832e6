// The same words given to two people: when each outlet names its speaker right at the quote
// (`"...," Vos said`, `"...," said Kai Dorn, spokesman for ...`), the outlets disagree on who said
// it, even word for word and with a speaker one outlet alone names. A pronoun by the quote is
// no such attribution: the slip may be the quote layer's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const A = 'A mudslide killed four people in Tellby on Monday. Interior Minister Lena Vos visited the village on Tuesday. "No family will be left alone with this grief," Vos said.';

test("speaker conflict: the same words plainly given to a minister by one outlet and to a spokesman by another", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", A) },
    { a: newsArticle("b", "Evening Star", "2026-03-03T10:00:00Z", 'Rescuers dug through the night in Tellby after the mudslide. "No family will be left alone with this grief," said Kai Dorn, spokesman for the interior ministry.') },
  ]);
  const x = d.contradictions.find((c) => c.kind === "speaker");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => [s.label, s.citations[0]!.article]), [["said by Lena Vos", "a"], ["said by Kai Dorn", "b"]]);
});

test("speaker conflict: not when one outlet attributes the words with a pronoun", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", A) },
    { a: newsArticle("b", "Evening Star", "2026-03-03T10:00:00Z", 'Rescuers dug through the night in Tellby after the mudslide. Kai Dorn, a spokesman, stood by the minister. "No family will be left alone with this grief," he said.') },
  ]);
  assert.deepEqual(d.contradictions.filter((c) => c.kind === "speaker"), []);
});

test("speaker conflict: a short quote of short phrases is compared whole, and each side cites its attribution", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", 'Parents met the governors of Tellby School on Monday. "We have let these families down, and we will put it right," said Ada Linnet, who chairs the governors.') },
    { a: newsArticle("b", "Evening Star", "2026-03-03T10:00:00Z", 'Parents packed the hall of Tellby School on Monday. "We have let these families down, and we will put it right," Oren Pask told them.') },
  ]);
  const x = d.contradictions.find((c) => c.kind === "speaker");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(
    x.sides.map((s) => s.citations[0]!.text),
    ['"We have let these families down, and we will put it right," said Ada Linnet, who chairs the governors.', '"We have let these families down, and we will put it right," Oren Pask told them.'],
  );
});

test("speaker conflict: `he said` right after a sentence naming only its speaker is as plain as a name, and the side cites that sentence", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", 'Rescuers dug through the night in Tellby after the mudslide. "No family will be left alone with this grief," said Interior Minister Ada Linnet.') },
    { a: newsArticle("b", "Evening Star", "2026-03-03T10:00:00Z", 'Rescuers dug through the night in Tellby after the mudslide. Mayor Oren Pask was close to tears. "No family will be left alone with this grief," he said.') },
  ]);
  const x = d.contradictions.find((c) => c.kind === "speaker");
  assert.ok(x, JSON.stringify(d.contradictions));
  const pask = x.sides.find((s) => s.label.includes("Pask"))!;
  assert.equal(pask.citations[0]!.text, 'Mayor Oren Pask was close to tears. "No family will be left alone with this grief," he said.');
});

test("speaker conflict: a side holds every outlet whose printing of the quote gives it to that speaker", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", 'Rescuers dug through the night in Tellby after the mudslide. "No family will be left alone with this grief," said Interior Minister Ada Linnet.') },
    { a: newsArticle("b", "Evening Star", "2026-03-03T10:00:00Z", 'Rescuers dug through the night in Tellby after the mudslide. Mayor Oren Pask was close to tears. "No family will be left alone with this grief," he said.') },
    { a: newsArticle("c", "Tellby Courier", "2026-03-03T11:00:00Z", 'The mudslide buried six homes in Tellby. "No family in Tellby will be left alone with its grief," Interior Minister Ada Linnet told reporters on Monday.') },
  ]);
  const x = d.contradictions.find((c) => c.kind === "speaker");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(
    x.sides.map((s) => [s.label, s.citations.map((c) => c.article).sort()]).sort(),
    [
      ["said by Ada Linnet", ["a", "c"]],
      ["said by Oren Pask", ["b"]],
    ],
  );
});

test("speaker conflict: the printings set against each other are one quote group, each with the speaker its outlet names", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", A) },
    { a: newsArticle("b", "Evening Star", "2026-03-03T10:00:00Z", 'Rescuers dug through the night in Tellby after the mudslide. "No family will be left alone with this grief," said Kai Dorn, spokesman for the interior ministry.') },
  ]);
  assert.ok(d.contradictions.some((c) => c.kind === "speaker"), JSON.stringify(d.contradictions));
  const g = d.quotes.groups.find((q) => q.variants.some((v) => v.article === "a"));
  assert.ok(g, JSON.stringify(d.quotes));
  assert.deepEqual(g.variants.map((v) => [v.article, v.speaker]).sort(), [["a", "Lena Vos"], ["b", "Kai Dorn"]]);
  // Without a dispute (a pronoun by the quote), the two printings stay apart as before.
  const apart = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", A) },
    { a: newsArticle("b", "Evening Star", "2026-03-03T10:00:00Z", 'Rescuers dug through the night in Tellby after the mudslide. Kai Dorn, a spokesman, stood by the minister. "No family will be left alone with this grief," he said.') },
  ]);
  assert.ok(!apart.quotes.groups.some((q) => new Set(q.variants.map((v) => v.speaker)).size > 1), JSON.stringify(apart.quotes));
});

test("speaker conflict: an office in lower case may stand between the quote and the name (`...,\" the union's general secretary, X, said`)", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", 'Bus drivers in Tellby walked out on Monday. "We were left with no choice by a company that pays its chiefs a fortune," said Jonas Merrick, the union\'s district organiser.') },
    { a: newsArticle("b", "Evening Star", "2026-03-03T10:00:00Z", 'The strike stopped every bus in Tellby. "We were left with no choice by a company that pays its chiefs a fortune," the union\'s general secretary, Ilse Varga, said.') },
  ]);
  const x = d.contradictions.find((c) => c.kind === "speaker");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => [s.label, s.citations[0]!.article]), [["said by Jonas Merrick", "a"], ["said by Ilse Varga", "b"]]);
});

test("speaker conflict: the other person named in the sentence before a plainly attributed quote casts no doubt on it", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", 'Thieves took six silver cups from the Tellby museum overnight. Camera footage shows two men in masks, Inspector Paul Andric said. "They knew exactly which cabinet to open," said the museum\'s director, Greta Solberg.') },
    { a: newsArticle("b", "Evening Star", "2026-03-03T10:00:00Z", 'Six silver cups were stolen from the Tellby museum. Inspector Paul Andric said: "They knew exactly which cabinet to open. This was planned to the minute."') },
  ]);
  const x = d.contradictions.find((c) => c.kind === "speaker");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => [s.label, s.citations[0]!.article]), [["said by Greta Solberg", "a"], ["said by Paul Andric", "b"]]);
});

test("speaker conflict: not when the quote's own sentence names the other person (a lawyer speaking for a client)", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", 'The Tellby builder Mia Holt lost her case on Monday. "We will take this ruling to the court of appeal," said Kai Dorn, the lawyer for Mia Holt.') },
    { a: newsArticle("b", "Evening Star", "2026-03-03T10:00:00Z", 'Mia Holt lost her case against the council on Monday. "We will take this ruling to the court of appeal," Holt said.') },
  ]);
  assert.deepEqual(d.contradictions.filter((c) => c.kind === "speaker"), []);
});

test("speaker conflict: a title printed with the name (`Area Commander ...`) stands at the quote as plainly as the name", () => {
  const words = '"We were lucky today, it could have been far worse for the whole street,"';
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", `A blast shook the dye works in Tellby on Monday. ${words} Station Commander Ivo Brandt told reporters at the cordon.`) },
    { a: newsArticle("b", "Evening Star", "2026-03-03T10:00:00Z", `Residents gathered at the cordon in Tellby after the blast. ${words} said the works manager, Petra Lunde.`) },
  ]);
  const x = d.contradictions.find((c) => c.kind === "speaker");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => [s.label, s.citations[0]!.article]), [["said by Ivo Brandt", "a"], ["said by Petra Lunde", "b"]]);
});

test("speaker conflict: capitalised words before the name that are not run straight into it leave the attribution unplain", () => {
  // `Tellby Council, Ivo Brandt ...`: a comma parts another name from the speaker's.
  const words = '"We were lucky today, it could have been far worse for the whole street,"';
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", `A blast shook the dye works in Tellby on Monday. ${words} a spokesman for Tellby Council, Ivo Brandt, told reporters.`) },
    { a: newsArticle("b", "Evening Star", "2026-03-03T10:00:00Z", `Residents gathered at the cordon in Tellby after the blast. ${words} said the works manager, Petra Lunde.`) },
  ]);
  assert.deepEqual(d.contradictions.filter((c) => c.kind === "speaker"), []);
});
