/**
 * The story dossier: a cross-examination of a story's sources (coverage, corroborated and
 * single-source claims, contradictions, quote variants, entities, timeline, cited summary,
 * framing). Schema `newsfold.dossier/1`, documented in docs/dossier-schema.md.
 */
import { buildDossier } from "./build.js";
import type { DossierInput, DossierOptions } from "./context.js";
import type { Dossier } from "./types.js";

export * from "./types.js";
export type { DossierInput, DossierOptions } from "./context.js";
export { DEFAULT_OPTIONS as DEFAULT_DOSSIER_OPTIONS } from "./context.js";
export { buildDossier } from "./build.js";
export { renderDossierMarkdown } from "./render-md.js";
export { storyOutline, OUTLINE_LEAD_CHARS, type OutlineMember, type StoryOutline } from "./outline.js";

/**
 * Builds one dossier per story found among the inputs, in order of the story's first article;
 * with `perEvent`, each story of several events is followed by one dossier per event.
 * Per-article features are cached by Analysis, so rebuilding a story after a join costs
 * little more than the new article.
 */
export function buildDossiers(items: DossierInput[], options: Partial<DossierOptions> = {}): Dossier[] {
  const stories = new Map<string, DossierInput[]>();
  for (const it of items) {
    const list = stories.get(it.assignment.story);
    if (list) list.push(it);
    else stories.set(it.assignment.story, [it]);
  }
  const out: Dossier[] = [];
  for (const [story, members] of stories) {
    out.push(buildDossier(story, null, members, options));
    if (!options.perEvent) continue;
    const events = new Map<string, DossierInput[]>();
    for (const m of members) events.set(m.assignment.event, [...(events.get(m.assignment.event) ?? []), m]);
    if (events.size < 2) continue;
    for (const [event, evMembers] of events) out.push(buildDossier(story, event, evMembers, options));
  }
  return out;
}
