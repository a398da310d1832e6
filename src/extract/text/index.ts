// Boilerplate removal for scraped plain text. Stages, in order (each a small module in this folder):
//   1. split into lines and compute shape features            (lines.ts, features.ts)
//   2. per-outlet template memory: lines this outlet repeats   (../templates)
//   3. one-line rules: ad slots, reading times, credits, tags, navigation labels, calls to action (rules.ts)
//   4. context rules: captions, reader-appeal blocks, "Read more" headline lists, menus, closing syndication
//      notes                                                                              (context.ts, zones.ts)
//   5. rejoin sentences split around inline links                                                 (rejoin.ts)
//   6. repeated paragraphs: keep the first copy
//   7. zones: title, header/footer leftovers                                                      (zones.ts)
//   8. dateline, outlet and the byline's name                             (dateline.ts, outlet.ts, byline.ts)
import type { RemovedBlock } from "../../core/types.js";
import type { TemplateMemory } from "../templates/index.js";
import { markAppeals, markCaptions, markRelatedLists, markSyndication } from "./context.js";
import { bylineName } from "./byline.js";
import { findDateline } from "./dateline.js";
import { isHeadlineLike, isStrongBody } from "./features.js";
import { sameKey, setText, splitLines, type Line } from "./lines.js";
import { headerMasthead, outletCandidates, pickOutlet } from "./outlet.js";
import { rejoinSplitSentences } from "./rejoin.js";
import { lineRule } from "./rules.js";
import { bodyBounds, findTitle, markMenus, trimZones } from "./zones.js";

/** Votes of a header masthead: more than any one widget cue (at most 3). */
const MASTHEAD_VOTES = 4;

export type { RemovedBlock };
export { cleanTexts, type BatchText, type CleanTextsOptions } from "./batch.js";
export { InMemoryTemplateMemory, type TemplateMemory } from "../templates/index.js";

/** Options for {@link cleanText}. */
export interface CleanTextOptions {
  /**
   * Per-outlet template memory. When given together with `outlet`, lines this outlet printed in many other
   * articles are removed (reason `template`). Batch use: `observe` every article first, then clean each.
   */
  templates?: TemplateMemory;
  /** The outlet or domain the text comes from: the key of the template memory. */
  outlet?: string | null;
  /**
   * Take the first headline-like line as the title and drop it from the body (default true). Pass false when
   * cleaning a body that an HTML extractor already separated from its title, so a leading heading stays.
   */
  title?: boolean;
  /**
   * The title a reader already found (a JSONL field, a feed item's title). With it, only a line near the top
   * that says the same is taken as the title; any other first line is body, so a one-line record keeps its text.
   */
  titleHint?: string | null;
}

/** What {@link cleanText} found: the clean body and what it took out, and why. */
export interface CleanTextResult {
  /** The clean body: one paragraph per line, joined by `\n`. */
  text: string;
  /** Every removed line, in document order, with a reason (`caption`, `credit`, `ad-marker`, `template`...). */
  removed: RemovedBlock[];
  /** The first headline-like line before the body, or null. */
  title: string | null;
  /** The place of a dateline opening the first paragraph ("JAKARTA"), or null. */
  dateline: string | null;
  /** An outlet the text names itself ("A message from X", "Text by: X", "(c) X"), or null. */
  outlet: string | null;
  /** The author a removed byline line names ("By Jane Doe" -> "Jane Doe"); absent when there is none. */
  byline?: string;
}

/**
 * Marks every later copy of a prose paragraph that appeared before as `duplicate`. Short structured lines
 * (list items, table rows, labels) legitimately repeat and are left alone.
 */
function markDuplicates(lines: Line[]): void {
  const seen = new Set<string>();
  for (const l of lines) {
    if (l.reason !== null || l.merged || !isStrongBody(l.f) || /^[-–•*·|]/u.test(l.text)) continue;
    const key = sameKey(l.text);
    if (seen.has(key)) l.reason = "duplicate";
    else seen.add(key);
  }
}

/** Compares titles regardless of case, spacing and closing punctuation. */
function titleKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").replace(/[\s.:;!?·|–—-]+$/u, "").trim();
}

/**
 * Equal, or one is the other with a site name or kicker added ("Bridge to close" / "Bridge to close - The
 * Ledger"): the shorter one is at least three words and most of the longer one.
 */
function sameTitle(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.split(" ").length >= 3 && short.length >= long.length * 0.6 && (long.startsWith(short) || long.endsWith(short));
}

/** The index of the line among the first few (up to the first paragraph) that repeats the known title, or -1. */
function findHintedTitle(lines: Line[], firstBody: number, hint: string): number {
  const limit = firstBody < 0 ? lines.length : firstBody + 1;
  let seen = 0;
  for (let i = 0; i < limit && seen < 6; i++) {
    const l = lines[i]!;
    if (l.merged) continue;
    seen++;
    if (l.reason === null && sameTitle(titleKey(l.text), hint)) return i;
  }
  return -1;
}

/**
 * Cleans scraped plain text: removes boilerplate (captions, credits, ad markers, appeals, related links, tags,
 * reading times, navigation, repeated paragraphs and per-outlet template lines), rejoins sentences split
 * around links, and reports the title, dateline and self-named outlet. Pure and linear in the text length.
 */
export function cleanText(text: string, opts: CleanTextOptions = {}): CleanTextResult {
  const lines = splitLines(text);
  const votes = new Map<string, number>();

  const { templates, outlet } = opts;
  if (templates && outlet) {
    for (const l of lines) if (templates.isTemplate(outlet, l.text)) l.reason = "template";
  }
  for (const l of lines) if (l.reason === null) l.reason = lineRule(l.text, l.f);
  markCaptions(lines);
  markAppeals(lines);
  markRelatedLists(lines);
  markMenus(lines);
  markSyndication(lines);

  // The first line is left whole when it is a headline: nothing after it continues it.
  const first = lines.findIndex((l) => l.reason === null);
  const protectedIndex = first >= 0 && isHeadlineLike(lines[first]!.text, lines[first]!.f) ? first : -1;
  rejoinSplitSentences(lines, protectedIndex);
  for (const l of lines) if (l.reason === null && !l.merged && l.f.nWords === 0) l.reason = "navigation";
  markDuplicates(lines);

  let [firstBody, lastBody] = bodyBounds(lines);
  let title: string | null = null;
  if (opts.title !== false) {
    const hint = opts.titleHint?.trim() ? titleKey(opts.titleHint) : null;
    const t = hint === null ? findTitle(lines, firstBody) : findHintedTitle(lines, firstBody, hint);
    if (t >= 0) {
      title = lines[t]!.text;
      lines[t]!.reason = "title";
      [firstBody, lastBody] = bodyBounds(lines);
    }
  }
  trimZones(lines, firstBody, lastBody);

  // Dateline: at the start of the first kept paragraph.
  let dateline: string | null = null;
  const removed: RemovedBlock[] = [];
  const body: string[] = [];
  for (const l of lines) {
    if (l.merged) continue;
    if (l.reason !== null) {
      // Self-references sit in short widget lines; long removed paragraphs (duplicates) are not scanned.
      if (l.text.length <= 300) outletCandidates(l.text, true, votes);
      removed.push({ text: l.text, reason: l.reason });
      continue;
    }
    if (body.length === 0) {
      const d = findDateline(l.text);
      if (d) {
        dateline = d.place;
        removed.push({ text: d.prefix, reason: "dateline" });
        setText(l, l.text.slice(l.text.indexOf(d.prefix) + d.prefix.length).trimStart());
      }
    }
    body.push(l.text);
  }
  let byline: string | null = null;
  for (const l of lines) {
    if (l.reason === "byline" && !l.merged) byline = bylineName(l.text);
    if (byline !== null) break;
  }
  // The masthead under the headline names the outlet more surely than any widget line.
  const header = lines.filter((l) => !l.merged).slice(0, 8);
  const masthead = headerMasthead(
    header.map((l) => l.text),
    header.map((l) => l.reason),
  );
  if (masthead !== null) votes.set(masthead, (votes.get(masthead) ?? 0) + MASTHEAD_VOTES);
  const result: CleanTextResult = { text: body.join("\n"), removed, title, dateline, outlet: pickOutlet(votes) };
  if (byline !== null) result.byline = byline;
  return result;
}
