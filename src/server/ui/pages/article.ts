import type { Analysis, ClusterAssignment } from "../../../core/types.js";
import type { StoredArticle } from "../../../store/types.js";
import { html, type Raw } from "../html.js";
import { page } from "../layout.js";

/**
 * Renders an article body as paragraphs, wrapping the cited span `[hlStart, hlEnd)` in <mark> so
 * a citation click lands on the very words the dossier quoted.
 */
export function articleBody(text: string, hl: { start: number; end: number } | null): Raw {
  const paras: Raw[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    if (line.trim() === "") continue;
    if (hl && hl.start < end && hl.end > start) {
      const a = Math.max(hl.start, start) - start;
      const b = Math.min(hl.end, end) - start;
      paras.push(html`<p id="p-${start}">${line.slice(0, a)}<mark data-cited id="c-${hl.start}-${hl.end}">${line.slice(a, b)}</mark>${line.slice(b)}</p>`);
    } else paras.push(html`<p id="p-${start}">${line}</p>`);
  }
  return html`${paras}`;
}

/** The article page: metadata, body with an optional highlighted citation, removed boilerplate on demand. */
export function articlePage(a: StoredArticle, analysis: Analysis | null, assignment: ClusterAssignment | null, hl: { start: number; end: number } | null): string {
  const meta = [a.outlet, a.byline, a.published?.slice(0, 10), a.dateline, a.language].filter(Boolean).join(" · ");
  const body = html`
  <p class="small"><a href="${assignment ? `/stories/${encodeURIComponent(assignment.story)}` : "/"}">← ${assignment ? "back to the story" : "stories"}</a></p>
  <h1>${a.title ?? a.id}</h1>
  <p class="muted small">${meta}${a.url ? html` · <a href="${a.url}" rel="noopener noreferrer">source</a>` : ""}${assignment?.duplicate_of ? html` · copy of <a href="/articles/${encodeURIComponent(assignment.duplicate_of)}">${assignment.duplicate_of}</a>` : ""}</p>
  <div class="grid">
    <article class="card article-text">${articleBody(a.text, hl)}</article>
    <aside>
      ${analysis && analysis.entities.length ? html`<div class="card"><h2>People, organisations, places</h2><ul class="small">${analysis.entities.slice(0, 30).map((e) => html`<li>${e.name} <span class="muted">(${e.type}, ${e.mentions.length}×)</span></li>`)}</ul></div>` : ""}
      ${analysis && analysis.quotes.length ? html`<div class="card"><h2>Quotes</h2><ul class="small">${analysis.quotes.slice(0, 30).map((q) => html`<li><a href="?hl=${q.start}-${q.end}#c-${q.start}-${q.end}">“${q.text.length > 140 ? q.text.slice(0, 140) + "…" : q.text}”</a> <span class="muted">— ${q.speaker?.name ?? "unknown"} (${q.kind})</span></li>`)}</ul></div>` : ""}
      ${assignment?.explanation ? html`<div class="card"><h2>Why it is in this event</h2><p class="small">${assignment.explanation.decision}, similarity ${assignment.explanation.similarity.toFixed(2)} (threshold ${assignment.explanation.threshold.toFixed(2)})</p><p class="small">Shared: ${[...assignment.explanation.sharedEntities, ...assignment.explanation.sharedTerms].slice(0, 15).join(", ")}</p></div>` : ""}
    </aside>
  </div>
  <details class="removed card"><summary>Removed boilerplate (${a.removed.length})</summary>
    <ul>${a.removed.map((r) => html`<li><span class="chip">${r.reason}</span> ${r.text}</li>`)}</ul>
  </details>`;
  return page(a.title ?? a.id, body);
}
