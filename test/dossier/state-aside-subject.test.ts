// The subject of a state phrase may sit before an aside too long for the words read before the
// phrase (`Heath, who throughout the trial insisted he had done nothing wrong, was granted bail`):
// its name still tells whom the state is of, so the outlet takes its side of the dispute. Here only
// the full name is read as a person (a bare surname read as a place or a common word is the case).
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier } from "../../src/dossier/index.js";
import { makeInput } from "../fixtures/dossier/story.js";

const HEATH = { name: "Ivo Heath", type: "person" as const, forms: ["Ivo Heath"] };
const article = (id: string, outlet: string, text: string) => makeInput({ id, outlet, published: "2026-05-12T17:00:00Z", text, entities: [HEATH] });

test("states: a subject before a long aside takes the side its phrase tells", () => {
  const d = buildDossier("verdict", null, [
    article("a", "Nordwire", "Former mayor Ivo Heath was found guilty of corruption at Tessel Crown Court on Tuesday. Judge Ana Holt remanded Ivo Heath in custody and said he would be sentenced on 29 May."),
    article("b", "Radio Tessel", "Ivo Heath, the former mayor of Tessel, was convicted of corruption on Tuesday. Heath, who was released on bail, will be sentenced on Friday 5 June."),
    article("c", "Harl Gazette", "Ivo Heath, the former mayor of Tessel, was found guilty of corruption. Heath, who throughout the four-week trial insisted he had done nothing wrong, was granted bail until he is sentenced and left by a side door."),
  ]);
  const custody = d.contradictions.find((x) => x.kind === "status");
  assert.ok(custody, JSON.stringify(d.contradictions.map((x) => x.about)));
  const sides = custody.sides.map((s) => [...new Set(s.citations.map((c) => c.article))].sort().join(","));
  assert.deepEqual(sides.sort(), ["a", "b,c"]);
});
