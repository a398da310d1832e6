/**
 * Claims that mix statements the gold keeps apart (see bench/dossier-purity.ts): one support
 * sentence states gold claim X and not Y, another states Y and not X. A sentence states a gold
 * claim when it shares min(3, half) of the claim's content words, the gold check's own rule.
 */
import type { Dossier } from "../../src/dossier/index.js";
import { tokenize } from "../../src/core/tokenize.js";
import { isContent, wordKey } from "../../src/dossier/text.js";
import type { CrossSourceGold } from "./seeds-gold.js";

const keysOf = (text: string): Set<string> => new Set(tokenize(text).filter(isContent).map((t) => wordKey(t.norm)));

export interface MixedClaim {
  claim: string;
  x: string;
  y: string;
}

/** The dossier's claims whose supports state two different gold claims apart. */
export function mixedClaims(d: Dossier, cross: CrossSourceGold, comparable: (id: string) => boolean): MixedClaim[] {
  const golds = [...cross.corroborated, ...cross.single_source].map((g) => {
    const keys = keysOf(g.claim);
    return { text: g.claim, keys, need: Math.min(3, Math.ceil(keys.size / 2)) };
  });
  const out: MixedClaim[] = [];
  for (const c of d.claims) {
    const states = c.support
      .filter((s) => comparable(s.article))
      .map((s) => {
        const k = keysOf(s.text);
        return new Set(golds.filter((g) => [...g.keys].filter((w) => k.has(w)).length >= g.need).map((g) => g.text));
      });
    let found: MixedClaim | null = null;
    for (let i = 0; i < states.length && !found; i++) {
      for (let j = 0; j < states.length && !found; j++) {
        const x = [...states[i]!].find((g) => !states[j]!.has(g));
        const y = [...states[j]!].find((g) => !states[i]!.has(g));
        if (x && y) found = { claim: c.text, x, y };
      }
    }
    if (found) out.push(found);
  }
  return out;
}

/** One hand-written pair of statements no claim may join (examples/claims-apart.json). */
export interface ApartPair {
  story: number;
  why: string;
  a: [string, string];
  b: [string, string];
}

/**
 * The pairs some claim of the dossier joins: a claim with a support overlapping the first
 * statement (its article, where its substring stands) and another overlapping the second.
 */
export function joinedApart(d: Dossier, pairs: ApartPair[], texts: Map<string, string>): ApartPair[] {
  const holds = (c: Dossier["claims"][number], [article, sub]: [string, string]): boolean => {
    const text = texts.get(article);
    const at = text?.indexOf(sub) ?? -1;
    if (at < 0) throw new Error(`claims-apart: "${sub}" is not in ${article}`);
    return c.support.some((s) => s.article === article && s.start < at + sub.length && at < s.end);
  };
  return pairs.filter((p) => d.claims.some((c) => holds(c, p.a) && holds(c, p.b)));
}
