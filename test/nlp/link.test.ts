import { test } from "node:test";
import assert from "node:assert/strict";
import { linkEntities } from "../../src/nlp/index.js";
import { article, entityAt } from "./helpers.js";
import { analyze } from "../../src/nlp/index.js";
import type { Analysis } from "../../src/core/types.js";

const A = "Ruritanian envoy Élise Marot met leaders of the Velmar movement. Marot said the International Monetary Fund would help.";
const B = "Elise Marot, the country's envoy, held talks with the Velmar. The IMF declined to comment. Marot left on Friday.";
const C = "Envoy Marot said the talks were useful. The Velmar Movement agreed, and Elise Marrot thanked them.";
const D = "Jonas Petrakis, a Freedonian minister, spoke. Petrakis said the Velmar must disarm.";

function analyses(...texts: string[]): Analysis[] {
  return texts.map((t, i) => analyze(article(t, { id: `a${i}` })));
}

function linkOf(links: ReturnType<typeof linkEntities>, as: Analysis[], texts: string[], i: number, needle: string): number {
  const e = entityAt(as[i]!, texts[i]!, needle);
  assert.ok(e, `article ${i}: "${needle}" is an entity mention`);
  const li = links.findIndex((l) => l.articles.some((a) => a.id === as[i]!.id && a.entities.includes(e.id)));
  assert.ok(li >= 0);
  return li;
}

test("the same person across articles: accents, dropped first names, misspellings with shared context", () => {
  const texts = [A, B, C, D];
  const as = analyses(...texts);
  const links = linkEntities(as);
  const marot = linkOf(links, as, texts, 0, "Élise Marot");
  assert.equal(linkOf(links, as, texts, 1, "Elise Marot"), marot, "accent-folded equality");
  assert.equal(linkOf(links, as, texts, 2, "Marot said"), marot, "surname alone in an article without the full name");
  assert.equal(linkOf(links, as, texts, 2, "Elise Marrot"), marot, "one letter apart, shared context");
  assert.notEqual(linkOf(links, as, texts, 3, "Jonas Petrakis"), marot);
  assert.equal(links[marot]!.type, "person");
  assert.match(links[marot]!.name, /^[ÉE]lise Marot$/);
});

test("organisations: with and without descriptor, acronym and long name", () => {
  const texts = [A, B, C, D];
  const as = analyses(...texts);
  const links = linkEntities(as);
  const velmar = linkOf(links, as, texts, 0, "Velmar movement");
  assert.equal(linkOf(links, as, texts, 1, "Velmar"), velmar);
  assert.equal(linkOf(links, as, texts, 2, "Velmar Movement"), velmar);
  assert.equal(linkOf(links, as, texts, 3, "Velmar"), velmar);
  assert.equal(linkOf(links, as, texts, 1, "IMF"), linkOf(links, as, texts, 0, "International Monetary Fund"));
  assert.equal(links[velmar]!.type, "organization");
});

test("a shared surname with two different full names stays apart", () => {
  const texts = ["Anna Holt spoke first.", "Peter Holt spoke later.", "Holt said nothing new."];
  const as = analyses(...texts);
  const links = linkEntities(as);
  assert.notEqual(linkOf(links, as, texts, 0, "Anna Holt"), linkOf(links, as, texts, 1, "Peter Holt"));
  const h = linkOf(links, as, texts, 2, "Holt");
  assert.notEqual(h, linkOf(links, as, texts, 0, "Anna Holt"));
  assert.notEqual(h, linkOf(links, as, texts, 1, "Peter Holt"));
});

test("names one letter apart without a shared role or context stay apart", () => {
  const texts = ["Marta Kovalen opened the bakery.", "Marta Kovalev won the chess final."];
  const as = analyses(...texts);
  const links = linkEntities(as);
  assert.notEqual(linkOf(links, as, texts, 0, "Marta Kovalen"), linkOf(links, as, texts, 1, "Marta Kovalev"));
});

test("organisations: a long name with the country in front and its short name are one entity", () => {
  const texts = [
    "The Russian Foreign Ministry said on Monday that talks would resume. Later the Foreign Ministry added that the envoy would travel.",
    "A spokesman for the Foreign Ministry declined to comment on Tuesday.",
  ];
  const as = analyses(...texts);
  const links = linkEntities(as);
  const long = linkOf(links, as, texts, 0, "Russian Foreign Ministry");
  assert.equal(linkOf(links, as, texts, 0, "Foreign Ministry added"), long);
  assert.equal(linkOf(links, as, texts, 1, "Foreign Ministry"), long);
});

test("organisations: two countries' ministries keep the bare short name apart", () => {
  const texts = ["The Russian Foreign Ministry and the Chinese Foreign Ministry met. The Foreign Ministry spoke first."];
  const as = analyses(...texts);
  const links = linkEntities(as);
  assert.notEqual(linkOf(links, as, texts, 0, "Russian Foreign Ministry"), linkOf(links, as, texts, 0, "Chinese Foreign Ministry"));
});
