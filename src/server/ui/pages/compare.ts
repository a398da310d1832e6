import type { Analysis } from "../../../core/types.js";
import type { StoredArticle } from "../../../store/types.js";
import { html, type Raw } from "../html.js";
import { page } from "../layout.js";

interface Unit {
  text: string;
  start: number;
  end: number;
  terms: Set<string>;
}

/** Sentences of an article as comparable units (falls back to lines when the analysis has none). */
function units(a: StoredArticle, an: Analysis | null): Unit[] {
  const spans = an && an.sentences.length ? an.sentences.map((s) => ({ start: s.start, end: s.end })) : lineSpans(a.text);
  return spans.map(({ start, end }) => {
    const text = a.text.slice(start, end);
    const terms = new Set((text.toLowerCase().match(/\p{L}{4,}|\p{N}+/gu) ?? []).map((w) => w.slice(0, 6)));
    return { text, start, end, terms };
  });
}

function lineSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

/**
 * Aligns the sentences of several articles: rows hold passages the first article shares with each
 * other one (overlap of word prefixes above a bar), then the rest of each article in order.
 */
export function comparePage(items: { article: StoredArticle; analysis: Analysis | null }[]): string {
  const us = items.map((it) => units(it.article, it.analysis));
  const used = us.map(() => new Set<number>());
  const rows: Raw[] = [];
  const cell = (i: number, u: Unit | undefined): Raw =>
    u ? html`<div><a class="small" href="/articles/${encodeURIComponent(items[i]!.article.id)}?hl=${u.start}-${u.end}#c-${u.start}-${u.end}">${u.text}</a></div>` : html`<div></div>`;
  us[0]!.forEach((u, k) => {
    const match = us.map((other, i) => {
      if (i === 0) return k;
      let best = -1;
      let score = 0.5;
      other.forEach((o, j) => {
        if (used[i]!.has(j)) return;
        const s = overlap(u.terms, o.terms);
        if (s > score) {
          score = s;
          best = j;
        }
      });
      return best;
    });
    const shared = match.slice(1).some((m) => m >= 0);
    if (!shared) return;
    match.forEach((m, i) => m >= 0 && used[i]!.add(m));
    rows.push(html`<div class="pair shared">${match.map((m, i) => cell(i, m >= 0 ? us[i]![m] : undefined))}</div>`);
  });
  const rest = us.map((list, i) => list.filter((_, j) => !used[i]!.has(j)));
  const restRows = Math.max(...rest.map((r) => r.length));
  const tail: Raw[] = [];
  for (let r = 0; r < restRows; r++) tail.push(html`<div class="pair">${rest.map((list, i) => cell(i, list[r]))}</div>`);
  const n = items.length;
  const body = html`<h1>Compare ${n} articles</h1>
  <div class="compare" style="--n:${n}">
    <div class="pair">${items.map((it) => html`<div><strong>${it.article.outlet ?? it.article.id}</strong><br><span class="small">${it.article.title ?? ""}</span></div>`)}</div>
    <h2>Shared passages (${rows.length})</h2>${rows}
    <h2>Only in one article</h2>${tail}
  </div>`;
  return page("Compare", body);
}
