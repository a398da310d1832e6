// Batch cleaning with the template memory on by default: observe every article of the batch first, then
// clean each, so the first article of an outlet loses its template lines as surely as the last.
import { InMemoryTemplateMemory, templateLines, type TemplateMemory } from "../templates/index.js";
import { cleanText, type CleanTextOptions, type CleanTextResult } from "./index.js";

/** One text of a batch and the outlet (or domain) it came from; null outlet: no template memory for it. */
export interface BatchText {
  text: string;
  outlet: string | null;
}

/** Options for {@link cleanTexts}. */
export interface CleanTextsOptions extends Omit<CleanTextOptions, "templates" | "outlet"> {
  /** A memory to extend (e.g. loaded from the store); a fresh in-memory one when absent. */
  templates?: TemplateMemory;
  /** false: no template memory at all (each text cleaned alone). */
  useTemplates?: boolean;
}

/**
 * Cleans a batch in two passes: (1) every text's lines are observed under its outlet, (2) every text is
 * cleaned with the memory. Results are in input order. Cost is linear in the batch size.
 */
export function cleanTexts(items: BatchText[], opts: CleanTextsOptions = {}): CleanTextResult[] {
  const { templates: given, useTemplates = true, ...rest } = opts;
  if (!useTemplates) return items.map((it) => cleanText(it.text, rest));
  const templates = given ?? new InMemoryTemplateMemory();
  for (const it of items) if (it.outlet) templates.observe(it.outlet, templateLines(it.text));
  return items.map((it) => cleanText(it.text, { ...rest, templates, outlet: it.outlet }));
}
