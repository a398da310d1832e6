#!/usr/bin/env node
// Writes the two French pages of the sample corpus in the legacy charsets their <meta> declares
// (windows-1252 and ISO-8859-1), so that readers are tested on real non-UTF-8 bytes.
// The editable UTF-8 sources live in examples/build/*.html.src. Run once after editing them:
//   node examples/make-encoded.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import iconv from "iconv-lite";

const here = dirname(fileURLToPath(import.meta.url));
const pages = [
  { src: "courrier-explosion-port-calloway.html.src", out: "courrier-explosion-port-calloway.html", charset: "windows-1252" },
  { src: "courrier-epave-corvan.html.src", out: "courrier-epave-corvan.html", charset: "ISO-8859-1" },
];

for (const page of pages) {
  const text = readFileSync(join(here, "build", page.src), "utf8");
  if (!text.toLowerCase().includes(`charset=${page.charset.toLowerCase()}`)) {
    throw new Error(`${page.src}: its <meta> does not declare ${page.charset}`);
  }
  const bytes = iconv.encode(text, page.charset);
  // iconv-lite silently writes '?' for characters the charset lacks: refuse instead of corrupting the page.
  if (iconv.decode(bytes, page.charset) !== text) {
    throw new Error(`${page.src}: contains characters that ${page.charset} cannot encode`);
  }
  writeFileSync(join(here, "corpus", "html", page.out), bytes);
  console.log(`wrote corpus/html/${page.out} (${page.charset}, ${bytes.length} bytes)`);
}
