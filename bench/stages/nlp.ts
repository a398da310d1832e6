/**
 * The language layer: analyze() (tokens, sentences, entities, dates, quotes) on the generated
 * corpus's ~4 KB full articles, one core: articles/s, p50/p99 per article, peak RSS.
 *   node --import tsx bench/stages/nlp.ts --size 1000
 */
import { analyze } from "../../src/nlp/index.js";
import { stageArgs } from "../lib/args.js";
import { benchStream } from "../lib/files.js";
import { emit, measure } from "../lib/measure.js";

const { size } = stageArgs();
const articles = [...benchStream(size)].map((g) => g.article);
const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
for (const a of articles.slice(0, 10)) analyze(a); // warm-up: loads the tagger model, JIT
emit([await measure("nlp analyze", `gen-${size}`, articles, (a) => analyze(a), { bytes, note: "~4 KB articles, one core" })]);
