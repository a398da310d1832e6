/**
 * Existence denials: `There is no compensation scheme` denies that the thing exists at all, so
 * any other outlet stating it outright (`farmers would be compensated`) disputes it, however
 * little else the two clauses share. Only a rare word of the story qualifies: a common one
 * (`no injuries` among many injury reports) names several things.
 */
import { cite, clauseTokens, eventOfClause, sourceOf, type StoryContext } from "./context.js";
import type { Contradiction } from "./types.js";
import { wordKey } from "./text.js";
import { englishNumberWord, phraseKeys, translateWord } from "./lexicon.js";
import { normalizeWord } from "../core/tokenize.js";
import { AUXILIARIES } from "./features.js";

/** Words that follow `no` without naming a thing whose existence is denied. */
const NOT_A_THING = new Set(["doubt", "longer", "more", "less", "matter", "way", "need", "question", "comment", "comments", "reason", "idea", "sign", "signs", "word", "details", "indication", "immediate", "further", "other", "single"]);

/**
 * `any X`, `every new X`: a thing supposed, not one stated to exist. `the X`, `this time`: a
 * thing already known, often another one (`the deal remains unconsummated`). A new thing is
 * stated bare or with `a` (`ordered a partial evacuation`, `receive compensation`).
 */
const NOT_STATED_BEFORE = /\b(?:any|every|each|whatever|the|this|that|these|those|its|his|her|their|our|my|your)\s+(?:[\p{L}-]+\s+)?$/iu;

/** `there is no X`: the existential form. */
const THERE_NO = /\bthere\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+no\s+$/i;
/**
 * `No X was taken`, `that no X had been ordered`, `selon elle, aucune X n'a été ordonnée`: `no X`
 * as the subject of a clause. The French and Spanish forms let a translated report take its side.
 */
const SUBJECT_NO = /(?:^|[,;:]\s*|\b(?:that|but|and|though|although|while|because|que|mais|et|pero|y)\s+)(?:no|aucune?|ningun[oa]|ningún)\s+$/iu;
const AUXILIARY_AFTER = /^(?:[\s,]+[\p{L}'’-]+){0,5}?\s+(?:is|are|was|were|has|have|had|n['’](?:a|ont|est|était|avait)|a|ont|est|ha|han|fue|fueron|había|habían)(?![\p{L}])/iu;

/** The clause denies that the thing at `start..end` exists, in one of the two denial forms. */
function deniesExistence(text: string, clauseStart: number, clauseEnd: number, start: number, end: number): boolean {
  const before = text.slice(clauseStart, start).replace(/^[\s"“‘']+/, "");
  if (THERE_NO.test(before)) return true;
  return SUBJECT_NO.test(before) && AUXILIARY_AFTER.test(text.slice(end, clauseEnd));
}

/** The keys of the sentences around a clause (itself and one either side) in its article. */
function contextKeys(ctx: StoryContext, i: number): Set<string> {
  const c = ctx.clauses[i]!;
  const keys = new Set<string>();
  for (const d of ctx.clauses) if (d.article === c.article && Math.abs(d.sentence - c.sentence) <= 1) for (const k of d.keys) keys.add(k);
  return keys;
}

/**
 * Outlets denying a thing's existence against outlets stating it, each side without the other's
 * view. Confidence grows with the outlets stating the thing and with how rare its word is.
 */
export function existenceDenials(ctx: StoryContext): Contradiction[] {
  const { clauses, weights } = ctx;
  const cap = weights.postingCap();
  const out: Contradiction[] = [];
  for (const [key, posting] of weights.postings) {
    if (!key.startsWith("w:") || key.length < 6 || posting.length < 2 || posting.length > cap / 2) continue;
    const deny: number[] = [];
    const affirm: number[] = [];
    for (const i of posting) {
      const c = clauses[i]!;
      const p = c.polarity.get(key)!;
      if (c.conditional || c.hedged || p.light || c.nameKeys.has(key) || ctx.members.get(c.article)!.copy) continue;
      const text = ctx.members.get(c.article)!.input.article.text;
      const word = text.slice(p.start, p.end).toLowerCase();
      // The form is checked on the text, not on the negation flag: `aucune` is no English negator.
      if (!NOT_A_THING.has(word) && deniesExistence(text, c.start, c.end, p.start, p.end)) deny.push(i);
      // Stated outright: nothing in the clause negates, and no determiner makes it a supposed or known thing.
      else if (!p.negated && !c.anyNegation && !p.capital && !NOT_STATED_BEFORE.test(text.slice(Math.max(c.start, p.start - 24), p.start))) affirm.push(i);
    }
    if (deny.length === 0 || affirm.length === 0) continue;
    const denySources = new Set(deny.map((i) => sourceOf(ctx, clauses[i]!.article)));
    const affirmSources = new Set(affirm.map((i) => sourceOf(ctx, clauses[i]!.article)));
    // An outlet on both sides tells a nuance; each side keeps only outlets of its own.
    const denyOnly = deny.filter((i) => !affirmSources.has(sourceOf(ctx, clauses[i]!.article)));
    // A statement is about the denied thing only when it shares a word (no name: the story's actors are
    // everywhere) with the denial's surroundings (`sheep farmers` around `no compensation scheme`): `suspected of` elsewhere is not.
    const around = new Set(denyOnly.flatMap((i) => [...contextKeys(ctx, i)]));
    const tied = (i: number): boolean =>
      clauses[i]!.keys.some((k) => k !== key && k.startsWith("w:") && around.has(k) && !clauses[i]!.nameKeys.has(k) && weights.postings.get(k)!.length <= cap);
    const affirmOnly = affirm.filter((i) => !denySources.has(sourceOf(ctx, clauses[i]!.article)) && tied(i));
    // One outlet's passing mention (`two officers suffered minor injuries`) against a denial is
    // weak; a thing that two outlets state is a fact of the story the denial disputes.
    if (denyOnly.length === 0 || new Set(affirmOnly.map((i) => sourceOf(ctx, clauses[i]!.article))).size < 2) continue;
    // More outlets stating the thing, and a rarer word, make the dispute surer; the rarity filter
    // above already keeps common words out, so a small story's low idf does not veto.
    const outlets = new Set(affirmOnly.map((i) => sourceOf(ctx, clauses[i]!.article))).size;
    const confidence = Math.round(Math.min(0.9, 0.5 + 0.05 * outlets + Math.min(0.2, weights.weight(key) / 20)) * 1000) / 1000;
    if (confidence < ctx.options.contradictionThreshold) continue;
    const first = clauses[denyOnly[0]!]!;
    const p = first.polarity.get(key)!;
    const word = ctx.members.get(first.article)!.input.article.text.slice(p.start, p.end).toLowerCase();
    const cites = (idxs: number[]) => idxs.map((i) => cite(ctx, clauses[i]!.article, clauses[i]!.start, clauses[i]!.end));
    out.push({
      id: "",
      kind: "negation",
      about: word,
      sides: [
        { label: "no " + word, citations: cites(denyOnly) },
        { label: word, citations: cites(affirmOnly) },
      ],
      confidence,
    });
  }
  return out;
}

/** An auxiliary, then the verb denied or counted (a participle, or an irregular one): `has died`, `were hurt`. */
const DENIED_VERB = String.raw`(?:has|have|had|was|were)\s+(?:been\s+)?([\p{L}-]+(?:ed|en|d)|hurt|hit|shot|held|kept|caught|lost|found|left|struck|cut)\b`;
/** `No patient has died`, `no one was hurt`: a subject denied as a whole, then its verb. */
const NO_SUBJECT_VERB = new RegExp(String.raw`(?:^|[,;:]\s*|\b(?:that|but|and)\s+)no\s+([\p{L}-]+)\s+` + DENIED_VERB, "giu");

/** A verb's key, or its news phrase's head where a row lists it (`hurt`, `wounded`: injured). */
const verbKey = (word: string): string => {
  const k = wordKey(word.toLowerCase());
  return phraseKeys([k])[0]?.replace(/^w:/u, "") ?? k;
};

/**
 * Predicate denials: `No patient has died` denies that any patient died, so an outlet counting
 * patients who died (`TWO elderly patients have died`) disputes it, however little else the two
 * clauses share. The statement must count the same subject (a figure or a number word before it)
 * with the same verb right after it, in the same event; one such outlet is enough, since a count
 * is no passing mention.
 */
export function predicateDenials(ctx: StoryContext): Contradiction[] {
  const { clauses } = ctx;
  const eventOf = (i: number): string => eventOfClause(ctx, i);
  const textOf = (i: number): string => ctx.members.get(clauses[i]!.article)!.input.article.text;
  const denials = new Map<string, { subject: string; verb: string; idxs: number[]; word: string }>();
  clauses.forEach((c, i) => {
    if (ctx.members.get(c.article)!.copy || c.conditional || c.hedged) return;
    for (const m of textOf(i).slice(c.start, c.end).matchAll(NO_SUBJECT_VERB)) {
      const subject = wordKey(m[1]!.toLowerCase());
      const verb = verbKey(m[2]!);
      const key = `${eventOf(i)}\u0000${subjectClass(subject)}\u0000${verb}`;
      const d = denials.get(key) ?? { subject, verb, idxs: [], word: `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}` };
      d.idxs.push(i);
      denials.set(key, d);
    }
  });
  // `There have been no deaths`: the act's noun denied outright joins the denials of its verb.
  clauses.forEach((c, i) => {
    if (ctx.members.get(c.article)!.copy || c.conditional || c.hedged) return;
    for (const m of textOf(i).slice(c.start, c.end).matchAll(THERE_NO_NOUN)) {
      const verb = NOUN_VERB.get(wordKey(m[1]!.toLowerCase()));
      if (verb === undefined) continue;
      for (const [key, d] of denials) if (key.startsWith(eventOf(i) + "\u0000") && d.verb === verb && !d.idxs.includes(i)) d.idxs.push(i);
    }
  });
  const out: Contradiction[] = [];
  for (const [key, d] of denials) {
    const event = key.slice(0, key.indexOf("\u0000"));
    const denySources = new Set(d.idxs.map((i) => sourceOf(ctx, clauses[i]!.article)));
    const affirm: number[] = [];
    clauses.forEach((c, i) => {
      if (eventOf(i) !== event || ctx.members.get(c.article)!.copy || c.conditional || c.hedged || c.anyNegation) return;
      if (denySources.has(sourceOf(ctx, c.article))) return;
      const toks = clauseTokens(ctx, c);
      for (let x = 1; x < toks.length; x++) {
        if (subjectClass(wordKey(toks[x]!.norm)) !== subjectClass(d.subject)) continue;
        // A count of the subject: a figure or a number word right before it, or one word apart (`TWO elderly patients`).
        const counted = [toks[x - 1], toks[x - 2]].some((t) => t !== undefined && (t.numeric || englishNumberWord(t.norm) !== null));
        if (!counted) continue;
        // Its verb right after it, through auxiliaries only.
        let y = x + 1;
        while (y < toks.length && AUXILIARIES.has(toks[y]!.norm)) y++;
        if (y < toks.length && y > x + 1 && verbKey(toks[y]!.norm) === d.verb) {
          affirm.push(i);
          break;
        }
      }
    });
    if (affirm.length === 0) continue;
    const cites = (idxs: number[]) => idxs.map((i) => cite(ctx, clauses[i]!.article, clauses[i]!.start, clauses[i]!.end));
    out.push({
      id: "",
      kind: "negation",
      about: d.word,
      sides: [
        { label: "no " + d.word, citations: cites(d.idxs) },
        { label: d.word, citations: cites(affirm) },
      ],
      confidence: Math.round(Math.min(0.9, 0.55 + 0.05 * new Set(affirm.map((i) => sourceOf(ctx, clauses[i]!.article))).size) * 1000) / 1000,
    });
  }
  return out;
}

/** `None of them has died`, `none of the four patients were hurt`: a group denied as a whole. */
const NONE_OF = new RegExp(String.raw`\bnone\s+of\s+(?:them|the\s+(?:[\p{L}\d-]+\s+){0,2}?([\p{L}-]+))\s+` + DENIED_VERB, "giu");
/** `One of them, an 81-year-old man from X, has died`, `two of the patients were hurt`: a count out of a group, an aside allowed. */
const SOME_OF = new RegExp(String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?:them|the\s+(?:[\p{L}\d-]+\s+){0,2}?([\p{L}-]+))(?:\s*,[^,;:.!?]{1,80},)?\s+` + DENIED_VERB, "giu");

/**
 * The partitive denial as the Romance languages the lexicon reads print it, its verb's participle
 * right after the auxiliary (or a Spanish or Portuguese simple past): `Nessuno dei quattro pazienti è morto`,
 * `Aucun d'entre eux n'est mort`, `Ninguno de ellos ha muerto`, `Nenhum deles morreu`.
 */
const FOREIGN_NONE_OF: Readonly<Record<string, RegExp>> = {
  it: /\bnessun[oa]\s+(?:di\s+loro\s+|de(?:i|gli|lle|l|lla)\s+(?:[\p{L}\d-]+\s+){1,3}?)(?:è|sono|ha|hanno)\s+(?:stat[oaie]\s+)?(\p{L}+)/giu,
  fr: /\baucune?\s+(?:d['’]entre\s+(?:eux|elles)\s+|des\s+(?:[\p{L}\d-]+\s+){1,3}?)n['’](?:est|sont|a|ont)\s+(?:été\s+)?(\p{L}+)/giu,
  es: /\bningun[oa]\s+(?:de\s+(?:ellos|ellas)\s+|de\s+l[oa]s\s+(?:[\p{L}\d-]+\s+){1,3}?)(?:(?:ha|han|fue|fueron)\s+(?:sido\s+)?(\p{L}+)|(\p{L}+(?:ó|aron|ieron)))/giu,
  pt: /\bnenhuma?\s+(?:del[ea]s\s+|d[oa]s\s+(?:[\p{L}\d-]+\s+){1,3}?)(?:(?:foi|foram)\s+(\p{L}+)|(\p{L}+(?:eu|ou|iu|ram)))/giu,
};

/** A participle the lexicon gives as its English adjective (`morto`: dead), to the verb's key (die). */
const ADJECTIVE_VERB = new Map([["dead", wordKey("died")]]);

/**
 * Partitive denials: `None of them has died` against `One of them ... has died` (or `none of the
 * patients` against `two of the patients`) in another outlet's report of the same event: the same
 * group (a pronoun only against a pronoun) and the same verb.
 */
export function partitiveDenials(ctx: StoryContext): Contradiction[] {
  const { clauses } = ctx;
  const eventOf = (i: number): string => eventOfClause(ctx, i);
  const read = (re: RegExp, negated: boolean): Map<string, { idxs: number[]; word: string }> => {
    const out = new Map<string, { idxs: number[]; word: string }>();
    clauses.forEach((c, i) => {
      if (ctx.members.get(c.article)!.copy || c.conditional || c.hedged || (!negated && c.anyNegation)) return;
      const text = ctx.members.get(c.article)!.input.article.text.slice(c.start, c.end);
      if (!/\bof\s/iu.test(text)) return;
      for (const m of text.matchAll(re)) {
        const group = m[1] === undefined ? "them" : wordKey(m[1].toLowerCase());
        const key = `${eventOf(i)}\u0000${subjectClass(group)}\u0000${verbKey(m[2]!)}`;
        const d = out.get(key) ?? { idxs: [], word: m[2]!.toLowerCase() };
        if (!d.idxs.includes(i)) d.idxs.push(i);
        out.set(key, d);
      }
    });
    return out;
  };
  const denied = read(NONE_OF, true);
  if (denied.size === 0) return [];
  // A translated report's partitive denial of the same act in the same event (`Nessuno dei
  // quattro pazienti è morto`) joins the denying side: its group's words cannot be compared.
  clauses.forEach((c, i) => {
    const re = c.foreign === null ? undefined : FOREIGN_NONE_OF[c.foreign];
    if (!re || ctx.members.get(c.article)!.copy || c.conditional || c.hedged) return;
    for (const m of ctx.members.get(c.article)!.input.article.text.slice(c.start, c.end).matchAll(re)) {
      const english = translateWord(c.foreign!, normalizeWord((m[1] ?? m[2]!).toLowerCase()));
      if (!english?.startsWith("w:")) continue;
      const verb = ADJECTIVE_VERB.get(english.slice(2)) ?? english.slice(2);
      for (const [key, d] of denied) if (key.startsWith(eventOf(i) + "\u0000") && key.endsWith("\u0000" + verb) && !d.idxs.includes(i)) d.idxs.push(i);
    }
  });
  const counted = read(SOME_OF, false);
  const out: Contradiction[] = [];
  const cites = (idxs: number[]) => idxs.map((i) => cite(ctx, clauses[i]!.article, clauses[i]!.start, clauses[i]!.end));
  for (const [key, d] of denied) {
    const denySources = new Set(d.idxs.map((i) => sourceOf(ctx, clauses[i]!.article)));
    const affirm = (counted.get(key)?.idxs ?? []).filter((i) => !denySources.has(sourceOf(ctx, clauses[i]!.article)));
    if (affirm.length === 0) continue;
    out.push({
      id: "",
      kind: "negation",
      about: d.word,
      sides: [
        { label: "none " + d.word, citations: cites(d.idxs) },
        { label: "some " + d.word, citations: cites(affirm) },
      ],
      confidence: Math.round(Math.min(0.9, 0.55 + 0.05 * new Set(affirm.map((i) => sourceOf(ctx, clauses[i]!.article))).size) * 1000) / 1000,
    });
  }
  return out;
}

/** Nouns outlets swap for the dwellings an event touches (`no homes were evacuated` / `200 households were evacuated`): one subject. */
const DWELLINGS = new Set(["home", "homes", "house", "houses", "household", "households", "property", "properties", "dwelling", "dwellings"].map((w) => wordKey(w)));

/** The subject key a predicate denial and a count compare on: dwellings are one. */
const subjectClass = (key: string): string => (DWELLINGS.has(key) ? "dwelling" : key);

/** `there have been no deaths`, `there were no injuries`. */
const THERE_NO_NOUN = /\bthere\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+no\s+([\p{L}-]+)/giu;

/** Nouns of the acts a predicate denial is told of, to their verb's key (`deaths` -> `died`). */
const NOUN_VERB = new Map(
  [["deaths", "died"], ["death", "died"], ["fatalities", "died"], ["injuries", "injured"], ["arrests", "arrested"], ["evacuations", "evacuated"]].map(([n, v]) => [wordKey(n!), wordKey(v!)] as const),
);
