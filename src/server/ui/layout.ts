import { html, type Raw } from "./html.js";

/** The page shell shared by every UI page: header with search, main content, keyboard help. */
export function page(title: string, body: Raw, opts: { query?: string } = {}): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · newsfold</title>
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <a class="brand" href="/">newsfold</a>
  <form class="search" action="/" method="get" role="search">
    <label for="q" class="sr">Search stories</label>
    <input id="q" name="q" type="search" placeholder="Search stories and articles  ( / )" value="${opts.query ?? ""}" autocomplete="off">
    <button type="submit">Search</button>
  </form>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="foot">Keys: <kbd>/</kbd> search · <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>Enter</kbd> open · <kbd>g</kbd> stories</footer>
<script src="/assets/app.js" defer></script>
</body>
</html>`.value;
}
