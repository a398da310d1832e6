/**
 * The story being examined: its articles with their sources and features, and the clause
 * alignment every section of the dossier reads. Built once per dossier.
 */
import type { Analysis, Article, ClusterAssignment, Token } from "../core/types.js";
import { normalizeWord } from "../core/tokenize.js";
import { printedDay } from "../extract/metadata/printed-date.js";
import { KeyWeights, alignClauses, cosine, crossCosine, groupOncePerArticle, type DisjointSets, type PairList } from "./align.js";
import { articleFeatures, type ArticleFeatures, type Clause } from "./features.js";
import type { ClaimSupport } from "./types.js";
import { personSpellings } from "./spellings.js";
import { regroup } from "./regroup.js";
import { findUtterances, joinUtterances, utterancePart } from "./utterances.js";
import { spanTokens } from "./text.js";

/** One article with everything earlier stages know of it. */
export interface DossierInput {
  article: Article;
  analysis: Analysis;
  assignment: ClusterAssignment;
}

/** Knobs of the dossier. The defaults are hand-set priors (see docs/dossier-schema.md), not fitted values. */
export interface DossierOptions {
  /** Most sentences in the summary. */
  summarySentences: number;
  /** Least weighted cosine for two clauses to state one claim. */
  claimThreshold: number;
  /** Least weighted cosine for two clauses that share three plain words or more to state one claim (see AlignOptions). */
  looseClaimThreshold: number;
  /** Least weighted cosine for two clauses of one language that share five plain words or more to state one claim (see AlignOptions). */
  wideClaimThreshold: number;
  /** Least number of keys two clauses share to state one claim. */
  minShared: number;
  /**
   * Least weighted cosine between the first wordings of two claim groups for them to join: an
   * aligned pair links them, and this keeps a clause close to two statements from chaining them.
   */
  claimCohesion: number;
  /** Least confidence for a contradiction to be shown. */
  contradictionThreshold: number;
  /** Least weighted cosine for two clauses' polarity or numbers to be compared at all. */
  contradictionAlignment: number;
  /** Least weighted cosine for two quotes of one speaker to be one utterance. */
  quoteThreshold: number;
  /** Most single-source claims listed (the most salient first). */
  maxSingleSource: number;
  /** Also build one dossier per event of a story with several events. */
  perEvent: boolean;
}

export const DEFAULT_OPTIONS: DossierOptions = {
  summarySentences: 5,
  claimThreshold: 0.3,
  looseClaimThreshold: 0.25,
  wideClaimThreshold: 0.2,
  minShared: 2,
  claimCohesion: 0.15,
  contradictionThreshold: 0.5,
  contradictionAlignment: 0.4,
  quoteThreshold: 0.3,
  maxSingleSource: 200,
  perEvent: false,
};

export interface StoryMember {
  input: DossierInput;
  features: ArticleFeatures;
  /** Independent-source key: the outlet, else the article; a copy takes its original's. */
  source: string;
  copy: boolean;
}

export interface StoryContext {
  members: Map<string, StoryMember>;
  /** Members in order of publication (undated last, then input order). */
  order: StoryMember[];
  /** Clauses of the originals (copies add no independent statement). */
  clauses: Clause[];
  weights: KeyWeights;
  pairs: PairList;
  /** Component (claim group root) of every clause. */
  groups: DisjointSets;
  /** Person keys to the key of the person they stand for: a surname some outlet misspelt (see spellings.ts). */
  spellings: Map<string, string>;
  options: DossierOptions;
}

/**
 * Whether two clauses tell different happenings of one storyline: their articles are in different
 * events and either each clause dates what it tells, on days the other does not name (`A expelled
 * four of B's diplomats on Tuesday` and, three days later, `B expelled four of A's diplomats on
 * Friday` share every word but the day), or one dates it after the other's article was published
 * (a report of Tuesday cannot tell Friday's happening; `diplomats expect B to answer in kind` is a
 * forecast of it, not a second source). Within one event a different date is a possible
 * contradiction and an announcement before the day is a report of it, so both stay comparable.
 */
function happeningsApart(clauses: Clause[], eventOf: (c: Clause) => string, publishedOf: (c: Clause) => string | null): (i: number, j: number) => boolean {
  const dates = clauses.map((c) => c.keys.filter((k) => k.startsWith("d:")).map((k) => k.slice(2)));
  // Only the days (`2026-03-04`, not `y:` years or `m:` months) can fall after a publication.
  const days = dates.map((ds) => ds.filter((d) => /^\d{4}-/.test(d)));
  const day = clauses.map((c) => publishedOf(c)?.slice(0, 10) ?? null);
  // Events as small integers: this test runs for every candidate pair of the story's clauses.
  const eventIds = new Map<string, number>();
  const event = clauses.map((c) => {
    const e = eventOf(c);
    let id = eventIds.get(e);
    if (id === undefined) eventIds.set(e, (id = eventIds.size));
    return id;
  });
  // Whether clause `a` tells of a day after clause `b`'s article came out, a day `b` does not name.
  // Index loops, and the empty case first: this runs for every candidate pair, most dateless.
  const after = (a: number, b: number): boolean => {
    const da = days[a]!;
    if (da.length === 0) return false;
    const published = day[b] ?? null;
    if (published === null) return false;
    for (let x = 0; x < da.length; x++) if (da[x]! > published && !dates[b]!.includes(da[x]!)) return true;
    return false;
  };
  const shareOne = (di: string[], dj: string[]): boolean => {
    for (let x = 0; x < di.length; x++) if (dj.includes(di[x]!)) return true;
    return false;
  };
  return (i, j) => {
    if (event[i] === event[j]) return false;
    const di = dates[i]!;
    const dj = dates[j]!;
    if (di.length > 0 && dj.length > 0 && !shareOne(di, dj)) return true;
    return after(i, j) || after(j, i);
  };
}

/**
 * When an article came out: its declared `published`, else the day its text prints above the body
 * (`Published Tuesday 6 October 2026`, see printedDay): a scraped text's only date, which orders its
 * coverage and tells who reported first.
 */
export function dateOf(article: Article): string | null {
  return article.published ?? printedDay(article);
}

/** The tokens of clause `c`, cut from its article's tokenisation (see spanTokens). */
export function clauseTokens(ctx: StoryContext, c: Clause): Token[] {
  const { article, analysis } = ctx.members.get(c.article)!.input;
  return spanTokens(article.text, analysis.tokens, c.start, c.end);
}

/** The independent-source key of an outlet name. */
export function outletKey(outlet: string): string {
  let k = outletKeys.get(outlet);
  if (k === undefined) {
    k = "o:" + normalizeWord(outlet).replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    if (outletKeys.size > 10_000) outletKeys.clear();
    outletKeys.set(outlet, k);
  }
  return k;
}
const outletKeys = new Map<string, string>();

export function buildContext(items: DossierInput[], options: DossierOptions): StoryContext {
  const ids = new Set(items.map((i) => i.article.id));
  const members = new Map<string, StoryMember>();
  const order = [...items].map((input, idx) => ({ input, idx })).sort((x, y) => {
    const px = dateOf(x.input.article);
    const py = dateOf(y.input.article);
    if (px && py && px !== py) return px < py ? -1 : 1;
    if (px && !py) return -1;
    if (!px && py) return 1;
    return x.idx - y.idx;
  });
  for (const { input } of order) {
    const a = input.article;
    const copy = input.assignment.duplicate_of !== null && ids.has(input.assignment.duplicate_of);
    members.set(a.id, { input, features: articleFeatures(a, input.analysis), source: a.outlet ? outletKey(a.outlet) : "a:" + a.id, copy });
  }
  // A copy counts as its original's source (follow chains of copies).
  for (const m of members.values()) {
    let orig = m.input.assignment.duplicate_of;
    const visited = new Set<string>();
    while (orig !== null && members.has(orig) && !visited.has(orig)) {
      visited.add(orig);
      const o = members.get(orig)!;
      m.source = o.source;
      orig = o.input.assignment.duplicate_of;
    }
  }
  const orderedMembers = order.map((o) => members.get(o.input.article.id)!);
  // Short organisation names and misspelt surnames take the key of the entity they stand for.
  const spellings = personSpellings(orderedMembers);
  const originals = orderedMembers.filter((m) => !m.copy).flatMap((m) => m.features.clauses);
  const aliases = new Map([...orgAliases(orderedMembers), ...spellings, ...dateAliases(originals)]);
  const clauses = withAliases(originals, aliases);
  const weights = new KeyWeights(clauses);
  const sourceOf = (c: Clause): string => members.get(c.article)!.source;
  const pairs = alignClauses(weights, sourceOf, options, happeningsApart(clauses, (c) => members.get(c.article)!.input.assignment.event, (c) => dateOf(members.get(c.article)!.input.article)));
  // A group's root is its earliest clause, the wording the claim shows: two groups join only when
  // theirs are alike too, and say something alike (a word in common besides names: naming the same
  // people is not saying the same thing), so a clause close to two statements cannot chain them.
  const alike = (ra: number, rb: number): boolean =>
    (clauses[ra]!.foreign === clauses[rb]!.foreign ? cosine(weights, ra, rb) : crossCosine(weights, ra, rb)) >= options.claimCohesion &&
    sharedPlainWords(weights, ra, rb) > 0;
  // An utterance told as a statement and the quote after it is one claim (see utterances.ts).
  const utterances = findUtterances(clauses, (article) => members.get(article)!.input.analysis.quotes);
  const grouped = joinUtterances(weights, pairs, groupPairs(clauses, pairs, alikePerLanguage(clauses, alike, alikeToMembers(weights, options.claimCohesion)), utterancePart(utterances)), utterances);
  const groups = regroup(weights, pairs, grouped, alike);
  return { members, order: orderedMembers, clauses, weights, pairs, groups, options, spellings };
}

/**
 * One-word organisation keys that the story's only longer organisation name beginning with that
 * word stands for (`Carewell` for `Carewell Mutual`): outlets name an organisation in full or
 * short, and each article's entities are resolved on their own.
 */
function orgAliases(members: StoryMember[]): Map<string, string> {
  const short = new Set<string>();
  const longByFirst = new Map<string, Set<string>>();
  for (const m of members) {
    for (const e of m.input.analysis.entities) {
      if (e.type !== "organization") continue;
      const key = m.features.entityKeys.get(e.id);
      if (!key) continue;
      const words = key.slice(2).split(" ");
      if (words.length === 1) short.add(key);
      else {
        const set = longByFirst.get(words[0]!) ?? new Set<string>();
        set.add(key);
        longByFirst.set(words[0]!, set);
      }
    }
  }
  const out = new Map<string, string>();
  for (const k of short) {
    const longs = longByFirst.get(k.slice(2));
    if (longs?.size === 1) out.set(k, [...longs][0]!);
  }
  return out;
}

/**
 * Year-less date keys (`d:--03-02`, from an undated article's `Monday, March 2`) to the story's
 * full date of that month and day (`d:2026-03-02`): an article without a publication date cannot
 * tell the year, and its story's other articles can. When several years share the month and day
 * (`three years ago` resolved to a day), the one clauses name at least twice as often as all the
 * others together, else none.
 */
function dateAliases(clauses: Clause[]): Map<string, string> {
  const full = new Map<string, Map<string, number>>();
  const partial = new Set<string>();
  for (const c of clauses) {
    for (const k of c.keys) {
      if (!k.startsWith("d:")) continue;
      if (k.startsWith("d:--")) partial.add(k);
      else if (/^d:\d{4}-\d\d-\d\d$/.test(k)) {
        const md = k.slice(7);
        let years = full.get(md);
        if (!years) full.set(md, (years = new Map()));
        years.set(k, (years.get(k) ?? 0) + 1);
      }
    }
  }
  const out = new Map<string, string>();
  for (const k of partial) {
    const years = full.get(k.slice(4));
    if (!years) continue;
    let top: string | null = null;
    let total = 0;
    for (const [y, n] of years) {
      total += n;
      if (top === null || n > years.get(top)!) top = y;
    }
    if (top !== null && years.get(top)! >= 2 * (total - years.get(top)!)) out.set(k, top);
  }
  return out;
}

/** The clauses with aliased keys replaced (copies: the cached per-article clauses stay as they are). */
function withAliases(clauses: Clause[], aliases: Map<string, string>): Clause[] {
  if (aliases.size === 0) return clauses;
  return clauses.map((c) => (c.keys.some((k) => aliases.has(k)) ? { ...c, keys: [...new Set(c.keys.map((k) => aliases.get(k) ?? k))] } : c));
}

/**
 * `alike` for grouping, over groups of several languages: two groups join when their first
 * wordings are alike and, in every language both hold, their first wordings in that language are
 * alike too. Across languages only the lexicon's words, names and figures compare, so a clause
 * whose words the lexicon mostly lacks (`which would make the ship one of the oldest known proofs
 * of long-distance trade`) looks close to a translated sentence through two common words, and
 * joined its group though it shares almost nothing with the group's wording in its own language.
 * Groups of one language are compared as `alike` alone; a lone clause whose first wordings are
 * not alike may still join by `nearMembers`. Relies on grouping joining the two roots after a
 * `true` (the smaller index stays the root, see DisjointSets).
 */
function alikePerLanguage(clauses: Clause[], alike: (ra: number, rb: number) => boolean, nearMembers: MemberLikeness): (ra: number, rb: number) => boolean {
  // Per group root with clauses of several languages: the first clause of each language.
  const firsts = new Map<number, Map<string | null, number>>();
  const firstOf = (root: number): Map<string | null, number> => firsts.get(root) ?? new Map([[clauses[root]!.foreign, root]]);
  const join = (ra: number, rb: number): true => {
    nearMembers.joined(ra, rb);
    return true;
  };
  return (ra, rb) => {
    if (!alike(ra, rb) && !nearMembers.near(ra, rb)) return false;
    const fa = firstOf(ra);
    const fb = firstOf(rb);
    if (fa.size === 1 && fb.size === 1 && clauses[ra]!.foreign === clauses[rb]!.foreign) return join(ra, rb);
    for (const [lang, a] of fa) {
      const b = fb.get(lang);
      if (b !== undefined && !(a === ra && b === rb) && !alike(a, b)) return false;
    }
    const merged = new Map(fa);
    for (const [lang, b] of fb) merged.set(lang, Math.min(b, merged.get(lang) ?? b));
    firsts.delete(ra);
    firsts.delete(rb);
    firsts.set(Math.min(ra, rb), merged);
    return join(ra, rb);
  };
}

/** Least clauses of a lone clause's language a group needs for `alikeToMembers` to weigh them. */
const MEMBERS_WEIGHED = 2;

/** Whether a lone clause is alike to a group's members (see alikeToMembers), told of each join. */
interface MemberLikeness {
  near(ra: number, rb: number): boolean;
  joined(ra: number, rb: number): void;
}

/**
 * A second way into a group for a lone clause whose likeness to the group's first wording falls
 * short: an outlet's wording can share little with the first one (`Trains on the coast line did
 * not run all day` / `Rail services on the coast line were cancelled for the whole of Monday`) and
 * much with the group's others (`All trains on the coast line were cancelled on Monday`). The
 * clause joins when the group's first wording is of its language, the group holds MEMBERS_WEIGHED
 * clauses of that language or more, it shares a plain word with the first wording (a clause that
 * shares only names with it tells something else about the same people) and its mean cosine to
 * them reaches `cohesion`. Across languages the first wordings stay the test (only the lexicon's
 * words compare there, see alikePerLanguage).
 */
function alikeToMembers(w: KeyWeights, cohesion: number): MemberLikeness {
  const clauses = w.clauses;
  // Per group root of two clauses or more: its clauses (grouping joins after every `true`).
  const members = new Map<number, number[]>();
  const of = (root: number): number[] => members.get(root) ?? [root];
  return {
    near(ra, rb) {
      const a = of(ra);
      const b = of(rb);
      if ((a.length > 1 && b.length > 1) || clauses[ra]!.foreign !== clauses[rb]!.foreign) return false;
      const [one, root, group] = a.length === 1 ? [ra, rb, b] : [rb, ra, a];
      const same = group.filter((g) => clauses[g]!.foreign === clauses[one]!.foreign);
      if (same.length < MEMBERS_WEIGHED || sharedPlainWords(w, one, root) === 0) return false;
      let sum = 0;
      for (const g of same) sum += cosine(w, one, g);
      return sum / same.length >= cohesion;
    },
    joined(ra, rb) {
      const a = of(ra);
      const b = of(rb);
      const [small, large] = a.length <= b.length ? [a, b] : [b, a];
      for (const c of small) large.push(c);
      members.delete(ra);
      members.delete(rb);
      members.set(Math.min(ra, rb), large);
    },
  };
}

/**
 * Joins aligned clauses into claim groups, strongest links first, never putting two clauses of
 * one article in one group (but for one utterance's parts, `partOf`): a chain of loose links
 * cannot then swallow the story.
 */
function groupPairs(clauses: Clause[], pairs: PairList, joinable?: (ra: number, rb: number) => boolean, partOf?: (i: number) => number): DisjointSets {
  return groupOncePerArticle(clauses.length, (i) => clauses[i]!.article, pairs, joinable, partOf);
}

/** A citation of `[start, end)` of a member's text, with its outlet. */
export function cite(ctx: StoryContext, article: string, start: number, end: number): ClaimSupport {
  const a = ctx.members.get(article)!.input.article;
  return { article, start, end, text: a.text.slice(start, end), outlet: a.outlet };
}

/**
 * Citations of one side of a dispute, clauses `idxs`: each the sentence its clause is told in (a
 * clause cut at `and` drops what goes with it: `remains suspended on full pay and will face a
 * hearing next month`), or the clause alone where a clause of the other side, `others`, shares
 * that sentence. A sentence cited once.
 */
export function citeSentences(ctx: StoryContext, idxs: readonly number[], others: readonly number[]): ClaimSupport[] {
  const sentenceOf = (i: number): string => `${ctx.clauses[i]!.article}\u0000${ctx.clauses[i]!.sentence}`;
  const shared = new Set(others.map(sentenceOf));
  const seen = new Set<string>();
  const out: ClaimSupport[] = [];
  for (const i of idxs) {
    const c = ctx.clauses[i]!;
    const s = ctx.members.get(c.article)!.features.sentences[c.sentence];
    const at = s !== undefined && !shared.has(sentenceOf(i)) ? cite(ctx, c.article, Math.min(s.start, c.start), Math.max(s.end, c.end)) : cite(ctx, c.article, c.start, c.end);
    const key = `${at.article}:${at.start}:${at.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(at);
  }
  return out;
}

/** The event of the article a clause of the story belongs to. */
export function eventOfClause(ctx: StoryContext, i: number): string {
  return ctx.members.get(ctx.clauses[i]!.article)!.input.assignment.event;
}

/** The source key of an article of the story. */
export function sourceOf(ctx: StoryContext, article: string): string {
  return ctx.members.get(article)?.source ?? "a:" + article;
}

/** Plain words (not names, not attribution; across languages, portable ones) two clauses share. */
function sharedPlainWords(w: KeyWeights, i: number, j: number): number {
  const cross = w.clauses[i]!.foreign !== w.clauses[j]!.foreign;
  let x = w.keyIds(i);
  let y = w.keyIds(j);
  const xEnd = w.keyStart[i + 1]!;
  const yEnd = w.keyStart[j + 1]!;
  const ids = w.kId;
  let n = 0;
  while (x < xEnd && y < yEnd) {
    const d = ids[x]! - ids[y]!;
    if (d === 0) {
      if (w.kPlain[x]! & w.kPlain[y]! && (!cross || w.kPortable[x] === 1)) n++;
      x++;
      y++;
    } else if (d < 0) x++;
    else y++;
  }
  return n;
}
