// The dossier's "People and organisations" list: people and bodies, not the story's own outlets.
import { test } from "node:test";
import assert from "node:assert/strict";
import { renderDossierMarkdown } from "../../src/dossier/render-md.js";
import type { Dossier, StoryEntity } from "../../src/dossier/types.js";

const entity = (name: string, type: StoryEntity["type"]): StoryEntity => ({ name, type, aliases: [name], roles: [], articles: ["a1"], mentions: 1, quoted: 0, quotedBy: [] });

function dossier(entities: StoryEntity[]): Dossier {
  const article = (id: string, outlet: string | null) => ({ id, title: null, outlet, url: null, published: null, event: "e0", duplicate_of: null, copies: [] });
  return {
    story: "s0",
    event: null,
    headline: "Ferry line to reopen",
    coverage: {
      articles: [article("a1", "The Morning Lantern"), article("a2", "Tarsk Wire Service"), article("a3", "Pellam Courier 2026")],
      outlets: [],
      independentSources: 3,
      first: null,
      growth: [],
    },
    entities,
    claims: [],
    contradictions: [],
    quotes: { groups: [] },
    timeline: [],
    summary: [],
    framing: [],
  } as unknown as Dossier;
}

test("people list: the story's outlets are left out, people and bodies named after a place word stay", () => {
  const md = renderDossierMarkdown(
    dossier([
      entity("Orsola Ventrick", "person"),
      entity("Lantern", "organization"),
      entity("Tarsk Wire Service TWS", "organization"),
      entity("Pellam Courier", "organization"),
      entity("Pellam Ferry Company", "organization"),
      entity("Tarsk", "organization"),
      entity("Brackwood", "place"),
    ]),
  );
  const list = md.split("## People and organisations")[1]!.split("\n## ")[0]!;
  assert.match(list, /Orsola Ventrick/);
  assert.match(list, /Pellam Ferry Company/);
  assert.match(list, /- Tarsk:/);
  assert.doesNotMatch(list, /Lantern|Tarsk Wire|Pellam Courier|Brackwood/);
});
