import type { Analysis, Entity, EntityType } from "../core/types.js";
import { normalizeWord } from "../core/tokenize.js";
import { DEMONYMS, ORG_DESCRIPTORS, PLACES, TITLES } from "./lexicon.js";
import { editDistance, isAllCaps, stripPossessive } from "./strings.js";

/** One entity of a story: the article-local entities, across the story's articles, that name it. */
export interface StoryEntityLink {
  /** Canonical name: the fullest form any article gives (most words; ties go to the most mentioned). */
  name: string;
  type: EntityType;
  /** For each article that mentions it, the article-local entity ids merged here. */
  articles: { id: string; entities: string[] }[];
}

interface Node {
  article: number;
  entity: Entity;
  norms: string[];
  key: string;
}

const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "de", "du", "des", "la", "le", "da", "di", "del", "y"]);

/**
 * Links the entities of a story's articles: the same person, organisation or place becomes one
 * StoryEntityLink whatever spelling each article uses. Merges, in this order:
 * 1. the same accent-folded name (`Élise Marot` = `Elise Marot`);
 * 2. an organisation named with and without its descriptor (`the Velmar movement` = `Velmar`), or
 *    by the acronym of its long name, or without the country in front (`Foreign Ministry`);
 * 3. a surname alone (an article that never gives the first name) to the one full name in the
 *    story with that surname; skipped when two people share it;
 * 4. names one edit apart (six letters or more) when the two share a role or the two articles
 *    share another entity (co-occurring context).
 * Types never cross between person and organisation or place. Cost is linear in the number of
 * entities: every step uses hash indexes, and edit candidates come from a one-deletion index.
 */
export function linkEntities(analyses: Analysis[]): StoryEntityLink[] {
  const nodes: Node[] = [];
  analyses.forEach((a, ai) => {
    for (const e of a.entities) {
      const norms = nameNorms(e.name);
      if (norms.length === 0) continue;
      nodes.push({ article: ai, entity: e, norms, key: norms.join(" ") });
    }
  });
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const compatible = (a: Node, b: Node): boolean => {
    const ta = a.entity.type;
    const tb = b.entity.type;
    return ta === tb || ta === "other" || tb === "other";
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const groupBy = (keyOf: (n: Node) => string | null): Map<string, number[]> => {
    const m = new Map<string, number[]>();
    nodes.forEach((n, i) => {
      const k = keyOf(n);
      if (k === null) return;
      const list = m.get(k);
      if (list) list.push(i);
      else m.set(k, [i]);
    });
    return m;
  };
  const unionAll = (ids: number[]): void => {
    for (let k = 1; k < ids.length; k++) if (compatible(nodes[ids[0]!]!, nodes[ids[k]!]!)) union(ids[0]!, ids[k]!);
  };

  // 1. Same folded name.
  for (const ids of groupBy((n) => n.key).values()) unionAll(ids);
  // 2. Organisations: descriptor dropped, and acronyms.
  const byKey = groupBy((n) => n.key);
  const acronymOf = groupBy((n) => (n.entity.type === "organization" && n.norms.length >= 2 ? initials(n.norms) : null));
  nodes.forEach((n, i) => {
    if (n.entity.type !== "organization" && n.entity.type !== "other") return;
    if (n.norms.length >= 2 && ORG_DESCRIPTORS.has(n.norms[n.norms.length - 1]!)) {
      for (const j of byKey.get(n.norms.slice(0, -1).join(" ")) ?? []) if (compatible(n, nodes[j]!)) union(i, j);
    }
    if (n.norms.length === 1 && isAllCaps(n.entity.name)) for (const j of acronymOf.get(n.norms[0]!) ?? []) union(i, j);
  });
  // 2b. An organisation's short name: its long name without the country in front (`Ruritanian Foreign
  // Ministry` -> `Foreign Ministry`), when only one long name of the story shortens to it (two countries'
  // foreign ministries leave `Foreign Ministry` ambiguous, and apart).
  const longByShort = groupBy((n) => (n.entity.type === "organization" && n.norms.length >= 3 && countryWord(n.norms[0]!) ? n.norms.slice(1).join(" ") : null));
  for (const [short, longs] of longByShort) {
    if (new Set(longs.map(find)).size !== 1) continue;
    for (const j of byKey.get(short) ?? []) if (compatible(nodes[longs[0]!]!, nodes[j]!)) union(longs[0]!, j);
  }
  // 3. Surname alone -> the single full name carrying it.
  const fullBySurname = groupBy((n) => (n.entity.type === "person" && n.norms.length >= 2 ? n.norms[n.norms.length - 1]! : null));
  nodes.forEach((n, i) => {
    if (n.norms.length !== 1 || n.entity.type === "organization" || n.entity.type === "place") return;
    const full = fullBySurname.get(n.norms[0]!);
    if (!full) return;
    const roots = new Set(full.map(find));
    if (roots.size === 1) union(i, full[0]!);
  });
  // 4. One edit apart, with shared role or context.
  const contextOf = articleContexts(nodes, find, analyses.length);
  const deletions = new Map<string, number[]>();
  const compact = nodes.map((n) => n.norms.join(""));
  nodes.forEach((n, i) => {
    if (compact[i]!.length < 6) return;
    for (const d of oneDeletions(compact[i]!)) {
      const list = deletions.get(d);
      if (list) list.push(i);
      else deletions.set(d, [i]);
    }
  });
  for (const ids of deletions.values()) {
    if (ids.length < 2 || ids.length > 50) continue;
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        const a = ids[x]!;
        const b = ids[y]!;
        const na = nodes[a]!;
        const nb = nodes[b]!;
        if (find(a) === find(b) || !compatible(na, nb) || na.norms.length !== nb.norms.length) continue;
        if (editDistance(compact[a]!, compact[b]!, 1) > 1) continue;
        const sharedRole = na.entity.roles.some((r) => nb.entity.roles.includes(r));
        if (sharedRole || sharesContext(contextOf, a, b, nodes, find)) union(a, b);
      }
    }
  }

  // Gather the links.
  const groups = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const r = find(i);
    const list = groups.get(r);
    if (list) list.push(i);
    else groups.set(r, [i]);
  });
  const links: StoryEntityLink[] = [];
  for (const ids of groups.values()) {
    const members = ids.map((i) => nodes[i]!);
    const best = members.reduce((a, b) => (better(b, a) ? b : a));
    const types = new Map<EntityType, number>();
    for (const m of members) if (m.entity.type !== "other") types.set(m.entity.type, (types.get(m.entity.type) ?? 0) + m.entity.mentions.length);
    const type = [...types].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "other";
    const perArticle = new Map<number, string[]>();
    for (const m of members) {
      const list = perArticle.get(m.article);
      if (list) list.push(m.entity.id);
      else perArticle.set(m.article, [m.entity.id]);
    }
    links.push({
      name: best.entity.name,
      type,
      articles: [...perArticle].sort((a, b) => a[0] - b[0]).map(([ai, entities]) => ({ id: analyses[ai]!.id, entities })),
    });
  }
  return links;
}

/** Accent-folded name words, without honorifics and possessives. */
function nameNorms(name: string): string[] {
  const words = name.split(/\s+/).map((w) => stripPossessive(normalizeWord(w.replace(/\.$/, "")))).filter((w) => w.length > 0);
  while (words.length > 1 && TITLES.has(words[0]!)) words.shift();
  return words;
}

/** A demonym or a country's name opening an organisation's name (`Ruritanian`, `Ruritania`, `U.S.`). */
function countryWord(norm: string): boolean {
  return DEMONYMS.has(norm) || PLACES.has(norm) || norm === "us" || norm === "u.s";
}

function initials(norms: string[]): string {
  return norms.filter((w) => !ACRONYM_SKIP.has(w)).map((w) => w[0]).join("");
}

function oneDeletions(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/** Prefers more name words, then more mentions, then the earlier article. */
function better(a: Node, b: Node): boolean {
  if (a.norms.length !== b.norms.length) return a.norms.length > b.norms.length;
  if (a.entity.mentions.length !== b.entity.mentions.length) return a.entity.mentions.length > b.entity.mentions.length;
  return false;
}

/** Per article, the story entities (union-find roots after the exact merges) it mentions: the context a spelling variant must share. */
function articleContexts(nodes: Node[], find: (i: number) => number, count: number): Set<number>[] {
  const out = Array.from({ length: count }, () => new Set<number>());
  nodes.forEach((n, i) => out[n.article]!.add(find(i)));
  return out;
}

function sharesContext(contexts: Set<number>[], a: number, b: number, nodes: Node[], find: (i: number) => number): boolean {
  const na = nodes[a]!;
  const nb = nodes[b]!;
  if (na.article === nb.article) return true; // the same article is the same context
  const ca = contexts[na.article]!;
  const cb = contexts[nb.article]!;
  const ra = find(a);
  const rb = find(b);
  const [small, large] = ca.size <= cb.size ? [ca, cb] : [cb, ca];
  for (const r of small) if (r !== ra && r !== rb && large.has(r)) return true;
  return false;
}
