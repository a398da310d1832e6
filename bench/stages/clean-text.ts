/**
 * Plain-text cleaning: MB/s of cleanText on the generated corpus's full articles (boilerplate,
 * captions, "Read more" links, ad markers), alone and with the per-outlet template memory.
 *   node --import tsx bench/stages/clean-text.ts --size 1000
 */
import { cleanText, InMemoryTemplateMemory } from "../../src/extract/text/index.js";
import { templateLines } from "../../src/extract/templates/index.js";
import { stageArgs } from "../lib/args.js";
import { benchStream } from "../lib/files.js";
import { emit, measure } from "../lib/measure.js";

const { size } = stageArgs();
const docs = [...benchStream(size)].map((g) => ({ text: g.article.text, outlet: g.article.outlet ?? "" }));
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
for (const d of docs.slice(0, 20)) cleanText(d.text); // warm-up (JIT)
let kept = 0;
const plain = await measure("clean text", `gen-${size}`, docs, (d) => (kept += cleanText(d.text).text.length), { bytes });
plain.note = `kept ${((100 * kept) / bytes).toFixed(0)}% of characters`;
const mem = new InMemoryTemplateMemory();
for (const d of docs) mem.observe(d.outlet, templateLines(d.text));
const templ = await measure("clean text + template memory", `gen-${size}`, docs, (d) => cleanText(d.text, { templates: mem, outlet: d.outlet }), { bytes });
emit([plain, templ]);
