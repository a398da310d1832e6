/**
 * Party disputes: one party says a thing was done (`the operator said it had warned the towns
 * downstream`), another that it was not (`the mayor said the town received no warning`). Outlets
 * print such a dispute by setting the two parties side by side, so every outlet may tell both
 * sides and the rules that set one outlet against another see nothing. Here the sides belong to
 * the speakers: an article quoting two parties with opposite polarity on one word names the
 * dispute, and the parties' statements elsewhere in the story take their sides.
 */
import { normalizeWord, tokenize } from "../core/tokenize.js";
import { isLexiconCue } from "../nlp/quotes/cues.js";
import type { Quote } from "../core/types.js";
import { cite, sourceOf, type StoryContext } from "./context.js";
import { entityKey, type Clause } from "./features.js";
import { NON_ASSERTIVE, STOP_WORDS } from "./text.js";
import type { ClaimSupport, Contradiction } from "./types.js";
import { articlesMentioning } from "./mentions.js";

/** Speakers that name no party: an unresolved pronoun or a relative could be anyone. */
const NO_PARTY = new Set(["it", "he", "she", "they", "we", "i", "you", "this", "that", "who", "which", "someone", "somebody", "one", "others"]);

/**
 * `any warning`, `every call`: a thing supposed, not one stated to have happened. `the warning`:
 * a thing already told, perhaps another one. Only the word right before counts (`that it warned`
 * states the act).
 */
const NOT_STATED = new Set(["any", "every", "each", "whatever", "such", "the", "this", "these", "those"]);

/**
 * How many body sentences apart an article may set two parties' statements that share a rarer
 * key besides the word (without one, they must be neighbours): a rebuttal is told in the same
 * passage, not in another part of the article. A prior, not fitted.
 */
const SIDE_BY_SIDE = 6;

/** Words that withhold what the clause seems to affirm (`declined to release`, `doubts charges will be filed`). */
const WITHHELD = /\b(?:declin(?:e|es|ed|ing)\s+to|doubts?|doubted|den(?:y|ies|ied|ying)|hopefully)\b/i;

/** A subject that is no one: `nobody`, `no one`, `none (of them)`, `neither`. */
const NOBODY = /(?:^|\s)(?:nobody|no\s+one|none|neither)(?:\s|$)/;

/** A reporting verb that denies what it reports (`denied that it had`, `denies using`). */
const DENIAL_CUE = /\bden(?:y|ies|ied|ying)\b/i;

/** True when the quote's cue denies what it reports, said by its subject (`was denied a witness` reports nothing). */
function deniedBy(ctx: StoryContext, article: string, q: Quote): boolean {
  if (!q.cue || !DENIAL_CUE.test(q.cue.text)) return false;
  const text = ctx.members.get(article)!.input.article.text;
  return !/\b(?:is|are|was|were|be|been|being)\s+$/i.test(text.slice(Math.max(0, q.cue.start - 12), q.cue.start));
}

/** The lower-cased word right after `offset` within the clause, or "". */
function nextWord(ctx: StoryContext, c: Clause, offset: number): string {
  const m = /^\s+([\p{L}'’]+)/u.exec(ctx.members.get(c.article)!.input.article.text.slice(offset, c.end));
  return m ? m[1]!.toLowerCase() : "";
}

/** Words that negate what follows, as the polarity layer reads them (with `fail`/`refuse` + `to`). */
const NEGATING = /^(?:not|no|never|nobody|none|nothing|without|cannot|.*n['’]t|fail(?:s|ed|ing)?|refus(?:e|es|ed|ing)|unable)$/;

/** Modal and future auxiliaries: what would or will be is no act done, and no act denied. */
const MODALS = new Set(["would", "will", "could", "might", "may", "should", "must", "shall", "wouldn't", "won't", "couldn't", "shouldn't", "can't", "cannot"]);

/** Forms of `be`: a bare adjective or noun after one (`won't be enough`, `is not true`) describes, it does not tell an act. */
const COPULA = new Set(["be", "is", "are", "was", "were", "been", "being", "isn't", "wasn't", "aren't", "weren't", "seem", "seems", "seemed", "appear", "appears", "appeared", "become", "becomes", "became"]);

/**
 * Past forms that do not end in -ed. A party dispute is over whether something was done (`had
 * warned`, `received no warning`, `sent a warning`, `never worked with`); `the sooner he releases`,
 * `we do not have terrorists using the site` or `calls for him to resign` tell no act done.
 */
const IRREGULAR_PAST = new Set(["went", "came", "took", "made", "found", "left", "began", "gave", "got", "saw", "held", "kept", "sent", "told", "said", "wrote", "brought", "knew", "met", "spoke", "rang", "paid", "put", "set", "let", "heard", "done", "given", "taken", "seen", "known", "written", "spoken", "sold", "bought", "won", "lost"]);

/** Words that mark the act right after them as past or denied past (`was`, `did`, `never`, `failed to`). */
const PAST_MARKS = new Set(["was", "were", "did", "didn't", "wasn't", "weren't", "never", "failed", "failing"]);

/** Determiners before which an -ed word is an adjective (`a worried spouse`), not a past act. */
const BEFORE_ADJECTIVE = new Set(["a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that"]);

const pastForm = (w: string): boolean => IRREGULAR_PAST.has(w) || (w.length >= 5 && w.endsWith("ed"));

/**
 * True when the word (`word`, lower-cased; `before` the clause's words before it, `after` the word
 * after it) tells a past act: it is a past form, a past form or mark stands right before it or
 * before an article or negation before it (`sent a warning`, `received no warning`, `was never
 * warned`), or a past form right after it (`no such conversation occurred`).
 */
function nearPast(before: string[], word: string, after: string): boolean {
  if (pastForm(word) || pastForm(after)) return true;
  const marks = (k: number): boolean => k >= 0 && (PAST_MARKS.has(before[k]!) || (pastForm(before[k]!) && !BEFORE_ADJECTIVE.has(before[k - 1] ?? "")));
  const n = before.length;
  // Two words back only across an article or a negation (`sent a warning`, `received no warning`), not a preposition (`demonstrated amid calls`).
  if (marks(n - 1) || (n >= 2 && (BEFORE_ADJECTIVE.has(before[n - 1]!) || NEGATING.test(before[n - 1]!)) && marks(n - 2))) return true;
  // `failing to warn`, `refused to release`: an act not done.
  return n >= 2 && before[n - 1] === "to" && NEGATING.test(before[n - 2]!);
}

/**
 * True when the word (`word`, lower-cased, after `before`: the clause's words before it) tells a
 * plain act: no modal before it; when denied, the negation right before it (one word may stand
 * between: `failing to warn`, `received no warning`; not `isn't the one who fired`); and not an
 * adjective or noun after `be`.
 */
function plainAct(before: string[], negated: boolean, word: string): boolean {
  const near = before.slice(-3);
  if (near.some((w) => MODALS.has(w))) return false;
  // `the greatest fear I have ever seen`: `ever` asks whether, it tells no act.
  if (!negated && near.includes("ever")) return false;
  // `falling more slowly than it had expected`: a comparison's yardstick, no act of its own.
  if (near.includes("than")) return false;
  if (negated && !before.slice(-2).some((w) => NEGATING.test(w))) return false;
  if (!negated && NOT_STATED.has(before[before.length - 1] ?? "")) return false;
  let k = before.length - 1;
  while (k >= 0 && (NEGATING.test(before[k]!) || /ly$/.test(before[k]!))) k--;
  return !(k >= 0 && COPULA.has(before[k]!) && !/(?:ed|en)$/.test(word));
}

/** Particles that make a verb phrasal (`settle on`, `give up`); `to`, `with`, `until` leave its sense. */
const PARTICLES = new Set(["on", "up", "out", "off", "down", "over", "in", "into", "back", "away", "for", "through"]);

/** The particle right after the word ending at `wordEnd`, or "". */
function particleAfter(ctx: StoryContext, c: Clause, wordEnd: number): string {
  const m = /^\s+(\p{L}+)/u.exec(ctx.members.get(c.article)!.input.article.text.slice(wordEnd, c.end));
  const w = m ? m[1]!.toLowerCase() : "";
  return PARTICLES.has(w) ? w : "";
}

/** A clause's party: the speaker of the quote that holds its word at `offset`, as a key, with the name printed. */
interface Party {
  key: string;
  name: string;
  quote: Quote;
  /** The speaker resolved to a place. */
  place: boolean;
}

/**
 * The speaker of the innermost quote holding `offset` that a speech verb reports (`X said that
 * Lisk was never warned; Y insists that it alerted the centre`: the second clause is Y's), else
 * of the longest one (a quote found inside a reported one by a word that reports nothing, `no
 * warning until ...`, takes a word of it for its speaker), or null when it names no party.
 */
function partyAt(ctx: StoryContext, article: string, offset: number): Party | null {
  const m = ctx.members.get(article)!;
  let best: Quote | null = null;
  let reported: Quote | null = null;
  for (const q of m.input.analysis.quotes) {
    if (q.start > offset || offset >= q.end) continue;
    if (!best || q.end - q.start > best.end - best.start) best = q;
    if (q.cue && (!reported || q.end - q.start < reported.end - reported.start) && isLexiconCue(tokenize(q.cue.text).map((t) => t.norm))) reported = q;
  }
  best = reported ?? best;
  const sp = best?.speaker;
  if (!best || !sp) return null;
  const name = sp.name.trim();
  // A lower-case speaker that is no role (`sent` before `a warning`) is a word the quote finder misread.
  if (!/^\p{Lu}/u.test(name) && !/^(?:the|a|an)\s/i.test(name)) return null;
  const bare = normalizeWord(name).replace(/^(?:the|a|an)\s+/, "");
  if (NO_PARTY.has(bare) || !/\p{L}/u.test(bare)) return null;
  const entity = sp.entity ? m.features.entityKeys.get(sp.entity) : undefined;
  const key = entity ?? entityKey(bare, "organization");
  const place = sp.entity !== null && m.input.analysis.entities.some((e) => e.id === sp.entity && e.type === "place");
  return { key: ctx.spellings.get(key) ?? key, name, quote: best, place };
}

interface Stance {
  clause: number;
  party: Party;
  negated: boolean;
}

/**
 * The party disputes of the story, one per predicate word: sides of opposite polarity on the
 * word, each held by parties of its own. Precision first: a dispute needs an article (not a
 * copy, in English: the polarity layer reads English negation) that quotes both parties on the
 * word, in neighbouring sentences or sharing a rarer key besides it, each telling a plain past
 * act (see nearPast and plainAct): whether something was done, not what would be or is.
 */
export function partyContradictions(ctx: StoryContext): Contradiction[] {
  const { clauses, weights } = ctx;
  const cap = weights.postingCap();
  const out: Contradiction[] = [];
  const usable = (c: Clause): boolean => !c.hedged && c.foreign === null && !ctx.members.get(c.article)!.copy;
  // Rank of each clause's sentence among the body sentences of its article: a sentence the
  // clause finder skipped (a three-word quote) does not part two neighbours.
  const rank = sentenceRanks(clauses);
  const told = new Set<string>();
  // Clauses that may deny something: a negation in them, or a denying verb (read only in the articles that print one).
  const denying = articlesMentioning(ctx, DENIAL_CUE);
  const negative = Uint8Array.from(clauses, (c) => (c.anyNegation || (denying.has(c.article) && DENIAL_CUE.test(clauseText(ctx, c))) ? 1 : 0));
  for (const [key, posting] of weights.postings) {
    if (!key.startsWith("w:") || key.length < 5 || posting.length < 2 || posting.length > cap) continue;
    // Most words are never denied: the cheap flag decides before any text is read.
    if (!posting.some((i) => negative[i] === 1)) continue;
    const stances: Stance[] = [];
    for (const i of posting) {
      const c = clauses[i]!;
      const p = c.polarity.get(key)!;
      // The word must be said (inside a quote: see partyAt), not the reporting verb of a quote.
      if (!usable(c) || !asserted(ctx, c, p.end) || p.light || p.capital || c.nameKeys.has(key)) continue;
      // `the data protection commissioner`: a word naming what a noun after it is states no act.
      // A verb's past form after a noun (`the quarry notified farmers`) is the act itself.
      if (p.determined && !/ed$/i.test(ctx.members.get(c.article)!.input.article.text.slice(p.start, p.end)) && modifies(ctx, c, p.end)) continue;
      const party = partyAt(ctx, c.article, p.start);
      if (!party) continue;
      const before = wordsBefore(ctx, c, p.start);
      // `nobody warned us`, `no one called`: a subject that is no one denies the act, which the
      // polarity layer (negating what follows a negator) reads as affirmed.
      const nobody = !p.negated && NOBODY.test(before.slice(-3).join(" "));
      // `the company denied that it had ignored the warnings`: the party denies all it is quoted on.
      const denial = deniedBy(ctx, c.article, party.quote);
      if (denial && (c.anyNegation || p.negated)) continue;
      const negated = p.negated || nobody || denial;
      // The affirming side affirms outright: no negation anywhere in it (`did not deny it warned`).
      if (!negated && (c.anyNegation || WITHHELD.test(clauseText(ctx, c)))) continue;
      const surface = ctx.members.get(c.article)!.input.article.text.slice(p.start, p.end).toLowerCase();
      if (!nearPast(before, surface, nextWord(ctx, c, p.end))) continue;
      if (!plainAct(before, negated && !denial, surface)) continue;
      stances.push({ clause: i, party, negated });
    }
    if (!stances.some((s) => s.negated) || !stances.some((s) => !s.negated)) continue;
    // Seeds: one article quoting two parties on the word, one affirming, one denying.
    const seeds: [Stance, Stance][] = [];
    for (const d of stances) {
      if (!d.negated) continue;
      for (const a of stances) {
        if (a.negated || d.party.key === a.party.key) continue;
        const cd = clauses[d.clause]!;
        const ca = clauses[a.clause]!;
        if (cd.article !== ca.article || clauses[d.clause]!.polarity.get(key)!.form !== ca.polarity.get(key)!.form) continue;
        // `settled on a plan` and `settled in the area`: a verb with another particle is another sense.
        if (particleAfter(ctx, cd, cd.polarity.get(key)!.end) !== particleAfter(ctx, ca, ca.polarity.get(key)!.end)) continue;
        const apart = Math.abs(rank.get(d.clause)! - rank.get(a.clause)!);
        if (apart <= 1 || (apart <= SIDE_BY_SIDE && sharesRareKey(ctx, d.clause, a.clause, key))) seeds.push([d, a]);
      }
    }
    if (seeds.length === 0) continue;
    const deny = new Set(seeds.map(([d]) => d.party.key));
    const affirm = new Set(seeds.map(([, a]) => a.party.key));
    // A party on both sides has no side: the word means two things in the story.
    if ([...deny].some((p) => affirm.has(p))) continue;
    const denySide = new Map<number, ClaimSupport>();
    const affirmSide = new Map<number, ClaimSupport>();
    const at = (i: number): ClaimSupport => cite(ctx, clauses[i]!.article, clauses[i]!.start, clauses[i]!.end);
    // Every statement of a party on the word, in any outlet, takes the party's side.
    for (const s of stances) {
      if (s.negated && deny.has(s.party.key)) denySide.set(s.clause, at(s.clause));
      else if (!s.negated && affirm.has(s.party.key)) affirmSide.set(s.clause, at(s.clause));
    }
    // A party's words right beside a side's statement go on with it in other terms (`Nobody
    // called us,` after `accused the operator of failing to warn`; `X insists that it alerted the
    // centre` after `Lisk was never warned`): they join their party's side with its polarity.
    const placed = new Set([...denySide.keys(), ...affirmSide.keys()]);
    const byArticle = new Map<string, number[]>();
    for (const i of placed) byArticle.set(clauses[i]!.article, [...(byArticle.get(clauses[i]!.article) ?? []), i]);
    for (const [article, sided] of byArticle) {
      clauses.forEach((c, i) => {
        if (c.article !== article || placed.has(i) || !usable(c) || c.conditional) return;
        const party = partyAt(ctx, article, c.start + Math.floor((c.end - c.start) / 2));
        if (!party || (!deny.has(party.key) && !affirm.has(party.key))) return;
        const own = deny.has(party.key);
        if (own !== c.anyNegation) return;
        // A beside statement that the word itself is in took its side above or was left out on purpose.
        if (c.polarity.has(key)) return;
        const next = sided.some((j) => clauses[j]!.sentence === c.sentence || (party.quote.kind === "direct" && Math.abs(rank.get(j)! - rank.get(i)!) <= 1));
        if (!next) return;
        // A direct quote begun in a sentence too short to be a clause is cited from its start.
        const start = party.quote.kind === "direct" && party.quote.start < c.start && !clauses.some((d) => d.article === article && d.end > party.quote.start && d.start < c.start) ? party.quote.start : c.start;
        (own ? denySide : affirmSide).set(i, cite(ctx, article, start, c.end));
      });
    }
    // A denial covers every word of what it reports: the same sides found through another word are told once.
    const sig = [...denySide.keys()].sort((a, b) => a - b).join(",") + "|" + [...affirmSide.keys()].sort((a, b) => a - b).join(",");
    if (told.has(sig)) continue;
    told.add(sig);
    const word = surface(ctx, seeds[0]![0].clause, key);
    // A side is named by its parties that speak most often; a place named as a speaker (`the mayor
    // of Lisk accused` read as Lisk's words) only when no one else speaks for the side.
    const names = (ss: Stance[]): string => {
      const count = new Map<string, { n: number; place: boolean }>();
      for (const x of ss) count.set(x.party.name, { n: (count.get(x.party.name)?.n ?? 0) + 1, place: x.party.place });
      const people = [...count.entries()].filter(([, v]) => !v.place);
      return (people.length > 0 ? people : [...count.entries()])
        .sort((a, b) => b[1].n - a[1].n)
        .slice(0, 2)
        .map(([n]) => n)
        .join(", ");
    };
    const printedBoth = new Set(seeds.map(([d]) => sourceOf(ctx, clauses[d.clause]!.article))).size;
    const sources = new Set([...denySide.keys(), ...affirmSide.keys()].map((i) => sourceOf(ctx, clauses[i]!.article))).size;
    // Each outlet that sets the parties side by side names the dispute again; each further one
    // telling a party's side shows it is a matter of the story.
    const confidence = Math.round(Math.min(0.8, 0.5 + 0.05 * printedBoth + 0.05 * (sources - printedBoth)) * 1000) / 1000;
    if (confidence < ctx.options.contradictionThreshold) continue;
    const order = (m: Map<number, ClaimSupport>): ClaimSupport[] => [...m.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
    out.push({
      id: "",
      kind: "negation",
      about: word,
      sides: [
        { label: `no ${word} (${names(stances.filter((x) => x.negated && deny.has(x.party.key)))})`, citations: order(denySide) },
        { label: `${word} (${names(stances.filter((x) => !x.negated && affirm.has(x.party.key)))})`, citations: order(affirmSide) },
      ],
      confidence,
    });
  }
  return out;
}

/**
 * False for a condition or open question. `no warning until the water was in the streets` asserts:
 * an `until` after the word tells when, not whether (the clause flag counts it wherever it stands).
 */
function asserted(ctx: StoryContext, c: Clause, wordEnd: number): boolean {
  if (!c.conditional) return true;
  const text = ctx.members.get(c.article)!.input.article.text;
  let found = false;
  for (const m of text.slice(c.start, c.end).matchAll(/[\p{L}'’]+/gu)) {
    const w = m[0].toLowerCase();
    if (!NON_ASSERTIVE.has(w)) continue;
    if (w !== "until" || c.start + m.index < wordEnd) return false;
    found = true;
  }
  // No such word: the flag came from elsewhere (an imperative), and stands.
  return found;
}

/** The clause's lower-cased words before `offset`, in order. */
function wordsBefore(ctx: StoryContext, c: Clause, offset: number): string[] {
  return (ctx.members.get(c.article)!.input.article.text.slice(c.start, offset).toLowerCase().match(/[\p{L}'’]+/gu) ?? []).map((w) => w.replace(/’/g, "'"));
}

function clauseText(ctx: StoryContext, c: Clause): string {
  return ctx.members.get(c.article)!.input.article.text.slice(c.start, c.end);
}

/** True when a content word follows the word at `wordEnd` with only spaces between (a noun it modifies). */
function modifies(ctx: StoryContext, c: Clause, wordEnd: number): boolean {
  const m = /^[ \t]+(\p{L}+)(?![\p{L}'’])/u.exec(ctx.members.get(c.article)!.input.article.text.slice(wordEnd, c.end));
  return m !== null && m[1]!.length > 1 && !STOP_WORDS.has(m[1]!.toLowerCase());
}

/** The word as its first denying clause prints it, lower-cased. */
function surface(ctx: StoryContext, i: number, key: string): string {
  const c = ctx.clauses[i]!;
  const p = c.polarity.get(key)!;
  return ctx.members.get(c.article)!.input.article.text.slice(p.start, p.end).toLowerCase();
}

/** True when two clauses share a key besides `key` that is no name and not everywhere in the story. */
function sharesRareKey(ctx: StoryContext, i: number, j: number, key: string): boolean {
  const a = ctx.clauses[i]!;
  const b = new Set(ctx.clauses[j]!.keys);
  const cap = ctx.weights.postingCap();
  return a.keys.some((k) => k !== key && b.has(k) && !a.nameKeys.has(k) && !a.attributionOnly.has(k) && ctx.weights.postings.get(k)!.length <= cap / 2);
}

/** Per clause, the rank of its sentence among the sentences of its article that hold clauses. */
function sentenceRanks(clauses: Clause[]): Map<number, number> {
  const out = new Map<number, number>();
  let article = "";
  let sentence = -1;
  let r = -1;
  clauses.forEach((c, i) => {
    if (c.article !== article) {
      article = c.article;
      sentence = -1;
      r = -1;
    }
    if (c.sentence !== sentence) {
      sentence = c.sentence;
      r++;
    }
    out.set(i, r);
  });
  return out;
}
