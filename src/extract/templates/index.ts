// Template memory: per-outlet counts of the lines an outlet repeats across its articles.
//
// Batch use (two passes, so the first article of an outlet benefits as much as the last):
//   const mem = new InMemoryTemplateMemory();
//   for (const a of articles) mem.observe(a.outlet, templateLines(a.text));   // pass 1: observe all
//   for (const a of articles) cleanText(a.text, { templates: mem, outlet: a.outlet });   // pass 2: clean
// Streaming use observes each article before cleaning it; persist with `toJSON` / `InMemoryTemplateMemory.fromJSON`.
export { InMemoryTemplateMemory } from "./memory.js";
export type { TemplateMemory, TemplateMemoryOptions, TemplateMemoryState } from "./memory.js";
export { normalizeLine, lineHash } from "./normalize.js";

/** The lines of a text as the memory sees them: trimmed, non-empty. */
export function templateLines(text: string): string[] {
  const out: string[] = [];
  for (const l of text.split(/\r\n|\r|\n/)) {
    const t = l.trim();
    if (t.length > 0) out.push(t);
  }
  return out;
}
