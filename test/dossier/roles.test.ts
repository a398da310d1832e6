// A title written before a person's name (`Deputy mayor Lena Ostrova`, `the port's chief
// engineer, Tomas Brill,`) says who speaks or acts, not what the clause states: two outlets that
// name the same official with the same title in sentences about different things do not state one
// claim through those words (src/dossier/features.ts, roleSpans). A lone role noun (`President X`)
// is not such a title and keeps counting as a word.
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeInput } from "../fixtures/dossier/story.js";
import { buildDossier } from "../../src/dossier/index.js";
import { articleFeatures } from "../../src/dossier/features.js";

const OSTROVA = { name: "Lena Ostrova", type: "person" as const, forms: ["Lena Ostrova", "Ostrova"] };
const BRILL = { name: "Tomas Brill", type: "person" as const, forms: ["Tomas Brill", "Brill"] };

function clause(text: string) {
  const it = makeInput({ id: "a", outlet: null, published: null, text, entities: [OSTROVA, BRILL] });
  return articleFeatures(it.article, it.analysis).clauses[0]!;
}

test("roles: the words of a title before a name are keys, not shared statement words", () => {
  const a = clause("Deputy mayor Lena Ostrova could barely hide her anger at the meeting.");
  assert.ok(a.keys.includes("w:deputi") || a.keys.some((k) => k.startsWith("w:deput")), a.keys.join(" "));
  assert.ok([...a.attributionOnly].some((k) => k.startsWith("w:deput")) && [...a.attributionOnly].some((k) => k.startsWith("w:mayor")), [...a.attributionOnly].join(" "));
  assert.ok(![...a.attributionOnly].some((k) => k.startsWith("w:anger")));
  // A head after a role modifier is part of the title, set off by commas too.
  const b = clause("The port's chief engineer, Tomas Brill, said that the crane had failed twice.");
  assert.ok([...b.attributionOnly].some((k) => k.startsWith("w:engin")) && [...b.attributionOnly].some((k) => k.startsWith("w:chief")), [...b.attributionOnly].join(" "));
  assert.ok(![...b.attributionOnly].some((k) => k.startsWith("w:crane")));
});

test("roles: a lone role noun before a name still counts as a word", () => {
  const c = clause("President Lena Ostrova left the country on Sunday.");
  assert.ok(![...c.attributionOnly].some((k) => k.startsWith("w:presid")), [...c.attributionOnly].join(" "));
  // A word the clause also uses outside the title stays a statement word.
  const d = clause("Deputy mayor Lena Ostrova said the deputy chairs would be elected in May.");
  assert.ok(![...d.attributionOnly].some((k) => k.startsWith("w:deput")), [...d.attributionOnly].join(" "));
});

const texts: [string, string, string][] = [
  ["a", "Coast Ledger", "The ferry to Varnholm stopped on Monday after a storm damaged the pier. Deputy mayor Lena Ostrova could barely hide her anger at the meeting."],
  ["b", "Evening Star", "Storm damage closed the Varnholm pier on Monday. Deputy mayor Lena Ostrova said the ferry would run again from Friday."],
  ["c", "Valley Wire", "The Varnholm ferry will run again from Friday, the council said. The pier was damaged by a storm on Monday."],
  ["d", "Harbor Post", "A storm on Monday damaged the pier at Varnholm. Engineers worked through the night on the pier."],
];

test("roles: two outlets' sentences about different things do not join through the official's title", () => {
  const inputs = texts.map(([id, outlet, text], i) => makeInput({ id, outlet, published: `2026-04-0${i + 1}T08:00:00Z`, text, entities: [OSTROVA] }));
  const d = buildDossier("ferry", null, inputs);
  const anger = d.claims.find((c) => c.support.some((s) => s.article === "a" && s.text.includes("anger")));
  const told = anger?.support.map((s) => `${s.article}: ${s.text}`).join(" | ") ?? "";
  assert.ok(!anger || !anger.support.some((s) => s.article === "b"), told);
  // The ferry's return is still one claim of the outlets that tell it.
  const ferry = d.claims.find((c) => c.support.some((s) => s.article === "c" && s.text.includes("run again")));
  assert.ok(ferry && ferry.support.some((s) => s.article === "b" && s.text.includes("run again")), ferry?.support.map((s) => s.text).join(" | "));
});
