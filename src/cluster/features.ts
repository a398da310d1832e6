import type { Analysis, Article, Token } from "../core/types.js";
import { normalizeWord, normIds, normTable, tokenize } from "../core/tokenize.js";
import { stopWords, termMaker } from "../nlp/terms/index.js";
import type { ClusterParams } from "./params.js";
import { addPrintedMonth } from "./printed-month.js";

/**
 * Raw evidence of one article before weighting: term, entity and number counts keyed by a
 * family prefix (`t:` stemmed content term, `e:` entity name, `p:` person name, `n:` number or stated date).
 */
export interface RawFeatures {
  counts: Map<string, number>;
  /**
   * keyHash of each key of `counts`, in its order: the clusterer finds a key's term id in a typed
   * table by it instead of hashing the string in a Map (the keys of evidence made in a worker thread
   * arrive as fresh strings). A hint only: a key whose hash does not match goes by the string.
   */
  keyHashes?: Int32Array;
  /** Milliseconds since the epoch of the published date, or null. */
  time: number | null;
}

const DAY_MS = 86_400_000;

/** FNV-1a of a counts key, as an int32 (see RawFeatures.keyHashes). */
export function keyHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** keyHashes of the article being counted, in the order its keys entered `counts`. */
let hashScratch = new Int32Array(1024);
let hashCount = 0;

function noteHash(h: number): void {
  if (hashCount === hashScratch.length) {
    const grown = new Int32Array(2 * hashCount);
    grown.set(hashScratch);
    hashScratch = grown;
  }
  hashScratch[hashCount++] = h;
}

/** Parses an ISO date or date-time; null when absent or invalid. */
export function parseTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isFinite(t) ? t : null;
}

/** Days between two times (absolute), or null when either is unknown. */
export function daysApart(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : Math.abs(a - b) / DAY_MS;
}

/**
 * A word's counting key (`t:` stem, `n:` number; null: not counted), its slot in `acc`, and the
 * key's own slot (shared by the words of one stem) in `keyStamp`.
 */
interface KeyEntry {
  key: string | null;
  /** keyHash(key) when the key is not null. */
  hash: number;
  slot: number;
  keySlot: number;
}

/**
 * A word memo: entries by norm, and by norm id (see `normIds` in core/tokenize.ts) for tokens
 * that carry one, so most tokens cost a typed-array read instead of a string-keyed Map look-up.
 * `byId` holds, per norm id under `table` (0: not met yet), the entry's slot + 2 (1: not
 * counted) in the counted memos, the entry index + 1 in the names memo.
 */
interface Memo {
  byNorm: Map<string, KeyEntry>;
  entries: KeyEntry[];
  byId: Int32Array;
  table: readonly string[];
}

/** Memo per language (numbers apart): news vocabulary is Zipfian, so nearly every token was seen before. */
const MEMOS = new Map<string, Memo>();
/** Scratch of rawFeatures: 1 for the tokens inside a name (one article at a time). */
let inNameScratch = new Uint8Array(1024);
/** Slots handed out across all memos; past this the memos start over, so memory stays flat on endless streams. */
const MAX_SLOTS = 400_000;
let slots = 0;
/** Per-slot sums of the article being counted, and the call that last touched each slot. */
let acc = new Float64Array(1 << 12);
let stamp = new Int32Array(1 << 12);
let call = 0;
/** Per slot: its key, and the key's slot (see KEY_SLOTS), so that counting reads no entry object. */
let keyOfSlot: string[] = [];
let keySlotOfSlot = new Int32Array(1 << 12);
/** Key slots by key, and the call that last flushed each key: a key's first slot in an article is set, not added. */
const KEY_SLOTS = new Map<string, number>();
let keyStamp = new Int32Array(1 << 12);
/** keyHash of each key slot's key. */
let keyHashOfKeySlot = new Int32Array(1 << 12);

function memoFor(name: string): Memo {
  let m = MEMOS.get(name);
  if (!m) MEMOS.set(name, (m = { byNorm: new Map(), entries: [], byId: new Int32Array(0), table: normTable() }));
  return m;
}

/** Entity keys of capitalised words (`e:` + norm; no slot, they are counted in the Map): no string built per token. */
const names = memoFor("\u0000names");
const nameKey = (norm: string): string => "e:" + norm;

function entryOf(memo: Memo, norm: string, make: (norm: string) => string | null): KeyEntry {
  let e = memo.byNorm.get(norm);
  if (e === undefined) {
    const key = make(norm);
    const counted = key !== null && memo !== names;
    let keySlot = -1;
    if (counted) {
      keySlot = KEY_SLOTS.get(key) ?? -1;
      if (keySlot < 0) {
        KEY_SLOTS.set(key, (keySlot = KEY_SLOTS.size));
        if (keySlot >= keyStamp.length) {
          const k = new Int32Array(keyStamp.length * 2);
          k.set(keyStamp);
          keyStamp = k;
          const h = new Int32Array(keyStamp.length);
          h.set(keyHashOfKeySlot);
          keyHashOfKeySlot = h;
        }
        keyHashOfKeySlot[keySlot] = keyHash(key);
      }
    }
    e = { key, hash: key === null ? 0 : keyHash(key), slot: counted ? slots++ : -1, keySlot };
    if (slots > acc.length) {
      const a = new Float64Array(acc.length * 2);
      a.set(acc);
      acc = a;
      const s = new Int32Array(stamp.length * 2);
      s.set(stamp);
      stamp = s;
      const k = new Int32Array(keySlotOfSlot.length * 2);
      k.set(keySlotOfSlot);
      keySlotOfSlot = k;
    }
    if (counted) {
      keyOfSlot[e.slot] = key;
      keySlotOfSlot[e.slot] = keySlot;
    }
    memo.byNorm.set(norm, e);
  }
  return e;
}

/** The id-indexed table of a memo, current for `table` and holding `id`. */
function byIdFor(memo: Memo, table: readonly string[], id: number): Int32Array {
  if (memo.table !== table) {
    memo.table = table;
    memo.entries.length = 0;
    memo.byId.fill(0);
  }
  if (id >= memo.byId.length) {
    const grown = new Int32Array(Math.max(id + 1, 2 * memo.byId.length, 1024));
    grown.set(memo.byId);
    memo.byId = grown;
  }
  return memo.byId;
}

/**
 * The counting slot (-1: not counted) of a token whose norm id is `id` (-1: none) in a counted
 * memo: by id when the id still names this norm, else by the norm.
 */
function slotById(memo: Memo, table: readonly string[], id: number, norm: string, make: (norm: string) => string | null): number {
  if (id < 0 || table[id] !== norm) return entryOf(memo, norm, make).slot;
  const byId = byIdFor(memo, table, id);
  const code = byId[id]!;
  if (code !== 0) return code - 2;
  const slot = entryOf(memo, norm, make).slot;
  byId[id] = slot + 2;
  return slot;
}

/** entryOf for a token whose norm id is `id` (-1: none) in the names memo: by id when the id still names this norm. */
function entryById(memo: Memo, table: readonly string[], id: number, norm: string, make: (norm: string) => string | null): KeyEntry {
  if (id < 0 || table[id] !== norm) return entryOf(memo, norm, make);
  const byId = byIdFor(memo, table, id);
  const at = byId[id]!;
  if (at > 0) return memo.entries[at - 1]!;
  const e = entryOf(memo, norm, make);
  memo.entries.push(e);
  byId[id] = memo.entries.length;
  return e;
}

function clearMemo(memo: Memo): void {
  memo.byNorm.clear();
  memo.entries.length = 0;
  memo.byId.fill(0);
}

/**
 * Counts token keys of one article in typed arrays instead of a Map keyed by strings (one memo
 * lookup per token instead of three string-keyed operations), then hands them out in the order
 * first met, which is the order the Map would have had.
 */
class KeyCounter {
  private readonly slotsMet: number[] = [];
  private readonly id = ++call;

  /** Adds `w` to a counting slot (-1: a word not counted). */
  add(slot: number, w: number): void {
    if (slot < 0) return;
    if (stamp[slot] !== this.id) {
      stamp[slot] = this.id;
      acc[slot] = 0;
      this.slotsMet.push(slot);
    }
    acc[slot]! += w;
  }

  /**
   * Adds the sums into `counts` (words of one stem have slots of their own, added in the order
   * first met) and leaves the arrays for the next article. `counts` holds no content key before
   * this (entities are `e:`/`p:`, these `t:`/`n:`), so a key's first sum is set without a look-up.
   */
  flush(counts: Map<string, number>): void {
    for (let i = 0; i < this.slotsMet.length; i++) {
      const slot = this.slotsMet[i]!;
      const key = keyOfSlot[slot]!;
      const ks = keySlotOfSlot[slot]!;
      const sum = acc[slot]!;
      if (keyStamp[ks] !== this.id) {
        keyStamp[ks] = this.id;
        counts.set(key, sum);
        noteHash(keyHashOfKeySlot[ks]!);
      } else counts.set(key, counts.get(key)! + sum);
    }
  }
}

/** Adds `w` to key `k` of `m`; returns whether `k` was new to `m`. */
function bump(m: Map<string, number>, k: string, w: number): boolean {
  const had = m.get(k);
  m.set(k, (had ?? 0) + w);
  return had === undefined;
}

/**
 * Whether the token starts with a capital letter away from the start of a sentence: a cheap
 * proper-noun signal used when the language layer gives no entities.
 */
function capitalisedMidSentence(text: string, t: Token): boolean {
  const code = text.charCodeAt(t.start);
  // ASCII first: most words start with a lower-case letter, and case folding allocates.
  if (code >= 97 && code <= 122) return false;
  if (code > 127) {
    const c = text[t.start]!;
    if (c === c.toLowerCase() || c !== c.toUpperCase()) return false;
  } else if (code < 65 || code > 90) return false;
  // Look back over spaces and opening quotes for the previous visible character.
  let i = t.start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "`" || text[i] === '"' || text[i] === "“" || text[i] === "'" || text[i] === "(")) i--;
  if (i < 0) return false;
  const p = text[i]!;
  return !(p === "." || p === "!" || p === "?" || p === "\n" || p === ":" || p === "\r");
}

/** Numbers that identify a happening (years, counts, scores), not list markers: at least two digits. */
function keepNumber(norm: string): boolean {
  return norm.replace(/[.,]/g, "").length >= 2;
}

/**
 * Counts an article's evidence. Reuses the analysis tokens (the title, which is not in the body,
 * is tokenised on its own); uses entities and dates when the language layer gives them and falls
 * back to capitalised words when it does not.
 */
export function rawFeatures(article: Article, analysis: Analysis, params: ClusterParams): RawFeatures {
  const counts = new Map<string, number>();
  hashCount = 0;
  const lang = analysis.language ?? article.language;
  const tokens = analysis.tokens;
  const text = article.text;

  // Memos start over only between articles, so no slot this article uses is handed out twice.
  if (slots >= MAX_SLOTS) {
    for (const m of MEMOS.values()) clearMemo(m);
    slots = 0;
    KEY_SLOTS.clear();
    keyOfSlot = [];
  }
  if (names.byNorm.size >= MAX_SLOTS) clearMemo(names);
  const words = memoFor(lang ?? "");
  const numbers = memoFor("\u0000numbers");
  const termOf = termMaker(lang);
  const termKey = (norm: string): string | null => {
    const term = termOf(norm);
    return term === null ? null : "t:" + term;
  };
  const numberKey = (norm: string): string | null => (keepNumber(norm) ? "n:" + norm : null);
  const counter = new KeyCounter();
  // Names go to the entity family only, so that the term family holds what a happening is
  // (its kind: earthquake, rehab, merger) and entities hold who and where: events need both,
  // storylines of same-kind happenings share the first.
  const table = normTable();
  const ids = normIds(tokens);
  // With entities from the language layer, the tokens inside their mentions are names; without,
  // capitalised words are (tested per token in the counting loop below, which needs nothing else).
  const byEntities = analysis.entities.length > 0;
  if (inNameScratch.length < tokens.length) inNameScratch = new Uint8Array(2 * tokens.length);
  const inName = inNameScratch;
  if (byEntities) {
    inName.fill(0, 0, tokens.length);
    const spans: [number, number][] = [];
    for (const e of analysis.entities) for (const m of e.mentions) spans.push([m.start, m.end]);
    spans.sort((a, b) => a[0] - b[0]);
    let j = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      while (j < spans.length && spans[j]![1] <= t.start) j++;
      if (j < spans.length && spans[j]![0] <= t.start) inName[i] = 1;
    }
    for (const e of analysis.entities) {
      const words = e.name.split(/\s+/).map(normalizeWord).filter((w) => w.length > 1);
      if (words.length === 0) continue;
      // Named mentions only: which person a pronoun stands for is a guess, and names are evidence.
      let n = 0;
      for (const m of e.mentions) if (m.form !== "pronoun") n++;
      n = Math.max(1, n);
      const prefix = e.type === "person" ? "p:" : "e:";
      const whole = prefix + words.join(" ");
      if (bump(counts, whole, n)) noteHash(keyHash(whole));
      if (words.length > 1) {
        const last = prefix + words[words.length - 1];
        if (bump(counts, last, n)) noteHash(keyHash(last));
      }
    }
  }
  const stops = byEntities ? null : stopWords(lang);

  // Content terms, weighting the lead. Entity keys go straight into `counts` (in token order,
  // as before any content key: the counter only adds into `counts` at the end).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const id = ids !== null && i < ids.length ? ids[i]! : -1;
    let named: boolean;
    if (stops === null) named = inName[i] === 1;
    else {
      // The capital-letter test first: it reads the text, and rejects most tokens without reading their norm.
      named = !t.numeric && capitalisedMidSentence(text, t) && t.norm.length >= 2 && !stops.has(t.norm);
      if (named) {
        const e = entryById(names, table, id, t.norm, nameKey);
        if (bump(counts, e.key!, 1)) noteHash(e.hash);
      }
    }
    const w = i < params.leadTokens ? params.leadWeight : 1;
    if (t.numeric) counter.add(slotById(numbers, table, id, t.norm, numberKey), w);
    else if (!named || params.namesAsTerms) counter.add(slotById(words, table, id, t.norm, termKey), w);
  }
  if (article.title) {
    const titleTokens = tokenize(article.title);
    const titleIds = normIds(titleTokens);
    const titleTable = normTable();
    for (let i = 0; i < titleTokens.length; i++) {
      const t = titleTokens[i]!;
      const id = titleIds !== null && i < titleIds.length ? titleIds[i]! : -1;
      counter.add(t.numeric ? slotById(numbers, titleTable, id, t.norm, numberKey) : slotById(words, titleTable, id, t.norm, termKey), params.titleWeight);
    }
  }
  counter.flush(counts);

  // Stated dates are evidence, not the article's time: the month a text speaks of tells two
  // same-kind happenings apart, but a text also recalls older dates, so only `published` decays.
  for (const d of analysis.dates) {
    if (!d.resolved || d.resolved.startsWith("--")) continue;
    const key = "n:" + d.resolved.slice(0, 7);
    if (bump(counts, key, 1)) noteHash(keyHash(key));
  }
  addPrintedMonth(counts, article, params.titleWeight);
  // A key added without a note (the printed month) puts the notes out of step: hash them all again.
  if (hashCount !== counts.size) {
    hashCount = 0;
    for (const k of counts.keys()) noteHash(keyHash(k));
  }
  return { counts, keyHashes: hashScratch.slice(0, hashCount), time: parseTime(article.published) };
}
