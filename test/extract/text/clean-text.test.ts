// cleanText on small fictional texts: one test per kind of boilerplate, plus rejoining, duplicates,
// title, dateline and outlet. Every text here is invented for the test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanText } from "../../../src/extract/text/index.js";

const P1 = "The council approved the new budget on Monday after a debate that lasted more than six hours.";
const P2 = "Opposition members said the plan would raise local taxes for the second year in a row.";
const P3 = "The mayor said the spending was needed to repair roads damaged during the winter storms.";

function reasonOf(text: string, line: string): string | undefined {
  return cleanText(text).removed.find((x) => x.text === line)?.reason;
}
function body(text: string): string[] {
  return cleanText(text).text.split("\n");
}

test("ad markers of any bracketed or shouted shape are removed", () => {
  for (const marker of ["[ad_3]", "[advert]", "ADVERTISEMENT", "- Advertisement -", "[sponsored]", "Publicité"]) {
    const text = `${P1}\n${marker}\n${P2}`;
    assert.equal(reasonOf(text, marker), "ad-marker", marker);
    assert.deepEqual(body(text), [P1, P2]);
  }
});

test("reading times are removed; a sentence with minutes is not", () => {
  for (const rt of ["4 min", "3 min read", "Reading time: 5 minutes", "7 minutes"]) {
    assert.equal(reasonOf(`${P1}\n${rt}\n${P2}`, rt), "reading-time", rt);
  }
  const s = "The meeting lasted 45 minutes and ended without a vote on the proposal.";
  assert.deepEqual(body(`${P1}\n${s}`), [P1, s]);
});

test("photo credits and the caption above them are removed", () => {
  const text = `Storm damage closes coastal road\nA fallen tree blocks the coastal road near the harbour.\nPhoto: Mira Stone / AFP\n${P1}\n${P2}`;
  const r = cleanText(text);
  assert.equal(r.removed.find((x) => x.text.startsWith("A fallen tree"))?.reason, "caption");
  assert.equal(r.removed.find((x) => x.text.startsWith("Photo:"))?.reason, "credit");
  assert.deepEqual(r.text.split("\n"), [P1, P2]);
  for (const credit of ["Image by City Archive", "Getty Images - Paul Derrin", "Reuters - Anna Felt", "Credit: Jon Ames"]) {
    assert.equal(reasonOf(`${P1}\n${credit}\n${P2}`, credit), "credit", credit);
  }
});

test("a caption printed twice in a row is removed both times", () => {
  const cap = "Firefighters work through the night at the warehouse on the river bank";
  const r = cleanText(`${P1}\n${cap}\n${cap}\n${P2}`);
  assert.equal(r.removed.filter((x) => x.reason === "caption").length, 2);
  assert.deepEqual(r.text.split("\n"), [P1, P2]);
});

test("calls to action are removed; news about subscriptions and shares is kept", () => {
  for (const cta of [
    "Subscribe to our newsletter for the latest updates",
    "Follow us on social media",
    "Please follow us on every network we are on",
    "Download our app to get breaking news alerts",
    "I subscribe",
    "Sign up now!",
    "Abonnez-vous à notre newsletter",
    "The Lakeside Courier is free to read because readers like you support it. Chip in today.",
    "Our reporting is reader-funded. If you value it, please make a contribution.",
  ]) {
    assert.equal(reasonOf(`${P1}\n${P2}\n${cta}`, cta), "call-to-action", cta);
  }
  for (const news of [
    "Shares in the company fell 4% after it said subscriptions had dropped in the second quarter.",
    "Investors will follow the central bank's decision closely, analysts said.",
    "Market share: 12%",
    "To keep your data safe, follow this backup routine:",
    "The archive said its collection would be free to read online from next year.",
    "\"Readers like you keep us going,\" the editor told the conference.",
  ]) {
    assert.ok(body(`${P1}\n${news}\n${P2}`).includes(news), news);
  }
});

test("a reader appeal block is removed from its salutation to the thanks", () => {
  const appeal = [
    "A note from the editors:",
    "Dear readers,",
    "Independent reporting is expensive and we rely on people like you.",
    "If you can, please support us with a monthly contribution. Every gift matters.",
    "Thank you for reading.",
  ];
  const r = cleanText([P1, P2, P3, ...appeal].join("\n"));
  assert.deepEqual(r.text.split("\n"), [P1, P2, P3]);
  for (const a of appeal) assert.equal(r.removed.find((x) => x.text === a)?.reason, "call-to-action", a);
});

test("read-more labels and the headlines that follow them are removed", () => {
  const text = [
    P1,
    "Read more",
    ": Ferry strike enters its third day",
    P2,
    "See also: Why the bridge repairs are late",
    P3,
    "Related articles",
    "Five Things To Know About The New Budget",
    "Jane Okoro",
    "Schools brace for teacher shortages",
  ].join("\n");
  const r = cleanText(text);
  assert.deepEqual(r.text.split("\n"), [P1, P2, P3]);
  assert.ok(r.removed.filter((x) => x.reason === "related-links").length >= 6);
});

test("read-more does not swallow a body paragraph that follows it", () => {
  const r = cleanText(`${P1}\nKeep reading\n${P2}\n${P3}`);
  assert.deepEqual(r.text.split("\n"), [P1, P2, P3]);
});

test("tag lists: 'Tags:' lines and short bullets after the body", () => {
  const r = cleanText(`${P1}\n${P2}\nTags: budget, council, taxes\n  • Budget\n  • Council`);
  assert.deepEqual(r.text.split("\n"), [P1, P2]);
  assert.equal(r.removed.filter((x) => x.reason === "tag-list").length, 3);
});

test("navigation labels, bylines and 'Source link' are removed", () => {
  const r = cleanText(`Politics\nBy Dana Whitfield\n${P1}\n${P2}\nLeave a comment\nSource link`);
  assert.deepEqual(r.text.split("\n"), [P1, P2]);
  assert.equal(r.removed.find((x) => x.text === "By Dana Whitfield")?.reason, "byline");
  assert.equal(r.removed.find((x) => x.text === "Source link")?.reason, "navigation");
});

test("a sentence split around an inline link is rejoined with one space", () => {
  const text = [
    "The report was written by our correspondent in the capital,",
    "Omar Lindqvist",
    ". Officials declined to comment on its findings.",
    "Exports fell sharply in",
    "three neighbouring provinces",
    ", the ministry said.",
  ].join("\n");
  assert.deepEqual(body(text), [
    "The report was written by our correspondent in the capital, Omar Lindqvist. Officials declined to comment on its findings.",
    "Exports fell sharply in three neighbouring provinces, the ministry said.",
  ]);
});

test("lines ending a sentence are not glued to the next line", () => {
  assert.deepEqual(body(`${P1}\n${P2}`), [P1, P2]);
});

test("a paragraph printed twice is kept once and the copy reported as duplicate", () => {
  const r = cleanText(`${P1}\n${P2}\n${P3}\n${P1}`);
  assert.deepEqual(r.text.split("\n"), [P1, P2, P3]);
  assert.deepEqual(r.removed, [{ text: P1, reason: "duplicate" }]);
});

test("title: the first headline-like line; none when the text opens with a sentence", () => {
  const withTitle = cleanText(`Council Approves Budget After Six-Hour Debate\n${P1}\n${P2}`);
  assert.equal(withTitle.title, "Council Approves Budget After Six-Hour Debate");
  assert.deepEqual(withTitle.text.split("\n"), [P1, P2]);
  const noTitle = cleanText(`${P1}\n${P2}`);
  assert.equal(noTitle.title, null);
  assert.equal(cleanText(`Council Approves Budget\n${P1}`, { title: false }).title, null);
});

test("dateline: upper-case place or place with agency, cut from the first paragraph", () => {
  const a = cleanText(`LISBON - ${P1}\n${P2}`);
  assert.equal(a.dateline, "LISBON");
  assert.equal(a.text.split("\n")[0], P1);
  assert.deepEqual(a.removed, [{ text: "LISBON -", reason: "dateline" }]);
  const b = cleanText(`Oslo (AFP) — ${P1}`);
  assert.equal(b.dateline, "Oslo");
  const c = cleanText(`UPDATE - ${P1}`);
  assert.equal(c.dateline, null);
  const d = cleanText(`${P2}\nROME - ${P1}`);
  assert.equal(d.dateline, null, "only the first paragraph carries a dateline");
});

test("outlet: named by generic self-references, never by a name in a news sentence", () => {
  assert.equal(cleanText(`${P1}\nA Message from The Northern Ledger:\nDear readers,\nPlease support us.\nThank you.`).outlet, "The Northern Ledger");
  assert.equal(cleanText(`${P1}\n© 2023 Harbor Daily. All rights reserved.`).outlet, "Harbor Daily");
  assert.equal(cleanText(`Text by: Westline News Follow\n${P1}`).outlet, "Westline News");
  assert.equal(cleanText(`${P1}\nFollow Metro Wire on Twitter for updates`).outlet, "Metro Wire");
  assert.equal(cleanText(`${P1}\nThe minister told The Evening Standard Gazette that talks would go on.`).outlet, null);
});

test("empty, blank and odd inputs do not throw", () => {
  assert.deepEqual(cleanText(""), { text: "", removed: [], title: null, dateline: null, outlet: null });
  assert.equal(cleanText("\n\n  \r\n\t\n").text, "");
  assert.equal(typeof cleanText("x".repeat(100_000)).text, "string");
  assert.equal(cleanText("[ad_7]").text, "");
});

test("body lines are input lines or joins of them, in order", () => {
  const text = `Title Line Here\n${P1}\n\n${P2}\r\n${P3}\nShare`;
  const r = cleanText(text);
  let at = 0;
  for (const line of r.text.split("\n")) {
    const i = text.indexOf(line, at);
    assert.ok(i >= at, `out of order or invented: ${line}`);
    at = i + line.length;
  }
});

test("copyright lines, ad-slot wording, cookie notices and form fields are removed", () => {
  const cases: Array<[string, string]> = [
    ["Copyright 2024 Lakeside Press. All rights reserved.", "copyright"],
    ["© Northfield Media 2023", "copyright"],
    ["Advertisement - Scroll to continue", "ad-marker"],
    ["Story continues below advertisement", "ad-marker"],
    ["We use cookies to improve your experience. By continuing to use this site you accept our policy.", "site-notice"],
    ["Enter your email address", "call-to-action"],
  ];
  for (const [line, reason] of cases) assert.equal(reasonOf(`${P1}\n${line}\n${P2}`, line), reason, line);
  const news = "Regulators said on Monday that websites must ask users before placing cookies on their devices.";
  assert.ok(body(`${P1}\n${news}`).includes(news));
});

test("datelines with a date or a colon", () => {
  const a = cleanText(`HARBOURTON, May 4 (Reuters) - ${P1}`);
  assert.equal(a.dateline, "HARBOURTON");
  assert.equal(a.text, P1);
  const b = cleanText(`NEW HAVENSTOCK: ${P1}`);
  assert.equal(b.dateline, "NEW HAVENSTOCK");
  assert.equal(cleanText(`BREAKING: ${P1}`).dateline, null);
});

test("a byline with agency and date in the header is removed", () => {
  const r = cleanText(`Council Approves Budget After Long Debate\nBy Rhea Santos, Lakeside Press | March 3, 2024\n${P1}\n${P2}`);
  assert.deepEqual(r.text.split("\n"), [P1, P2]);
  assert.equal(r.removed.find((x) => x.text.startsWith("By Rhea"))?.reason, "byline");
});

test("a lone full stop after link text closes the split sentence; icon lines are dropped", () => {
  const r = cleanText(["The figures were published by the", "national statistics office", ".", "×", P2].join("\n"));
  assert.deepEqual(r.text.split("\n"), ["The figures were published by the national statistics office.", P2]);
  assert.deepEqual(r.removed, [{ text: "×", reason: "navigation" }]);
});

test("after the last paragraph, unlabelled headlines are links; a source note in brackets stays", () => {
  const r = cleanText([P1, P2, "(With reporting from the regional desk)", "Ferry operators warn of summer delays", "Court rejects appeal over harbour tolls"].join("\n"));
  assert.deepEqual(r.text.split("\n"), [P1, P2, "(With reporting from the regional desk)"]);
  assert.equal(r.removed.filter((x) => x.reason === "related-links").length, 2);
});

test("between title and body, an unpunctuated descriptive line is a caption; table rows are not headlines", () => {
  const r = cleanText(["Council Approves Budget After Long Debate", "Councillors vote in the main chamber of the town hall on Monday evening", P1, P2].join("\n"));
  assert.equal(r.title, "Council Approves Budget After Long Debate");
  assert.deepEqual(r.text.split("\n"), [P1, P2]);
  assert.equal(r.removed.find((x) => x.text.startsWith("Councillors"))?.reason, "caption");
  const table = [P1, P2, "Region | Votes | Share", "North | 1200 | 40%"];
  assert.deepEqual(cleanText(table.join("\n")).text.split("\n"), table);
});

test("alt text followed by the same caption with a credit: both removed; gallery counters too", () => {
  const alt = "Crowds gather outside the court building";
  const r = cleanText([P1, alt, `${alt} as the verdict is read. Photo: Ivo Tam`, "Image 2 of 7", P2].join("\n"));
  assert.deepEqual(r.text.split("\n"), [P1, P2]);
  assert.equal(r.removed.filter((x) => x.reason === "caption").length, 3);
});

test("'email us' and 'contact us' appeals are calls to action", () => {
  const line = "Got a tip? Email us at the news desk";
  assert.equal(reasonOf(`${P1}\n${line}\n${P2}`, line), "call-to-action");
});

test("an appeal without a closing thanks ends where the outlet stops talking to the reader", () => {
  const appeal = ["Dear reader,", "We rely on your support to keep our reporting free.", "If you can, please give what you can today."];
  const r = cleanText([P1, ...appeal, P2, P3].join("\n"));
  assert.deepEqual(r.text.split("\n"), [P1, P2, P3]);
});

test("a '(C)' position marker in a caption is not a copyright outlet", () => {
  const cap = "Delegates Ana Ruiz (L), Omar Brandt (C) Lena Fox and others arrive for the talks";
  assert.equal(cleanText(`${P1}\n${cap}\n${cap}\n${P2}`).outlet, null);
  const r = cleanText(`${P1}\n${P2}\nAll content (c) 2022 Ridge Courier`);
  assert.equal(r.outlet, "Ridge Courier");
  assert.equal(r.removed[0]?.reason, "copyright");
});

test("a masthead line of byline, stamp and reading time is one byline, in any language", () => {
  for (const line of ["Par Lise Marchal · Publié le 3 mai 2024 à 9h10 · Temps de lecture : 4 min", "By Jane Doe | Updated 10:42 GMT | 4 min read"]) {
    assert.equal(reasonOf(`${P1}\n${line}\n${P2}`, line), "byline");
  }
  // A sentence that happens to use a separator stays.
  const prose = "The port reopened · traffic resumed on Tuesday after the strike.";
  assert.ok(cleanText(`${P1}\n${prose}\n${P2}`).text.includes(prose));
});

test("a row of share buttons is navigation; a sentence naming networks is kept", () => {
  for (const line of ["Partager sur Facebook Partager sur X Envoyer par e-mail", "Share on Facebook Share on X Email"]) {
    assert.equal(reasonOf(`${P1}\n${line}\n${P2}`, line), "navigation");
  }
  const prose = "The minister said he would share the report with parliament on Facebook and X.";
  assert.ok(cleanText(`${P1}\n${prose}\n${P2}`).text.includes(prose));
});

test("a printed date line above the headline is not the title; it is removed as a date", () => {
  for (const line of ["18 September 2013 Last updated at 13:59 GMT", "Published on 4th March 2026", "March 4, 2026"]) {
    const r = cleanText(`${line}\nCouncil approves budget after six-hour debate\n${P1}\n${P2}`);
    assert.equal(r.title, "Council approves budget after six-hour debate", line);
    assert.equal(r.removed.find((x) => x.text === line)?.reason, "date", line);
    assert.deepEqual(r.text.split("\n"), [P1, P2]);
  }
});
