/**
 * The gender a given name usually has, from the name lists of `gender-detection-from-name`
 * (English, French, Spanish, Italian, German). The lists disagree on some names and each has
 * slips (`Bertrand` listed as a woman's name, `Joan` as a man's), so a gender is read only where
 * two lists or more give it and at most one, outvoted, gives the other: `Andrea` or `Jean`, which
 * the languages use for both, and a name one list alone holds, have none. Only a prior: what the
 * text itself shows of a person (`Ms X`, `X said she`) always wins. It lets `she` pass over `Julian
 * Marwick` to reach `Rosalind Marwick`, and `Ms Marwick` name the one of the two who is a woman.
 */
import { createRequire } from "node:module";

const LISTS = ["en", "fr", "es", "it", "de"] as const;
let lists: ReadonlyMap<string, string>[] | null = null;
const cache = new Map<string, "m" | "f" | null>();

/** `m`, `f`, or null (see above). The lists are loaded on first use. */
export function givenNameGender(given: string): "m" | "f" | null {
  if (given.length < 2) return null;
  let g = cache.get(given);
  if (g !== undefined) return g;
  if (!lists) {
    const require = createRequire(import.meta.url);
    lists = LISTS.map((l) => require(`gender-detection-from-name/names/${l}`) as ReadonlyMap<string, string>);
  }
  let male = 0;
  let female = 0;
  for (const list of lists) {
    const v = list.get(given);
    if (v === "male") male++;
    else if (v === "female") female++;
  }
  g = male >= 2 && female <= 1 && male > female ? "m" : female >= 2 && male <= 1 && female > male ? "f" : null;
  if (cache.size > 50_000) cache.clear();
  cache.set(given, g);
  return g;
}
