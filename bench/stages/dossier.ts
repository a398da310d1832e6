/**
 * Dossiers: buildDossiers on one generated story of N articles (default 200) that went through
 * the real language layer; a cold build, then the rebuild after one more article joins.
 *   node --import tsx bench/stages/dossier.ts --size 200
 */
import { analyze } from "../../src/nlp/index.js";
import { buildDossiers, type DossierInput } from "../../src/dossier/index.js";
import { stageArgs } from "../lib/args.js";
import { generateStream } from "../lib/generator.js";
import { emit, measureBatch } from "../lib/measure.js";

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
emit([cold, again]);
