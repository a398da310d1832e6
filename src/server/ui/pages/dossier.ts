import type { Citation, ClaimSupport, Dossier, QuoteVariant } from "../../../dossier/types.js";
import { html, type Raw } from "../html.js";
import { page } from "../layout.js";

/** A link to the cited words in their article; `base` prefixes links for exported files. */
function citeLink(c: Citation, label: string, base = "/articles/"): Raw {
  return html`<a class="cite" href="${base}${encodeURIComponent(c.article)}?hl=${c.start}-${c.end}#c-${c.start}-${c.end}" title="${c.article} [${c.start}–${c.end}]">${label}</a>`;
}

function support(s: ClaimSupport): Raw {
  return html`<div class="side small">“${s.text}” ${citeLink(s, s.outlet ?? s.article)}</div>`;
}

function variant(v: QuoteVariant): Raw {
  return html`<div class="variant small"><div class="muted">${v.outlet ?? v.article}</div>
    <div>“${v.diff.length ? v.diff.map((d) => (d.shared ? html`${d.text}` : html`<span class="diff">${d.text}</span>`)) : v.text}”</div>
    <div>${citeLink(v, "open in article")}</div></div>`;
}

/** Shows the first `n` items and folds the rest behind a "show more" disclosure, so long stories stay readable. */
function firstThenMore<T>(items: T[], n: number, render: (t: T) => Raw, label = "more"): Raw {
  if (items.length <= n) return html`${items.map(render)}`;
  return html`${items.slice(0, n).map(render)}<details class="more"><summary>Show ${items.length - n} ${label}</summary>${items.slice(n).map(render)}</details>`;
}

/** The story page: the whole dossier, every statement linked to the words that back it. */
export function dossierBody(d: Dossier, base = "/articles/"): Raw {
  const titles = new Map(d.coverage.articles.map((a) => [a.id, a]));
  const corroborated = d.claims.filter((c) => c.status === "corroborated");
  const single = d.claims.filter((c) => c.status === "single-source");
  const maxDay = Math.max(1, ...d.coverage.growth.map((g) => g.articles));
  return html`
  <h1>${d.headline}</h1>
  <p class="muted small">${d.coverage.articles.length} articles · ${d.coverage.independentSources} independent source${d.coverage.independentSources === 1 ? "" : "s"} · ${d.events.length} event${d.events.length === 1 ? "" : "s"}${d.coverage.first ? html` · first: ${d.coverage.first.outlet ?? d.coverage.first.article} on ${d.coverage.first.published.slice(0, 10)}` : ""}</p>
  <div class="grid">
  <div>
    <section class="card summary" aria-labelledby="h-summary"><h2 id="h-summary">Summary</h2>
      <ol>${d.summary.map((s, i) => html`<li>${s.text} ${citeLink(s, `[${i + 1}] ${titles.get(s.article)?.outlet ?? s.article}`, base)}</li>`)}</ol>
    </section>
    ${d.contradictions.length ? html`<section class="card" aria-labelledby="h-conf"><h2 id="h-conf">Where sources disagree</h2>
      ${d.contradictions.map((c) => html`<div class="conflict"><strong>${c.about}</strong> <span class="chip warn">${c.kind}</span>
        ${c.sides.map((s) => html`<div class="side"><em>${s.label}</em>${s.citations.map(support)}</div>`)}</div>`)}</section>` : ""}
    <section class="card" aria-labelledby="h-claims"><h2 id="h-claims">Corroborated claims (${corroborated.length})</h2>
      ${firstThenMore(corroborated, 10, (c) => html`<div class="claim corroborated"><div>${c.text} <span class="chip ok">${c.independentSources} sources</span></div>${c.support.map(support)}</div>`, "more corroborated claims")}
      <details class="more"><summary><strong>Single-source claims (${single.length})</strong></summary>
      ${single.map((c) => html`<div class="claim single-source"><div>${c.text}</div>${c.support.map(support)}</div>`)}</details>
    </section>
    <section class="card" aria-labelledby="h-quotes"><h2 id="h-quotes">Quotes as each outlet printed them</h2>
      ${d.quotes.groups.length === 0 ? html`<p class="muted small">No utterance was printed by more than one outlet.</p>` : ""}
      ${firstThenMore(d.quotes.groups, 8, (g) => html`<div class="claim"><strong>${g.speaker ?? "Unknown speaker"}</strong>
        <div class="cols" style="grid-template-columns: repeat(${Math.min(g.variants.length, 3)}, 1fr)">${g.variants.map(variant)}</div></div>`, "more quote groups")}
      ${d.quotes.single.length ? html`<details class="more"><summary><strong>Quotes only one outlet printed (${d.quotes.single.length})</strong></summary><ul class="small">${d.quotes.single.map((q) => html`<li>“${q.text}” — ${q.speaker ?? "unknown"} ${citeLink(q, q.outlet ?? q.article, base)}</li>`)}</ul></details>` : ""}
    </section>
  </div>
  <aside>
    <section class="card" aria-labelledby="h-out"><h2 id="h-out">Outlets</h2>
      <table class="outlets"><thead><tr><th>Outlet</th><th>Articles</th><th>First</th></tr></thead><tbody>
      ${d.coverage.outlets.map((o) => html`<tr><td>${o.outlet}</td><td>${o.articles.map((id, i) => html`${i ? ", " : ""}<a href="${base}${encodeURIComponent(id)}">${i + 1}</a>`)}</td><td>${o.first?.slice(0, 10) ?? ""}</td></tr>`)}
      </tbody></table>
      ${d.coverage.growth.length ? html`<p class="small muted">Coverage by day</p>${d.coverage.growth.map((g) => html`<div class="small">${g.date} <span class="bar" style="width:${Math.round((g.articles / maxDay) * 120)}px"></span> ${g.articles}</div>`)}` : ""}
    </section>
    <section class="card" aria-labelledby="h-tl"><h2 id="h-tl">Timeline</h2>
      <ul class="timeline small">${firstThenMore(d.timeline, 12, (t) => html`<li><span>${t.date}</span><span>${t.text} ${t.citations.map((c) => citeLink(c, c.outlet ?? c.article, base))}</span></li>`, "more dates")}</ul>
    </section>
    <section class="card" aria-labelledby="h-ent"><h2 id="h-ent">People and organisations</h2>
      <ul class="small">${firstThenMore(d.entities.filter((e) => e.type !== "place"), 15, (e) => html`<li><strong>${e.name}</strong>${e.roles.length ? `, ${e.roles.join(", ")}` : ""} <span class="muted">${e.mentions} mentions${e.quoted ? `, quoted ${e.quoted}× by ${e.quotedBy.join(", ")}` : ""}</span></li>`, "more")}</ul>
    </section>
    ${d.framing.length ? html`<section class="card" aria-labelledby="h-fr"><h2 id="h-fr">Only one outlet says</h2>
      ${d.framing.map((f) => html`<details class="more small"><summary><strong>${f.outlet}</strong> (${f.items.length})</summary><ul>${f.items.map((it) => html`<li>${it.text} ${citeLink(it.citation, "↗", base)}</li>`)}</ul></details>`)}</section>` : ""}
    <section class="card"><h2>Compare</h2>
      <form action="/compare" method="get"><div class="small">${d.coverage.articles.map((a, i) => html`<label style="display:block"><input type="checkbox" name="ids" value="${a.id}"${i < 2 ? html` checked` : ""}> ${a.outlet ?? a.id}: ${a.title ?? a.id}</label>`)}</div>
      <button type="submit">Compare side by side</button></form>
    </section>
  </aside>
  </div>`;
}

export function dossierPage(d: Dossier): string {
  return page(d.headline, dossierBody(d));
}
