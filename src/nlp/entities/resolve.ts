import type { Entity, EntityType, Mention, MentionForm, Token } from "../../core/types.js";
import { isDemonym, ORG_HEADS, PERSON_PRONOUNS, PLACE_PREFIXES, ROLE_CLASSES, ROLE_MODIFIERS, ROLE_WORDS, SPEECH_VERBS } from "../lexicon.js";
import { editDistance, isAllCaps } from "../strings.js";
import { FEATURE_PREFIXES, type Candidate } from "./candidates.js";
import { givenNameGender } from "./given-names.js";
import type { EntityContext } from "./context.js";


/** Generational suffixes that may end a person's full name after the surname. */
const GENERATION_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
/**
 * Within-article coreference: every mention resolves to one entity.
 *
 * 1. Multi-word names make entities (persons keyed by first and last word, so a middle initial or
 *    an honorific does not split them; organisations and places by all their words).
 * 2. One-word names join an entity they name: a person's surname or first name (the most recently
 *    mentioned such person when several share it), an organisation's acronym, the same one-word
 *    name; failing that, a one-letter misspelling of a person's surname next to that person's
 *    context: the person's own role beside it, or, for names of six letters or more, a speech verb
 *    or the person mentioned within the last three sentences. Anything else is a new entity.
 * 3. Role phrases (`the envoy`, `the Ruritanian diplomat`, `our ambassador`) resolve to the nearest
 *    preceding person holding a fitting role, else to the only such person in the article.
 * 4. `he`/`she` as the subject of a speech verb or of a sentence resolve to the nearest preceding
 *    person outside quotation marks whose gender, as the text shows it or else as the given name
 *    usually has it (given-names.ts), does not conflict; failing any, the nearest whose gender the
 *    text does not contradict; `they` beside a speech
 *    verb resolves to the organisation named last within the two sentences before.
 */

interface Work {
  type: EntityType | null;
  /** Summed evidence per type from the mentions; `type` is the best supported. */
  votes: Map<EntityType, number>;
  norms: string[];
  /** Surface of the fullest name seen (no honorific, no possessive, no descriptor). */
  name: string;
  mentions: (Mention & { sentence: number })[];
  roles: Set<string>;
  gender: "m" | "f" | null;
  first: number;
}

const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "de", "du", "des", "la", "le", "da", "di", "del", "y", "&"]);
/** Role words that are also adjectives (`official`, `chief`, `general`). */
const ADJECTIVE_ROLES = new Set(["official", "chief", "general", "head", "deputy", "representative", "executive", "principal", "expert"]);
/** Words after which a role word is a noun in subject position: `the official said`, `the chief has`. */
const ROLE_FOLLOWERS = new Set(["is", "was", "has", "had", "will", "would", "could", "can", "may", "might", "should", "did", "does", "also", "then", "who", "later", "earlier", "added", "says"]);
const ROLE_DETERMINERS = new Set(["the", "our", "this", "that", "their", "its", "le", "la", "el", "der", "die"]);
/** Subject pronouns that refer to one person (English, French, Spanish, German, Italian, Portuguese, Dutch). */
const SUBJECT_PRONOUNS = new Set(["he", "she", "il", "elle", "ella", "er", "lui", "lei", "ele", "ela", "hij", "zij"]);
/** French inversion after a quote or in a question: `a-t-elle confié`, `ajoute-t-il`. */
const INVERTED = /-(?:t-)?(il|elle)$/;
const PERSONS_ONLY: ReadonlySet<EntityType | null> = new Set(["person"]);

/** Resolves candidates to entities, adds role and pronoun mentions, and returns article entities. */
export function resolveEntities(ctx: EntityContext, candidates: Candidate[]): Entity[] {
  const { text, tokens } = ctx;
  const ents: Work[] = [];
  const byFull = new Map<string, Work>();
  const surname = new Map<string, Work[]>();
  const given = new Map<string, Work[]>();
  const single = new Map<string, Work>();
  const acronyms = new Map<string, Work>();
  /** An organisation by the first word of its name (`Carewell` for `Carewell Mutual`), when that word is its own. */
  const orgLead = new Map<string, Work | null>();
  const nameSurface = (c: Candidate): string => {
    const last = tokens[c.tokEnd - 1]!;
    const end = Math.min(last.end, c.descriptor ? last.end : c.end);
    return text.slice(tokens[c.tokStart]!.start, end).replace(/['’]s$/i, "");
  };
  const add = (w: Work, c: Candidate, form: MentionForm | null): void => {
    const f: MentionForm = form ?? (c.descriptor ? "alias" : c.norms.length >= w.norms.length ? "full" : "partial");
    w.mentions.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), form: f, sentence: c.sentence });
    for (const r of c.roles) w.roles.add(r);
    if (w.gender === null) w.gender = c.gender;
    if (c.type !== null) {
      w.votes.set(c.type, (w.votes.get(c.type) ?? 0) + c.weight);
      let best = w.type !== null && w.type !== "other" ? (w.votes.get(w.type) ?? 0) : -1;
      for (const [t, v] of w.votes) if (v > best) [w.type, best] = [t, v];
    }
    if (c.norms.length > w.norms.length && form === null) {
      w.norms = c.norms;
      w.name = nameSurface(c);
    }
  };
  const create = (c: Candidate): Work => {
    const w: Work = { type: c.type, votes: new Map(), norms: c.norms, name: nameSurface(c), mentions: [], roles: new Set(), gender: null, first: c.start };
    ents.push(w);
    return w;
  };
  const index = (w: Work): void => {
    const n = w.norms;
    if (n.length >= 2) {
      byFull.set(n.join(" "), w);
      if (w.type === "person" || w.type === null) {
        // `Ivo Marek Jr`: the surname is the word before a generational suffix.
        const last = n.length >= 3 && GENERATION_SUFFIXES.has(n[n.length - 1]!) ? n[n.length - 2]! : n[n.length - 1]!;
        push(surname, last, w);
        push(given, n[0]!, w);
        byFull.set(`${n[0]}|${last}`, w);
      } else {
        const initials = n.filter((x) => !ACRONYM_SKIP.has(x)).map((x) => x[0]).join("");
        if (initials.length >= 2 && !acronyms.has(initials)) acronyms.set(initials, w);
        // Two organisations sharing a first word (`Carewell Mutual`, `Carewell Bank`) leave it to neither.
        const lead = n[0]!;
        if (w.type === "organization" && !ACRONYM_SKIP.has(lead) && !ORG_HEADS.has(lead) && !PLACE_PREFIXES.has(lead)) orgLead.set(lead, orgLead.has(lead) && orgLead.get(lead) !== w ? null : w);
        // `River Ambrel` is then `the Ambrel`.
        if (w.type === "place" && n.length === 2 && FEATURE_PREFIXES.has(lead) && !single.has(n[1]!)) single.set(n[1]!, w);
      }
    } else single.set(n[0]!, w);
  };

  // 1. Multi-word names.
  for (const c of candidates) {
    if (c.norms.length < 2) continue;
    if (c.type === null) [c.type, c.weight] = ["person", 1];
    const key = c.type === "person" ? `${c.norms[0]}|${c.norms[c.norms.length - 1]}` : c.norms.join(" ");
    let w = byFull.get(key) ?? byFull.get(c.norms.join(" "));
    if (!w) {
      w = create(c);
      add(w, c, null);
      index(w);
    } else add(w, c, null);
  }
  // 2. One-word names.
  const deletionIndex = new DeletionIndex();
  for (const c of candidates) {
    if (c.norms.length !== 1) continue;
    const n = c.norms[0]!;
    const surface = text.slice(tokens[c.tokStart]!.start, tokens[c.tokStart]!.end);
    let w: Work | undefined;
    let form: MentionForm | null = null;
    if (c.type !== "place" || !surname.has(n)) {
      const people = surname.get(n) ?? given.get(n);
      if (people) {
        // `Ms Marwick` when the article names Rosalind and Julian Marwick: the one of her gender.
        const fit = c.gender !== null && people.length > 1 ? people.filter((p) => (p.gender ?? nameGender(p)) === c.gender) : [];
        w = nearest(fit.length > 0 ? fit : people, c.start);
        form = c.descriptor ? "alias" : w.norms.includes(n) ? "partial" : "misspelling";
      }
    }
    if (!w) {
      w = single.get(n);
      if (w) form = c.descriptor ? "alias" : "full";
    }
    if (!w && isAllCaps(surface)) {
      w = acronyms.get(n);
      if (w) form = "alias";
    }
    // A company is often named by its first word alone once its full name is given.
    if (!w && (c.type === null || c.type === "organization")) {
      w = orgLead.get(n) ?? undefined;
      if (w) form = "partial";
    }
    if (!w && n.length >= 5 && c.type !== "place" && c.type !== "organization") {
      w = misspeltPerson(ctx, c, n, surname, deletionIndex);
      if (w) {
        form = "misspelling";
        push(surname, n, w); // later uses of the same misspelling follow it
      }
    }
    if (c.type === null) {
      // The subject of a speech verb is likely a person (organisations speak too, hence not 2).
      const next = tokens[c.tokEnd];
      if (next && SPEECH_VERBS.has(next.norm) && ctx.sentenceOf[c.tokEnd] === c.sentence) [c.type, c.weight] = ["person", 1.5];
    }
    if (!w) {
      if (c.type === null) c.type = "other";
      w = create(c);
      add(w, c, null);
      index(w);
      continue;
    }
    add(w, c, form);
  }
  // Headline-like sentences: only names already known are read from them.
  addTitleCaseMentions(ctx, byFull, surname, single);
  // 3 and 4. Role phrases and pronouns, in text order, each seeing the mentions resolved before it.
  resolveRolesAndPronouns(ctx, ents);

  ents.sort((a, b) => firstStart(a) - firstStart(b));
  return ents
    .filter((w) => w.mentions.length > 0)
    .map((w, i) => ({
      id: `e${i}`,
      name: w.name,
      type: w.type ?? "other",
      mentions: w.mentions.sort((a, b) => a.start - b.start).map(({ start, end, text: t, form }) => ({ text: t, start, end, form })),
      roles: [...w.roles].sort(),
    }));
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) {
    if (!a.includes(v)) a.push(v);
  } else m.set(k, [v]);
}

function firstStart(w: Work): number {
  let min = Infinity;
  for (const m of w.mentions) if (m.start < min) min = m.start;
  return min;
}

/** The entity of `options` mentioned last before `pos` (else the first mentioned one). */
function nearest(options: Work[], pos: number): Work {
  let best: Work | null = null;
  let bestPos = -1;
  for (const w of options) {
    for (const m of w.mentions) if (m.start < pos && m.start > bestPos) {
      bestPos = m.start;
      best = w;
    }
  }
  return best ?? options.reduce((a, b) => (firstStart(a) <= firstStart(b) ? a : b));
}

/**
 * A person whose surname is one edit from `n`, when the context around the mention fits that
 * person. Candidate surnames come from a one-deletion index, so the cost does not grow with the
 * number of people in the article.
 */
function misspeltPerson(ctx: EntityContext, c: Candidate, n: string, surname: Map<string, Work[]>, index: DeletionIndex): Work | undefined {
  const next = ctx.tokens[c.tokEnd];
  const speaks = next !== undefined && SPEECH_VERBS.has(next.norm);
  let found: Work | undefined;
  for (const s of index.near(n, surname)) {
    if (editDistance(s, n, 1) > 1) continue;
    for (const w of surname.get(s) ?? []) {
      const shareRole = c.roles.some((r) => w.roles.has(r));
      const recent = w.mentions.some((m) => m.sentence <= c.sentence && m.sentence >= c.sentence - 3);
      // Five-letter names (`Smyth` for `Smith`) need the person's own role beside them; longer ones
      // also join when the mention speaks or the person was just mentioned.
      if (!(shareRole || (n.length >= 6 && (speaks || recent)))) continue;
      if (found && found !== w) return undefined; // ambiguous: two people fit
      found = w;
    }
  }
  return found;
}

/** Surnames of six letters or more by each of their one-letter deletions, rebuilt when surnames change. */
class DeletionIndex {
  private byDeletion = new Map<string, Set<string>>();
  private size = -1;

  near(n: string, surname: Map<string, Work[]>): Set<string> {
    if (surname.size !== this.size) {
      this.size = surname.size;
      this.byDeletion.clear();
      for (const s of surname.keys()) if (s.length >= 5) for (const d of deletions(s)) this.add(d, s);
    }
    const out = new Set<string>();
    for (const d of deletions(n)) for (const s of this.byDeletion.get(d) ?? []) out.add(s);
    return out;
  }

  private add(d: string, s: string): void {
    const set = this.byDeletion.get(d);
    if (set) set.add(s);
    else this.byDeletion.set(d, new Set([s]));
  }
}

function deletions(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

function addTitleCaseMentions(ctx: EntityContext, byFull: Map<string, Work>, surname: Map<string, Work[]>, single: Map<string, Work>): void {
  const { text, tokens } = ctx;
  ctx.sentences.forEach((s, si) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!ctx.cap[i] || !ctx.headline[i]) continue;
      const n = tokens[i]!.norm.replace(/['’]s$/, "");
      const two = i + 1 < s.tokenEnd ? byFull.get(`${n} ${tokens[i + 1]!.norm.replace(/['’]s$/, "")}`) : undefined;
      if (two) {
        const end = tokens[i + 1]!.end;
        two.mentions.push({ start: tokens[i]!.start, end, text: text.slice(tokens[i]!.start, end), form: "full", sentence: si });
        i++;
        continue;
      }
      const w = surname.get(n)?.[0] ?? single.get(n);
      if (w) w.mentions.push({ start: tokens[i]!.start, end: tokens[i]!.end, text: text.slice(tokens[i]!.start, tokens[i]!.end), form: w.norms.length > 1 ? "partial" : "full", sentence: si });
    }
  });
}

/** Role words of other languages as the English role they name, so `le ministre` finds a `minister`. */
const ROLE_TRANSLATIONS: ReadonlyMap<string, string> = new Map([
  ...["ministre", "ministro", "ministra"].map((w): [string, string] => [w, "minister"]),
  ...["maire", "alcalde", "alcaldesa", "burgermeister", "burgermeisterin", "sindaco", "prefeito", "prefeita", "burgemeester"].map((w): [string, string] => [w, "mayor"]),
  ...["presidente", "presidenta"].map((w): [string, string] => [w, "president"]),
  ...["porte-parole", "portavoz", "sprecher", "portavoce", "porta-voz", "woordvoerder", "woordvoerster"].map((w): [string, string] => [w, "spokesperson"]),
  ...["ambassadeur", "embajador", "botschafter", "ambasciatore", "ambasciatrice", "embaixador", "embaixadora"].map((w): [string, string] => [w, "ambassador"]),
  ...["directeur", "directrice", "directora", "direttore", "direttrice", "diretor", "diretora"].map((w): [string, string] => [w, "director"]),
  ...["capitaine", "capitan", "capitano", "capitao", "kapitein"].map((w): [string, string] => [w, "captain"]),
]);

/** Whether an entity with `roles` fits the role word `r` of a role phrase. */
function fitsRole(roles: Set<string>, r: string): boolean {
  if (roles.has(r)) return true;
  const en = ROLE_TRANSLATIONS.get(r);
  if (en !== undefined && (roles.has(en) || [...roles].some((x) => ROLE_TRANSLATIONS.get(x) === en))) return true;
  const cls = ROLE_CLASSES.get(r);
  if (!cls) return false;
  if (cls.has("*")) return roles.size > 0;
  for (const x of roles) if (cls.has(x)) return true;
  return false;
}

/** Words that join a role to a place before its holder's name (`the mayor of Tellby, Ina Sorrell`). */
const SUBJECT_LINKS = new Set(["of", "de", "del", "di", "du", "des", "d'", "von", "van", "do", "da"]);

function resolveRolesAndPronouns(ctx: EntityContext, ents: Work[]): void {
  const { text, tokens } = ctx;
  // Every person mention so far, in text order, for "nearest preceding" queries.
  const persons = ents.filter((w) => PERSONS_ONLY.has(w.type));
  const timeline: { pos: number; w: Work }[] = [];
  for (const w of persons) for (const m of w.mentions) timeline.push({ pos: m.start, w });
  timeline.sort((a, b) => a.pos - b.pos);
  const inMention = new Uint8Array(text.length);
  for (const w of ents) for (const m of w.mentions) inMention.fill(1, m.start, m.end);
  const personAt = new Map<number, Work>();
  for (const w of persons) for (const m of w.mentions) personAt.set(m.start, w);
  // `la alcaldesa de Lisk, Petra Dolan`: a role phrase whose holder is named in apposition after a
  // comma, within a few words and the same sentence.
  const apposed = (k: number, si: number): Work | null => {
    for (let j = k + 1; j < tokens.length && j <= k + 8 && ctx.sentenceOf[j] === si; j++) {
      const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
      if (/[.;:()«»“”"]/.test(gap)) return null;
      if (gap.includes(",")) return personAt.get(tokens[j]!.start) ?? null;
    }
    return null;
  };
  const added: { pos: number; w: Work }[] = [];
  const before = (pos: number, ok: (w: Work, at: number) => boolean): Work | null => {
    let lo = 0;
    let hi = timeline.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (timeline[mid]!.pos < pos) lo = mid + 1;
      else hi = mid;
    }
    let best: { pos: number; w: Work } | null = null;
    for (let k = lo - 1, n = 0; k >= 0 && n < 200; k--, n++) {
      const e = timeline[k]!;
      if (ok(e.w, e.pos)) {
        best = e;
        break;
      }
    }
    for (let k = added.length - 1; k >= 0; k--) {
      const e = added[k]!;
      if (e.pos >= pos || (best && e.pos <= best.pos)) continue;
      if (ok(e.w, e.pos)) {
        best = e;
        break;
      }
    }
    return best?.w ?? null;
  };
  const record = (w: Work, start: number, end: number, form: MentionForm, sentence: number): void => {
    w.mentions.push({ start, end, text: text.slice(start, end), form, sentence });
    added.push({ pos: start, w });
  };
  learnGenders(ctx, timeline);
  // The person a sentence opens with, before any word but titles, roles and names (`Mayor Ina
  // Sorrell toured ...`, `The regional prefect, Marc Aubry, said ...`): its subject. Null when the
  // sentence opens otherwise (`On Monday the prefect met ...`) or names no person outside quotes.
  const subjectOf = (si: number): Work | null => {
    const sent = ctx.sentences[si];
    if (!sent) return null;
    let lo = 0;
    let hi = timeline.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (timeline[mid]!.pos < sent.start) lo = mid + 1;
      else hi = mid;
    }
    const first = timeline[lo];
    if (!first || first.pos >= sent.end || ctx.quoted[first.pos]) return null;
    for (let k = sent.tokenStart; k < sent.tokenEnd && tokens[k]!.start < first.pos; k++) {
      const tk = tokens[k]!;
      if (!(ctx.cap[k] || ROLE_DETERMINERS.has(tk.norm) || ROLE_WORDS.has(tk.norm) || ROLE_MODIFIERS.has(tk.norm) || SUBJECT_LINKS.has(tk.norm) || isDemonym(tk.norm, true))) return null;
    }
    // A name that qualifies a role before the person holding it (`Albion manager Stuart Penhaligon
    // was happy`): the person is the subject.
    const next = timeline[lo + 1];
    if (next && next.w !== first.w && next.pos < sent.end && !ctx.quoted[next.pos]) {
      const firstEnd = first.w.mentions.find((m) => m.start === first.pos)?.end ?? first.pos;
      // The sentence's words between the two mentions (a few at most: read within the sentence only).
      const words: Token[] = [];
      for (let k = sent.tokenStart; k < sent.tokenEnd && tokens[k]!.start < next.pos; k++) if (tokens[k]!.start >= firstEnd) words.push(tokens[k]!);
      if (words.length > 0 && words.length <= 3 && words.some((tk) => ROLE_WORDS.has(tk.norm)) && words.every((tk) => ROLE_WORDS.has(tk.norm) || ROLE_MODIFIERS.has(tk.norm)) && /^[\s\p{L}'’-]*$/u.test(text.slice(firstEnd, next.pos))) return next.w;
    }
    return first.w;
  };
  // Whether every mention of `w` in sentence si before `pos` is the object of a preposition (`In a
  // letter to Prime Minister Henrik Alder, she wrote`): such a person is seldom what a later
  // subject pronoun of the sentence stands for.
  const onlyGoverned = (w: Work, si: number, pos: number): boolean => {
    const here = w.mentions.filter((m) => m.sentence === si && m.start < pos);
    // Not a possessor (`to Aubry's aides`): the sentence may be about the person.
    return here.length > 0 && here.every((m) => GOVERNING.test(text.slice(Math.max(ctx.sentences[si]!.start, m.start - 40), m.start)) && !/^['’]s\b/.test(text.slice(m.end, m.end + 3)));
  };
  // A person the text already showed (or whose given name shows) to be of the pronoun's gender, mentioned within the sentence or the two
  // before: preferred to a nearer person of unknown gender named in an earlier sentence (`Varga beat Kroll.
  // Kroll took 45.7%. In her speech she said`); one named earlier in the pronoun's own sentence keeps it.
  const recentOfGender = (pos: number, si: number, gender: "m" | "f"): Work | null =>
    before(pos, (x, at) => (x.gender ?? nameGender(x)) === gender && !ctx.quoted[at] && sentenceAt(ctx, at) >= si - 2);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const si = ctx.sentenceOf[i]!;
    if (inMention[t.start]) continue;
    // Role phrase: determiner, modifiers/demonyms, role word; not followed by a capitalised name.
    // Also after a possessive (`Halvard's managing director`, `the museum's director`), whose
    // owner names where the role is held. (Not through a plain noun, `the environment minister`:
    // resolved there, the quote's attribution took the words a claim of three outlets aligned on.)
    const afterPossessive = i > 0 && ctx.sentenceOf[i - 1] === si && POSSESSIVE_RE.test(tokens[i - 1]!.norm) && /^\s+$/.test(text.slice(tokens[i - 1]!.end, t.start));
    if (ROLE_DETERMINERS.has(t.norm) || POSSESSIVE_RE.test(t.norm) || afterPossessive) {
      let k = afterPossessive && !ROLE_DETERMINERS.has(t.norm) ? i : i + 1;
      let owners = 0;
      const plain = (x: number): boolean => /^\s+$/.test(text.slice(tokens[x - 1]!.end, tokens[x]!.start));
      while (k < tokens.length && ctx.sentenceOf[k] === si && k - i <= 4 && (k === i || plain(k))) {
        const norm = tokens[k]!.norm;
        if (ROLE_MODIFIERS.has(norm) || isDemonym(norm, true)) k++;
        else if (!ROLE_WORDS.has(norm) && POSSESSIVE_RE.test(norm) && owners === 0 && ROLE_WORDS.has(tokens[k + 1]?.norm ?? "")) {
          owners++;
          k++;
        } else break;
      }
      const head = tokens[k];
      if (head && ctx.sentenceOf[k] === si && ROLE_WORDS.has(head.norm) && !isPluralRole(head.norm)) {
        const next = tokens[k + 1];
        const namedNext = next && ctx.sentenceOf[k + 1] === si && ctx.cap[k + 1] && text.slice(head.end, next.start) === " ";
        const ofNext = next && next.norm === "of";
        // `its official website`: words that are also adjectives are roles only before a verb or punctuation.
        const adjectiveUse =
          ADJECTIVE_ROLES.has(head.norm) && next !== undefined && ctx.sentenceOf[k + 1] === si && /^\s+$/.test(text.slice(head.end, next.start)) && !ROLE_FOLLOWERS.has(next.norm) && !SPEECH_VERBS.has(next.norm);
        if (!namedNext && !ofNext && !adjectiveUse && !breaksInside(text, t.start, head.end)) {
          const r = head.norm;
          // A name set off right after the role (`Estrava's foreign minister, Clara Vennick,`) is
          // who holds it here, whoever else holds such a role in the text.
          const next = tokens[k + 1];
          const named = next && ctx.sentenceOf[k + 1] === si && /^\s*,\s*$/.test(text.slice(head.end, next.start)) ? (personAt.get(next.start) ?? null) : null;
          let w = named ?? before(t.start, (x) => fitsRole(x.roles, r)) ?? uniqueWithRole(persons, r);
          if (named) named.roles.add(r);
          if (!w) {
            w = apposed(k, si);
            w?.roles.add(r); // later `la alcaldesa` finds her
          }
          if (w) record(w, t.start, head.end, "role", si);
          i = k;
          continue;
        }
      }
    }
    // `they said`: a group speaking, the organisation named last within the two sentences before.
    if (t.norm === "they" && !ctx.quoted[t.start]) {
      const nx = tokens[i + 1];
      const prev = tokens[i - 1];
      const speaks =
        (nx !== undefined && ctx.sentenceOf[i + 1] === si && SPEECH_VERBS.has(nx.norm)) ||
        (prev !== undefined && ctx.sentenceOf[i - 1] === si && SPEECH_VERBS.has(prev.norm));
      if (speaks) {
        const org = lastOrganisation(ents, t.start, si - 2);
        if (org) record(org, t.start, t.end, "pronoun", si);
      }
      continue;
    }
    // Pronoun in subject position.
    const inverted = INVERTED.exec(t.norm)?.[1];
    const pronoun = inverted ?? t.norm;
    const gender = PERSON_PRONOUNS.get(pronoun);
    if (gender !== undefined && (SUBJECT_PRONOUNS.has(t.norm) || inverted !== undefined) && !ctx.quoted[t.start]) {
      const s = ctx.sentences[si]!;
      const prev = tokens[i - 1];
      // English `he`/`she` opening a sentence is a subject; the others (French `il` is also
      // impersonal: `il faut`) count only beside a speech verb or in French inversion.
      const subject =
        inverted !== undefined ||
        (i === s.tokenStart && (t.norm === "he" || t.norm === "she")) ||
        (prev !== undefined && ctx.sentenceOf[i - 1] === si && SPEECH_VERBS.has(prev.norm)) ||
        [1, 2].some((d) => {
          const nx = tokens[i + d];
          return nx !== undefined && ctx.sentenceOf[i + d] === si && SPEECH_VERBS.has(nx.norm);
        }) ||
        /[”"]\s*,?\s*$/.test(text.slice(Math.max(0, t.start - 4), t.start));
      if (!subject) continue;
      // What the text does not show of a person, the given name may (`she` passes over a Julian
      // to reach a Rosalind); when no one fits it, the prior yields to the nearest the text allows.
      const fits = (x: Work): boolean => gender === null || (x.gender ?? nameGender(x) ?? gender) === gender;
      let w = before(t.start, (x, at) => !ctx.quoted[at] && fits(x)) ?? before(t.start, (x, at) => !ctx.quoted[at] && (x.gender === null || x.gender === gender));
      if (w && w.gender === null && gender !== null && !w.mentions.some((m) => m.sentence === si && m.start < t.start)) w = recentOfGender(t.start, si, gender) ?? w;
      // The previous sentence's subject over a person it names later (`Mayor Ina Sorrell toured the
      // harbour with the prefect, Marc Aubry. "...," she said`): a pronoun carries the subject on.
      // Only a pronoun that speaks (`she said`, `a-t-elle déclaré`): quotes are attributed so.
      const speaking =
        inverted !== undefined ||
        (prev !== undefined && ctx.sentenceOf[i - 1] === si && SPEECH_VERBS.has(prev.norm)) ||
        [1, 2].some((d) => tokens[i + d] !== undefined && ctx.sentenceOf[i + d] === si && SPEECH_VERBS.has(tokens[i + d]!.norm));
      if (w && speaking && !w.mentions.some((m) => m.sentence === si && m.start < t.start)) {
        const subject = subjectOf(si - 1);
        if (subject && subject !== w && w.mentions.some((m) => m.sentence === si - 1) && fits(subject)) w = subject;
      } else if (w && speaking && onlyGoverned(w, si, t.start)) {
        // The person the pronoun's own sentence names only after a preposition: the one before it.
        const other = before(t.start, (x, at) => x !== w && !ctx.quoted[at] && fits(x) && sentenceAt(ctx, at) >= si - 2);
        if (other) w = other;
      }
      if (w) {
        if (w.gender === null) w.gender = gender;
        record(w, t.start, t.end, "pronoun", si);
      }
    }
  }
}

/** A preposition (through a title or role in capitals) right before a name: `to Prime Minister`, `with`, `from`. */
const GOVERNING = /\b(?:to|with|from|for|against|by|toward|towards)\s+(?:(?:the|a)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** A possessive token: `museum's`, `Halvard’s`. */
const POSSESSIVE_RE = /\p{L}['’]s$/u;

/** The index of the sentence holding character `pos` (-1 before the first). */
function sentenceAt(ctx: EntityContext, pos: number): number {
  let lo = 0;
  let hi = ctx.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.sentences[mid]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Capitalised `he`/`she`/`his`/`her` opening a sentence: the gender it shows of the previous sentence's subject. */
const OPENING_PRONOUNS: ReadonlyMap<string, "m" | "f"> = new Map([["he", "m"], ["she", "f"], ["his", "m"], ["her", "f"]]);

/**
 * Genders the text shows before any pronoun is resolved, so that one wrong guess does not spread: a person
 * named first in a sentence whose next sentence opens with `He`/`She`/`His`/`Her` (the subject carries on:
 * `Kroll, 58, was gracious in defeat. He told …`), and `X said (that) he|she` in one sentence. A person shown
 * both genders keeps none; an honorific's gender stands.
 */
function learnGenders(ctx: EntityContext, timeline: readonly { pos: number; w: Work }[]): void {
  const { tokens, sentences } = ctx;
  const votes = new Map<Work, Set<"m" | "f">>();
  const vote = (w: Work, g: "m" | "f"): void => {
    const set = votes.get(w) ?? new Set();
    set.add(g);
    votes.set(w, set);
  };
  const at = new Map<number, { w: Work; end: number }>();
  for (const e of timeline) if (!ctx.quoted[e.pos]) at.set(e.pos, { w: e.w, end: e.w.mentions.find((m) => m.start === e.pos)!.end });
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    if (s.tokenEnd <= s.tokenStart) continue;
    const opener = at.get(tokens[s.tokenStart]!.start);
    const next = sentences[si + 1];
    if (opener && next && next.tokenEnd > next.tokenStart) {
      const t = tokens[next.tokenStart]!;
      const g = OPENING_PRONOUNS.get(t.norm);
      // Only the next sentence of the same paragraph, outside quotation marks.
      if (g && ctx.cap[next.tokenStart] && !ctx.quoted[t.start] && next.paragraph === s.paragraph) vote(opener.w, g);
    }
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const m = at.get(tokens[i]!.start);
      if (!m) continue;
      let k = i;
      while (k < s.tokenEnd && tokens[k]!.end <= m.end) k++;
      if (k >= s.tokenEnd || !SPEECH_VERBS.has(tokens[k]!.norm)) continue;
      k++;
      if (k < s.tokenEnd && tokens[k]!.norm === "that") k++;
      const g = k < s.tokenEnd ? PERSON_PRONOUNS.get(tokens[k]!.norm) : undefined;
      if ((g === "m" || g === "f") && SUBJECT_PRONOUNS.has(tokens[k]!.norm)) vote(m.w, g);
    }
  }
  for (const [w, set] of votes) if (w.gender === null && set.size === 1) w.gender = [...set][0]!;
}

/** The gender a person's given name usually has (a person named by two words or more), else null. */
function nameGender(w: Work): "m" | "f" | null {
  return w.type === "person" && w.norms.length >= 2 ? givenNameGender(w.norms[0]!) : null;
}

/** The organisation mentioned last before `pos`, outside quotations, no earlier than sentence `fromSentence`. */
function lastOrganisation(ents: Work[], pos: number, fromSentence: number): Work | null {
  let best: Work | null = null;
  let bestPos = -1;
  for (const w of ents) {
    if (w.type !== "organization") continue;
    for (const m of w.mentions) if (m.start < pos && m.start > bestPos && m.sentence >= fromSentence) [best, bestPos] = [w, m.start];
  }
  return best;
}

/** Whether punctuation separates the words of a role phrase (then it is not one). */
function breaksInside(text: string, start: number, end: number): boolean {
  return /[,;:.“”"()]/.test(text.slice(start, end));
}

/** `ministers`, `officials`: a group, which no single person resolves. */
function isPluralRole(n: string): boolean {
  return n.endsWith("s") && ROLE_WORDS.has(n.slice(0, -1));
}

function uniqueWithRole(persons: Work[], r: string): Work | null {
  let found: Work | null = null;
  for (const w of persons) {
    if (!fitsRole(w.roles, r)) continue;
    if (found) return null;
    found = w;
  }
  return found;
}
