/**
 * Dossiers: buildDossiers on one generated story of N articles (default 200) that went through
 * the real language layer; a cold build, then the rebuild after one more article joins. Then the
 * same as a user meets it: the story in a SQLite store read through a DossierReader (members
 * decoded from the store), first read, then the read after one more article was stored. Last, what a
 * server meets most: a story it has not seen (another generated story, nothing of it cached) built
 * by a process whose code is compiled already, as a long-running server's is after its first builds.
 *   node --import tsx bench/stages/dossier.ts --size 200
 */
import { analyze } from "../../src/nlp/index.js";
import { buildDossiers, type DossierInput } from "../../src/dossier/index.js";
import { stageArgs } from "../lib/args.js";
import { generateStream } from "../lib/generator.js";
import { emit, measureBatch } from "../lib/measure.js";
import { SqliteStore } from "../../src/store/index.js";
import { DossierReader, refreshStoryOutlines } from "../../src/pipeline/dossiers.js";
import { contentHash } from "../../src/pipeline/parallel-task.js";

const { size } = stageArgs();
const inputs: DossierInput[] = [...generateStream({ articles: size + 1, seed: 3, maxStories: 1 })].map((g) => ({
  article: g.article,
  analysis: analyze(g.article),
  assignment: { id: g.article.id, event: g.event, story: g.story, duplicate_of: g.copyOf },
}));
let claims = 0;
const cold = await measureBatch("dossier build", `story-${size}`, size, () => (claims = buildDossiers(inputs.slice(0, size))[0]!.claims.length), { note: "" });
cold.note = `one story of ${size} articles, ${claims} claims`;
cold.unit = "article";
const again = await measureBatch("dossier rebuild (+1 article)", `story-${size}`, size + 1, () => buildDossiers(inputs));

// Through the store: every read decodes its members anew, so only the reader's member cache
// (src/pipeline/member-cache.ts) lets the second read reuse the features of the first.
const store = new SqliteStore(":memory:");
await store.migrate();
const story = inputs[0]!.assignment.story;
const stored = async (from: number, to: number): Promise<void> => {
  const batch = inputs.slice(from, to).map((m) => ({
    article: { ...m.article, contentHash: contentHash(m.article.text), ingestedAt: "2026-01-01T00:00:00Z" },
    analysis: m.analysis,
    assignment: { ...m.assignment, story },
  }));
  await store.putIngested(batch);
  await refreshStoryOutlines(store, [story]);
};
await stored(0, size);
const reader = new DossierReader(store);
const first = await measureBatch("dossier first read (store)", `story-${size}`, size, async () => void (await reader.get(story)));
await stored(size, size + 1);
const next = await measureBatch("dossier read after +1 article (store)", `story-${size}`, size + 1, async () => void (await reader.get(story)));
next.note = "members decoded from the store; features of the 200 already read reused (member cache)";
await reader.close();
await store.close();
const unseen: DossierInput[] = [...generateStream({ articles: size, seed: 5, maxStories: 1 })].map((g) => ({
  article: g.article,
  analysis: analyze(g.article),
  assignment: { id: g.article.id, event: g.event, story: g.story, duplicate_of: g.copyOf },
}));
const warm = await measureBatch("dossier build, warm process (unseen story)", `story-${size}`, size, () => buildDossiers(unseen));
warm.note = "another story of the same size, none of its articles read before, in a process that has built dossiers already (a server's steady state)";
emit([cold, again, first, next, warm]);
