import type { Entity, Sentence, Token } from "../../core/types.js";
import type { ProperNounOracle } from "../pos.js";
import { findCandidates } from "./candidates.js";
import { buildContext } from "./context.js";
import { resolveEntities } from "./resolve.js";
import { attachRoles } from "./roles.js";

/**
 * People, organisations and places of one article, each with every mention that refers to it
 * (names, surnames, honorific forms, misspellings, role phrases, subject pronouns).
 * `propn` answers whether a token is a proper noun (src/nlp/pos.ts, asked lazily); pass
 * `() => false` to rely on capitalisation alone (non-English text). `language` (the article's)
 * lets German nouns, all capitalised, be told from names.
 */
export function findEntities(text: string, tokens: readonly Token[], sentences: readonly Sentence[], propn: ProperNounOracle, language: string | null = null): Entity[] {
  const ctx = buildContext(text, tokens, sentences, propn, language);
  const candidates = findCandidates(ctx);
  for (const c of candidates) attachRoles(ctx, c);
  return resolveEntities(ctx, candidates);
}
