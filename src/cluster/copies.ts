import type { Token } from "../core/types.js";
import { normIds, normTable } from "../core/tokenize.js";
import type { CopyParams } from "./params.js";

/** FNV-1a over a string: a fast 32-bit word hash. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * fnv of each interned norm by its id (see `normIds` in core/tokenize.ts), with the norm table
 * it was filled under: most tokens then cost a typed-array read instead of hashing their norm.
 */
let wordHashes = new Uint32Array(0);
/** mix() of each cached word hash: the first step of every shingle hash that starts at the word. */
let wordMixes = new Uint32Array(0);
let wordHashed = new Uint8Array(0);
let hashedTable: readonly string[] | null = null;

/**
 * Word hashes of a token sequence (fnv of each norm) into `words`, and their mix() into `mixes`:
 * read from the per-id cache where the token has a valid id.
 */
function wordHashesOf(tokens: readonly Token[], words: Uint32Array, mixes: Uint32Array): void {
  const ids = normIds(tokens);
  const table = normTable();
  if (ids === null || ids.length !== tokens.length) {
    for (let i = 0; i < tokens.length; i++) {
      words[i] = fnv(tokens[i]!.norm);
      mixes[i] = mix(words[i]!);
    }
    return;
  }
  if (hashedTable !== table) {
    hashedTable = table;
    wordHashed.fill(0);
  }
  if (wordHashes.length < table.length) {
    const cap = Math.max(table.length, 2 * wordHashes.length, 1024);
    const h = new Uint32Array(cap);
    h.set(wordHashes);
    wordHashes = h;
    const m = new Uint32Array(cap);
    m.set(wordMixes);
    wordMixes = m;
    const d = new Uint8Array(cap);
    d.set(wordHashed);
    wordHashed = d;
  }
  for (let i = 0; i < tokens.length; i++) {
    const id = ids[i]!;
    const norm = tokens[i]!.norm;
    if (table[id] !== norm) {
      words[i] = fnv(norm);
      mixes[i] = mix(words[i]!);
    } else {
      if (!wordHashed[id]) {
        wordHashes[id] = fnv(norm);
        wordMixes[id] = mix(wordHashes[id]!);
        wordHashed[id] = 1;
      }
      words[i] = wordHashes[id]!;
      mixes[i] = wordMixes[id]!;
    }
  }
}

/** Scratch of fingerprint: which signature bins a shingle filled (one text at a time). */
let filledScratch = new Uint8Array(64);

/** Scratch of fingerprint (one text at a time): each word's hash and first mix. */
let wordScratch = new Uint32Array(1024);
let mixScratch = new Uint32Array(1024);

/** Murmur3's finaliser: spreads the bits of a 32-bit value; seeded XOR gives independent hash functions. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A set of (already mixed) 32-bit shingle hashes sized for `capacity` inserts: open addressing, no boxing, unlike Set<number>. */
class ShingleSet {
  // Shared by every fingerprint: a slot belongs to the current text when its stamp is the text's
  // generation, so a new text neither allocates nor clears the table.
  private static keys = new Uint32Array(1 << 12);
  private static stamps = new Int32Array(1 << 12);
  private static generation = 0;
  private readonly mask: number;
  private readonly gen: number;
  size = 0;

  constructor(capacity: number) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    if (cap > ShingleSet.keys.length) {
      ShingleSet.keys = new Uint32Array(cap);
      ShingleSet.stamps = new Int32Array(cap);
    }
    if (++ShingleSet.generation === 0x7fffffff) {
      ShingleSet.stamps.fill(0);
      ShingleSet.generation = 1;
    }
    this.gen = ShingleSet.generation;
    this.mask = cap - 1;
  }

  /** Adds a hash; false when it was already there. */
  add(h: number): boolean {
    const keys = ShingleSet.keys;
    const stamps = ShingleSet.stamps;
    let i = h & this.mask;
    while (stamps[i] === this.gen) {
      if (keys[i] === h) return false;
      i = (i + 1) & this.mask;
    }
    stamps[i] = this.gen;
    keys[i] = h;
    this.size++;
    return true;
  }
}

/** Fixed seeds (derived, not random) so signatures are the same on every run and machine. */
function seeds(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = mix(0x9e3779b9 + i * 0x632be5ab);
  return out;
}

/** A text's copy fingerprint: exact hash, MinHash signature and shingle-set size. */
export interface Fingerprint {
  exact: string;
  signature: Uint32Array;
  size: number;
}

/** The band keys of a text too short to be banded. */
const NO_KEYS = new Int32Array(0);

/** A text this index knows: its id and where the clusterer put it. */
interface Known {
  id: string;
  fp: Fingerprint;
  /** Each band's key (see bandKeys); empty when the text is too short to be banded. */
  bandKeys: Int32Array;
}

/** What `find` returns: the earlier copy and how alike the two are. */
export interface CopyMatch {
  id: string;
  jaccard: number;
  containment: number;
}

/**
 * Finds exact and near-duplicate texts: a hash of the normalised word sequence for exact copies,
 * and MinHash over word shingles with LSH banding for near copies. Near copies are confirmed on
 * the estimated Jaccard, or on containment of the smaller text in the larger so that a trimmed
 * ending or an added paragraph still counts as a copy. Words are `Token.norm`, so case, accents
 * and punctuation differences never matter; boilerplate is gone before this (clean bodies).
 */
export class CopyIndex {
  private readonly seeds: Uint32Array;
  private readonly exact = new Map<string, string>();
  /** Per band, ids by the band's key: int32 keys (small integers to V8), not band * 2^32 + key doubles. */
  private readonly buckets: Map<number, string[]>[];
  private readonly known = new Map<string, Known>();

  constructor(private readonly p: CopyParams) {
    this.seeds = seeds(p.bands * p.rows);
    this.buckets = Array.from({ length: p.bands }, () => new Map<number, string[]>());
  }

  /** Fingerprints a token sequence. */
  fingerprint(tokens: readonly Token[]): Fingerprint {
    if (mixScratch.length < tokens.length) {
      wordScratch = new Uint32Array(2 * tokens.length);
      mixScratch = new Uint32Array(2 * tokens.length);
    }
    const words = wordScratch;
    const mixes = mixScratch;
    // The scratch may be longer than this text: only its first nWords are this text's.
    const nWords = tokens.length;
    wordHashesOf(tokens, words, mixes);
    // Two independent 32-bit chains over the word hashes: an exact-copy key as unlikely to
    // collide as a 64-bit hash, for a fraction of the cost of hashing the joined text.
    let e1 = 0x2545f491;
    let e2 = 0x9e3779b9;
    for (let i = 0; i < tokens.length; i++) {
      const w = words[i]!;
      e1 = mix(e1 ^ w);
      e2 = mix((e2 + w) ^ 0x5bd1e995);
    }
    const exact = `${tokens.length.toString(36)}:${e1.toString(16)}:${e2.toString(16)}`;
    const k = this.p.shingle;
    const n = this.seeds.length;
    // One-permutation MinHash: each shingle hashes once and lands in one of n bins, which keep
    // their minimum; empty bins borrow from the next filled one (rotation densification).
    const sig = new Uint32Array(n).fill(0xffffffff);
    if (filledScratch.length < n) filledScratch = new Uint8Array(n);
    const filled = filledScratch;
    filled.fill(0, 0, n);
    const seen = new ShingleSet(Math.max(0, nWords - k + 1));
    // A power-of-two bin count (the usual 16 x 4) takes the low bits: the same bin as the remainder, cheaper.
    const mask = (n & (n - 1)) === 0 ? n - 1 : -1;
    for (let i = 0; i + k <= nWords; i++) {
      // The first step, mix((0 ^ w) + 0), is the word's own mix.
      let h = k > 0 ? mixes[i]! : 0;
      for (let j = 1; j < k; j++) h = mix((h ^ words[i + j]!) + j);
      if (!seen.add(h)) continue;
      const v = mix(h ^ this.seeds[0]!);
      const bin = mask >= 0 ? v & mask : v % n;
      const low = mix(v ^ this.seeds[1]!);
      if (low < sig[bin]!) sig[bin] = low;
      filled[bin] = 1;
    }
    if (seen.size > 0) {
      for (let b = 0; b < n; b++) {
        if (filled[b]) continue;
        let j = (b + 1) % n;
        let hops = 1;
        while (!filled[j]) {
          j = (j + 1) % n;
          hops++;
        }
        sig[b] = mix(sig[j]! ^ this.seeds[hops % n]!);
      }
    }
    return { exact, signature: sig, size: seen.size };
  }

  /** One key per band: the band's rows hashed together (seeded with the band), as an int32; each band has its own buckets. */
  private bandKeys(fp: Fingerprint): Int32Array {
    const { bands, rows } = this.p;
    const keys = new Int32Array(bands);
    for (let b = 0; b < bands; b++) {
      let h = b;
      for (let r = 0; r < rows; r++) h = mix((h ^ fp.signature[b * rows + r]!) + r);
      keys[b] = h;
    }
    return keys;
  }

  /** The earliest known copy of this fingerprint, or null. */
  find(fp: Fingerprint): CopyMatch | null {
    const same = this.exact.get(fp.exact);
    if (same !== undefined) return { id: same, jaccard: 1, containment: 1 };
    if (fp.size < this.p.minShingles) return null;
    let best: CopyMatch | null = null;
    const tried = new Set<string>();
    const keys = this.bandKeys(fp);
    for (let b = 0; b < keys.length; b++) {
      const ids = this.buckets[b]!.get(keys[b]!);
      if (!ids) continue;
      for (const id of ids) {
        if (tried.has(id)) continue;
        tried.add(id);
        const other = this.known.get(id);
        if (!other || other.fp.size < this.p.minShingles) continue;
        const m = this.compare(fp, other.fp);
        if (m === null) continue;
        if (!best || m.jaccard > best.jaccard) best = { id, ...m };
      }
    }
    return best;
  }

  /** Estimated Jaccard and containment of the smaller in the larger; null when not a copy. */
  private compare(a: Fingerprint, b: Fingerprint): { jaccard: number; containment: number } | null {
    let eq = 0;
    const n = a.signature.length;
    for (let i = 0; i < n; i++) if (a.signature[i] === b.signature[i]) eq++;
    const j = eq / n;
    const small = Math.min(a.size, b.size);
    const large = Math.max(a.size, b.size);
    const inter = (j * (a.size + b.size)) / (1 + j);
    const containment = Math.min(1, inter / small);
    if (j >= this.p.jaccard) return { jaccard: j, containment };
    if (containment >= this.p.containment && small / large >= this.p.minSizeRatio) return { jaccard: j, containment };
    return null;
  }

  /** Remembers a text as a possible original of later copies. */
  add(id: string, fp: Fingerprint): void {
    if (this.known.has(id)) return;
    if (!this.exact.has(fp.exact)) this.exact.set(fp.exact, id);
    const bandKeys = fp.size >= this.p.minShingles ? this.bandKeys(fp) : NO_KEYS;
    for (let b = 0; b < bandKeys.length; b++) {
      const key = bandKeys[b]!;
      const ids = this.buckets[b]!.get(key);
      if (ids) ids.push(id);
      else this.buckets[b]!.set(key, [id]);
    }
    this.known.set(id, { id, fp, bandKeys });
  }

  /** Forgets a text (it left the time window). */
  remove(id: string): void {
    const k = this.known.get(id);
    if (!k) return;
    this.known.delete(id);
    if (this.exact.get(k.fp.exact) === id) this.exact.delete(k.fp.exact);
    for (let b = 0; b < k.bandKeys.length; b++) {
      const key = k.bandKeys[b]!;
      const ids = this.buckets[b]!.get(key);
      if (!ids) continue;
      const i = ids.indexOf(id);
      if (i >= 0) ids.splice(i, 1);
      if (ids.length === 0) this.buckets[b]!.delete(key);
    }
  }

  /** Whether the index holds this id. */
  has(id: string): boolean {
    return this.known.has(id);
  }

  /** The stored fingerprints, for state export. */
  entries(): { id: string; exact: string; size: number; signature: number[] }[] {
    return [...this.known.values()].map((k) => ({ id: k.id, exact: k.fp.exact, size: k.fp.size, signature: Array.from(k.fp.signature) }));
  }
}
