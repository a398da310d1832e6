// Italian, Portuguese and Dutch: a source word (`Secondo`, `Segundo`, `Volgens`) opening a sentence is
// no part of the name after it, and a local role word (`il sindaco`, `o porta-voz`) or pronoun finds
// the person its article introduced.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entityAt, run } from "./helpers.js";

test("'Secondo X', 'Segundo X', 'Volgens X': the source word is not the name's first word", () => {
  for (const [language, text, name] of [
    ["it", "Secondo Marco Vellari, il porto resterà chiuso fino a lunedì.", "Marco Vellari"],
    ["pt", "Segundo Ana Ribeira, o porto ficará fechado até segunda-feira.", "Ana Ribeira"],
    ["nl", "Volgens Femke Oosterbrink blijft de haven tot maandag dicht.", "Femke Oosterbrink"],
  ] as const) {
    const a = run(text, { language });
    const e = entityAt(a, text, name.split(" ")[0]!);
    assert.ok(e, `${language}: no entity at ${name}`);
    assert.equal(e.name, name, language);
  }
});

test("a local role word in a quote's attribution names the person the article introduced", () => {
  const text = "Il sindaco di Varessa, Marco Vellari, ha visitato il porto lunedì. «Il porto resterà chiuso», ha dichiarato il sindaco.";
  const a = run(text, { language: "it" });
  const q = a.quotes.find((x) => x.text.includes("resterà chiuso"));
  assert.ok(q, "quote found");
  assert.equal(q.speaker?.name, "Marco Vellari");
});
