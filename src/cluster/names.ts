import { normalizeWord } from "../core/tokenize.js";
import type { Analysis } from "../core/types.js";

/**
 * Names the language layer could not type. A surname met alone, or beside a misspelt first
 * mention ("Ines Varda ... Varga"), is often left untyped ("other") in its own article while the
 * other articles of the batch type it as a person. Keyed apart (`e:` against `p:`), the two never
 * match, and the article loses the one name that ties it to its happening.
 */

/**
 * Per article, its counts with each untyped one-word name (`e:name` from an entity of type
 * "other") moved to the person key `p:name` when the batch types that name as a person in at least
 * as many articles. Names the layer did type (organisations, places) keep their type, so a firm or
 * a town that shares a surname stays an entity. Articles with no such name keep their own map.
 */
export function reconcileNameTypes(all: Map<string, number>[], analyses: Analysis[]): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const counts of all) for (const key of counts.keys()) if (key.startsWith("e:") || key.startsWith("p:")) df.set(key, (df.get(key) ?? 0) + 1);
  return all.map((counts, i) => {
    let out: Map<string, number> | null = null;
    for (const e of analyses[i]!.entities) {
      if (e.type !== "other") continue;
      const words = e.name.split(/\s+/).map(normalizeWord).filter((w) => w.length > 1);
      if (words.length !== 1) continue;
      const key = "e:" + words[0];
      const p = "p:" + words[0];
      const n = df.get(p) ?? 0;
      const c = (out ?? counts).get(key);
      if (c === undefined || n === 0 || n < df.get(key)!) continue;
      out ??= new Map(counts);
      out.delete(key);
      out.set(p, (out.get(p) ?? 0) + c);
    }
    return out ?? counts;
  });
}

/**
 * Names for an explanation, without those a longer listed name already holds as whole words
 * (`varga` beside `ines varga`: the batch keys a person by full name and by surname alike).
 * Order is kept.
 */
export function withoutContainedNames(names: readonly string[]): string[] {
  return names.filter((n) => !names.some((m) => m !== n && m.length > n.length && ` ${m} `.includes(` ${n} `)));
}
