// Per-outlet template memory: which lines an outlet prints in many of its articles (menus, footers,
// appeals, standard disclaimers). Counting is per outlet, so a sentence that many outlets quote is never a
// template merely because it is common; only one outlet repeating it across its own articles makes it one.
import { lineHash, normalizeLine } from "./normalize.js";

/**
 * A line as the memory counts it: the hash of its normalised form and whether it reads like a
 * sentence; null for a line the memory ignores (empty once normalised, or longer than a label).
 * Keys are a pure function of the line, so they can be made in any thread (see lineKeys).
 */
export type LineKey = { hash: string; sentence: boolean } | null;

/** A store of per-outlet line counts that tells template lines from article lines. */
export interface TemplateMemory {
  /** Records one article of `outlet`: each distinct line counts once for the article. */
  observe(outlet: string, lines: Iterable<string>): void;
  /** observe() with the lines' keys already made. */
  observeKeys(outlet: string, keys: readonly LineKey[]): void;
  /** True when `line` is boilerplate for `outlet`: it recurs across enough of its articles. */
  isTemplate(outlet: string, line: string): boolean;
  /** isTemplate() for a line's key. */
  isTemplateKey(outlet: string, key: LineKey): boolean;
  /** The state as plain JSON, for persistence. */
  toJSON(): TemplateMemoryState;
}

/** Settings of the memory. */
export interface TemplateMemoryOptions {
  /** A short line seen in at least this many articles of one outlet is a template line (default 3). */
  minArticles?: number;
  /**
   * A sentence-shaped line (8+ words ending like a sentence) must recur in this many articles (default 8)
   * and in at least `minShareForSentences` of the outlet's articles: outlets repeat real sentences too.
   */
  minArticlesForSentences?: number;
  /** Share of the outlet's articles a sentence-shaped line must appear in (default 0.5). */
  minShareForSentences?: number;
  /** Lines longer than this many characters are never templates: they are paragraphs (default 400). */
  maxLineChars?: number;
  /** Cap on remembered lines per outlet; lines seen once are dropped first when it is reached (default 8,000). */
  maxLinesPerOutlet?: number;
  /**
   * Cap on remembered lines over all outlets (default 400,000, about 50 MB): a firehose of
   * thousands of outlets would otherwise hold every line it saw once. When it is reached, lines
   * seen once are dropped from every outlet first.
   */
  maxLines?: number;
}

/** The persisted form of a memory. */
export interface TemplateMemoryState {
  version: 1;
  options: Required<TemplateMemoryOptions>;
  outlets: Record<string, { articles: number; lines: Record<string, number> }>;
}

const DEFAULTS: Required<TemplateMemoryOptions> = {
  minArticles: 3,
  minArticlesForSentences: 8,
  minShareForSentences: 0.5,
  maxLineChars: 400,
  maxLinesPerOutlet: 8_000,
  maxLines: 400_000,
};

interface OutletCounts {
  articles: number;
  lines: Map<string, number>;
}

/** True for a line that reads like a sentence of prose rather than a label. */
function sentenceShaped(normalized: string): boolean {
  return /[.!?…]["'”’»)]*$/u.test(normalized) && normalized.split(" ").length >= 8;
}

/** The in-memory template memory. Cost per line is one hash and one map lookup. */
export class InMemoryTemplateMemory implements TemplateMemory {
  private readonly opts: Required<TemplateMemoryOptions>;
  private readonly outlets = new Map<string, OutletCounts>();
  /** Lines held over all outlets. */
  private total = 0;

  constructor(options: TemplateMemoryOptions = {}) {
    this.opts = { ...DEFAULTS, ...options };
  }

  /** Rebuilds a memory from {@link TemplateMemory.toJSON} output. */
  static fromJSON(state: TemplateMemoryState): InMemoryTemplateMemory {
    if (state?.version !== 1 || typeof state.outlets !== "object") {
      throw new Error("template memory state: unsupported or malformed (expected version 1)");
    }
    const mem = new InMemoryTemplateMemory(state.options);
    for (const [outlet, o] of Object.entries(state.outlets)) {
      mem.outlets.set(outlet, { articles: o.articles, lines: new Map(Object.entries(o.lines)) });
      mem.total += Object.keys(o.lines).length;
    }
    mem.enforceCaps();
    return mem;
  }

  /** Longest line this memory counts. */
  get maxLineChars(): number {
    return this.opts.maxLineChars;
  }

  /** The key of one line under this memory's settings. */
  keyOf(line: string): LineKey {
    return lineKey(line, this.opts.maxLineChars);
  }

  observe(outlet: string, lines: Iterable<string>): void {
    const keys: LineKey[] = [];
    for (const line of lines) keys.push(this.keyOf(line));
    this.observeKeys(outlet, keys);
  }

  observeKeys(outlet: string, keys: readonly LineKey[]): void {
    let o = this.outlets.get(outlet);
    if (!o) {
      o = { articles: 0, lines: new Map() };
      this.outlets.set(outlet, o);
    }
    o.articles++;
    const seen = new Set<string>();
    const before = o.lines.size;
    for (const k of keys) {
      if (k === null || seen.has(k.hash)) continue;
      seen.add(k.hash);
      o.lines.set(k.hash, (o.lines.get(k.hash) ?? 0) + 1);
    }
    if (o.lines.size > this.opts.maxLinesPerOutlet) prune(o.lines, this.opts.maxLinesPerOutlet);
    this.total += o.lines.size - before;
    if (this.total > this.opts.maxLines) this.enforceCaps();
  }

  /**
   * Brings every outlet under its cap and all of them under the global one: the rarest lines go
   * first across all outlets (seen once, then twice...), down to 90% of the global cap.
   */
  private enforceCaps(): void {
    let total = 0;
    for (const o of this.outlets.values()) {
      if (o.lines.size > this.opts.maxLinesPerOutlet) prune(o.lines, this.opts.maxLinesPerOutlet);
      total += o.lines.size;
    }
    const target = Math.floor(this.opts.maxLines * 0.9);
    for (let floor = 1; total > target; floor++) {
      for (const o of this.outlets.values()) {
        for (const [h, n] of o.lines) {
          if (n > floor) continue;
          o.lines.delete(h);
          total--;
        }
      }
    }
    this.total = total;
  }

  isTemplate(outlet: string, line: string): boolean {
    return this.outlets.has(outlet) && this.isTemplateKey(outlet, this.keyOf(line));
  }

  isTemplateKey(outlet: string, key: LineKey): boolean {
    const o = this.outlets.get(outlet);
    if (!o || key === null) return false;
    const n = o.lines.get(key.hash) ?? 0;
    if (n < this.opts.minArticles) return false;
    if (!key.sentence) return true;
    return n >= this.opts.minArticlesForSentences && n >= this.opts.minShareForSentences * o.articles;
  }

  toJSON(): TemplateMemoryState {
    const outlets: TemplateMemoryState["outlets"] = {};
    for (const [outlet, o] of this.outlets) outlets[outlet] = { articles: o.articles, lines: Object.fromEntries(o.lines) };
    return { version: 1, options: { ...this.opts }, outlets };
  }
}

/** Longest line (characters) a memory with default settings counts; longer lines are paragraphs. */
export const DEFAULT_MAX_LINE_CHARS = DEFAULTS.maxLineChars;

/** The key of a line: its normalised hash and shape, or null when a memory would ignore it. */
export function lineKey(line: string, maxLineChars = DEFAULT_MAX_LINE_CHARS): LineKey {
  if (line.length > maxLineChars) return null;
  const norm = normalizeLine(line);
  if (norm.length === 0) return null;
  return { hash: lineHash(norm), sentence: sentenceShaped(norm) };
}

/**
 * Keeps memory bounded: drops the rarest lines (seen once, then twice, ...) until the outlet holds at most
 * 90% of `max`. Rare lines cannot be templates yet; frequent ones are what the memory is for.
 */
function prune(lines: Map<string, number>, max: number): void {
  const target = Math.floor(max * 0.9);
  for (let floor = 1; lines.size > target; floor++) {
    for (const [h, n] of lines) if (n <= floor) lines.delete(h);
  }
}
