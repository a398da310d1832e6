// Template memory applied to extracted articles, one at a time, as an ingest sees them (streaming use).
// It runs after extraction so that it works the same whichever thread extracted the article: the memory
// lives with the caller (the ingester, persisted in the store) and only ever sees clean bodies.
import type { Article } from "../../core/types.js";
import { DEFAULT_MAX_LINE_CHARS, InMemoryTemplateMemory, lineKey, type LineKey, type TemplateMemory, type TemplateMemoryState } from "./memory.js";
import { templateLines } from "./normalize.js";

/**
 * The memory's key for an article: its outlet, else its URL's host (without `www.`), lower-cased; null when
 * neither is known (such articles are neither learned from nor cleaned: they have no outlet to share a template with).
 */
export function templateKey(article: Pick<Article, "outlet" | "url">): string | null {
  const outlet = article.outlet?.trim().toLowerCase();
  if (outlet) return outlet;
  if (!article.url) return null;
  try {
    const host = new URL(article.url).hostname.toLowerCase().replace(/^www\./, "");
    return host.length > 0 ? host : null;
  } catch {
    return null;
  }
}

/** A memory from a persisted state; a fresh one when the state is absent or unreadable (learning starts over). */
export function loadTemplateMemory(state: unknown): InMemoryTemplateMemory {
  if (state === null || state === undefined) return new InMemoryTemplateMemory();
  try {
    return InMemoryTemplateMemory.fromJSON(state as TemplateMemoryState);
  } catch {
    return new InMemoryTemplateMemory();
  }
}

/**
 * The keys of an article's lines (templateLines order), under default memory settings. A pure function
 * of the text: ingest workers make them, so the thread that owns the memory only counts and looks up.
 */
export function articleLineKeys(text: string): LineKey[] {
  return templateLines(text).map((l) => lineKey(l));
}

/**
 * Records the article's lines under its outlet, then drops the lines that outlet repeats across its articles
 * (reason `template` in `removed`). Returns the same object when nothing was dropped, so callers can tell
 * whether the text changed. A body made only of template lines is left whole: dropping it would lose the article.
 * `keys`, when given, are articleLineKeys(article.text), made earlier (they must match the memory's
 * settings: a memory with a non-default line length makes its own).
 */
export function learnAndStrip(memory: TemplateMemory, article: Article, keys?: readonly LineKey[]): Article {
  const key = templateKey(article);
  if (key === null) return article;
  const lines = templateLines(article.text);
  const usable = keys !== undefined && keys.length === lines.length && (!(memory instanceof InMemoryTemplateMemory) || memory.maxLineChars === DEFAULT_MAX_LINE_CHARS);
  const lineKeys = usable ? keys : lines.map((l) => keyFor(memory, l));
  memory.observeKeys(key, lineKeys);
  const kept: string[] = [];
  const dropped: string[] = [];
  lines.forEach((l, i) => (memory.isTemplateKey(key, lineKeys[i]!) ? dropped : kept).push(l));
  if (dropped.length === 0 || kept.length === 0) return article;
  return {
    ...article,
    text: kept.join("\n"),
    removed: [...article.removed, ...dropped.map((text) => ({ text, reason: "template" }))],
  };
}

/** A line's key as `memory` makes it (its own settings), or under the defaults for another kind of memory. */
function keyFor(memory: TemplateMemory, line: string): LineKey {
  return memory instanceof InMemoryTemplateMemory ? memory.keyOf(line) : lineKey(line);
}
