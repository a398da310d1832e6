/** Cheap article-level filters for the rules that read clause text with a costly pattern. */
import type { StoryContext } from "./context.js";

/**
 * The ids of the story's articles whose text matches `re` anywhere. A rule whose cue words most
 * articles never print tests its clause pattern only in these (one scan per article, not a
 * slice and a Unicode pattern per clause).
 */
export function articlesMentioning(ctx: StoryContext, re: RegExp): Set<string> {
  const out = new Set<string>();
  for (const [id, m] of ctx.members) if (re.test(m.input.article.text)) out.add(id);
  return out;
}
