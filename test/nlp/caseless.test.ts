// Lower-cased text (short-text collections often ship so) gives the entity layer no capitals; its
// names are then found as the words outside the general English lexicon.
import { test } from "node:test";
import assert from "node:assert/strict";
import { isCaseless } from "../../src/nlp/entities/caseless.js";
import { run, entityAt } from "./helpers.js";

const LOWER = "harbour pilot maren oskarsdottir said the tanker grounded near vellmar point on tuesday, and the coast guard in vellmar closed the channel while divers from brekke salvage inspected the hull.";

test("caseless text: names are the runs of unknown words, one entity per name, with their offsets", () => {
  assert.equal(isCaseless(LOWER), true);
  const a = run(LOWER);
  const pilot = entityAt(a, LOWER, "maren");
  assert.ok(pilot, `an entity at "maren oskarsdottir": ${JSON.stringify(a.entities.map((e) => e.name))}`);
  assert.equal(pilot.name, "maren oskarsdottir");
  assert.equal(LOWER.slice(pilot.mentions[0]!.start, pilot.mentions[0]!.end), "maren oskarsdottir");
  const place = entityAt(a, LOWER, "vellmar");
  assert.ok(place, "vellmar");
  assert.equal(entityAt(a, LOWER, "vellmar", 1), place, "both mentions of vellmar under one entity");
  // Words of the general lexicon are not names: no entity covers them.
  for (const w of ["harbour", "tanker", "channel", "divers", "hull", "tuesday"]) assert.equal(entityAt(a, LOWER, w), undefined, w);
});

test("caseless path: text with capitals keeps the regular entity layer, and too little text says nothing", () => {
  const cased = "Harbour pilot Maren Oskarsdottir said the tanker grounded near Vellmar Point on Tuesday.";
  assert.equal(isCaseless(cased), false);
  const a = run(cased);
  assert.ok(entityAt(a, cased, "Maren"), "the cased name is found by the regular layer");
  assert.equal(isCaseless("tanker aground"), false, "under 15 letters the lack of capitals says nothing");
  assert.equal(isCaseless("tanker grounded off vellmar"), true, "a lower-cased headline");
  // Not English: wink's lexicon is English, so lower-cased French gets no caseless names.
  const fr = "le pilote maren oskarsdottir a dit que le pétrolier s'est échoué près de vellmar mardi soir.";
  assert.deepEqual(run(fr, { language: "fr" }).entities, []);
});

test("caseless path: a huge lower-cased text is read for names only in its first 100,000 characters", () => {
  const para = "the tanker grounded near vellmar while divers from brekke salvage inspected the hull. ";
  const text = para.repeat(Math.ceil(3_000_000 / para.length));
  const t0 = performance.now();
  const a = run(text);
  const ms = performance.now() - t0;
  const vellmar = a.entities.find((e) => e.name === "vellmar");
  assert.ok(vellmar, "names found");
  assert.ok(vellmar.mentions.every((m) => m.start < 100_000), "no mention past the read part");
  assert.ok(vellmar.mentions.length > 500, `${vellmar.mentions.length} mentions in the read part`);
  assert.ok(ms < 30_000, `${ms.toFixed(0)} ms`);
});
