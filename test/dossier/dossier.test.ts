import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossiers, buildDossier, renderDossierMarkdown, type Dossier } from "../../src/dossier/index.js";
import { articleFeatures } from "../../src/dossier/features.js";
import { fireInputs, makeInput, FIRE_STORY } from "../fixtures/dossier/story.js";

function fire(): Dossier {
  const ds = buildDossiers(fireInputs());
  assert.equal(ds.length, 1);
  return ds[0]!;
}

test("coverage: a copy is grouped under its original and not counted as a source", () => {
  const d = fire();
  assert.equal(d.schema, "newsfold.dossier/1");
  assert.equal(d.coverage.articles.length, 4);
  assert.equal(d.coverage.independentSources, 3);
  const a = d.coverage.articles.find((x) => x.id === "fire-a")!;
  assert.deepEqual(a.copies, ["fire-c"]);
  assert.equal(d.coverage.articles.find((x) => x.id === "fire-c")!.duplicate_of, "fire-a");
  assert.deepEqual(d.coverage.first, { article: "fire-a", outlet: "Harbor Post", published: "2024-03-04T09:00:00Z" });
  assert.deepEqual(d.coverage.growth, [
    { date: "2024-03-04", articles: 3, outlets: 2 },
    { date: "2024-03-05", articles: 4, outlets: 3 },
  ]);
});

test("claims: reworded sentences align into one corroborated claim; a lone statement is single-source", () => {
  const d = fire();
  const hall = d.claims.find((c) => c.support.some((s) => s.text.includes("storage hall behind")));
  assert.ok(hall, "storage-hall claim");
  assert.equal(hall.status, "corroborated");
  assert.deepEqual(new Set(hall.support.map((s) => s.article)), new Set(["fire-a", "fire-b"]));
  assert.equal(hall.independentSources, 2);
  // The copy adds no support of its own.
  assert.ok(d.claims.every((c) => c.support.every((s) => s.article !== "fire-c")));
  const schools = d.claims.find((c) => c.text.includes("schools will stay closed"));
  assert.ok(schools);
  assert.equal(schools.status, "single-source");
  assert.equal(schools.independentSources, 1);
  for (const c of d.claims) for (const s of c.support) assert.equal(s.text, FIRE_STORY.find((f) => f.id === s.article)!.text.slice(s.start, s.end));
});

test("contradictions: a number and a negation, with their sides and spans", () => {
  const d = fire();
  const num = d.contradictions.find((x) => x.kind === "number");
  assert.ok(num, "number contradiction");
  assert.deepEqual(num.sides.map((s) => s.label).sort(), ["120 workers", "150 workers"]);
  const neg = d.contradictions.find((x) => x.kind === "negation");
  assert.ok(neg, "negation contradiction");
  assert.equal(neg.about, "order");
  const no = neg.sides.find((s) => s.label.startsWith("not "))!;
  assert.deepEqual(no.citations.map((c) => c.article), ["fire-a"]);
  assert.match(no.citations[0]!.text, /did not order an evacuation/);
  const partial = neg.sides.find((s) => s.label.startsWith("partial "))!;
  assert.deepEqual(partial.citations.map((c) => c.article), ["fire-b"]);
  for (const x of d.contradictions) assert.ok(x.confidence >= 0.5 && x.confidence <= 1);
});

test("contradictions: unrelated statements and agreeing negations are not contradictions", () => {
  const d = fire();
  // `declined to comment` and `praised the response` share the mayor but no predicate.
  assert.ok(!d.contradictions.some((x) => /mayor/.test(x.sides.flatMap((s) => s.citations.map((c) => c.text)).join(" "))));
  const agree = buildDossier("s", null, [
    makeInput({ id: "x", outlet: "One", published: null, text: "The ministry did not confirm the reported casualties at the northern border crossing." }),
    makeInput({ id: "y", outlet: "Two", published: null, text: "Officials at the ministry did not confirm reported casualties at the northern border crossing." }),
  ]);
  assert.equal(agree.contradictions.length, 0);
  assert.equal(agree.claims[0]!.status, "corroborated");
});

test("contradictions: the threshold hides weaker ones", () => {
  const d = buildDossier("st-fire", null, fireInputs(), { contradictionThreshold: 0.999 });
  assert.ok(d.contradictions.every((x) => x.confidence >= 0.999));
});

test("quotes: one utterance as two outlets printed it, with the differing words marked", () => {
  const d = fire();
  assert.equal(d.quotes.groups.length, 1);
  const g = d.quotes.groups[0]!;
  assert.equal(g.speaker, "Lidia Marsh");
  // The police chief's printing gives the same words to him (a speaker dispute): it joins the
  // utterance's group under the speaker its outlet names, and the group keeps the majority's.
  assert.deepEqual(g.variants.map((v) => [v.article, v.speaker]), [["fire-a", "Lidia Marsh"], ["fire-b", "Lidia Marsh"], ["fire-d", "Tomas Reyes"]]);
  const b = g.variants[1]!;
  assert.equal(b.diff.map((r) => r.text).join(""), b.text);
  assert.ok(b.diff.some((r) => !r.shared && /All/.test(r.text)), "`All of us` differs from `Everyone`");
  assert.ok(!d.quotes.single.some((q) => q.article === "fire-d" && q.speaker === "Tomas Reyes"));
});

test("contradictions: the same words given to different speakers, but not a wire copy's slip", () => {
  const d = fire();
  const sp = d.contradictions.find((x) => x.kind === "speaker");
  assert.ok(sp, "speaker contradiction");
  const labels = sp.sides.map((s) => s.label).sort();
  assert.equal(labels.length, 2);
  assert.ok(labels.some((l) => l.includes("Tomas Reyes")));
  assert.ok(labels.some((l) => l.includes("Lidia Marsh")));
  // Word for word the same phrase under another name is taken for an attribution slip.
  const verbatim = fireInputs().map((i) =>
    i.article.id === "fire-d" ? makeInput({ ...FIRE_STORY[3]!, text: FIRE_STORY[3]!.text.replace("that building safe", "the building safely"), quotes: [{ words: "Everyone got out of the building safely", speaker: "Tomas Reyes" }, { words: "We will rebuild", speaker: "Lidia Marsh" }] }) : i,
  );
  assert.ok(!buildDossier("st-fire", null, verbatim).contradictions.some((x) => x.kind === "speaker"));
});

test("entities: merged across articles, with roles and who quotes them", () => {
  const d = fire();
  const marsh = d.entities.find((e) => e.name === "Lidia Marsh")!;
  assert.deepEqual(marsh.roles, ["owner"]);
  assert.deepEqual(new Set(marsh.articles), new Set(["fire-a", "fire-b", "fire-c", "fire-d"]));
  assert.equal(marsh.quoted, 3);
  assert.deepEqual(new Set(marsh.quotedBy), new Set(["Harbor Post", "Valley Courier", "North Star"]));
});

test("timeline: dated happenings merged across sources, in date order", () => {
  const d = fire();
  assert.deepEqual(d.timeline.map((t) => t.date), ["2024-03-04", "2024-03-06"]);
  assert.deepEqual(new Set(d.timeline[0]!.citations.map((c) => c.article)), new Set(["fire-a", "fire-b"]));
});

test("summary: at most N verbatim sentences with exact offsets, corroborated first", () => {
  const inputs = fireInputs();
  for (const n of [1, 2, 5]) {
    const d = buildDossier("st-fire", null, inputs, { summarySentences: n });
    assert.ok(d.summary.length <= n && d.summary.length > 0);
    for (const s of d.summary) assert.equal(s.text, inputs.find((i) => i.article.id === s.article)!.article.text.slice(s.start, s.end));
  }
  // One sentence: a wording of the claim with the most independent sources, from its first reporter.
  const d = buildDossier("st-fire", null, inputs, { summarySentences: 1 });
  const top = Math.max(...d.claims.map((c) => c.independentSources));
  const one = d.summary[0]!;
  const claim = d.claims.find((c) => c.support.some((s) => s.article === one.article && s.start >= one.start && s.end <= one.end))!;
  // A claim whose sources disagree on a number is listed side by side (its parts count fewer
  // sources), but the summary still reads it as the one happening its sources all report.
  const disputed = d.contradictions.some((x) => x.sides.some((sd) => sd.citations.some((c) => c.article === one.article && c.start < one.end && one.start < c.end)));
  assert.ok(claim.independentSources === top || disputed, `summary sentence's claim has ${claim.independentSources} sources, the most is ${top}`);
  assert.equal(one.article, "fire-a");
});

test("framing: what one outlet alone says", () => {
  const d = fire();
  const ns = d.framing.find((f) => f.outlet === "North Star")!;
  assert.ok(ns.items.some((i) => i.kind === "only-sentence" && i.text.includes("schools will stay closed")));
});

test("per-event dossiers and per-story grouping", () => {
  const inputs = fireInputs().map((i) => (i.article.id === "fire-d" ? { ...i, assignment: { ...i.assignment, event: "ev-inquiry" } } : i));
  inputs.push(makeInput({ id: "other", outlet: "Harbor Post", published: null, text: "A new bridge opened over the river.", story: "st-bridge", event: "ev-bridge" }));
  const ds = buildDossiers(inputs, { perEvent: true });
  assert.deepEqual(ds.map((d) => [d.story, d.event]), [["st-fire", null], ["st-fire", "ev-fire"], ["st-fire", "ev-inquiry"], ["st-bridge", null]]);
  assert.equal(ds[0]!.events.length, 2);
});

test("features are cached per analysis, so a rebuild reuses them", () => {
  const [a] = fireInputs();
  assert.equal(articleFeatures(a!.article, a!.analysis), articleFeatures(a!.article, a!.analysis));
});

test("degenerate input: empty and one-article stories build without error", () => {
  assert.deepEqual(buildDossiers([]), []);
  const d = buildDossier("s", null, [makeInput({ id: "e", outlet: null, published: null, text: "" })]);
  assert.equal(d.claims.length, 0);
  assert.equal(d.summary.length, 0);
});

test("markdown renderer shows every section with citations", () => {
  const md = renderDossierMarkdown(fire());
  for (const h of ["## Summary", "## Corroborated claims", "## Contradictions", "## Quote variants", "## Timeline"]) assert.ok(md.includes(h), h);
  assert.match(md, /Harbor Post \(fire-a\)/);
});

test("timeline: a year-less date of an undated article takes the year its story gives", () => {
  const inputs = [
    makeInput({ id: "dated", outlet: "Harbor Post", published: "2026-03-16T18:00:00Z", story: "st", event: "ev",
      text: "The river burst its banks on Monday, March 16, 2026, flooding about 400 homes in the town. The mayor said the warning came too late.",
      dates: [{ text: "Monday, March 16, 2026", resolved: "2026-03-16" }] }),
    makeInput({ id: "undated", outlet: "Valley Courier", published: null, story: "st", event: "ev",
      text: "The river burst its banks on Monday, March 16, flooding about 400 homes in the town. Rescue teams took 250 people to safety.",
      dates: [{ text: "Monday, March 16", resolved: "--03-16" }] }),
    makeInput({ id: "later", outlet: "North Star", published: null, story: "st", event: "ev",
      text: "Repairs to the flood wall began on Friday, March 27, the council said. The work will take a month.",
      dates: [{ text: "Friday, March 27", resolved: "--03-27" }] }),
  ];
  const d = buildDossiers(inputs)[0]!;
  const dates = d.timeline.map((t) => t.date);
  assert.ok(dates.every((x) => !x.startsWith("--")), dates.join(", "));
  assert.ok(dates.includes("2026-03-16") && dates.includes("2026-03-27"), dates.join(", "));
  const flood = d.timeline.filter((t) => t.date === "2026-03-16").flatMap((t) => t.citations.map((c) => c.article));
  assert.ok(flood.includes("undated") && flood.includes("dated"), flood.join(", "));
});
