// Template memory: per-outlet counts of the lines an outlet repeats across its articles.
//
// Batch use (two passes, so the first article of an outlet benefits as much as the last):
//   const mem = new InMemoryTemplateMemory();
//   for (const a of articles) mem.observe(a.outlet, templateLines(a.text));   // pass 1: observe all
//   for (const a of articles) cleanText(a.text, { templates: mem, outlet: a.outlet });   // pass 2: clean
// Streaming use observes each article before cleaning it; persist with `toJSON` / `InMemoryTemplateMemory.fromJSON`.
export { InMemoryTemplateMemory } from "./memory.js";
export { lineKey } from "./memory.js";
export type { LineKey, TemplateMemory, TemplateMemoryOptions, TemplateMemoryState } from "./memory.js";
export { normalizeLine, lineHash, templateLines } from "./normalize.js";
export { articleLineKeys, learnAndStrip, loadTemplateMemory, templateKey } from "./article.js";

