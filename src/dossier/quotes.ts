/**
 * Quote variants: the same utterance as each outlet printed it. Two quotes of different sources
 * are one utterance when their speakers agree and their content words overlap enough, which
 * holds across different translations of one statement. Also finds the same words given to
 * different speakers, a contradiction of attribution.
 */
import { pushTo } from "../core/multimap.js";
import type { Entity, Quote, Token } from "../core/types.js";
import { normalizeWord, tokenize } from "../core/tokenize.js";
import { cite, sourceOf, type StoryContext } from "./context.js";
import { entityKey, type ArticleFeatures } from "./features.js";
import { COPULAS, isContent, wordKey } from "./text.js";
import { groupMembers, groupOncePerArticle, PairList, type DisjointSets } from "./align.js";
import { translates } from "./lexicon.js";
import { ROLE_WORDS } from "../nlp/lexicon.js";
import { foldSpellings } from "./spellings.js";
import { contentKeys, portableQuoteKey, quoteKeys, quoteSimilarity, quoteTokens, type KeyedQuote } from "./quote-keys.js";
import { round } from "./contradictions.js";
import { joinNeighbours } from "./quote-neighbours.js";
import type { ClaimSupport, Contradiction, QuoteGroup, QuoteVariant } from "./types.js";
import { isLexiconCue } from "../nlp/quotes/cues.js";

interface QuoteItem extends KeyedQuote {
  article: string;
  quote: Quote;
  speakerKey: string | null;
}

/** The speaker's cross-article key: the entity's key, else the surname of the name given. */
function speakerKey(ctx: StoryContext, article: string, q: Quote): string | null {
  if (!q.speaker) return null;
  // A role the speaker stage could not resolve to a name (`his agent`, `His agent` opening a
  // sentence, `the judge`) is the story's one holder of that role: outlets name it alike. A
  // pronoun names nobody.
  const role = /^(?:the|a|an|his|her|their|its|our)\s+((?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}'’-]+)$/iu.exec(q.speaker.name.trim());
  if (role && !q.speaker.entity) return "r:" + role[1]!.toLowerCase();
  if (!/\p{Lu}/u.test(q.speaker.name)) return null;
  const m = ctx.members.get(article)!;
  if (q.speaker.entity) {
    const k = m.features.entityKeys.get(q.speaker.entity);
    if (k) return k;
  }
  const ent = m.input.analysis.entities.find((e) => e.id === q.speaker!.entity);
  return entityKey(q.speaker.name, ent?.type ?? "person");
}

// Per-quote keys and phrases, cached by the Quote object (an Analysis is reused across
// rebuilds of a story, so a rebuild after a join tokenises only the new article's quotes).
const segmentCache = new WeakMap<Quote, { start: number; end: number; keys: Set<string> }[]>();

const nearCache = new WeakMap<Quote, Set<string>>();
/** Per quote, the words of the sentences from its own to its attribution's (namedNear with ownSentence). */
const ownCache = new WeakMap<Quote, Set<string>>();

export interface QuoteSection {
  groups: QuoteGroup[];
  single: QuoteVariant[];
  contradictions: Contradiction[];
}

/** Groups the story's quotes into utterances; the rest are single. */
export function buildQuotes(ctx: StoryContext): QuoteSection {
  const items: QuoteItem[] = [];
  // Every direct quote's words, for the test of a quotation broken by a full stop (see printedWhole).
  const wholes: { article: string; keys: Set<string> }[] = [];
  for (const m of ctx.order) {
    if (m.copy) continue;
    const language = m.input.analysis.language;
    const foreign = language !== "en" && translates(language) ? language : null;
    for (const q of m.input.analysis.quotes) if (q.kind === "direct") wholes.push({ article: m.input.article.id, keys: quoteKeys(m.input.article.text, q, foreign) });
  }
  for (const m of ctx.order) {
    if (m.copy) continue;
    const a = m.input.article;
    const language = m.input.analysis.language;
    const foreign = language !== "en" && translates(language) ? language : null;
    const printedWhole = (first: Quote, second: Quote): boolean => {
      const ka = quoteKeys(a.text, first, foreign);
      const kb = quoteKeys(a.text, second, foreign);
      const held = (keys: Set<string>, whole: Set<string>): number => [...keys].filter((k) => whole.has(k)).length / Math.max(1, keys.size);
      return wholes.some((w) => w.article !== a.id && held(ka, w.keys) >= PRINTED_WHOLE && held(kb, w.keys) >= PRINTED_WHOLE);
    };
    for (const { quote: q, parts } of splitQuotesJoined(a.text, m.input.analysis.quotes, printedWhole)) {
      if (!utterance(a.text, q)) continue;
      const keys = parts.length === 1 ? quoteKeys(a.text, q, foreign) : new Set(parts.flatMap((p) => [...quoteKeys(a.text, p, foreign)]));
      if (keys.size === 0) continue;
      items.push({ article: a.id, quote: q, speakerKey: speakerKey(ctx, a.id, q), keys, weight: 0, foreign: foreign !== null, portableWeight: 0 });
    }
  }
  unifySpellings(items);
  // Word weights: idf over the story's quotes.
  const df = new Map<string, number>();
  for (const it of items) for (const k of it.keys) df.set(k, (df.get(k) ?? 0) + 1);
  const wCache = new Map<string, number>();
  const w = (k: string): number => {
    let v = wCache.get(k);
    if (v === undefined) wCache.set(k, (v = Math.log(1 + items.length / (df.get(k) ?? 1))));
    return v;
  };
  for (const it of items) {
    for (const k of it.keys) {
      it.weight += w(k);
      if (portableQuoteKey(k)) it.portableWeight += w(k);
    }
  }
  const postings = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const k of it.keys) {
      const p = postings.get(k) ?? [];
      p.push(i);
      postings.set(k, p);
    }
  });
  const cap = Math.max(24, Math.ceil(Math.sqrt(items.length) * 2));

  // Candidate pairs of different sources, best first; merge greedily so that a group never
  // holds two quotes of one source (an article prints an utterance once, an outlet once too).
  const pairs: { i: number; j: number; sim: number }[] = [];
  // Candidates in first-proposed order, marked in a reused array instead of a Set per quote.
  const mark = new Uint8Array(items.length);
  const cand: number[] = [];
  items.forEach((it, i) => {
    // Only quotes of one named speaker can be one utterance: the cheap test comes first.
    if (!it.speakerKey) return;
    cand.length = 0;
    for (const k of it.keys) {
      const p = postings.get(k)!;
      if (p.length > cap) continue;
      // Postings are ascending: only the quotes after this one, from the first of them on.
      for (let q = firstAfter(p, i); q < p.length; q++) {
        const j = p[q]!;
        if (mark[j] === 0 && items[j]!.speakerKey === it.speakerKey) {
          mark[j] = 1;
          cand.push(j);
        }
      }
    }
    for (const j of cand) mark[j] = 0;
    for (const j of cand) {
      const jt = items[j]!;
      if (sourceOf(ctx, jt.article) === sourceOf(ctx, it.article)) continue;
      // Words printed in quotation marks and an outlet's own report of what was said are kept
      // apart: a later article's recollection (`who promised on Monday that …`) is no printing of
      // the words. Unless the report repeats them word for word (marks the language layer missed).
      if (quotedVsReported(ctx, it, jt)) continue;
      const { sim, n } = quoteSimilarity(it, jt, w);
      // Merge order: an outlet's verbatim words before its paraphrase of them, so that when it
      // prints both, the group holds what it quoted (the paraphrase stays a single). A tier, not a
      // tie-break: a reported or mixed quote retells the same words more closely than another
      // outlet's quotation of them (`had known about a defect … “weeks before”` against `We have
      // documents showing that the company knew about a defect`), so overlap alone would pick it.
      const verbatimBonus = (it.quote.kind === "direct" ? 1 : 0) + (jt.quote.kind === "direct" ? 1 : 0);
      if (n >= 3 && sim >= ctx.options.quoteThreshold) pairs.push({ i, j, sim: sim + verbatimBonus });
    }
  });
  verbatimFragments(ctx, items, pairs);
  const attached = attachUnresolved(ctx, items, postings, cap, w, pairs);
  // One variant per source: an outlet's later article recalling what it printed before (`who
  // promised on Monday that …`) is no printing of its own; the closest of its articles stands for it.
  const list = new PairList();
  for (const p of pairs) list.push(p.i, p.j, p.sim);
  const sets = groupOncePerArticle(items.length, (i) => sourceOf(ctx, items[i]!.article), list);
  // Reworded utterances that only their place in the articles pairs (see quote-neighbours.ts).
  joinNeighbours(items, sets, w);
  joinTranslations(ctx, items, sets, w);
  joinByGroupWords(ctx, items, sets, w);
  const disputes = speakerContradictions(ctx, items, w);
  joinDisputedSpeakers(ctx, items, sets, disputes.pairs);
  const byRoot = groupMembers(sets, items.length).members;
  const groups: QuoteGroup[] = [];
  const single: QuoteVariant[] = [];
  for (const idxs of byRoot.values()) {
    // A group is named after a speaker its outlets named, not after a role one of them gave.
    // and after the speaker most of its printings name.
    const named = majoritySpeaker(idxs.map((i) => items[i]!.speakerKey));
    const first = items[idxs.find((i) => !attached.has(i) && items[i]!.speakerKey === named) ?? idxs.find((i) => !attached.has(i)) ?? idxs[0]!]!;
    if (idxs.length === 1) {
      single.push(variant(ctx, first, null));
      continue;
    }
    const firstWords = new Set(quoteTokens(ctx.members.get(first.article)!.input.article.text, first.quote).map(diffKey));
    const variants = idxs.map((i) => variant(ctx, items[i]!, firstWords));
    groups.push({ id: "q" + groups.length, speaker: first.quote.speaker?.name ?? null, variants });
  }
  return { groups, single, contradictions: withGroupPrintings(ctx, items, byRoot, disputes.found) };
}

/** Text between the two halves of a quote broken by its attribution: the cue and speaker only (`," she told him, "`). */
const BREAK_RE = /^([,\u2026]?\s*["\u201d\u2019'\u00bb]\s*)[^."\u201c\u201d\u00ab\u00bb!?]{1,60}?[,:]\s*["\u201c\u2018'\u00ab]\s*$/u;

/** The same break ending in a full stop (`," gallery manager Rhona Kell said. "`). */
const BREAK_AT_STOP_RE = /^([,\u2026]?\s*["\u201d\u2019'\u00bb]\s*)[^."\u201c\u201d\u00ab\u00bb!?]{1,60}?\.\s*["\u201c\u2018'\u00ab]\s*$/u;

/** Least share of each part's words another outlet's one quote must hold for the two parts to be one utterance. */
const PRINTED_WHOLE = 0.75;

/**
 * The article's quotes with a quotation broken by its attribution (`"You were given a trust," she
 * told him, "and you treated it as a till."`) as one utterance: the two direct quotes of one
 * speaker, the first ending in a comma and the second following after the cue alone. The joined
 * quote spans both halves, marks included, as a mixed quote does (its words are the halves'; the
 * variant cites from the first mark to the last); `parts` are the halves, whose words are its keys.
 */
function splitQuotesJoined(text: string, quotes: readonly Quote[], printedWhole: (first: Quote, second: Quote) => boolean = () => false): { quote: Quote; parts: Quote[] }[] {
  const out: { quote: Quote; parts: Quote[] }[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    const next = quotes[i + 1];
    const sameSpeaker = next !== undefined && q.speaker !== null && next.speaker !== null && (q.speaker.entity !== null && q.speaker.entity !== undefined ? q.speaker.entity === next.speaker.entity : q.speaker.name === next.speaker.name);
    const gap = next ? text.slice(q.end, next.start) : "";
    // The first half ends in a comma (inside its marks or after them) and only the cue follows.
    const comma = /,\s*$/.test(q.text) || /^,/.test(gap);
    // `"We are shocked," she said. "It belongs here."`: the second part may be another utterance,
    // other outlets printing one part alone; it is one only where another outlet prints both as one quote.
    const broken = comma && (BREAK_RE.test(gap) || (next !== undefined && BREAK_AT_STOP_RE.test(gap) && printedWhole(q, next)));
    if (!next || q.kind !== "direct" || next.kind !== "direct" || !sameSpeaker || next.start <= q.end || !broken) {
      out.push({ quote: q, parts: [q] });
      continue;
    }
    const open = /["\u201c\u2018'\u00ab]$/u.test(text.slice(q.start - 1, q.start)) ? q.start - 1 : q.start;
    const close = /^["\u201d\u2019'\u00bb]/u.test(text.slice(next.end, next.end + 1)) ? next.end + 1 : next.end;
    out.push({ quote: { ...q, start: open, end: close, text: text.slice(open, close), kind: "mixed" }, parts: [q, next] });
    i++;
  }
  return out;
}

/**
 * One utterance given to two speakers is still one utterance: the printings a speaker dispute
 * sets against each other (the same words, `said Dr Lisle` / `he said` of the nurse) join one
 * group, each variant keeping the speaker its outlet names, so the group shows the words side by
 * side and the dispute tells whom each outlet gives them to. Only where the two groups hold no
 * outlet in common (an outlet prints an utterance once).
 */
function joinDisputedSpeakers(ctx: StoryContext, items: QuoteItem[], sets: DisjointSets, pairs: readonly [number, number][]): void {
  if (pairs.length === 0) return;
  const { members } = groupMembers(sets, items.length);
  const sourcesOf = (root: number): Set<string> => new Set((members.get(root) ?? [root]).map((i) => sourceOf(ctx, items[i]!.article)));
  for (const [a, b] of pairs) {
    const ra = sets.find(a);
    const rb = sets.find(b);
    if (ra === rb) continue;
    const sa = sourcesOf(ra);
    if ([...sourcesOf(rb)].some((src) => sa.has(src))) continue;
    sets.union(ra, rb);
    // Keep the member lists current for the next pair.
    const merged = [...(members.get(ra) ?? [ra]), ...(members.get(rb) ?? [rb])];
    members.delete(ra);
    members.delete(rb);
    members.set(sets.find(ra), merged);
  }
}

/**
 * Joins a quote left single to the one group of its speaker whose printings, taken together, it
 * shares enough with: a paraphrase takes different words from different printings (`kept us apart
 * for a century` / `divided us for a century`, `hold us together` / `bind us together`), too few
 * with each to pair. Only a direct quote of the same language, from an outlet the group lacks,
 * and only when exactly one group qualifies.
 */
function joinByGroupWords(ctx: StoryContext, items: QuoteItem[], sets: DisjointSets, w: (k: string) => number): void {
  const { members } = groupMembers(sets, items.length);
  // The groups of each speaker, with their words taken together, built once.
  const groupsOf = new Map<string, { root: number; sources: Set<string>; foreign: Set<boolean>; union: Set<string>; weight: number }[]>();
  for (const [root, group] of members) {
    if (group.length < 2) continue;
    // The speaker most of its printings name: the earliest may carry a misread one (`And Madame
    // President` before a two-word fragment).
    const speaker = majoritySpeaker(group.map((j) => items[j]!.speakerKey));
    if (!speaker) continue;
    const union = new Set(group.flatMap((j) => [...items[j]!.keys]));
    let weight = 0;
    for (const k of union) weight += w(k);
    const list = groupsOf.get(speaker) ?? [];
    list.push({ root, sources: new Set(group.map((j) => sourceOf(ctx, items[j]!.article))), foreign: new Set(group.map((j) => items[j]!.foreign)), union, weight });
    groupsOf.set(speaker, list);
  }
  const joins: [number, number][] = [];
  for (const [root, list] of members) {
    if (list.length !== 1) continue;
    const it = items[root]!;
    if (!it.speakerKey || it.quote.kind !== "direct") continue;
    const fits: number[] = [];
    for (const g of groupsOf.get(it.speakerKey) ?? []) {
      if (g.sources.has(sourceOf(ctx, it.article)) || g.foreign.size !== 1 || !g.foreign.has(it.foreign)) continue;
      let shared = 0;
      let n = 0;
      for (const k of it.keys) {
        if (!g.union.has(k)) continue;
        shared += w(k);
        n++;
      }
      if (n >= 3 && shared / Math.sqrt(it.weight * g.weight || 1) >= ctx.options.quoteThreshold) fits.push(g.root);
    }
    if (fits.length === 1) joins.push([root, fits[0]!]);
  }
  for (const [a, b] of joins) sets.union(a, b);
}

/** Most ratio of the lengths (characters) of a translated quote and its variant: a translation keeps the length (a fragment of it is shorter, see joinTranslations). */
const TRANSLATION_LENGTH_RATIO = 1.6;

/**
 * Joins a translated quote left single to the one utterance of its speaker, printed in another
 * language, that it could translate: a translation shares few keys with the original (names,
 * figures, lexicon words), too few to match on, but when exactly one of its speaker's utterances
 * there shares a key with it and is about as long, it is that utterance. With two or more such
 * utterances nothing is joined: the few shared keys cannot tell which. A speaker left as a role
 * (`declaró el jugador`) is any person the translated article names.
 */
function joinTranslations(ctx: StoryContext, items: QuoteItem[], sets: DisjointSets, w: (k: string) => number): void {
  const sourcesOf = new Map<number, Set<string>>();
  items.forEach((it, i) => {
    const r = sets.find(i);
    let set = sourcesOf.get(r);
    if (!set) sourcesOf.set(r, (set = new Set()));
    set.add(sourceOf(ctx, it.article));
  });
  const language = (it: QuoteItem): string | null => ctx.members.get(it.article)!.input.article.language;
  // Per foreign article, the speaker keys of the people it names.
  const namedIn = new Map<string, Set<string>>();
  const named = (article: string): Set<string> => {
    let v = namedIn.get(article);
    if (!v) namedIn.set(article, (v = new Set(ctx.members.get(article)!.features.entityKeys.values())));
    return v;
  };
  items.forEach((it, i) => {
    if (!it.foreign || it.quote.kind !== "direct" || sourcesOf.get(sets.find(i))!.size !== 1) return;
    // A speaker the quote layer left as a role (`declaró el jugador`) may be any person the
    // article names: one of them must have said the words in the other language.
    const role = !it.speakerKey && it.quote.speaker !== null && !/\p{Lu}/u.test(it.quote.speaker.name);
    if (!it.speakerKey && !role) return;
    const src = sourceOf(ctx, it.article);
    // Utterances of the speaker about as long, and those of them that share a key with it.
    const fits = new Set<number>();
    const sharing = new Set<number>();
    items.forEach((jt, j) => {
      const speaks = role ? jt.speakerKey !== null && named(it.article).has(jt.speakerKey) : jt.speakerKey === it.speakerKey;
      if (!speaks || language(jt) === language(it) || jt.quote.kind === "indirect") return;
      const [la, lb] = [it.quote.end - it.quote.start, jt.quote.end - jt.quote.start];
      if (la > lb * TRANSLATION_LENGTH_RATIO) return;
      // A translated fragment of the utterance (`«el mejor definidor de esta liga»`) is shorter,
      // and counts when it shares a key.
      const fit = lb <= la * TRANSLATION_LENGTH_RATIO;
      if (fit) fits.add(sets.find(j));
      if (quoteSimilarity(it, jt, w).n >= 1) sharing.add(sets.find(j));
    });
    // One that shares a key is the one; when none shares any (a translation of plain words the
    // lexicon lacks: `Das Meer kam über die Mauer`), the speaker's only utterance of its length.
    const pick = sharing.size > 0 ? sharing : fits;
    if (pick.size !== 1) return;
    const best = [...pick][0]!;
    if (sourcesOf.get(best)!.has(src)) return;
    sets.union(i, best);
    const merged = sourcesOf.get(sets.find(best))!;
    merged.add(src);
    sourcesOf.set(sets.find(i), merged);
  });
}

/**
 * Whether a quote reports words someone said: anything in quotation marks, a labelled line, or a report
 * whose cue is a verb or phrase of speech or stated belief. A report whose cue only the fitted model
 * knows (`voted to accept`, `signed a treaty`, `raised its rate`) states an act, not an utterance.
 */
function utterance(text: string, q: Quote): boolean {
  if (q.kind !== "indirect" || !q.cue || q.cue.text === ":") return true;
  let v = utteranceCache.get(q);
  if (v === undefined) utteranceCache.set(q, (v = isLexiconCue(tokenize(text, q.cue.start, q.cue.end).map((t) => t.norm))));
  return v;
}
const utteranceCache = new WeakMap<Quote, boolean>();

/**
 * One speaker key for a person whose surname one outlet misspelt (`Aurelio Brand`, `Aurelio
 * Brandt`): two keys whose surnames of five letters or more differ by one letter, when the speakers
 * share a given name. The key more quotes carry wins.
 */
function unifySpellings(items: QuoteItem[]): void {
  const given = new Map<string, Set<string>>();
  const count = new Map<string, number>();
  for (const it of items) {
    if (!it.speakerKey || !it.quote.speaker) continue;
    count.set(it.speakerKey, (count.get(it.speakerKey) ?? 0) + 1);
    const words = it.quote.speaker.name.trim().split(/\s+/);
    if (words.length < 2) continue;
    const set = given.get(it.speakerKey) ?? new Set<string>();
    set.add(normalizeWord(words[0]!));
    given.set(it.speakerKey, set);
  }
  const to = foldSpellings(given, (key) => count.get(key) ?? 0);
  for (const it of items) if (it.speakerKey && to.has(it.speakerKey)) it.speakerKey = to.get(it.speakerKey)!;
}

/**
 * True when one quote is in quotation marks (direct, mixed) and the other an outlet's report
 * (indirect) that does not repeat its words in order (70% of the shorter's word pairs).
 */
function quotedVsReported(ctx: StoryContext, a: QuoteItem, b: QuoteItem): boolean {
  if ((a.quote.kind === "indirect") === (b.quote.kind === "indirect")) return false;
  return !verbatim(ctx, a, a.quote, b, b.quote);
}

/** Least weighted overlap a pair found by a verbatim fragment is ranked at. */
const FRAGMENT_SIM = 0.5;
/** Fewest words of a fragment in marks for it to vouch for a quote. */
const MIN_FRAGMENT_WORDS = 2;

/**
 * Pairs (added to `pairs`) of a mixed quote with another source's quote of the same speaker that
 * holds its words in quotation marks verbatim (`the city had “voted for change”` and `Salvera has
 * voted for change`): an outlet's marks vouch for the exact words, too few to overlap by weight.
 * A fragment needs two content words (`the 'hardest decision'`). A short direct quote, whole, is
 * such a fragment too.
 */
function verbatimFragments(ctx: StoryContext, items: QuoteItem[], pairs: { i: number; j: number; sim: number }[]): void {
  const have = new Set(pairs.map((p) => p.i + ":" + p.j));
  const words = new Map<number, string>();
  const wordsOf = (j: number): string => {
    let v = words.get(j);
    if (v === undefined) {
      const it = items[j]!;
      v = " " + quoteTokens(ctx.members.get(it.article)!.input.article.text, it.quote).map((t) => t.norm).join(" ") + " ";
      words.set(j, v);
    }
    return v;
  };
  items.forEach((it, i) => {
    if (!it.speakerKey) return;
    // A short direct quote (`"We are shocked and saddened," she said`), too few words to pair by
    // weight, vouches for itself the same way: another outlet prints its words within a longer quote.
    const short = it.quote.kind === "direct" && it.keys.size < 3;
    if (it.quote.kind !== "mixed" && !short) return;
    const text = ctx.members.get(it.article)!.input.article.text;
    const fragments: string[] = [];
    const stretches = short ? [{ start: it.quote.start, end: it.quote.end }] : [...text.slice(it.quote.start, it.quote.end).matchAll(QUOTED_RE)].map((m) => ({ start: it.quote.start + m.index, end: it.quote.start + m.index + m[0].length }));
    for (const m of stretches) {
      const toks = tokenize(text, m.start, m.end);
      if (toks.length >= MIN_FRAGMENT_WORDS && toks.filter((t) => isContent(t)).length >= 2) fragments.push(" " + toks.map((t) => t.norm).join(" ") + " ");
    }
    if (fragments.length === 0) return;
    items.forEach((jt, j) => {
      if (j === i || jt.speakerKey !== it.speakerKey || jt.quote.kind === "indirect" || sourceOf(ctx, jt.article) === sourceOf(ctx, it.article)) return;
      const [a, b] = i < j ? [i, j] : [j, i];
      if (have.has(a + ":" + b)) return;
      if (!fragments.some((f) => wordsOf(j).includes(f))) return;
      have.add(a + ":" + b);
      pairs.push({ i: a, j: b, sim: FRAGMENT_SIM });
    });
  });
}

/** True when a quote's speaker is resolved to a person (not a place or body misread as one). */
function isPerson(ctx: StoryContext, it: QuoteItem): boolean {
  return personOf(ctx, it) !== undefined;
}

/** The entity keys an article names (cached per article's features). */
function namedKeys(f: ArticleFeatures): Set<string> {
  let v = namedCache.get(f);
  if (!v) namedCache.set(f, (v = new Set(f.entityKeys.values())));
  return v;
}
const namedCache = new WeakMap<ArticleFeatures, Set<string>>();

/** Least weighted overlap for a quote without a resolved speaker to join a named speaker's quote. */
const UNRESOLVED_SIM = 0.5;
/** The same where the quote's article never names that speaker: the words must be nearly the same. */
const UNNAMED_SIM = 0.7;

/**
 * Pairs (added to `pairs`) of a quote whose speaker is no resolved person (a role: `the governor
 * said`; a body or place the language layer took for the speaker) with a close quote of a named
 * person whom the first quote's article also names: the role stands for a person its article
 * introduced. Returns the quotes so paired.
 */
function attachUnresolved(ctx: StoryContext, items: QuoteItem[], postings: Map<string, number[]>, cap: number, w: (k: string) => number, pairs: { i: number; j: number; sim: number }[]): Set<number> {
  const out = new Set<number>();
  const person = new Uint8Array(items.length);
  items.forEach((it, i) => (person[i] = isPerson(ctx, it) ? 1 : 0));
  items.forEach((it, i) => {
    if (person[i] === 1) return;
    const named = namedKeys(ctx.members.get(it.article)!.features);
    const cand = new Set<number>();
    for (const k of it.keys) {
      const p = postings.get(k)!;
      if (p.length > cap) continue;
      for (const j of p) {
        if (person[j] === 0) continue;
        const jt = items[j]!;
        if (jt.speakerKey && jt.speakerKey !== it.speakerKey) cand.add(j);
      }
    }
    for (const j of cand) {
      const jt = items[j]!;
      if (sourceOf(ctx, jt.article) === sourceOf(ctx, it.article)) continue;
      if (quotedVsReported(ctx, it, jt)) continue;
      const { sim, n } = quoteSimilarity(it, jt, w);
      // An article that never names the speaker (`Cops said: "..."`) must print the words nearly as they are.
      if (n < 3 || sim < Math.max(named.has(jt.speakerKey!) ? UNRESOLVED_SIM : UNNAMED_SIM, ctx.options.quoteThreshold)) continue;
      pairs.push({ i: Math.min(i, j), j: Math.max(i, j), sim });
      out.add(i);
    }
  });
  return out;
}

/** Per quote, the part in quotation marks of a mixed one and the tokens its variant shows. */
const markedCache = new WeakMap<Quote, { span: Span | null; tokens: Token[] }>();

function variant(ctx: StoryContext, it: QuoteItem, firstWords: Set<string> | null): QuoteVariant {
  const q = it.quote;
  const text = ctx.members.get(it.article)!.input.article.text;
  // A mixed quote is the outlet's paraphrase around the speaker's own words: the variant is
  // those words as printed, from the first quotation mark to the last (its paraphrase still
  // counted when the quotes were compared).
  let m = markedCache.get(q);
  if (!m) {
    const span = q.kind === "mixed" ? quotedPart(text, q.start, q.end) : null;
    markedCache.set(q, (m = { span, tokens: span ? tokenize(text, span.start, span.end) : quoteTokens(text, q) }));
  }
  const marked = m.span;
  const c = marked ? cite(ctx, it.article, marked.start, marked.end) : cite(ctx, it.article, q.start, q.end);
  const tokens = m.tokens;
  // Written out rather than spread from the citation (the same fields in the same order): a
  // spread copies generically, and a story has thousands of variants.
  return { article: c.article, start: c.start, end: c.end, text: c.text, outlet: c.outlet, speaker: q.speaker?.name ?? null, kind: q.kind, diff: diff(text, c.start, c.end, firstWords, tokens) };
}

/** Opening quotation marks with their closing ones; `‘` and `'` open only after a non-letter. */
const QUOTED_RE = /“[^“”]+”|"[^"]+"|«[^«»]+»|„[^„“”]+[“”]|(?<![\p{L}\p{N}])‘[^‘’]+’(?![\p{L}])|(?<![\p{L}\p{N}])'[^']+'(?![\p{L}])/gu;

/**
 * The span of a passage's words in quotation marks, marks included, from the first opening mark
 * to the last closing one, or null when none is there.
 */
export function quotedPart(text: string, start: number, end: number): { start: number; end: number } | null {
  const slice = text.slice(start, end);
  let first = -1;
  let last = -1;
  QUOTED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED_RE.exec(slice)) !== null) {
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
  }
  return first < 0 ? null : { start: start + first, end: start + last };
}

/** A word as the diff compares it: stemmed, so `govern`/`governs` count as shared. */
function diffKey(t: Token): string {
  return t.numeric ? t.norm : wordKey(t.norm);
}

/**
 * The quote's text cut into runs of words it shares, or does not share, with the group's first
 * variant (`firstWords`: its diff keys; null marks everything shared); the runs joined give back the text exactly.
 */
export function diff(text: string, start: number, end: number, firstWords: Set<string> | null, tokens: Token[] = tokenize(text, start, end)): { text: string; shared: boolean }[] {
  const runs: { text: string; shared: boolean }[] = [];
  let pos = start;
  for (const t of tokens) {
    const shared = firstWords === null || firstWords.has(diffKey(t));
    const piece = text.slice(pos, t.end);
    pos = t.end;
    const last = runs[runs.length - 1];
    if (last && last.shared === shared) last.text += piece;
    else runs.push({ text: piece, shared });
  }
  if (pos < end) {
    const last = runs[runs.length - 1];
    if (last) last.text += text.slice(pos, end);
    else runs.push({ text: text.slice(pos, end), shared: true });
  }
  return runs;
}

/**
 * True when `name`'s surname occurs within 150 characters of the quote in its article, or with
 * `ownSentence`, in the sentences that hold the quote and its attribution.
 */
function namedNear(ctx: StoryContext, it: QuoteItem, name: string, ownSentence = false): boolean {
  const text = ctx.members.get(it.article)!.input.article.text;
  const surname = normalizeWord(name.trim().split(/\s+/).pop() ?? "");
  if (surname.length < 2) return false;
  if (ownSentence) {
    let own = ownCache.get(it.quote);
    if (!own) {
      const q = it.quote;
      const from = Math.min(q.start, q.speaker?.start ?? q.start);
      const to = Math.max(q.end, q.speaker?.end ?? q.end);
      const sentences = ctx.members.get(it.article)!.input.analysis.sentences.filter((s) => s.end > from && s.start < to);
      const start = Math.min(from, ...sentences.map((s) => s.start));
      const end = Math.max(to, ...sentences.map((s) => s.end));
      ownCache.set(it.quote, (own = new Set(tokenize(text, start, end).map((t) => t.norm))));
    }
    return own.has(surname);
  }
  let near = nearCache.get(it.quote);
  if (!near) nearCache.set(it.quote, (near = new Set(tokenize(text, Math.max(0, it.quote.start - 150), Math.min(text.length, it.quote.end + 150)).map((t) => t.norm))));
  return near.has(surname);
}

const articleCounts = new WeakMap<StoryContext, Map<string, number>>();

/** How many articles of the story name each entity key (computed once per story). */
function articleCount(ctx: StoryContext): Map<string, number> {
  let m = articleCounts.get(ctx);
  if (!m) {
    m = new Map();
    for (const member of ctx.members.values()) for (const k of new Set(member.features.entityKeys.values())) m.set(k, (m.get(k) ?? 0) + 1);
    articleCounts.set(ctx, m);
  }
  return m;
}

/**
 * True when two quotes' speakers are surely different people: both resolved to person
 * entities, with no name word in common (`J. Smith` and `A. J. Smith` may be one man; an
 * office and its spokesman may speak as one).
 */
function distinctPeople(ctx: StoryContext, a: QuoteItem, b: QuoteItem, plain = false): boolean {
  const pa = personOf(ctx, a);
  const pb = personOf(ctx, b);
  if (!pa || !pb) return false;
  const na = nameInfo(pa.name);
  const nb = nameInfo(pb.name);
  // A one-word "person" is as often a misread organisation or a bare surname never resolved.
  if (!na.several || !nb.several) return false;
  // When an article names the other speaker right by the quote, its attribution is in doubt;
  // when it names its speaker at the quote (`plain`), only a name in that sentence casts doubt
  // (`..., Inspector X said.` the sentence before is another statement).
  if (namedNear(ctx, a, pb.name, plain) || namedNear(ctx, b, pa.name, plain)) return false;
  // Both must be actors of the story, named by two articles or more: a one-off name is more
  // likely a misread byline or caption than a second speaker; not when each outlet names its
  // speaker right at the quote (`plain`, see plainlyAttributed).
  const inArticles = (n: NameInfo): number => articleCount(ctx).get(n.key) ?? 0;
  if (!plain && (inArticles(na) < 2 || inArticles(nb) < 2)) return false;
  for (const w of nb.words) if (na.words.has(w)) return false;
  return true;
}

/** The person entity a quote's speaker is resolved to, if any (cached per Quote). */
function personOf(ctx: StoryContext, it: QuoteItem): Entity | undefined {
  let v = personCache.get(it.quote);
  if (v === undefined) {
    const id = it.quote.speaker?.entity;
    const e = id ? ctx.members.get(it.article)!.input.analysis.entities.find((e) => e.id === id && e.type === "person") : undefined;
    personCache.set(it.quote, (v = e ?? null));
  }
  return v ?? undefined;
}
const personCache = new WeakMap<Quote, Entity | null>();

interface NameInfo {
  /** More than one word. */
  several: boolean;
  /** Its person key (see entityKey). */
  key: string;
  /** Its words of two letters or more. */
  words: Set<string>;
}

/** What distinctPeople reads of a name (cached, the cache cleared when large). */
function nameInfo(name: string): NameInfo {
  let v = nameCache.get(name);
  if (!v) {
    if (nameCache.size > 20_000) nameCache.clear();
    v = { several: /\s/.test(name.trim()), key: entityKey(name, "person"), words: new Set(tokenize(name).map((t) => t.norm).filter((w) => w.length > 1)) };
    nameCache.set(name, v);
  }
  return v;
}
const nameCache = new Map<string, NameInfo>();

/** True when most word pairs of the shorter phrase recur in the longer one (70% of its bigrams). */
/** Most characters between a direct quote and the name that attributes it for the attribution to be plain. */
const PLAIN_GAP = 12;

/**
 * A direct quote whose speaker is named (a capitalised name, not a pronoun or a role) right at
 * the quote, in its sentence: `"...," Vos said`, `"...," said Kai Dorn, spokesman for ...`, `Vos
 * said: "..."`. Such an attribution is the outlet's, not a guess of the quote layer.
 */
function plainlyAttributed(ctx: StoryContext, it: QuoteItem): boolean {
  const q = it.quote;
  const sp = q.speaker;
  if (q.kind !== "direct" || !sp || !q.cue) return false;
  const text = ctx.members.get(it.article)!.input.article.text;
  const name = text.slice(sp.start, sp.end);
  const pronoun = /^(?:he|she)$/i.test(name);
  if (pronoun ? !leadIn(ctx, it) : !/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)*$/u.test(name) || /^(?:They|It|We|I)$/.test(name)) return false;
  const from = Math.min(sp.start, q.cue.start);
  const to = Math.max(sp.end, q.cue.end);
  const gap = from >= q.end ? from - q.end : q.start >= to ? q.start - to : Infinity;
  const between = from >= q.end ? text.slice(q.end, from) : text.slice(to, q.start);
  if (/[.!?]\s/.test(between)) return false;
  // The speaker's office may stand between the quote and the name (`...," the union's general
  // secretary, Lorna Vickery, said`): words in lower case only, so no other name stands there.
  return gap <= PLAIN_GAP || (from >= q.end && (ROLE_BETWEEN_RE.test(between) || TITLE_BETWEEN_RE.test(between)));
}

/**
 * Between a quote and its speaker's name, a title printed as part of the name (`," Area Commander
 * Josie Malkin told`, `," fire service Chief Officer ...`): capitalised words run straight into the
 * name, with no comma or other word that could start a second person's name.
 */
const TITLE_BETWEEN_RE = /^["”’»\s]*,?["”’»\s]*(?:(?:the|a|an|its|their|his|her)\s+)?(?:\p{Ll}[\p{Ll}'’-]*\s+){0,4}(?:\p{Lu}\p{Ll}+\s+){1,3}$/u;

/** Between a quote and its speaker's name, an office told in lower-case words: `," the union's general secretary, `. */
const ROLE_BETWEEN_RE = /^["”’»\s]*,?["”’»\s]*(?:(?:the|a|an|its|their|his|her)\s+)?(?:\p{Ll}[\p{Ll}'’-]*\s+){0,4}\p{Ll}[\p{Ll}'’-]*,?\s+$/u;

/**
 * Whether a quote attributed with `he said` follows a sentence that names its speaker and no other
 * person (`Union president Alun Pryce was unrepentant. "Nobody takes this step lightly," he
 * said.`): the pronoun can stand for no one else, so the attribution is as plain as a name.
 */
function leadIn(ctx: StoryContext, it: QuoteItem): boolean {
  const { analysis } = ctx.members.get(it.article)!.input;
  const id = it.quote.speaker?.entity;
  if (!id) return false;
  const at = analysis.sentences.findIndex((s) => s.start <= it.quote.start && it.quote.start < s.end);
  const before = at > 0 ? analysis.sentences[at - 1]! : null;
  if (!before) return false;
  const people = new Set<string>();
  let last = -1;
  for (const e of analysis.entities) {
    if (e.type !== "person") continue;
    for (const m of e.mentions) {
      if (m.start < before.start || m.end > before.end) continue;
      people.add(e.id);
      if (e.id === id) last = Math.max(last, m.end);
    }
  }
  if (people.size !== 1 || !people.has(id)) return false;
  // Nor anyone named by a role after it, past an apposition of the speaker's own (`Kai Dorn, a
  // spokesman, stood by the minister.`: `he` may be the minister).
  const text = ctx.members.get(it.article)!.input.article.text;
  const rest = text.slice(last, before.end).replace(/^\s*,[^,]{0,60},/, "");
  return !tokenize(rest).some((t, i, all) => ROLE_WORDS.has(t.norm) && i > 0 && ROLE_DETERMINERS.has(all[i - 1]!.norm));
}

/** Words before a role noun that make it a person of its own (`the minister`, `his lawyer`). */
const ROLE_DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its"]);

/** A quote's citation with its speaker and cue: the whole sentences they stand in. */
function attributedSpan(ctx: StoryContext, it: QuoteItem): ClaimSupport {
  const q = it.quote;
  const parts = [q, ...(q.speaker ? [q.speaker] : []), ...(q.cue ? [q.cue] : [])];
  let start = Math.min(...parts.map((p) => p.start));
  let end = Math.max(...parts.map((p) => p.end));
  const sentences = ctx.members.get(it.article)!.input.analysis.sentences;
  for (const s of sentences) {
    if (s.start <= start && start < s.end) start = s.start;
    if (s.start < end && end <= s.end) end = s.end;
  }
  // `he said` after a sentence naming the speaker: that sentence says whom the pronoun stands for.
  const sp = q.speaker;
  if (sp && /^(?:he|she)$/i.test(ctx.members.get(it.article)!.input.article.text.slice(sp.start, sp.end)) && leadIn(ctx, it)) {
    const at = sentences.findIndex((s) => s.start <= start && start < s.end);
    if (at > 0) start = sentences[at - 1]!.start;
  }
  const text = ctx.members.get(it.article)!.input.article.text;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return cite(ctx, it.article, start, end);
}

function verbatim(ctx: StoryContext, ia: QuoteItem, a: Span, ib: QuoteItem, b: Span): boolean {
  const ba = bigramsOf(ctx, ia, a);
  const bb = bigramsOf(ctx, ib, b);
  const [short, long] = ba.list.length <= bb.list.length ? [ba.list, bb.set] : [bb.list, ba.set];
  if (short.length === 0) return true;
  return short.filter((g) => long.has(g)).length >= 0.7 * short.length;
}

/** A stretch of an article: a quote, or a cached phrase of one (their objects key the caches below). */
type Span = { start: number; end: number };

// Word pairs per span object: a Quote, or a phrase from segmentCache, both kept across rebuilds.
const bigramCache = new WeakMap<Span, { list: string[]; set: Set<string> }>();

function bigramsOf(ctx: StoryContext, it: QuoteItem, seg: Span): { list: string[]; set: Set<string> } {
  let v = bigramCache.get(seg);
  if (!v) {
    const words = tokenize(ctx.members.get(it.article)!.input.article.text, seg.start, seg.end).map((t) => t.norm);
    const list = words.slice(1).map((w, i) => words[i] + " " + w);
    bigramCache.set(seg, (v = { list, set: new Set(list) }));
  }
  return v;
}

/** True when half or more of a phrase's content words are capitalised (names, titles). */
function mostlyNames(ctx: StoryContext, it: QuoteItem, seg: Span): boolean {
  let v = namesCache.get(seg);
  if (v === undefined) {
    const text = ctx.members.get(it.article)!.input.article.text;
    const words = tokenize(text, seg.start, seg.end).filter((t) => isContent(t) && !t.numeric);
    const caps = words.filter((t) => /^\p{Lu}/u.test(text.slice(t.start, t.end))).length;
    namesCache.set(seg, (v = caps * 2 >= words.length));
  }
  return v;
}
const namesCache = new WeakMap<Span, boolean>();

/** True when the passages around two quotes are near-identical (60% of the shorter's words shared). */
const passageCache = new WeakMap<Quote, Set<string>>();

function samePassage(ctx: StoryContext, a: QuoteItem, b: QuoteItem): boolean {
  const around = (it: QuoteItem): Set<string> => {
    const hit = passageCache.get(it.quote);
    if (hit) return hit;
    const keys = passageKeys(it);
    passageCache.set(it.quote, keys);
    return keys;
  };
  const passageKeys = (it: QuoteItem): Set<string> => {
    const m = ctx.members.get(it.article)!;
    const sents = m.features.sentences;
    const first = sents.findIndex((s) => s.end > it.quote.start - 1);
    let last = first;
    while (last + 1 < sents.length && sents[last + 1]!.start < it.quote.end + 1) last++;
    // The quote's sentences and one on each side: splitters disagree on where quotes end.
    const ss = first < 0 ? [] : sents.slice(Math.max(0, first - 1), last + 2);
    const from = Math.min(it.quote.start, ...ss.map((s) => s.start));
    const to = Math.max(it.quote.end, ...ss.map((s) => s.end));
    return contentKeys(tokenize(m.input.article.text, from, to));
  };
  const ka = around(a);
  const kb = around(b);
  let n = 0;
  for (const k of ka) if (kb.has(k)) n++;
  return n >= 0.6 * Math.min(ka.size, kb.size);
}

/** The index of the first entry above `x` in an ascending list (its length when none is). */
function firstAfter(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Each string as a small integer, equal strings (and nulls) equal. */
function smallIds(values: (string | null)[]): Int32Array {
  const ids = new Map<string | null, number>();
  const out = new Int32Array(values.length);
  values.forEach((v, i) => {
    let id = ids.get(v);
    if (id === undefined) ids.set(v, (id = ids.size));
    out[i] = id;
  });
  return out;
}

/** A quote's phrases (split at `, ; : .`), each with its content keys. */
function segments(text: string, q: Quote): { start: number; end: number; keys: Set<string> }[] {
  const out: { start: number; end: number; keys: Set<string> }[] = [];
  // Phrases end at punctuation and at a coordinating `and` (`kept schools open and are watching`).
  const re = /[,;:.!?]+\s*|\s+and\s+/g;
  const slice = text.slice(q.start, q.end);
  let from = 0;
  const push = (s: number, e: number): void => {
    // A copula is no part of what was said: `kept schools open` and `schools remain open` are one phrase.
    const keys = contentKeys(tokenize(text, q.start + s, q.start + e).filter((t) => !COPULAS.has(t.norm)));
    if (keys.size >= 3) out.push({ start: q.start + s, end: q.start + e, keys });
  };
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, slice.length);
  // A short quote of short phrases (`We have let these children down, and we will put it right`)
  // is compared whole.
  if (out.length === 0) {
    const keys = contentKeys(tokenize(text, q.start, q.end).filter((t) => !COPULAS.has(t.norm)));
    if (keys.size >= 3) out.push({ start: q.start, end: q.end, keys });
  }
  return out;
}

/**
 * The same phrase attributed to different speakers by different sources: a phrase of one quote
 * whose content words mostly recur (75% of their weight) in a phrase of another source's quote, when the two
 * quotes name different speakers.
 */
function speakerContradictions(ctx: StoryContext, items: QuoteItem[], w: (k: string) => number): { found: Contradiction[]; pairs: [number, number][] } {
  const pairs: [number, number][] = [];
  const segs: { item: number; seg: Span; keys: Set<string>; weight: number }[] = [];
  items.forEach((it, i) => {
    if (!it.speakerKey) return;
    const text = ctx.members.get(it.article)!.input.article.text;
    let cached = segmentCache.get(it.quote);
    if (!cached) segmentCache.set(it.quote, (cached = segments(text, it.quote)));
    for (const s of cached) {
      let weight = 0;
      for (const k of s.keys) weight += w(k);
      segs.push({ item: i, seg: s, keys: s.keys, weight });
    }
  });
  const postings = new Map<string, number[]>();
  segs.forEach((s, i) => {
    for (const k of s.keys) {
      const p = postings.get(k);
      if (p) p.push(i);
      else postings.set(k, [i]);
    }
  });
  const segCap = Math.max(24, Math.ceil(Math.sqrt(segs.length) * 2));
  // Speaker keys each article attributes quotes to.
  const speakersOf = new Map<string, Set<string>>();
  for (const it of items) {
    const set = speakersOf.get(it.article) ?? new Set<string>();
    if (it.speakerKey) set.add(it.speakerKey);
    speakersOf.set(it.article, set);
  }
  const out: Contradiction[] = [];
  const seen = new Set<string>();
  // Per phrase its speaker and source as small integers and whether its quote is verbatim, so the
  // candidate walk compares numbers only.
  const speakerOf = smallIds(segs.map((g) => items[g.item]!.speakerKey));
  const sourceOfSeg = smallIds(segs.map((g) => sourceOf(ctx, items[g.item]!.article)));
  const direct = new Uint8Array(segs.length);
  segs.forEach((g, i) => (direct[i] = items[g.item]!.quote.kind === "direct" ? 1 : 0));
  // Candidates in first-proposed order, marked in a reused array (a Set per segment was garbage).
  const mark = new Uint8Array(segs.length);
  const marked: number[] = [];
  const cand: number[] = [];
  segs.forEach((a, x) => {
    const ia = items[a.item]!;
    const spa = speakerOf[x]!;
    const sa = sourceOfSeg[x]!;
    const da = direct[x]!;
    cand.length = 0;
    // Only the rarer words propose candidates, so the cost follows short postings. Pairs that can
    // never count (one speaker, one source, neither verbatim) are dropped as they are proposed.
    marked.length = 0;
    for (const k of a.keys) {
      const p = postings.get(k)!;
      if (p.length > segCap) continue;
      // Postings are ascending: only the phrases after this one, from the first of them on.
      for (let q = firstAfter(p, x); q < p.length; q++) {
        const y = p[q]!;
        if (mark[y] === 1) continue;
        mark[y] = 1;
        marked.push(y);
        if (speakerOf[y] === spa || sourceOfSeg[y] === sa || (da === 0 && direct[y] === 0)) continue;
        cand.push(y);
      }
    }
    for (const y of marked) mark[y] = 0;
    for (const y of cand) {
      const b = segs[y]!;
      const ib = items[b.item]!;
      let s = 0;
      let n = 0;
      for (const k of a.keys) {
        if (!b.keys.has(k)) continue;
        s += w(k);
        n++;
      }
      if (n < 3) continue;
      // Containment of the shorter phrase in the longer, weighted.
      const conf = s / Math.min(a.weight, b.weight);
      if (conf < Math.max(0.75, ctx.options.contradictionThreshold)) continue;
      // The costlier checks last.
      const plain = plainlyAttributed(ctx, ia) && plainlyAttributed(ctx, ib);
      if (!distinctPeople(ctx, ia, ib, plain)) continue;
      // One of the two outlets must quote both people elsewhere: it tells them apart, so its
      // attribution is deliberate rather than a confusion (ours or its own).
      if (!plain && !speakersOf.get(ia.article)!.has(ib.speakerKey!) && !speakersOf.get(ib.article)!.has(ia.speakerKey!)) continue;
      // Two outlets printing the same passage with different speakers is an attribution slip
      // of ours far more often than of theirs: compare only differently written passages.
      if (!plain && samePassage(ctx, ia, ib)) continue;
      // A name (`the Endangered Species Act`) recurring in two quotes is no shared utterance.
      if (mostlyNames(ctx, ia, a.seg) || mostlyNames(ctx, ib, b.seg)) continue;
      // Word for word the same phrase comes from one wire copy: a differing speaker there is far
      // likelier our attribution slip than the outlet's. Only rewritten wordings are compared.
      // Unless both outlets name the speaker right at the quote (`..." Vos said`, `...," said Kai
      // Dorn`): no slip of ours then, and the outlets disagree on who said it.
      if (!plain && verbatim(ctx, ia, a.seg, ib, b.seg)) continue;
      const sig = [a.item, b.item].sort((p, q) => p - q).join(":");
      if (seen.has(sig)) continue;
      seen.add(sig);
      // Each side cites the whole quote with the words that name its speaker (the sentences from
      // the quote's to its attribution's): the phrase alone would hide what else was said, and
      // the quote alone whom the outlet gives it to.
      const side = (it: QuoteItem, _seg: Span) => ({
        label: `said by ${it.quote.speaker!.name}`,
        citations: [attributedSpan(ctx, it)],
      });
      out.push({ id: "", kind: "speaker", about: "who said it", sides: [side(ia, a.seg), side(ib, b.seg)], confidence: round(Math.min(1, conf)) });
      pairs.push([a.item, b.item]);
    }
  });
  return { found: mergeSharedSides(out), pairs };
}

/**
 * Each side of a speaker dispute with every other printing of its quote's group that gives the
 * words to the same speaker (a translation, a reworded quote): all the outlets on that side.
 */
function withGroupPrintings(ctx: StoryContext, items: QuoteItem[], byRoot: Map<number, number[]>, found: Contradiction[]): Contradiction[] {
  const groupOf = new Map<number, number[]>();
  for (const idxs of byRoot.values()) for (const i of idxs) groupOf.set(i, idxs);
  const at = (c: ClaimSupport): string => `${c.article}:${c.start}`;
  // The items of each article, ascending: a side's printings are found among its articles' only.
  const itemsOf = new Map<string, number[]>();
  items.forEach((it, i) => pushTo(itemsOf, it.article, i));
  for (const x of found) {
    const cited = new Set(x.sides.flatMap((s) => s.citations.map((c) => c.article)));
    for (const side of x.sides) {
      const near = [...new Set(side.citations.flatMap((c) => itemsOf.get(c.article) ?? []))].sort((a, b) => a - b);
      const members = near.filter((i) => side.citations.some((c) => c.article === items[i]!.article && c.start <= items[i]!.quote.start && items[i]!.quote.end <= c.end));
      for (const i of members) {
        for (const j of groupOf.get(i) ?? []) {
          const other = items[j]!;
          if (other.speakerKey !== items[i]!.speakerKey || cited.has(other.article)) continue;
          const c = attributedSpan(ctx, other);
          if (side.citations.some((d) => at(c) === at(d))) continue;
          side.citations.push(c);
          cited.add(other.article);
        }
      }
    }
  }
  return found;
}

/**
 * One dispute per utterance: two disputes that share a side (one outlet's printing set against two
 * others' that give it to the same other speaker) are told as one, its sides joined by speaker.
 */
function mergeSharedSides(found: Contradiction[]): Contradiction[] {
  const same = (c: ClaimSupport, d: ClaimSupport): boolean => c.start === d.start && c.article === d.article;
  const out: Contradiction[] = [];
  for (const x of found) {
    const host = out.find((y) => y.sides.some((s) => x.sides.some((t) => t.label === s.label && t.citations.some((c) => s.citations.some((d) => same(c, d))))));
    if (!host) {
      out.push({ ...x, sides: x.sides.map((s) => ({ ...s, citations: [...s.citations] })) });
      continue;
    }
    for (const side of x.sides) {
      const home = host.sides.find((s) => s.label === side.label);
      if (!home) host.sides.push({ ...side, citations: [...side.citations] });
      else for (const c of side.citations) if (!home.citations.some((d) => same(c, d))) home.citations.push(c);
    }
    host.confidence = Math.max(host.confidence, x.confidence);
  }
  return out;
}

/** The speaker key most of a group's printings carry (the earliest of equals), or null. */
function majoritySpeaker(keys: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  let best: string | null = null;
  for (const [k, n] of counts) if (best === null || n > counts.get(best)!) best = k;
  return best;
}
