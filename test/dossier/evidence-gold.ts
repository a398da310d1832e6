/**
 * Gold claims checked by where their sources printed them. Sets whose gold gives each source's
 * exact span (`evidence`) can be judged without comparing the dossier's wordings to the gold's
 * English paraphrase, which no translated source can meet: a claim is found when the dossier holds
 * the span's sentence, and grouped right when one claim holds every source's span.
 */
import type { Article } from "../../src/core/types.js";
import type { Dossier } from "../../src/dossier/index.js";

/** One source's printing of a gold claim: an exact substring of its body, whitespace collapsed. */
export interface Evidence {
  article: string;
  text: string;
}

export interface EvidenceClaim {
  claim: string;
  sources: string[];
  evidence?: Evidence[];
}

export interface EvidenceCheck {
  kind: "corroborated" | "single-source";
  claim: string;
  ok: boolean;
  detail: string;
}

interface Span {
  article: string;
  start: number;
  end: number;
}

/**
 * Where an evidence text sits in its article, as character offsets of the article's own text: the
 * gold collapses whitespace, so the search runs over a collapsed copy mapped back.
 */
export function locate(text: string, evidence: string): { start: number; end: number } | null {
  const at: number[] = [];
  let flat = "";
  for (let i = 0; i < text.length; i++) {
    const ws = /\s/.test(text[i]!);
    if (ws && (flat.length === 0 || flat.endsWith(" "))) continue;
    flat += ws ? " " : text[i]!;
    at.push(i);
  }
  const needle = evidence.replace(/\s+/g, " ").trim();
  const i = flat.indexOf(needle);
  if (i < 0 || needle.length === 0) return null;
  return { start: at[i]!, end: at[i + needle.length - 1]! + 1 };
}

/** Whether a cited span and an evidence span share at least half of the shorter of the two. */
const covers = (c: { article: string; start: number; end: number }, e: Span): boolean => {
  if (c.article !== e.article) return false;
  const shared = Math.min(c.end, e.end) - Math.max(c.start, e.start);
  return shared > 0 && shared >= 0.5 * Math.min(c.end - c.start, e.end - e.start);
};

/**
 * The evidence checks of one story: a corroborated gold claim passes when one corroborated claim
 * cites every source's span; a single-source one when some claim cites its span and every claim
 * that does is single-source. `original(id)` names the article a copy is counted under (its span
 * is looked for there). Gold claims without evidence, or whose spans cannot be found, are left out.
 */
export function checkEvidence(d: Dossier, articles: Article[], corroborated: EvidenceClaim[], single: EvidenceClaim[], original: (id: string) => string = (id) => id): EvidenceCheck[] {
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const spansOf = (g: EvidenceClaim): Span[] | null => {
    const out: Span[] = [];
    for (const e of g.evidence ?? []) {
      const article = original(e.article);
      const at = locate(texts.get(article) ?? "", e.text);
      if (at) out.push({ article, ...at });
    }
    return out.length ? out : null;
  };
  const out: EvidenceCheck[] = [];
  for (const g of corroborated) {
    const spans = spansOf(g);
    if (!spans) continue;
    const sources = [...new Set(spans.map((s) => s.article))];
    // Each source's spans: any one of them cited by the claim is that source's telling.
    const hit = d.claims.find((c) => c.status === "corroborated" && sources.every((src) => spans.some((e) => e.article === src && c.support.some((s) => covers(s, e)))));
    const where = sources.map((src) => `${src} ${d.claims.filter((c) => spans.some((e) => e.article === src && c.support.some((s) => covers(s, e)))).map((c) => c.id).join("+") || "-"}`);
    out.push({ kind: "corroborated", claim: g.claim, ok: !!hit, detail: hit ? `claim ${hit.id}` : `claims citing each source's span: ${where.join(", ")}` });
  }
  for (const g of single) {
    const spans = spansOf(g);
    if (!spans) continue;
    const holders = d.claims.filter((c) => spans.some((e) => c.support.some((s) => covers(s, e))));
    out.push({
      kind: "single-source",
      claim: g.claim,
      ok: holders.length > 0 && holders.every((c) => c.status === "single-source"),
      detail: holders.map((c) => `${c.id}:${c.status}`).join(", ") || "no claim cites its span",
    });
  }
  return out;
}

/**
 * Claims that mix gold claims: one of the claim's wordings cites a source's span of gold claim X
 * and none of Y, another a span of Y and none of X. The evidence checks only ask that a claim hold
 * every source's span, which a claim swallowing its neighbours also does; this counts the other side.
 * Returns, per mixed claim, its id and the two gold claims.
 */
export function mixedByEvidence(d: Dossier, articles: Article[], claims: EvidenceClaim[], original: (id: string) => string = (id) => id): { id: string; x: string; y: string }[] {
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const located = claims.map((g) => ({
    claim: g.claim,
    spans: (g.evidence ?? []).flatMap((e) => {
      const article = original(e.article);
      const at = locate(texts.get(article) ?? "", e.text);
      return at ? [{ article, ...at }] : [];
    }),
  }));
  const out: { id: string; x: string; y: string }[] = [];
  for (const c of d.claims) {
    // Per wording, the gold claims whose spans it cites.
    const states = c.support.map((s) => new Set(located.filter((g) => g.spans.some((e) => covers(s, e))).map((g) => g.claim)));
    let pair: [string, string] | null = null;
    for (let a = 0; a < states.length && !pair; a++) {
      for (let b = 0; b < states.length && !pair; b++) {
        if (a === b) continue;
        for (const x of states[a]!) {
          if (states[b]!.has(x)) continue;
          const y = [...states[b]!].find((y) => !states[a]!.has(y));
          if (y) {
            pair = [x, y];
            break;
          }
        }
      }
    }
    if (pair) out.push({ id: c.id, x: pair[0], y: pair[1] });
  }
  return out;
}
