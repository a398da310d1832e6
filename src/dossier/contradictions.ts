/**
 * Contradictions: statements of different sources about the same happening that cannot all be
 * true as written. Precision first: two clauses are compared only when they share a salient
 * predicate word and at least one more key (an entity, an object, a number), and only then is
 * their polarity (negation, partiality) or their numbers compared.
 */
import { cite, eventOfClause, sourceOf, type StoryContext } from "./context.js";
import type { ClaimGroup } from "./claims.js";
import { actorBefore, reporting, type Clause } from "./features.js";
import { crossCosine, similarity } from "./align.js";
import { STOP_WORDS, formKey, wordKey, wordKeyW } from "./text.js";
import { pushTo } from "../core/multimap.js";
import { shareContradictions } from "./shares.js";
import { proportionContradictions } from "./proportions.js";
import { splitContradictions } from "./splits.js";
import { rebuttalContradictions } from "./rebuttals.js";
import { consensusContradictions } from "./consensus.js";
import { existenceDenials, partitiveDenials, predicateDenials } from "./denials.js";
import { dayContradictions, eventDayContradictions } from "./days.js";
import { tollContradictions } from "./tolls.js";
import { headcountContradictions } from "./headcounts.js";
import { partyContradictions } from "./parties.js";
import { spanContradictions } from "./spans.js";
import { SHARE_UNITS, citeFigure, figureContradictions, figureLabel, inStatisticsLine, measuredUnit, placeDistance } from "./figures.js";
import { stateContradictions } from "./states.js";
import { modalityContradictions } from "./modality.js";
import { timeContradictions } from "./times.js";
import { ageContradictions } from "./ages.js";
import type { ClaimSupport, Contradiction } from "./types.js";

/** How much shared evidence (idf weight) makes a contradiction half-certain. */
const HALF_EVIDENCE = 3;
/** Share of the shorter clause's key weight the longer must hold for a polarity pair aligned below contradictionAlignment. */
const CONTAINED = 0.9;
/** Least alignment of such a pair, as a share of contradictionAlignment. */
const CONTAINED_ALIGNMENT = 0.6;

interface Side {
  label: string;
  clauses: number[];
}

/** Polarity and number contradictions, then the speaker ones the quote section found. */
export function findContradictions(ctx: StoryContext, claims: ClaimGroup[]): Contradiction[] {
  const found: Contradiction[] = [...polarityContradictions(ctx), ...numberContradictions(ctx, claims), ...dayContradictions(ctx, claims)];
  // A day dispute read across the event, when the claim rule did not cite its sentences already.
  const dated = new Set(found.filter((x) => x.kind === "date").flatMap((x) => x.sides.flatMap((s) => s.citations.map((c) => `${c.article}:${c.start}`))));
  for (const x of eventDayContradictions(ctx)) if (!x.sides.some((s) => s.citations.some((c) => dated.has(`${c.article}:${c.start}`)))) found.push(x);
  // A clock-time dispute whose sentences a day dispute already set apart is not told twice.
  const days = new Set(found.filter((x) => x.kind === "date").flatMap((x) => x.sides.flatMap((s) => s.citations.map((c) => `${c.article}:${c.start}`))));
  for (const x of timeContradictions(ctx)) if (!x.sides.some((s) => s.citations.some((c) => days.has(`${c.article}:${c.start}`)))) found.push(x);
  // A share dispute already found within one claim is not told twice.
  const told = new Set(found.filter((x) => x.kind === "number").flatMap((x) => x.sides.flatMap((s) => s.citations.map((c) => `${c.article}:${c.start}`))));
  for (const x of [...shareContradictions(ctx), ...proportionContradictions(ctx)]) {
    if (!x.sides.every((s) => s.citations.every((c) => told.has(`${c.article}:${c.start}`)))) found.push(x);
  }
  found.push(...splitContradictions(ctx), ...rebuttalContradictions(ctx), ...consensusContradictions(ctx), ...modalityContradictions(ctx));
  // A toll or headcount dispute whose sentences a number contradiction already set apart is not told twice.
  const numbered = found.filter((x) => x.kind === "number").flatMap((x) => x.sides.flatMap((s) => s.citations));
  for (const x of [...tollContradictions(ctx), ...headcountContradictions(ctx), ...spanContradictions(ctx)]) {
    const cited = x.sides.flatMap((s) => s.citations);
    if (!numbered.some((n) => cited.some((c) => c.article === n.article && c.start <= n.start && n.end <= c.end))) found.push(x);
  }
  // A figure dispute read across the event, when no number rule above cites its sentences.
  const rules = {
    countedFor: (i: number, at: number) => countedFor(ctx, i, at),
    sameYears: (a: Clause, b: Clause) => sameYears(ctx, a, b),
    label: (i: number, at: number, unit: string) => printedUnit(ctx, i, at) ?? unit.slice(2),
    duration: (unit: string) => DURATIONS.has(unit),
  };
  for (const x of figureContradictions(ctx, rules)) {
    // A dispute a rule above told already (the same sentences, a value in common): its further
    // outlets join the side of their value. Other figures of the same sentences (`jailed for six
    // years ... for diverting 3.4 million`) are a dispute of their own.
    const figure = (label: string): string => label.replace(/^(?:about|more than|fewer than)\s+/, "").split(" ")[0]!;
    const overlaps = (y: Contradiction): boolean => y.sides.some((s) => s.citations.some((c) => x.sides.some((t) => t.citations.some((d) => d.article === c.article && d.start === c.start))));
    const twin = found.find((y) => y.kind === "number" && overlaps(y) && y.sides.some((s) => x.sides.some((t) => figure(t.label) === figure(s.label))));
    if (!twin) {
      if (!found.some((y) => y.kind === "number" && overlaps(y) && y.about === x.about)) found.push(x);
      continue;
    }
    const cited = new Set(twin.sides.flatMap((s) => s.citations.map((c) => `${c.article}:${c.start}`)));
    for (const side of x.sides) {
      const home = twin.sides.find((t) => figure(t.label) === figure(side.label));
      if (!home) continue;
      for (const c of side.citations) if (!cited.has(`${c.article}:${c.start}`)) home.citations.push(c);
    }
  }
  // A denial of existence already set against its statements by the polarity rule is not told
  // twice: its further denials (a translated `aucune évacuation`, which the polarity rule cannot
  // read) join that dispute's denying side, and its statements the stating side when there is one.
  const stated = found.filter((x) => x.kind === "negation");
  const at = (c: ClaimSupport): string => `${c.article}:${c.start}`;
  for (const x of existenceDenials(ctx)) {
    const twin = stated.find((n) => n.sides[0]!.citations.some((c) => x.sides[0]!.citations.some((d) => at(c) === at(d))));
    if (!twin) {
      found.push(x);
      continue;
    }
    const told = new Set(twin.sides.flatMap((side) => side.citations.map(at)));
    for (const c of x.sides[0]!.citations) if (!told.has(at(c))) twin.sides[0]!.citations.push(c);
    if (twin.sides.length === 2) for (const c of x.sides[1]!.citations) if (!told.has(at(c))) twin.sides[1]!.citations.push(c);
  }
  // A denied predicate (`No patient has died` / `TWO elderly patients have died`) that no negation
  // above cites already.
  const negated = new Set(found.filter((x) => x.kind === "negation").flatMap((x) => x.sides.flatMap((s) => s.citations.map(at))));
  for (const x of [...predicateDenials(ctx), ...partitiveDenials(ctx)]) if (!x.sides.some((s) => s.citations.some((c) => negated.has(at(c))))) found.push(x);
  // A party dispute whose sides an outlet-against-outlet negation already set apart is not told twice.
  const negations = found.filter((x) => x.kind === "negation").map((x) => x.sides.map((s) => new Set(s.citations.map((c) => `${c.article}:${c.start}`))));
  for (const x of partyContradictions(ctx)) {
    const keys = x.sides.map((s) => s.citations.map((c) => `${c.article}:${c.start}`));
    if (!negations.some((sides) => keys.every((k) => sides.some((s) => k.some((c) => s.has(c)))))) found.push(x);
  }
  // A status dispute whose sentences a negation set apart already is not told twice (the same
  // sentences may hold a dispute of another kind: `remanded in custody ... sentenced on 29 May`).
  const apart = found.filter((x) => x.kind === "negation" || x.kind === "modality").map((x) => x.sides.map((s) => new Set(s.citations.map(at))));
  for (const x of stateContradictions(ctx)) {
    const keys = x.sides.map((s) => s.citations.map(at));
    if (!apart.some((sides) => keys.every((k) => sides.some((s) => k.some((c) => s.has(c)))))) found.push(x);
  }
  found.push(...ageContradictions(ctx));
  for (const x of found) for (const side of x.sides) side.citations = joinedCitations(ctx, side.citations);
  return found;
}

/** What may stand between two clauses of one sentence cited as one stretch: punctuation, `and`. */
const CLAUSE_GAP = /^[\s,;–—-]*(?:and\s+)?$/u;

/**
 * A side's citations with those of one article that overlap or follow each other across a clause
 * break (`Desmond Ruck has refused to concede the election` + `says he will challenge the result in
 * court`) cited as one stretch: a reader sees the outlet's sentence once, whole.
 */
function joinedCitations(ctx: StoryContext, citations: ClaimSupport[]): ClaimSupport[] {
  if (citations.length < 2) return citations;
  // Each stretch keeps the place of its first citation in the side's list.
  const byPlace = citations.map((c, first) => ({ c, first })).sort((a, b) => (a.c.article < b.c.article ? -1 : a.c.article > b.c.article ? 1 : a.c.start - b.c.start));
  const out: { c: ClaimSupport; first: number }[] = [];
  for (const { c, first } of byPlace) {
    const last = out[out.length - 1];
    if (last && last.c.article === c.article && c.start <= last.c.end + 8 && (c.start <= last.c.end || CLAUSE_GAP.test(ctx.members.get(c.article)!.input.article.text.slice(last.c.end, c.start)))) {
      last.c = cite(ctx, c.article, last.c.start, Math.max(last.c.end, c.end));
      last.first = Math.min(last.first, first);
      continue;
    }
    out.push({ c, first });
  }
  return out.sort((a, b) => a.first - b.first).map((x) => x.c);
}

function surface(ctx: StoryContext, c: Clause, key: string): string {
  const p = c.polarity.get(key);
  if (!p) return key.slice(2);
  return ctx.members.get(c.article)!.input.article.text.slice(p.start, p.end).toLowerCase();
}

/** Whether `to` and a verb follow the word ending at `end` (`were found to have`, `was ordered to pay`). */
function toAfter(ctx: StoryContext, c: Clause, end: number): boolean {
  return /^\s+to\s+\p{L}/u.test(ctx.members.get(c.article)!.input.article.text.slice(end, Math.min(c.end, end + 24)));
}

/** Whether the clause denies the word as a thing (`no evacuation`, `without compensation`) rather than an act (`would not close`). */
function nounDenied(ctx: StoryContext, c: Clause, key: string): boolean {
  const p = c.polarity.get(key);
  if (!p) return true;
  const text = ctx.members.get(c.article)!.input.article.text;
  return /\b(?:no|without)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(c.start, p.start - 24), p.start));
}

function citations(ctx: StoryContext, idxs: number[]): ClaimSupport[] {
  return idxs.map((i) => {
    const c = ctx.clauses[i]!;
    return cite(ctx, c.article, c.start, c.end);
  });
}

/**
 * For each salient word that some clause negates and another states, groups the clauses that
 * share it and one more key, and reports groups whose sources disagree on its polarity.
 */
function polarityContradictions(ctx: StoryContext): Contradiction[] {
  const { clauses, weights } = ctx;
  const cap = weights.postingCap();
  const out: Contradiction[] = [];
  const seenSets = new Set<string>();
  for (const [key, posting] of weights.postings) {
    if (!key.startsWith("w:") || key.length < 6 || posting.length < 2 || posting.length > cap) continue;
    let neg = false;
    let pos = false;
    // A light word (`take`, `plan`) is light in every clause; a translated word only in its own.
    if (posting.every((i) => clauses[i]!.polarity.get(key)!.light)) continue;
    if (posting.some((i) => clauses[i]!.polarity.get(key)!.capital)) continue;
    for (const i of posting) {
      if (clauses[i]!.conditional || clauses[i]!.hedged) continue;
      if (clauses[i]!.polarity.get(key)!.negated) neg = true;
      else pos = true;
    }
    if (!neg || !pos) continue;
    // Opposite-polarity pairs of different sources, scored by what else they share.
    let best = 0;
    const negIdx = new Set<number>();
    const posIdx = new Set<number>();
    for (let x = 0; x < posting.length; x++) {
      for (let y = x + 1; y < posting.length; y++) {
        const a = clauses[posting[x]!]!;
        const b = clauses[posting[y]!]!;
        if (a.conditional || b.conditional || a.hedged || b.hedged || sourceOf(ctx, a.article) === sourceOf(ctx, b.article)) continue;
        // Two happenings of a storyline: one report's `did not name the company` is about another.
        if (eventOfClause(ctx, posting[x]!) !== eventOfClause(ctx, posting[y]!)) continue;
        const pa = a.polarity.get(key)!;
        const pb = b.polarity.get(key)!;
        // One word in two forms (`not hold out`, `held captive`) is aligned on, not opposed: a
        // phrasal or irregular form often carries another sense.
        if (pa.negated === pb.negated || pa.light || pb.light || pa.form !== pb.form) continue;
        // The affirming side must affirm outright: a negation elsewhere in it (`did not know of
        // any threats` against `there hadn't been any threats`) means the two negate different words.
        if ((pa.negated ? b : a).anyNegation || (pa.negated ? pb : pa).determined) continue;
        // `No others were found to have taken part` tells what was found of someone; `It found serious
        // misconduct` what was found: a verb with `to` after it is another predicate.
        if (toAfter(ctx, a, pa.end) !== toAfter(ctx, b, pb.end)) continue;
        // `Ross wasn't signed` and `Lawrence is signed` speak of different people.
        if (!sameActor(a, pa.start, b, pb.start)) continue;
        const { sim, shared, containment } = similarity(weights, posting[x]!, posting[y]!, reporting(a, b));
        const others = shared.filter((k) => k !== key);
        // Only statements aligned as one claim are compared, or a short one whose every word the
        // other holds (`No homes were evacuated` / `Dozens of families were evacuated from their
        // homes in Mill Lane`): the longer tells more, the shorter nothing else.
        // Only a denied act: a denied thing (`No patient has died`) is the denials' rule's to read.
        const contained = containment >= CONTAINED && sim >= CONTAINED_ALIGNMENT * ctx.options.contradictionAlignment && !nounDenied(ctx, pa.negated ? a : b, key);
        if (others.length === 0 || (sim < ctx.options.contradictionAlignment && !contained)) continue;
        // Sharing only the story's main actors is no sign of one statement: a rarer key must be shared too.
        const salient = others.filter((k) => weights.postings.get(k)!.length <= cap / 2);
        if (salient.length === 0) continue;
        const evidence = salient.reduce((s, k) => s + weights.weight(k), 0);
        // Half from the rare words they share, half from how closely they align overall.
        best = Math.max(best, 0.5 * (evidence / (evidence + HALF_EVIDENCE)) + 0.5 * Math.min(1, contained ? containment : sim / (1.5 * ctx.options.contradictionAlignment)));
        (pa.negated ? negIdx : posIdx).add(posting[x]!);
        (pb.negated ? negIdx : posIdx).add(posting[y]!);
      }
    }
    if (best < ctx.options.contradictionThreshold) continue;
    // The sides also hold the other clauses that state or deny this word and share something
    // else with a clause already on a side: the further outlets that take part in the dispute.
    // Two rounds: a clause may join through one that joined in the first.
    // The people the dispute is about: a clause naming someone else before the word joins no side.
    const actors = new Set([...negIdx, ...posIdx].map((i) => actorBefore(clauses[i]!, clauses[i]!.polarity.get(key)!.start)).filter((a) => a !== null));
    for (let round = 0; round < 2; round++) {
    const members = [...negIdx, ...posIdx];
    for (const i of posting) {
      if (negIdx.has(i) || posIdx.has(i)) continue;
      const c = clauses[i]!;
      const p = c.polarity.get(key)!;
      if (c.conditional || c.hedged || ctx.members.get(c.article)!.copy) continue;
      // A translated word carries no polarity of its own (light): its clause takes the denying
      // side when it negates something, else the stating one. An English light word takes none.
      if (p.light && c.foreign === null) continue;
      const negated = p.light ? c.anyNegation : p.negated;
      if (!negated && !p.light && (c.anyNegation || p.determined)) continue;
      // An article already on this side has told its position; another of its clauses with the
      // word tells something else (`the door to dialogue remains open`).
      if ([...(negated ? negIdx : posIdx)].some((j) => clauses[j]!.article === c.article)) continue;
      const linked = members.some((j) => {
        const { sim, shared } = similarity(weights, i, j);
        return sim >= ctx.options.contradictionAlignment / 3 && shared.some((k) => k !== key) && sameActor(c, p.start, clauses[j]!, clauses[j]!.polarity.get(key)!.start);
      });
      if (linked) (negated ? negIdx : posIdx).add(i);
    }
    }
    // An outlet that states both sides disputes nothing: it tells a nuance (`not for promises;
    // we will return when a contract is signed`). Each side needs an outlet of its own.
    // So is one that prints the word both ways anywhere (a quote's `not thinking about my future
    // ... thinking about these players`), whether or not its clauses were linked to a side.
    const negSources = new Set([...negIdx].map((i) => sourceOf(ctx, clauses[i]!.article)));
    const posSources = new Set([...posIdx].map((i) => sourceOf(ctx, clauses[i]!.article)));
    // Of the same people (`Klitschko landing hard jabs`, `Rahman didn't land a clean punch` tell two).
    const bothWays = new Set<string>();
    const bySource = new Map<string, number[]>();
    for (const i of posting) {
      if (clauses[i]!.polarity.get(key)!.light) continue;
      const src = sourceOf(ctx, clauses[i]!.article);
      const p = clauses[i]!.polarity.get(key)!;
      for (const j of bySource.get(src) ?? []) {
        const q = clauses[j]!.polarity.get(key)!;
        if (q.negated !== p.negated && sameActor(clauses[i]!, p.start, clauses[j]!, q.start)) bothWays.add(src);
      }
      pushTo(bySource, src, i);
    }
    if (![...negSources].some((x) => !posSources.has(x) && !bothWays.has(x)) || ![...posSources].some((x) => !negSources.has(x) && !bothWays.has(x))) continue;
    // The sides shown keep only clauses about the people of the dispute (the check above reads
    // every linked clause: an outlet affirming the word anywhere scopes its own negation).
    for (const side of [negIdx, posIdx]) {
      for (const i of [...side]) {
        const actor = actorBefore(clauses[i]!, clauses[i]!.polarity.get(key)!.start);
        if (actor !== null && actors.size > 0 && !actors.has(actor)) side.delete(i);
      }
    }
    if (negIdx.size === 0 || posIdx.size === 0) continue;
    const sig = [...negIdx, ...posIdx].sort((a, b) => a - b).join(",");
    if (seenSets.has(sig)) continue;
    seenSets.add(sig);
    const firstNeg = clauses[[...negIdx][0]!]!;
    // A denial told in another word (`reopened`, `stayed open` deny a closing) is labelled as
    // printed; the dispute is about the word denied.
    const negWord = surface(ctx, firstNeg, key);
    const told = formKey(negWord) !== firstNeg.polarity.get(key)!.form || wordKeyW(negWord) !== key;
    const word = told ? key.slice(2) : negWord;
    const partial = [...posIdx].filter((i) => clauses[i]!.polarity.get(key)!.partial);
    const full = [...posIdx].filter((i) => !clauses[i]!.polarity.get(key)!.partial);
    // Each side in its own words: `no evacuation` / `partial evacuation`, `not close` / `partial closure`.
    const sides: Side[] = [{ label: told ? negWord : (nounDenied(ctx, firstNeg, key) ? "no " : "not ") + word, clauses: [...negIdx] }];
    if (partial.length > 0) sides.push({ label: "partial " + surface(ctx, clauses[partial[0]!]!, key), clauses: partial });
    if (full.length > 0) sides.push({ label: surface(ctx, clauses[full[0]!]!, key), clauses: full });
    out.push({
      id: "",
      kind: "negation",
      about: word,
      sides: sides.map((s) => ({ label: s.label, citations: citations(ctx, s.clauses.sort((a, b) => a - b)) })),
      confidence: round(best),
    });
  }
  return out;
}

/**
 * Aligned claims whose sources give different numbers of the same thing (`12 dead` and
 * `15 dead`): same unit word after the number, no value in common.
 */
function numberContradictions(ctx: StoryContext, claims: ClaimGroup[]): Contradiction[] {
  const out: Contradiction[] = [];
  for (const g of claims) {
    if (g.claim.status !== "corroborated") continue;
    const byUnit = new Map<string, Map<string, number[]>>();
    const ambiguous = new Set<string>();
    for (const i of g.clauses) {
      const text = ctx.members.get(ctx.clauses[i]!.article)!.input.article.text;
      // A clause that gives one unit two values (`150 miles off X, 13 miles from Y`) counts
      // different things: that unit cannot be compared in this claim.
      const seen = new Map<string, string>();
      for (const n of ctx.clauses[i]!.numbers) {
        if (!n.unit) continue;
        const unit = measuredUnit(text, n.end, n.unit);
        if (seen.has(unit) && seen.get(unit) !== n.value) ambiguous.add(unit);
        seen.set(unit, n.value);
      }
      for (const n of ctx.clauses[i]!.numbers) {
        // `40 miles north of X` and `25 miles south of Y` may place one spot.
        // A line of statistics counts many things at once (see inStatisticsLine).
        // A share (`89 per cent of those voting`, `a turnout of 74 per cent`) is a part of some whole:
        // shares are compared by proportions.ts and shares.ts, which read the whole and whose it is.
        if (!n.unit || SHARE_UNITS.has(n.unit) || placeDistance(text, n.end) || inStatisticsLine(text, ctx.clauses[i]!.start, ctx.clauses[i]!.end, n.start, n.end)) continue;
        const unit = measuredUnit(text, n.end, n.unit);
        let m = byUnit.get(unit);
        if (!m) byUnit.set(unit, (m = new Map()));
        const list = m.get(n.value) ?? [];
        if (!list.includes(i)) list.push(i);
        m.set(n.value, list);
      }
    }
    for (const [unit, values] of byUnit) {
      if (values.size < 2 || ambiguous.has(unit)) continue;
      // Each value must be printed by a source that prints no other value for this unit.
      const sourcesByValue = [...values.entries()].map(([v, idxs]) => ({ v, idxs, sources: new Set(idxs.map((i) => sourceOf(ctx, ctx.clauses[i]!.article))) }));
      const all = new Map<string, number>();
      for (const s of sourcesByValue) for (const src of s.sources) all.set(src, (all.get(src) ?? 0) + 1);
      const clean = sourcesByValue.filter((s) => [...s.sources].some((src) => all.get(src) === 1));
      if (clean.length < 2) continue;
      // Reports of one quantity differ by little; values far apart count different things
      // (a game's points and a career's).
      const nums = clean.map((c) => Number(c.v));
      if (Math.max(...nums) > 3 * Math.min(...nums)) continue;
      let best = 0;
      const textOf = (i: number): string => ctx.members.get(ctx.clauses[i]!.article)!.input.article.text;
      const at = (i: number, v: string): number => ctx.clauses[i]!.numbers.find((n) => n.unit !== null && measuredUnit(textOf(i), n.end, n.unit) === unit && n.value === v)?.start ?? ctx.clauses[i]!.start;
      for (let x = 0; x < clean.length; x++)
        for (let y = x + 1; y < clean.length; y++)
          for (const a of clean[x]!.idxs)
            for (const b of clean[y]!.idxs) {
              // Two happenings of a storyline (two arrests weeks apart) have figures of their own.
              if (eventOfClause(ctx, a) !== eventOfClause(ctx, b)) continue;
              // `36 per cent at the last election in 2022` against this year's figure: a year
              // only one clause gives dates its figure to another time.
              if (!sameYears(ctx, ctx.clauses[a]!, ctx.clauses[b]!)) continue;
              // `Lawson added 16 points`, `Green had 14`: counts of different people.
              const ka = countedFor(ctx, a, at(a, clean[x]!.v));
              const kb = countedFor(ctx, b, at(b, clean[y]!.v));
              if (ka !== null && kb !== null && ka !== kb) continue;
              const sim = similarity(ctx.weights, a, b, reporting(ctx.clauses[a]!, ctx.clauses[b]!, ["n:" + clean[x]!.v, "n:" + clean[y]!.v])).sim;
              const phrase = wordAfterUnit(ctx, a, at(a, clean[x]!.v));
              const lead = wordBeforeFigure(ctx, a, at(a, clean[x]!.v));
              const after = phrase !== null && phrase === wordAfterUnit(ctx, b, at(b, clean[y]!.v));
              // A span is named by what it measures, which stands before it (`a guarantee of three years`).
              const same = after || (DURATIONS.has(unit) && lead !== null && lead === wordBeforeFigure(ctx, b, at(b, clean[y]!.v)));
              // A span of time is told from when it is told (`after four days of riots`, `after
              // eight days`): two spans conflict only when they count up to the same thing
              // (`three weeks before the shooting` / `two weeks before the shooting`).
              if (DURATIONS.has(unit) && !same) continue;
              best = Math.max(best, sim + (same ? COUNTED_PHRASE_BONUS : 0));
            }
      if (best < ctx.options.contradictionAlignment) continue;
      const conf = Math.min(1, best * 1.2);
      if (conf < ctx.options.contradictionThreshold) continue;
      joinFurtherOutlets(ctx, unit, clean);
      const first = clean[0]!.idxs[0]!;
      const word = printedUnit(ctx, first, at(first, clean[0]!.v)) ?? unit.slice(2);
      out.push({
        id: "",
        kind: "number",
        about: `number of ${word}`,
        sides: clean.map((s) => ({ label: `${figureLabel(s.v)} ${word}`, citations: s.idxs.map((i) => citeFigure(ctx, i, at(i, s.v), unit)) })),
        confidence: round(conf),
      });
    }
  }
  return out;
}

/** Years as printed: four bare digits (`2022`, not the count `2,000`). */
const YEAR_RE = /(?<![\d,.])(?:1[89]|20)\d\d(?![\d]|[,.]\d)/g;

/**
 * Years that bound a span or a deadline (`mayor from 2014 to 2022`, `since 2019`, `by the end of
 * 2027`): they tell when something else held or is due, not the time of a figure.
 */
const SPAN_YEARS_RE = /\b(?:since|until|till|by(?:\s+the\s+end\s+of)?|from\s+(?:1[89]|20)\d\d\s+(?:to|until|till))\s+(?:1[89]|20)\d\d\b|\bfrom\s+(?:1[89]|20)\d\d\b/gi;

/**
 * Years a structure or a text was made in (`cross the 1968 bridge`, `the 2011 treaty`, `built in
 * 1968`): they tell what a thing is, not the time of a figure (`About 31,000 vehicles cross the
 * 1968 bridge every day` / `carries some 23,000 vehicles a day`).
 */
const MADE_YEARS_RE = /\b(?:built|constructed|erected)\s+in\s+(?:1[89]|20)\d\d\b|\b(?:the|its|their|a)\s+(?:1[89]|20)\d\d(?=\s+(?:bridge|building|tower|stadium|church|cathedral|hall|dam|tunnel|viaduct|station|terminal|ship|vessel|ferry|aircraft|plane|locomotive|car|law|act|treaty|accord|constitution|painting|statue|museum|school|hospital)\b)/gi;

/** Whether two clauses print the same years, none included (spans, deadlines and years of making left out). */
function sameYears(ctx: StoryContext, a: Clause, b: Clause): boolean {
  const years = (c: Clause): string[] => [...new Set(ctx.members.get(c.article)!.input.article.text.slice(c.start, c.end).replace(SPAN_YEARS_RE, " ").replace(MADE_YEARS_RE, " ").match(YEAR_RE) ?? [])];
  const ya = years(a);
  const yb = years(b);
  return ya.length === yb.length && ya.every((y) => yb.includes(y));
}

/**
 * The further outlets of a number dispute: a clause of the story outside the claim that gives the
 * unit one of the disputed values (`kicked FIVE Quellmark diplomats out` in a tabloid's lead,
 * which grouping set in another claim) joins that value's side when it is about the same thing as
 * a clause already on a side (of one of their events, aligned at a third of the contradiction
 * alignment as the polarity sides are, the figures left out, counted for the same person) and its outlet gives
 * no other value. One clause per article.
 */
function joinFurtherOutlets(ctx: StoryContext, unit: string, sides: { v: string; idxs: number[] }[]): void {
  const values = new Map(sides.map((s) => [s.v, s]));
  const unshared = new Set(sides.map((s) => "n:" + s.v));
  const placed = new Map<string, string>();
  for (const s of sides) for (const i of s.idxs) placed.set(sourceOf(ctx, ctx.clauses[i]!.article), s.v);
  const members = sides.flatMap((s) => s.idxs);
  // Only the dispute's own happenings: a later event counts its own (`four of our diplomats` expelled in return).
  const eventOf = (article: string): string => ctx.members.get(article)!.input.assignment.event;
  const events = new Set(members.map((i) => eventOf(ctx.clauses[i]!.article)));
  ctx.clauses.forEach((c, i) => {
    if (c.conditional || c.hedged || ctx.members.get(c.article)!.copy || members.includes(i) || !events.has(eventOf(c.article))) return;
    const given = new Set(c.numbers.filter((n) => n.unit === unit).map((n) => n.value));
    if (given.size !== 1) return;
    const v = [...given][0]!;
    const side = values.get(v);
    if (!side) return;
    const src = sourceOf(ctx, c.article);
    if (placed.has(src) && placed.get(src) !== v) return;
    if (side.idxs.some((j) => ctx.clauses[j]!.article === c.article)) return;
    const at = c.numbers.find((n) => n.unit === unit)!.start;
    const linked = members.some((j) => {
      const d = ctx.clauses[j]!;
      const dn = d.numbers.find((n) => n.unit === unit);
      if (dn === undefined) return false;
      const mine = countedFor(ctx, i, at);
      const theirs = countedFor(ctx, j, dn.start);
      // A translation is compared on the words a translation keeps (see crossCosine).
      const aligned = c.foreign === d.foreign ? similarity(ctx.weights, i, j, unshared).sim : crossCosine(ctx.weights, i, j);
      return (mine === null || theirs === null || mine === theirs) && aligned >= ctx.options.contradictionAlignment / 3;
    });
    if (!linked) return;
    side.idxs.push(i);
    placed.set(src, v);
  });
  for (const s of sides) s.idxs.sort((a, b) => a - b);
}

/**
 * How much closer two wordings of a count align when the word after the unit is the same too
 * (`five Quellmark diplomats` / `four Quellmark diplomats`), or the word before the figure (`a
 * job guarantee of three years` / `of five years`): the two figures count the same thing, though
 * the rest of each sentence may tell other details.
 */
const COUNTED_PHRASE_BONUS = 0.15;

/** Unit keys of spans of time. */
const DURATIONS = new Set(["second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade", "century", "season", "term"].map((w) => wordKeyW(w)));

/** Words of magnitude that a unit reads with (`520 million crowns`). */
const MAGNITUDES = new Set(["hundred", "thousand", "million", "billion", "trillion", "mln", "bn"]);

/** What follows a figure up to its unit: `of its` (`14 of its supermarkets`), then the unit and the word after it. */
const UNIT_TAIL = String.raw`(?:of\s+(?:its|his|her|their|our|the)\s+)?((?:\p{Lu}[\p{L}'’-]*\s+)?\p{L}[\p{L}\p{N}'’-]*(?:\/h\b)?)(?:\s+(\p{L}[\p{L}'’-]*))?`;
/** A figure (digits, a word, digits printed onto their unit) and its unit. */
const PRINTED_UNIT_RE = new RegExp(String.raw`^(?:\p{N}[\p{N}.,]*(?=\p{L})|[\p{L}\p{N}.,]+[\s-]+)` + UNIT_TAIL, "u");
/** The unit after a figure already read. */
const UNIT_AFTER_RE = new RegExp(String.raw`^\s+` + UNIT_TAIL, "u");
/** An English number written as a compound word (`forty-seven`). */
const COMPOUND_NUMBER_RE = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\u2010\u2011](?:one|two|three|four|five|six|seven|eight|nine)\b/iu;

/**
 * The unit as the text prints it after the figure at `figureStart` (`Ostran diplomats`,
 * `million crowns`), for a reader's label; null when no word follows.
 */
function printedUnit(ctx: StoryContext, clause: number, figureStart: number): string | null {
  const c = ctx.clauses[clause]!;
  const text = ctx.members.get(c.article)!.input.article.text;
  // `14 of its supermarkets` counts supermarkets.
  // A unit of speed reads whole (`km/h`), also printed onto its figure (`142km/h`).
  // A number written as a compound word (`Forty-seven miners`) is one figure.
  const written = COMPOUND_NUMBER_RE.exec(text.slice(figureStart, c.end));
  const m = written ? UNIT_AFTER_RE.exec(text.slice(figureStart + written[0].length, c.end)) : PRINTED_UNIT_RE.exec(text.slice(figureStart, c.end));
  if (!m) return null;
  // As printed, but a tabloid's capitals (`FIVE DIPLOMATS`) in lower case; not an acronym (`AK-47`).
  const printed = (w: string): string => (w.length > 4 && /^\p{Lu}+$/u.test(w) ? w.toLowerCase() : w);
  // `a 340-million-thaler contract` reads `340 million thaler`.
  const one = m[1]!.split(/\s+/).map(printed).join(" ").replace(/^(thousand|million|billion|trillion|mln|bn)-(?=\p{L})/iu, "$1 ");
  const last = one.split(" ").pop()!.toLowerCase();
  // A noun qualifying the counted noun reads with it (`league goals`, as the clause features count goals).
  const compound = m[2] !== undefined && /^\p{Ll}+$/u.test(one) && !one.endsWith("s") && /^\p{Ll}{3,}s$/u.test(m[2]) && !m[2].endsWith("ss");
  return (MAGNITUDES.has(last) || compound) && m[2] ? `${one} ${printed(m[2])}` : one;
}

/** The key of the content word before a figure (`guarantee` in `a job guarantee of three years`), or null. */
function wordBeforeFigure(ctx: StoryContext, clause: number, figureStart: number): string | null {
  const c = ctx.clauses[clause]!;
  const text = ctx.members.get(c.article)!.input.article.text;
  const words = text.slice(c.start, figureStart).toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  for (let k = words.length - 1; k >= 0 && k >= words.length - 3; k--) {
    const w = words[k]!;
    if (w.length > 2 && !STOP_WORDS.has(w)) return wordKey(w);
  }
  return null;
}

/** The word key after a figure's unit word (`diplomats` in `four Quellmark diplomats`), or null. */
function wordAfterUnit(ctx: StoryContext, clause: number, figureStart: number): string | null {
  const c = ctx.clauses[clause]!;
  const text = ctx.members.get(c.article)!.input.article.text;
  const m = /^[\p{L}\p{N}.,]+[\s-]+([\p{L}'’]+)\s+(\p{L}[\p{L}'’-]*)/u.exec(text.slice(figureStart, c.end));
  return m && m[2]!.length > 2 ? wordKey(m[2]!.toLowerCase()) : null;
}

/** Most words between a person's name and a figure for the figure to be that person's own (`Lawson added 16 points`). */
const OWN_FIGURE_WORDS = 3;

/**
 * The person a figure is counted for: one named just before it (`Lawson added 16 points`, `Clark
 * finished with 22 points`), whose figures another person's do not dispute. A name further back
 * (`Interior Minister Vos promised a fund of 20 million`, `said Kai Dorn, announcing a 12 million
 * fund`) announces the figure: two announcers can give one fund two sizes.
 */
function countedFor(ctx: StoryContext, clause: number, figureStart: number): string | null {
  const c = ctx.clauses[clause]!;
  // The words between a name and a figure tell whose it is in English only (`Lawson added 16
  // points`); in a translation a preposition reads as they do (`el puerto de Finchport con 263
  // pasajeros`), so a translated figure is no one's.
  if (c.foreign !== null) return null;
  let last: { key: string; start: number } | null = null;
  for (const a of c.actors) if (a.start < figureStart) last = a;
  if (!last) return null;
  const text = ctx.members.get(c.article)!.input.article.text;
  // A margin (`beat Ruck by 37 votes`, `lost to Merrow by 73 votes`) is both sides' own.
  if (/\bby\s+$/i.test(text.slice(Math.max(0, figureStart - 4), figureStart))) return null;
  const between = text.slice(last.start, figureStart).match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
  let k = 0;
  while (k < between.length && /^\p{Lu}/u.test(between[k]!)) k++;
  return between.length - k <= OWN_FIGURE_WORDS ? last.key : null;
}

/**
 * False when each clause names a person before the compared word and the two persons differ:
 * the statements are then about different people. Unknown doers do not veto.
 */
function sameActor(a: Clause, aAt: number, b: Clause, bAt: number): boolean {
  const x = actorBefore(a, aAt);
  const y = actorBefore(b, bAt);
  return x === null || y === null || x === y;
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
