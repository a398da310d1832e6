/**
 * Schema.org JSON-LD: the article object a page describes itself with (headline, dates,
 * author, publisher). Broken JSON is ignored; `@graph` containers and arrays are walked.
 */

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
  url: string | null;
  inLanguage: string | null;
}

const ARTICLE_TYPE = /article|posting|report|newsarticle|blog|review|story/i;

type Obj = Record<string, unknown>;

function str(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === "object" && "@value" in v) return str((v as Obj)["@value"]);
  return null;
}

/** A person/organization name from a string, an object or an array of them. */
function names(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (Array.isArray(v)) {
    const all = v.map(names).filter((x): x is string => x !== null);
    return all.length > 0 ? all.join(", ") : null;
  }
  if (v && typeof v === "object") return str((v as Obj).name);
  return null;
}

function types(o: Obj): string {
  const t = o["@type"];
  return Array.isArray(t) ? t.join(" ") : typeof t === "string" ? t : "";
}

/** Every object in the JSON-LD documents, flattened (bounded, so a huge graph stays cheap). */
function objects(docs: string[]): Obj[] {
  const out: Obj[] = [];
  for (const d of docs) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(d.trim().replace(/^<!--|-->$/g, ""));
    } catch {
      continue;
    }
    const queue: unknown[] = [parsed];
    while (queue.length > 0 && out.length < 500) {
      const v = queue.shift();
      if (Array.isArray(v)) queue.push(...v);
      else if (v && typeof v === "object") {
        out.push(v as Obj);
        const g = (v as Obj)["@graph"];
        if (g !== undefined) queue.push(g);
        const main = (v as Obj).mainEntity;
        if (main !== undefined) queue.push(main);
      }
    }
  }
  return out;
}

/** The article JSON-LD describes, or the best partial information it gives. */
export function readJsonLd(docs: string[]): JsonLdArticle {
  const res: JsonLdArticle = { headline: null, datePublished: null, author: null, publisher: null, url: null, inLanguage: null };
  const objs = objects(docs);
  // Article-typed objects first, then anything else (WebPage often carries the date).
  const ordered = [...objs.filter((o) => ARTICLE_TYPE.test(types(o))), ...objs.filter((o) => !ARTICLE_TYPE.test(types(o)))];
  for (const o of ordered) {
    const t = types(o);
    if (/^(?:Person|Organization|ImageObject|BreadcrumbList|ListItem|SiteNavigationElement|WebSite|SearchAction)$/i.test(t)) continue;
    res.headline ??= str(o.headline) ?? (ARTICLE_TYPE.test(t) ? str(o.name) : null);
    res.datePublished ??= str(o.datePublished) ?? str(o.dateCreated);
    res.author ??= names(o.author) ?? names(o.creator);
    res.publisher ??= names(o.publisher) ?? names(o.sourceOrganization);
    res.url ??= ARTICLE_TYPE.test(t) ? str(o.url) ?? str(o.mainEntityOfPage) : null;
    res.inLanguage ??= str(o.inLanguage);
  }
  if (res.publisher === null) {
    const org = objs.find((o) => /^(?:Organization|NewsMediaOrganization)$/i.test(types(o)));
    if (org) res.publisher = str(org.name);
  }
  return res;
}
