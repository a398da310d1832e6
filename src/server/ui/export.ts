import type { Dossier } from "../../dossier/types.js";
import type { StoredArticle } from "../../store/types.js";
import { html } from "./html.js";
import { page } from "./layout.js";
import { dossierBody } from "./pages/dossier.js";
import { articleBody } from "./pages/article.js";

/**
 * A self-contained HTML file of a dossier: the dossier page followed by its articles, so that
 * every citation link resolves inside the file (anchors `#article-ID`).
 */
export function exportDossierHtml(d: Dossier, articles: StoredArticle[]): string {
  const body = html`${dossierBody(d, "#article-")}
  <h2>Articles</h2>
  ${articles.map((a) => html`<article class="card article-text" id="article-${encodeURIComponent(a.id)}"><h3>${a.title ?? a.id}</h3><p class="muted small">${[a.outlet, a.published?.slice(0, 10), a.url].filter(Boolean).join(" · ")}</p>${articleBody(a.text, null)}</article>`)}`;
  return page(d.headline, body);
}
