import { DEMONYMS, ROLE_MODIFIERS, ROLE_WORDS, TITLES } from "../lexicon.js";
import { stripPossessive } from "../strings.js";
import type { Candidate } from "./candidates.js";
import type { EntityContext } from "./context.js";

const LINKS = new Set(["to", "of", "for", "at", "in", "on"]);
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "this"]);
const BREAK_RE = /[,;:()“”"«»—–]|\.\s/;

/**
 * Roles written around a name, added to the candidate's `roles`:
 * - before it, a pre-modifying role phrase: `Ruritanian Ambassador to Freedonia Anna Smith`,
 *   `Acme Ministry official Anna Smith`, `the country's envoy Anna Smith`;
 * - after it, an apposition whose head is a role: `Anna Smith, the country's envoy to X,`,
 *   `Anna Smith, a senior Ruritanian diplomat`.
 * Only role words from the general lexicon count; the phrase stops at punctuation or at any word
 * that cannot sit in such a phrase, so a role never jumps to a name it does not describe.
 */
export function attachRoles(ctx: EntityContext, c: Candidate): void {
  if (c.type !== null && c.type !== "person") return;
  const { tokens, text } = ctx;
  const sent = ctx.sentences[c.sentence]!;
  const found = new Set(c.roles);
  // Backwards from the name.
  for (let k = c.tokStart - 1, steps = 0; k >= sent.tokenStart && steps < 9; k--, steps++) {
    if (BREAK_RE.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
    const n = stripPossessive(tokens[k]!.norm);
    // `mayor of Salvera`, `envoy to Freedonia`: a name right after a preposition is the role's
    // place or body, not its holder.
    if (k === c.tokStart - 1 && LINKS.has(n)) break;
    // French `L'entraîneur Paul Marnier`: the article is glued to the role.
    const bare = /^l['’]/.test(n) ? n.slice(2) : n;
    if (ROLE_WORDS.has(bare)) found.add(bare);
    else if (ROLE_MODIFIERS.has(n) || DEMONYMS.has(n) || TITLES.has(n) || LINKS.has(n) || ctx.cap[k]) continue;
    else if (tokens[k]!.norm !== n) continue; // a possessive: `the country's envoy`
    else break;
  }
  // Apposition after the name.
  const after = c.tokEnd;
  if (after < sent.tokenEnd && /^\s*,\s*$/.test(text.slice(c.end, tokens[after]!.start))) {
    for (let k = after, steps = 0; k < sent.tokenEnd && steps < 10; k++, steps++) {
      if (k > after && BREAK_RE.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
      const n = stripPossessive(tokens[k]!.norm);
      if (ROLE_WORDS.has(n)) {
        found.add(n);
        // The head is reached; `envoy to X` may follow but adds no role.
        if (!ROLE_MODIFIERS.has(n)) break;
      } else if (DETERMINERS.has(n) || ROLE_MODIFIERS.has(n) || DEMONYMS.has(n) || ctx.cap[k] || tokens[k]!.norm !== n || tokens[k]!.numeric) continue;
      else break;
    }
  }
  if (found.size > 0) {
    c.roles = [...found];
    if (c.type === null) [c.type, c.weight] = ["person", 2];
  }
}
