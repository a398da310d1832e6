import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { SHARED_DIR, NO_SHARED } from "../helpers/shared.js";
import { readArticles, isArticle } from "../../src/pipeline/read.js";
import { analyze, linkEntities } from "../../src/nlp/index.js";
import type { Analysis } from "../../src/core/types.js";

interface Gold {
  entities: Record<string, string[] | string>;
  dates: { items: { id: string; expression: string; resolved: string }[] };
}

async function load(): Promise<{ gold: Gold; texts: Map<string, string>; analyses: Analysis[] }> {
  const dir = join(SHARED_DIR!, "seeds");
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => join(dir, f));
  const analyses: Analysis[] = [];
  const texts = new Map<string, string>();
  for await (const a of readArticles(files)) {
    assert.ok(isArticle(a), "every seed reads");
    texts.set(a.id, a.text);
    analyses.push(analyze(a));
  }
  const gold = JSON.parse(readFileSync(join(SHARED_DIR!, "gold", "seeds.json"), "utf8")) as Gold;
  return { gold, texts, analyses };
}

/** Every occurrence of an alias, also inside words the scrape glued together (`conclusionsX`, `Xtold`). */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

test("seeds: every gold entity alias resolves to one entity within and across articles", { skip: SHARED_DIR ? false : NO_SHARED }, async () => {
  const { gold, texts, analyses } = await load();
  const links = linkEntities(analyses);
  const linkOf = new Map<string, number>();
  links.forEach((l, li) => {
    for (const a of l.articles) for (const e of a.entities) linkOf.set(`${a.id}/${e}`, li);
  });
  const used = new Map<number, string>();
  let checked = 0;
  for (const [name, aliases] of Object.entries(gold.entities)) {
    if (!Array.isArray(aliases)) continue;
    const found = new Set<number>();
    for (const an of analyses) {
      const text = texts.get(an.id)!;
      for (const alias of aliases) {
        for (const at of occurrences(text, alias)) {
          const hits = an.entities.filter((e) => e.mentions.some((m) => m.start < at + alias.length && at < m.end));
          assert.ok(hits.length > 0, `${an.id}: "${alias}" at ${at} has a mention`);
          for (const e of hits) found.add(linkOf.get(`${an.id}/${e.id}`)!);
          checked++;
        }
      }
    }
    assert.equal(found.size, 1, `${name}: one story entity (got ${[...found].map((i) => links[i]!.name).join(", ")})`);
    const li = [...found][0]!;
    assert.ok(!used.has(li), `${name} and ${used.get(li)} are kept apart`);
    used.set(li, name);
  }
  assert.ok(checked > 20, `checked ${checked} alias occurrences`);
});

test("seeds: every gold date expression is resolved", { skip: SHARED_DIR ? false : NO_SHARED }, async () => {
  const { gold, texts, analyses } = await load();
  for (const item of gold.dates.items) {
    const an = analyses.find((a) => a.id === item.id)!;
    const text = texts.get(item.id)!;
    const at = text.indexOf(item.expression);
    assert.ok(at >= 0, `${item.id}: "${item.expression}" is in the clean text`);
    const hits = an.dates.filter((d) => d.start < at + item.expression.length && at < d.end);
    assert.ok(hits.length > 0, `${item.id}: "${item.expression}" is found`);
    for (const d of hits) assert.ok(d.resolved?.endsWith(`-${item.resolved}`), `${item.id}: "${d.text}" -> ${d.resolved}, want ${item.resolved}`);
  }
});
