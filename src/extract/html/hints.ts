/**
 * Class/id/role hints: words page authors use to name content and boilerplate containers.
 * Each negative hint carries the removal reason a reader sees in `removed`.
 */

/** Names of containers that usually hold the article. */
export const POSITIVE_HINT = /(?:^|[\s_-])(?:article|body|content|story|entry|post|text|main|blog|prose|rich-?text|articlebody|page-content)(?:$|[\s_-]|body|content|text)/;

/**
 * Negative hints, most specific first; the first match names the reason. Each is tested
 * against one class/id token at a time, so that taxonomy markers on the article itself
 * (`category-news`, `tag-election`, `has-ads`) do not condemn it.
 */
export const NEGATIVE_HINTS: readonly { re: RegExp; reason: string }[] = [
  { re: /cookie|consent|gdpr|privacy-?banner/, reason: "cookie-notice" },
  { re: /newsletter|subscribe|subscription|signup|sign-up|paywall|donat|membership|support-us/, reason: "newsletter" },
  { re: /^(?:comments?|comment-.*|.*-comments?|disqus.*|discussion|respond|replies|reply)$/, reason: "comments" },
  { re: /^(?:share|sharing|.*-share|share-.*|.*-sharing|social.*|.*-social|sociable|addthis.*|sharedaddy|print-?email)$/, reason: "share-bar" },
  { re: /^(?:related.*|.*-related.*|recommend.*|.*-recommend.*|more-?stories|read-?more|read-?next|also-?read|trending.*|popular.*|most-?read|outbrain.*|taboola.*|teasers?|further-?reading|next-?post|prev-?post|post-?nav.*|pagination|nav-?links|more-from.*)$/, reason: "related-links" },
  { re: /^(?:ad|ads|adv|advert|advertisement|ad-?slot.*|ad-?unit.*|ad-?container|ad-?wrapper|ad-?box|adsense|dfp.*|gpt-.*|sponsor.*|promo|promos|promotion|affiliate.*|banner-?ad|ad-banner)$/, reason: "ad" },
  { re: /caption|^credit|-credit$|photo-?by|image-?source/, reason: "caption" },
  { re: /author-?bio|about-?the-?author|author-?box|author-?info|^byline|-byline$|bio-?box|contributor/, reason: "author-bio" },
  { re: /breadcrumb|crumbs/, reason: "navigation" },
  { re: /^(?:nav|navbar|navigation|.*-nav|nav-.*|.*-navigation|menu|.*-menu|menu-.*|masthead|skip-?link.*|topbar|toolbar|header|site-?header|.*-header|footer|site-?footer|.*-footer|footer-.*|copyright|legal)$/, reason: "navigation" },
  { re: /^(?:sidebar.*|.*-sidebar|side-?bar|widget.*|.*-widget|aside|rail|.*-rail|sidebox)$/, reason: "sidebar" },
  { re: /^(?:tags|tag-?list|tags-?list|post-?tags|entry-?tags|tag-?cloud|categories|post-?categories|cat-?links|tags-?links|topics|keywords|post-?meta|entry-?meta|article-?meta|meta|metadata|entry-?footer|post-?footer)$/, reason: "meta" },
  { re: /^(?:modal|popup|overlay|hidden|sr-only|visually-?hidden|screen-?reader.*|offscreen)$/, reason: "hidden" },
];

const reasonCache = new Map<string, string | null>();

/** The reason of the first negative hint one of `hint`'s tokens matches, or null. */
export function negativeReason(hint: string): string | null {
  if (hint.length === 0) return null;
  const cached = reasonCache.get(hint);
  if (cached !== undefined) return cached;
  let found: string | null = null;
  outer: for (const h of NEGATIVE_HINTS) {
    for (const tok of hint.split(/\s+/)) {
      if (tok.length > 0 && h.re.test(tok)) {
        found = h.reason;
        break outer;
      }
    }
  }
  if (reasonCache.size > 10_000) reasonCache.clear();
  reasonCache.set(hint, found);
  return found;
}

/** True when `hint` names a content container. */
export function isPositive(hint: string): boolean {
  return hint.length > 0 && POSITIVE_HINT.test(hint);
}

/** Tags that are boilerplate by their nature, with their reason. */
export const BOILERPLATE_TAGS: ReadonlyMap<string, string> = new Map([
  ["nav", "navigation"],
  ["footer", "navigation"],
  ["aside", "sidebar"],
  ["form", "form"],
  ["menu", "navigation"],
  ["dialog", "hidden"],
  ["figcaption", "caption"],
  ["header", "header"],
]);

/** Text patterns of boilerplate lines whatever their markup. */
export const BOILERPLATE_TEXT = /^(?:advertisement|advertising|sponsored(?: content)?|share(?: this)?(?: article| story| on .*)?|tweet|email|print|read more|read next|continue reading|related(?: articles| stories| posts)?|more from .*|sign up.*|subscribe.*|follow us.*|all rights reserved.*|©.*|copyright.*|photo: .*|image: .*|credit: .*|getty images|reuters|ap photo.*|skip to (?:main )?content|loading\.*|comments?|leave a (?:comment|reply)|you may also like.*|recommended.*|tags?:.*|filed under.*|posted in.*)$/i;
