import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { SqliteStore } from "../../src/store/index.js";
import { buildServer } from "../../src/server/app.js";
import { Ingester } from "../../src/pipeline/ingest.js";
import { readInputs } from "../../src/ingest/index.js";
import { REPO_ROOT } from "../helpers/shared.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OUT = join(REPO_ROOT, "test-output", "e2e");

/**
 * Drives headless Chromium against the real server over the bundled sample corpus, ingested by
 * the real pipeline: list, open a story, click a citation, compare two articles, search, keyboard.
 * Screenshots land in test-output/e2e/.
 */
test("e2e: the story desk in a real browser", { skip: existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}`, timeout: 180_000 }, async () => {
  mkdirSync(OUT, { recursive: true });
  const store = new SqliteStore(":memory:");
  await store.migrate();
  const summary = await new Ingester(store).ingest(readInputs([join(REPO_ROOT, "examples", "corpus")]));
  assert.ok(summary.stored >= 40, `sample corpus stored ${summary.stored} articles`);
  const app = await buildServer(store);
  const base = await app.listen({ host: "127.0.0.1", port: 0 });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(base + "/");
    const storyLinks = page.locator("ul.list a.title");
    assert.ok((await storyLinks.count()) >= 8, "at least 8 stories listed");
    await page.screenshot({ path: join(OUT, "1-stories.png"), fullPage: true });

    // Keyboard: "/" focuses search, j selects the first story, Enter opens it.
    await page.keyboard.press("/");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "q");
    await page.locator("#q").blur();
    await page.keyboard.press("j");
    const firstTitle = await storyLinks.first().innerText();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/stories\//);
    assert.equal((await page.locator("h1").innerText()).trim(), firstTitle.trim());
    await page.screenshot({ path: join(OUT, "2-story.png"), fullPage: true });

    // A summary citation opens its article with the cited words marked.
    const cite = page.locator(".summary a.cite").first();
    assert.ok((await cite.count()) > 0, "summary has citations");
    await cite.click();
    await page.waitForURL(/\/articles\/.*hl=/);
    const mark = page.locator("mark[data-cited]");
    assert.equal(await mark.count(), 1);
    assert.ok((await mark.innerText()).length > 10);
    await page.screenshot({ path: join(OUT, "3-citation.png"), fullPage: true });

    // Compare two articles of the story.
    await page.goBack();
    await page.locator("form[action='/compare'] button").click();
    await page.waitForURL(/\/compare/);
    assert.match(await page.locator("h1").innerText(), /Compare 2 articles/);
    await page.screenshot({ path: join(OUT, "4-compare.png"), fullPage: true });

    // Search from the header.
    const word = firstTitle.split(/\s+/).find((w) => w.length > 5) ?? firstTitle.split(/\s+/)[0]!;
    await page.fill("#q", word.replace(/[^\p{L}\p{N}]/gu, ""));
    await page.press("#q", "Enter");
    await page.waitForURL(/\?q=/);
    assert.ok((await page.locator("ul.list a.title").count()) >= 1, `search for ${word} finds a story`);
    await page.screenshot({ path: join(OUT, "5-search.png"), fullPage: true });

    // Readable on a phone.
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.goto(base + "/");
    await phone.locator("ul.list a.title").first().click();
    await phone.waitForURL(/\/stories\//);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 2, `no horizontal scroll on a phone (overflow ${overflow}px)`);
    await phone.screenshot({ path: join(OUT, "6-phone-story.png"), fullPage: true });
  } finally {
    await browser?.close();
    await app.close();
    await store.close();
  }
});
