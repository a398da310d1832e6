/**
 * One person under two spellings across a story's articles: an outlet that misspelt a surname by
 * one letter (`Ines Varda` for `Ines Varga`) names the same person when the given name agrees. Each
 * article's entities are resolved on their own, so the story joins such keys before alignment.
 */
import { normalizeWord } from "../core/tokenize.js";
import type { StoryMember } from "./context.js";

/** Least surname length for a one-letter difference to be read as a misspelling (`Smyth`/`Smith` is not). */
const MIN_SURNAME = 5;

/**
 * Person keys (`e:` surname) to the key they stand for: two surnames of five letters or more one
 * edit apart, borne by people of the same given name. The key named in more articles wins.
 */
export function personSpellings(members: readonly StoryMember[]): Map<string, string> {
  const given = new Map<string, Set<string>>();
  const articles = new Map<string, Set<string>>();
  for (const m of members) {
    for (const e of m.input.analysis.entities) {
      if (e.type !== "person") continue;
      const key = m.features.entityKeys.get(e.id);
      if (!key) continue;
      const seen = articles.get(key) ?? new Set<string>();
      seen.add(m.input.article.id);
      articles.set(key, seen);
      const words = e.name.trim().split(/\s+/);
      if (words.length < 2) continue;
      const set = given.get(key) ?? new Set<string>();
      set.add(normalizeWord(words[0]!));
      given.set(key, set);
    }
  }
  return foldSpellings(given, (key) => articles.get(key)!.size);
}

/**
 * Surname keys (`e:` and the surname) to the key they stand for: surnames of MIN_SURNAME letters
 * or more one edit apart whose bearers share a given name (`given`: key to given names seen). Of
 * two such keys the heavier by `weight` stands (ties: the first in code-unit order).
 */
export function foldSpellings(given: Map<string, Set<string>>, weight: (key: string) => number): Map<string, string> {
  const keys = [...given.keys()].filter((k) => k.length - 2 >= MIN_SURNAME);
  keys.sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1));
  const out = new Map<string, string>();
  for (let i = 0; i < keys.length; i++) {
    const a = keys[i]!;
    if (out.has(a)) continue;
    for (let j = i + 1; j < keys.length; j++) {
      const b = keys[j]!;
      if (out.has(b) || !oneEdit(a, b)) continue;
      if ([...given.get(b)!].some((g) => given.get(a)!.has(g))) out.set(b, a);
    }
  }
  return out;
}

/** True when two strings differ by exactly one inserted, deleted or replaced character. */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
