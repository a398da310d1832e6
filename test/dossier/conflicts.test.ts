// Fixtures for the conflict rules that tie statements by what they measure or deny rather than
// by overall alignment (issue 6): each rule once where it must fire and once where it must not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier, type Dossier } from "../../src/dossier/index.js";
import { makeInput, type FixtureArticle } from "../fixtures/dossier/story.js";

const dossier = (articles: FixtureArticle[]): Dossier => buildDossier("s", null, articles.map(makeInput));

test("two shares of one named quantity from two outlets are a conflict", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: "The harbour council vote ended late on Sunday. Turnout was 48%, four points higher than in the first round." },
    { id: "b", outlet: "Two", published: null, text: "The harbour council vote ended late on Sunday. Turnout was 46 per cent, the electoral office said." },
  ]);
  const x = d.contradictions.find((c) => c.kind === "number" && c.about.includes("turnout"));
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.citations[0]!.article).sort(), ["a", "b"]);
});

test("a rounded share, a bound and a second figure in the clause are no conflict", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: "Turnout was 54.3 per cent on Sunday. As much as 55 percent of voice traffic was out of service. The poll put support at 20.6 percent, 5.6 percent below the rivals." },
    { id: "b", outlet: "Two", published: null, text: "Turnout was 54 per cent on Sunday. As much as 70% of voice traffic was out of service. The poll put support at 20.6 percent, 60 percent below the rivals." },
  ]);
  // Only the share rule is under test: identical sentences around `55` and `70` align as one claim,
  // which the claim-wise number rule judges on its own.
  assert.deepEqual(d.contradictions.filter((c) => c.about.startsWith("share of")), []);
});

test("a denial that a thing exists disputes two outlets that state it", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: "The ministry released four lynx in the hills on Saturday. The ministry said that farmers would be compensated for any animal killed by a lynx." },
    { id: "b", outlet: "Two", published: null, text: "Four lynx were set free in the hills at the weekend. Officials said that farmers would receive compensation for every sheep killed by a lynx." },
    { id: "c", outlet: "Three", published: null, text: "Four wild cats now roam the hills. Nobody asked the farmers what they thought, a shepherd said. \"There is no compensation scheme.\"" },
  ]);
  const x = d.contradictions.find((c) => c.kind === "negation" && c.about === "compensation");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).sort()), [["c"], ["a", "b"]]);
});

test("a denial against one outlet's passing mention, or a `no` that names no thing, is no conflict", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: "Police said the march ended at the square. One man was arrested, and no injuries were reported." },
    { id: "b", outlet: "Two", published: null, text: "The march ended at the square, police said. Two officers suffered minor injuries." },
    { id: "c", outlet: "Three", published: null, text: "The march ended at the square. The organisers had no doubt that the protest would go on." },
    { id: "d", outlet: "Four", published: null, text: "The march ended at the square. A doubt about the route was raised by the organisers." },
  ]);
  assert.deepEqual(d.contradictions.filter((c) => c.kind === "negation"), []);
});

test("a translated denial and an indefinite statement take their sides; a known thing does not", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: "The fire chief said that no evacuation of the nearby streets had been ordered, because the wind carried the smoke to sea." },
    { id: "b", outlet: "Deux", published: null, text: "Selon elle, aucune évacuation n'a été ordonnée, le vent poussant la fumée vers le large." },
    { id: "c", outlet: "Three", published: null, text: "The city ordered a partial evacuation of the harbour district as the smoke spread." },
    { id: "d", outlet: "Four", published: null, text: "Officials ordered a partial evacuation of the harbour district on Monday." },
  ]);
  const x = d.contradictions.find((c) => c.kind === "negation" && /vacuation/.test(c.about));
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).sort()), [["a", "b"], ["c", "d"]]);
  const known = dossier([
    { id: "a", outlet: "One", published: null, text: "The studio says that no deal has been signed yet with the director." },
    { id: "b", outlet: "Two", published: null, text: "According to the studio, the deal with the director remains unsigned." },
    { id: "c", outlet: "Three", published: null, text: "The studio and the director are close, but the deal is not done." },
  ]);
  assert.deepEqual(known.contradictions, []);
});

test("irregular forms align as their base word, but one word in two forms is not opposed", () => {
  // `rose`/`risen` and `faster` meet `rise` and `fast`: beside `prices`, the words that make one claim.
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: "Prices rose much faster this spring." },
    { id: "b", outlet: "Two", published: null, text: "Prices have risen fast since April." },
  ]);
  assert.ok(d.claims.some((c) => c.status === "corroborated"), JSON.stringify(d.claims.map((c) => c.text)));
  // `not to hold out` and `held`: the same base word in another sense, no negation dispute.
  const e = dossier([
    { id: "a", outlet: "One", published: null, text: "The Varrow pirates decided not to hold out near Dunport on Friday." },
    { id: "b", outlet: "Two", published: null, text: "The Varrow pirates held the crew near Dunport on Friday." },
  ]);
  assert.deepEqual(e.contradictions.filter((c) => c.kind === "negation"), []);
});

test("two figures of one fund are a conflict though the figures are the only words the wordings do not share", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: "The accord was signed in Varn on Thursday. The two governments will set up a joint fund of 240 million crowns for flood defences along the river." },
    { id: "b", outlet: "Two", published: null, text: "The accord was signed in Varn on Thursday. A joint fund of 240 million crowns will pay for flood defences on both banks." },
    { id: "c", outlet: "Three", published: null, text: "The ministers signed the accord in Varn. They splashed out on a whopping 420 million crown fund to build flood walls along the river." },
  ]);
  const x = d.contradictions.find((c) => c.kind === "number");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).sort().join("+")).sort(), ["a+b", "c"]);
});

test("two counts of the same thing (`5 Ostran diplomats` / `4 Ostran diplomats`) conflict though the sentences tell other details", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: "Varn expelled 5 Ostran diplomats on Tuesday, including the embassy's defence attache, Colonel Ivo Brun, in the sharpest break between the neighbours for decades. The harbour reopened on Monday. Fishing boats stayed in port because of the storm." },
    { id: "b", outlet: "Two", published: null, text: "Varn on Tuesday expelled 4 Ostran diplomats, among them the defence attache, and gave them 72 hours to leave. The harbour reopened on Monday after the storm. A new bridge will be built by 2030." },
  ]);
  const x = d.contradictions.find((c) => c.kind === "number");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.label).sort(), ["4 Ostran diplomats", "5 Ostran diplomats"]);
});

test("`would not close`, `will stay open` and `ordered a partial closure` are the sides of one dispute", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: "The harbour council met on Friday. Its chair said the city would not close the ferry terminal in Orsk, which handles most of the island traffic." },
    { id: "b", outlet: "Two", published: null, text: "The harbour council met on Friday. Its chair said the ferry terminal in Orsk would stay open, a relief for island traders." },
    { id: "c", outlet: "Three", published: null, text: "The harbour council met on Friday. It ordered a partial closure of the ferry terminal in Orsk, which handles the island traffic: its freight hall will be shut from Monday." },
  ]);
  const x = d.contradictions.find((c) => c.kind === "negation");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.label.split(" ")[0]), ["not", "partial"]);
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).sort()), [["a", "b"], ["c"]]);
});

test("a closure named after a determiner (`the closure`, `a closure plan`) takes no side", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: "The harbour council met on Friday. Its chair said the city would not close the ferry terminal in Orsk, which handles most of the island traffic." },
    { id: "b", outlet: "Two", published: null, text: "The harbour council met on Friday. Traders in Orsk had feared the closure of the ferry terminal, which handles most of the island traffic." },
  ]);
  assert.deepEqual(d.contradictions, []);
});

test("a count written out meets the same count in digits, and conflicts with another", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: "Varn expelled five Ostran diplomats on Tuesday, including the embassy's defence attache, Colonel Ivo Brun, in the sharpest break between the neighbours for decades. The harbour reopened on Monday. Fishing boats stayed in port because of the storm." },
    { id: "b", outlet: "Two", published: null, text: "Varn on Tuesday expelled 4 Ostran diplomats, among them the defence attache, and gave them 72 hours to leave. The harbour reopened on Monday after the storm. A new bridge will be built by 2030." },
  ]);
  const x = d.contradictions.find((c) => c.kind === "number");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.label).sort(), ["4 Ostran diplomats", "5 Ostran diplomats"]);
});

test("a whole (`seven of the nine members`) and spans told at different times are no counts in conflict; spans up to one moment are", () => {
  const parts = dossier([
    { id: "a", outlet: "One", published: null, text: "Seven of the nine members of the harbour board voted for the new tolls on Monday." },
    { id: "b", outlet: "Evening Star", published: null, text: "Two members of the harbour board voted against the new tolls on Monday." },
  ]);
  assert.deepEqual(parts.contradictions.filter((c) => c.kind === "number"), []);
  const spans = dossier([
    { id: "a", outlet: "One", published: null, text: "The city of Varn was calm on Sunday after eight days of the worst riots the country has seen in decades." },
    { id: "b", outlet: "Two", published: null, text: "Youths in Varn smashed windows newly replaced after four days of the worst riots the country has seen in decades." },
  ]);
  assert.deepEqual(spans.contradictions.filter((c) => c.kind === "number"), []);
  const until = dossier([
    { id: "a", outlet: "Harbor Post", published: null, text: "Ada Moll married the deputy mayor of Varn three weeks before he was shot outside the town hall." },
    { id: "b", outlet: "Evening Star", published: null, text: "Ada Moll had married the deputy mayor of Varn two weeks before he was shot outside the town hall." },
  ]);
  assert.equal(until.contradictions.filter((c) => c.kind === "number").length, 1, JSON.stringify(until.contradictions));
});

test("a number dispute takes the further outlets that give one of its values for the same thing", () => {
  const d = dossier([
    { id: "a", outlet: "Harbor Post", published: null, text: "Varn expelled 5 Ostran diplomats on Tuesday, including the embassy's defence attache, Colonel Ivo Brun, in the sharpest break between the neighbours for decades. The harbour reopened on Monday. Fishing boats stayed in port because of the storm." },
    { id: "b", outlet: "Evening Star", published: null, text: "Varn on Tuesday expelled 4 Ostran diplomats, among them the defence attache, and gave them 72 hours to leave. The harbour reopened on Monday after the storm. A new bridge will be built by 2030." },
    { id: "c", outlet: "Daily Roar", published: null, text: "FOREIGN minister Ada Moll on Tuesday kicked FIVE Ostran diplomats out of the country in a spy row. Spies are everywhere, a neighbour said." },
    { id: "d", outlet: "Lake Times", published: null, text: "Foreign minister Ada Moll on Tuesday threw the Ostran diplomats out of the country in a spy row, a spokesman said." },
  ]);
  const x = d.contradictions.find((c) => c.kind === "number");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => [s.label, s.citations.map((c) => c.article).sort()]).sort(), [["4 Ostran diplomats", ["b"]], ["5 Ostran diplomats", ["a", "c"]]]);
});

// A takeover told three ways: a denial and a statement of the closure in sentences that also say
// who told it, and a guarantee's length reported in a second `and that` statement.
const TAKEOVER: FixtureArticle[] = [
  { id: "a", outlet: "Nordwire", published: null, text: "Brevik Motors agreed on Tuesday to buy the tram maker Kestrel Works for 520 million crowns. Brun said the Kestrel plant in Orsk would not close and that its 600 workers had a job guarantee of three years. The takeover still needs the approval of the competition authority." },
  { id: "b", outlet: "Evening Star", published: null, text: "Brevik Motors has bought tram maker Kestrel Works for 520 million crowns. The Orsk plant will close by the end of next year, a Kestrel manager told the Evening Star. Workers were promised a job guarantee of five years, union leader Tove Sand said." },
  { id: "c", outlet: "Lake Times", published: null, text: "Brevik Motors sealed its takeover of Kestrel Works, paying 520 million crowns for the tram maker. Chief executive Ivo Brun said there were no plans to close the Kestrel factory in Orsk. Analysts said the price was high." },
];

test("`will close` against `would not close ... and that`: the attribution's words (`a manager told the Evening Star`) do not keep the sides apart", () => {
  const d = dossier(TAKEOVER);
  const x = d.contradictions.find((c) => c.kind === "negation" && c.about === "close");
  assert.ok(x, JSON.stringify(d.contradictions.map((c) => c.about)));
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).sort()), [["a", "c"], ["b"]]);
  // The denial's clause ends where the second reported statement begins.
  assert.ok(x.sides[0]!.citations.find((c) => c.article === "a")!.text.endsWith("would not close"));
});

test("two lengths of one guarantee (`a job guarantee of three years` / `of five years`) conflict", () => {
  const d = dossier(TAKEOVER);
  const x = d.contradictions.find((c) => c.kind === "number" && c.about.endsWith("years"));
  assert.ok(x, JSON.stringify(d.contradictions.map((c) => c.about)));
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article)), [["a"], ["b"]]);
});

test("two announcers of one fund give it two sizes: a conflict; `set up a 20 million fund` is an exact figure", () => {
  const d = dossier([
    { id: "a", outlet: "Nordwire", published: null, text: "A mudslide killed four people in Tellby on Monday. Interior Minister Lena Vos promised a fund of 20 million crowns for the families." },
    { id: "b", outlet: "Evening Star", published: null, text: "Rescuers dug through the night in Tellby. \"No family will be left alone,\" said Kai Dorn, spokesman for the interior ministry, announcing a 12 million crown fund for the victims' families." },
    { id: "c", outlet: "Lake Times", published: null, text: "The mudslide at Tellby on Monday killed four people. She said the government would set up a 20 million crown fund for the bereaved families." },
  ]);
  const x = d.contradictions.find((c) => c.kind === "number");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => [s.label, s.citations.map((c) => c.article).sort()]), [["20 million crowns", ["a", "c"]], ["12 million crowns", ["b"]]]);
});

test("an address (`the 12000 block of Main Street`) is no count to dispute", () => {
  const d = dossier([
    { id: "a", outlet: "Harbor Post", published: null, text: "Deputy Ivo Brun was shot outside an apartment in the 12000 block of East 223rd Street in Varn on Friday." },
    { id: "b", outlet: "Evening Star", published: null, text: "Deputy Ivo Brun was shot outside an apartment in the 12200 block of 223rd Street in Varn on Friday afternoon." },
  ]);
  assert.deepEqual(d.contradictions.filter((c) => c.kind === "number"), []);
});

test("a translated clause takes the side its negation tells, and does not hide the dispute", () => {
  // The German report comes first: its translated word must not stop the English outlets' dispute.
  const d = dossier([
    { id: "de", outlet: "Kurier", published: null, language: "de", text: "Eine Aussetzung der übrigen Zugverbindungen von Nordbahn wurde nach Angaben des Ministeriums nicht angeordnet." },
    { id: "a", outlet: "One", published: null, text: "No suspension of Nordbahn's other train services has been ordered, a ministry spokesman said." },
    { id: "b", outlet: "Two", published: null, text: "The ministry ordered a partial suspension of Nordbahn's night services on Sunday, pending checks." },
    { id: "c", outlet: "Three", published: null, text: "The ministry said its partial suspension of night services would stay in place until the inspectors report." },
  ]);
  const x = d.contradictions.find((c) => c.kind === "negation" && c.about === "suspension");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).sort()), [["a", "de"], ["b", "c"]]);
});

test("shares of two things after a verb of change, a figure a change started from, and another year's figure are no conflict", () => {
  // `Sales rose 3.1 per cent` and `Shares rose 6 per cent` measure different things.
  const rose = dossier([
    { id: "a", outlet: "One", published: null, text: "Brannock Stores reported its results on Tuesday. Sales rose 3.1 per cent to 9 billion crowns." },
    { id: "b", outlet: "Two", published: null, text: "Brannock Stores reported its results on Tuesday. Shares in the grocer rose 6 per cent in Varn trading." },
  ]);
  assert.deepEqual(rose.contradictions.filter((c) => c.kind === "number"), []);
  // `up from 36 per cent at the last election in 2022` is no rival of this year's 41.3 per cent.
  const turnout = dossier([
    { id: "a", outlet: "One", published: null, text: "Merrin was elected mayor of Varn by 37 votes on Friday. Turnout across the town was 41.3 per cent." },
    { id: "b", outlet: "Two", published: null, text: "Merrin was elected mayor of Varn by 37 votes on Friday. Turnout across the town was about 41 per cent, up from 36 per cent at the last election in 2022." },
  ]);
  assert.deepEqual(turnout.contradictions.filter((c) => c.kind === "number"), []);
});

test("a reopening denies a closing, and `no X was Y-ed` denies the act, each labelled as printed", () => {
  const road = dossier([
    { id: "a", outlet: "One", published: null, text: "The Varn coast road remained closed on Monday evening because of fallen trees." },
    { id: "b", outlet: "Two", published: null, text: "The Varn coast road reopened on Monday afternoon once the fallen trees had been cleared." },
  ]);
  const x = road.contradictions.find((c) => c.kind === "negation");
  assert.ok(x, JSON.stringify(road.contradictions));
  assert.deepEqual(x.sides.map((s) => [s.label, s.citations.map((c) => c.article)]), [["reopened", ["b"]], ["closed", ["a"]]]);
  const homes = dossier([
    { id: "a", outlet: "One", published: null, text: "Smoke from the Varn paint factory fire drifted over the estate overnight, but no homes were evacuated near the factory." },
    { id: "b", outlet: "Two", published: null, text: "Smoke from the Varn paint factory fire drifted over the estate overnight, and 200 homes were evacuated near the factory." },
  ]);
  const y = homes.contradictions.find((c) => c.kind === "negation");
  assert.ok(y, JSON.stringify(homes.contradictions));
  assert.deepEqual(y.sides.map((s) => s.citations.map((c) => c.article)), [["a"], ["b"]]);
});
