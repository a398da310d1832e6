import type { StorySummary } from "../../../store/types.js";
import { html } from "../html.js";
import { page } from "../layout.js";

export interface StoryListView {
  stories: StorySummary[];
  q: string;
  outlet: string;
  from: string;
  to: string;
  outlets: string[];
}

/** The home page: stories with search and date/outlet filters. */
export function storyListPage(v: StoryListView): string {
  const filters = html`<form class="filters" action="/" method="get" aria-label="Filter stories">
    <input type="hidden" name="q" value="${v.q}">
    <label>Outlet <select name="outlet"><option value="">any</option>${v.outlets.map(
      (o) => html`<option${o === v.outlet ? html` selected` : ""}>${o}</option>`,
    )}</select></label>
    <label>From <input type="date" name="from" value="${v.from}"></label>
    <label>To <input type="date" name="to" value="${v.to}"></label>
    <button type="submit">Filter</button>
  </form>`;
  const items = v.stories.map(
    (s) => html`<li>
      <a class="title" href="/stories/${encodeURIComponent(s.id)}">${s.headline}</a>
      <div class="muted small">${s.articles.length} article${s.articles.length === 1 ? "" : "s"} · ${s.outlets.length} outlet${s.outlets.length === 1 ? "" : "s"} · ${s.first_seen ? `first seen ${s.first_seen.slice(0, 10)}` : "undated"}${s.last_update ? ` · last update ${s.last_update.slice(0, 10)}` : ""}</div>
      <div class="chips">${s.outlets.slice(0, 8).map((o) => html`<span class="chip">${o}</span>`)}</div>
    </li>`,
  );
  const heading = v.q ? html`<h1>Stories matching “${v.q}”</h1>` : html`<h1>Stories</h1>`;
  const body = html`${heading}${filters}
  ${v.stories.length === 0 ? html`<p class="muted">No stories${v.q ? " match" : " yet: ingest articles with <code>newsfold ingest</code>"}.</p>` : ""}
  <ul class="list" data-nav>${items}</ul>`;
  return page(v.q ? `Search: ${v.q}` : "Stories", body, { query: v.q });
}
