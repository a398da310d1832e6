// The outline (what the story list shows before a dossier is built) must say what the dossier
// will say: same headline, member order and independent outlets. Checked on the sample corpus.
import { test } from "node:test";
import assert from "node:assert/strict";
import { REPO_ROOT } from "../helpers/shared.js";
import { exampleStories } from "./examples-gold.js";
import { storyOutline, OUTLINE_LEAD_CHARS } from "../../src/dossier/index.js";

const { stories, articles } = await exampleStories(REPO_ROOT);
const byId = new Map(articles.map((a) => [a.id, a]));

for (const story of stories) {
  test(`outline matches the dossier: ${story.name}`, () => {
    const d = story.dossier;
    // Members in input order, as a store hands them over.
    const members = articles
      .filter((a) => d.coverage.articles.some((c) => c.id === a.id))
      .map((a) => {
        const c = d.coverage.articles.find((x) => x.id === a.id)!;
        const copied = c.duplicate_of ?? null;
        return { id: a.id, title: a.title, outlet: a.outlet, language: a.language, published: a.published, duplicate_of: copied, lead: a.text.slice(0, OUTLINE_LEAD_CHARS) };
      });
    const o = storyOutline(members);
    assert.equal(o.headline, d.headline);
    assert.deepEqual(o.articles, d.coverage.articles.map((a) => a.id));
    assert.deepEqual(o.outlets, d.coverage.outlets.map((x) => x.outlet));
    assert.ok(o.articles.every((id) => byId.has(id)));
  });
}

test("outline of an untitled story: the first sentence of its earliest article", () => {
  const o = storyOutline([
    { id: "b", title: null, outlet: "Harbour Post", language: "en", published: "2026-03-02", duplicate_of: null, lead: "Later text. More." },
    { id: "a", title: null, outlet: "Valley News", language: "en", published: "2026-03-01", duplicate_of: null, lead: "The ferry ran late on Sunday. Nobody was hurt." },
    { id: "c", title: null, outlet: "Coast Wire", language: "en", published: "2026-03-03", duplicate_of: "a", lead: "The ferry ran late on Sunday." },
  ]);
  assert.equal(o.headline, "The ferry ran late on Sunday.");
  assert.deepEqual(o.articles, ["a", "b", "c"]);
  // The copy counts under its original's outlet.
  assert.deepEqual(o.outlets, ["Valley News", "Harbour Post"]);
  assert.deepEqual(o.published, ["2026-03-01", "2026-03-02", "2026-03-03"]);
});
