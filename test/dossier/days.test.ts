// Date disputes (issue 6: claims that differ in a date): outlets that put one happening on
// different days. Each rule once where it must fire and where it must not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier, type Dossier } from "../../src/dossier/index.js";
import { makeInput, type FixtureArticle } from "../fixtures/dossier/story.js";

const dossier = (articles: FixtureArticle[]): Dossier => buildDossier("s", null, articles.map(makeInput));
const dates = (d: Dossier) => d.contradictions.filter((c) => c.kind === "date");
const FILLER = " The tram works employ 900 people. Unions welcomed the news.";

test("one happening put on two weekdays by two outlets is a date dispute", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: "Brevik Motors signed the takeover of the Lund tram works on Tuesday in Varn, paying 300 million crowns." + FILLER },
    { id: "b", outlet: "Two", published: null, text: "The takeover of the Lund tram works by Brevik Motors was signed on Monday in Varn for 300 million crowns." + FILLER },
  ]);
  const x = dates(d);
  assert.equal(x.length, 1, JSON.stringify(d.contradictions));
  assert.deepEqual(x[0]!.sides.map((s) => [s.label, s.citations.map((c) => c.article)]), [["Tuesday", ["a"]], ["Monday", ["b"]]]);
});

test("a written date and a weekday of the same day agree; two dates of one weekday are compared by date", () => {
  const agree = dossier([
    { id: "a", outlet: "One", published: "2026-10-21T08:00:00Z", text: "Brevik Motors signed the takeover of the Lund tram works on Tuesday, October 20, in Varn, paying 300 million crowns." + FILLER, dates: [{ text: "Tuesday, October 20", resolved: "2026-10-20" }] },
    { id: "b", outlet: "Two", published: "2026-10-22T08:00:00Z", text: "The takeover of the Lund tram works by Brevik Motors was signed on Tuesday in Varn for 300 million crowns." + FILLER, dates: [{ text: "Tuesday", resolved: "2026-10-20" }] },
  ]);
  assert.deepEqual(dates(agree), []);
  const differ = dossier([
    { id: "a", outlet: "One", published: "2026-10-21T08:00:00Z", text: "Brevik Motors signed the takeover of the Lund tram works on October 20 in Varn, paying 300 million crowns." + FILLER, dates: [{ text: "October 20", resolved: "2026-10-20" }] },
    { id: "b", outlet: "Two", published: "2026-10-22T08:00:00Z", text: "The takeover of the Lund tram works by Brevik Motors was signed on October 19 in Varn for 300 million crowns." + FILLER, dates: [{ text: "October 19", resolved: "2026-10-19" }] },
  ]);
  assert.equal(dates(differ).length, 1, JSON.stringify(differ.contradictions));
});

test("a weekday that two outlets of different days resolve to different dates is no dispute", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: "2026-10-19T08:00:00Z", text: "The bodies of two hikers were found in the Lund gorge on Saturday by a mountain rescue team." + FILLER, dates: [{ text: "Saturday", resolved: "2026-10-17" }] },
    { id: "b", outlet: "Two", published: "2026-10-26T08:00:00Z", text: "The bodies of the two hikers were found in the Lund gorge on Saturday, a mountain rescue team said." + FILLER, dates: [{ text: "Saturday", resolved: "2026-10-24" }] },
  ]);
  assert.deepEqual(dates(d), []);
});

test("two acts of one claim (`hired on`, `fired on`), a deadline, a statement's day and a later toll are no date dispute", () => {
  const acts = dossier([
    { id: "a", outlet: "One", published: null, text: "The club fired coach Ivo Brun on Monday after one season, though his contract runs two more years." + FILLER },
    { id: "b", outlet: "Two", published: null, text: "The club hired coach Ivo Brun on October 20 and his contract runs two more years after one season." + FILLER },
  ]);
  assert.deepEqual(dates(acts), []);
  const deadline = dossier([
    { id: "a", outlet: "One", published: null, text: "Varn expelled four Ostran diplomats on Tuesday and told them to leave the country." + FILLER },
    { id: "b", outlet: "Two", published: null, text: "Varn expelled four Ostran diplomats, who must leave the country by Friday." + FILLER },
  ]);
  assert.deepEqual(dates(deadline), []);
  const said = dossier([
    { id: "a", outlet: "One", published: null, text: "The insurer, which covers a third of Varn, said on Tuesday that hackers had copied the data of 2.1 million members." + FILLER },
    { id: "b", outlet: "Two", published: null, text: "Members spent hours trying to reach the insurer's helpline on Wednesday after hackers copied the data of 2.1 million members." + FILLER },
  ]);
  assert.deepEqual(dates(said), []);
  const toll = dossier([
    { id: "a", outlet: "One", published: null, text: "The landslide in the Lund valley killed 6 people on Monday, burying houses below the quarry." + FILLER },
    { id: "b", outlet: "Two", published: null, text: "The landslide in the Lund valley killed 9 people on Wednesday, rescuers said, as houses below the quarry were searched." + FILLER },
  ]);
  assert.deepEqual(dates(toll), []);
});

test("a place's name between the act and its day, and a wording that tells more around the act, still make a dispute", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: "The result was declared at the Varn Civic Hall shortly after 2am on Saturday." + FILLER },
    { id: "b", outlet: "Two", published: null, text: "The result was declared at 11.40pm on Friday at the Varn Civic Hall, after a recount ordered when the first count gave the challenger a lead of just 12." + FILLER },
  ]);
  const x = dates(d);
  assert.equal(x.length, 1, JSON.stringify(d.contradictions));
  assert.deepEqual(x[0]!.sides.map((s) => [s.label, s.citations.map((c) => c.article)]), [["Saturday", ["a"]], ["Friday", ["b"]]]);
});
