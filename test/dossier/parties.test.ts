// A dispute between two parties that each outlet prints whole: the sides belong to the speakers,
// not to the outlets (issue 6).
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier, type Dossier } from "../../src/dossier/index.js";
import { makeInput, type FixtureArticle } from "../fixtures/dossier/story.js";

const dossier = (articles: FixtureArticle[]): Dossier => buildDossier("s", null, articles.map(makeInput));
const about = (d: Dossier, stem: string) => d.contradictions.filter((c) => c.kind === "negation" && c.about.startsWith(stem));

const CHAIR = { name: "Oskar Lind", type: "person" as const, forms: ["Oskar Lind", "Lind"] };
const QUARRY = { name: "Brenna Stone", type: "organization" as const, forms: ["Brenna Stone"] };
const LEAD = "Diesel from a burst tank at a quarry above Tova reached the stream below the village on Tuesday. ";

const both: FixtureArticle = {
  id: "a",
  outlet: "Harbor Post",
  published: null,
  text:
    LEAD +
    "Brenna Stone said that it had notified the farms along the stream within the hour. " +
    "Oskar Lind, who chairs the farmers' association, said that the farms were never notified.",
  entities: [CHAIR, QUARRY],
  quotes: [
    { words: "that it had notified the farms along the stream within the hour", speaker: "Brenna Stone", kind: "indirect" },
    { words: "that the farms were never notified", speaker: "Oskar Lind", kind: "indirect" },
  ],
};
const accused: FixtureArticle = {
  id: "b",
  outlet: "Valley Courier",
  published: null,
  text:
    LEAD +
    "Oskar Lind has accused the quarry of failing to notify farmers before the diesel reached the water. " +
    "\u201cNobody rang us. Not the quarry, not the council, nobody,\u201d Lind said. " +
    "Brenna Stone said in a statement that it had notified the regional water office on Tuesday morning.",
  entities: [CHAIR, QUARRY],
  quotes: [
    { words: "the quarry of failing to notify farmers before the diesel reached the water", speaker: "Oskar Lind", kind: "indirect" },
    { words: "Nobody rang us. Not the quarry, not the council, nobody,", speaker: "Oskar Lind" },
    { words: "that it had notified the regional water office on Tuesday morning", speaker: "Brenna Stone", kind: "indirect" },
  ],
};

test("parties: two outlets that each quote both parties give one dispute, its sides by speaker", () => {
  const found = about(dossier([both, accused]), "notif");
  assert.equal(found.length, 1, JSON.stringify(dossier([both, accused]).contradictions));
  const [deny, affirm] = found[0]!.sides;
  // Every outlet is on both sides: the outlets do not disagree, the parties do.
  assert.deepEqual([...new Set(deny!.citations.map((c) => c.article))].sort(), ["a", "b"]);
  assert.deepEqual([...new Set(affirm!.citations.map((c) => c.article))].sort(), ["a", "b"]);
  assert.ok(deny!.citations.some((c) => c.text.includes("were never notified")));
  assert.ok(affirm!.citations.some((c) => c.text.includes("had notified the regional water office")));
  // The party's own words beside its statement, from the start of a quote too short to be a clause.
  assert.ok(deny!.citations.some((c) => c.text.startsWith("Nobody rang us.")), JSON.stringify(deny));
  assert.ok(!affirm!.citations.some((c) => /never|Nobody/.test(c.text)));
});

test("parties: an outlet quoting one party alone joins that party's side", () => {
  const alone: FixtureArticle = {
    id: "c",
    outlet: "North Star",
    published: null,
    text: LEAD + "Lind said that the farmers were never notified of the spill.",
    entities: [CHAIR],
    quotes: [{ words: "that the farmers were never notified of the spill", speaker: "Oskar Lind", kind: "indirect" }],
  };
  const found = about(dossier([both, alone]), "notif");
  assert.equal(found.length, 1);
  assert.ok(found[0]!.sides[0]!.citations.some((c) => c.article === "c"));
});

test("parties: one speaker, no speakers, or a word that names a thing make no party dispute", () => {
  // One speaker saying both tells a nuance.
  const one: FixtureArticle = {
    ...both,
    quotes: [
      { words: "that it had notified the farms along the stream within the hour", speaker: "Oskar Lind", kind: "indirect" },
      { words: "that the farms were never notified", speaker: "Oskar Lind", kind: "indirect" },
    ],
  };
  assert.equal(about(dossier([one, { ...one, id: "b", outlet: "Valley Courier" }]), "notif").length, 0);
  // The reporter's own sentences belong to no party.
  const told: FixtureArticle = { ...both, quotes: [] };
  assert.equal(about(dossier([told]), "notif").length, 0);
  // An unresolved pronoun names no party.
  const pronoun: FixtureArticle = {
    ...both,
    quotes: [
      { words: "that it had notified the farms along the stream within the hour", speaker: "it", kind: "indirect" },
      { words: "that the farms were never notified", speaker: "Oskar Lind", kind: "indirect" },
    ],
  };
  assert.equal(about(dossier([pronoun]), "notif").length, 0);
  // `its inspection team`: the word names a team, no act of inspecting.
  const office: FixtureArticle = {
    ...both,
    text: LEAD + "Brenna Stone said that its inspection team had the figures. Oskar Lind said that the tanks were never inspected.",
    quotes: [
      { words: "that its inspection team had the figures", speaker: "Brenna Stone", kind: "indirect" },
      { words: "that the tanks were never inspected", speaker: "Oskar Lind", kind: "indirect" },
    ],
  };
  const stated: FixtureArticle = { ...office, text: office.text.replace("its inspection team had the figures", "its team inspected them daily"), quotes: [{ words: "that its team inspected them daily", speaker: "Brenna Stone", kind: "indirect" }, office.quotes![1]!] };
  assert.equal(about(dossier([stated]), "inspect").length, 1);
  assert.equal(about(dossier([office]), "inspect").length, 0);
});

/** One article quoting the quarry, then the chair, in neighbouring sentences. */
const pair = (quarry: string, chair: string): FixtureArticle => ({
  id: "p",
  outlet: "Harbor Post",
  published: null,
  text: `${LEAD}Brenna Stone said ${quarry}. Oskar Lind said ${chair}.`,
  entities: [CHAIR, QUARRY],
  quotes: [
    { words: quarry, speaker: "Brenna Stone", kind: "indirect" },
    { words: chair, speaker: "Oskar Lind", kind: "indirect" },
  ],
});

test("parties: what would be, what was withheld, a phrasal sense or a description is no act in dispute", () => {
  assert.equal(about(dossier([pair("that it had notified the farms", "that the farms were never notified")]), "notif").length, 1);
  // A modal tells what would be done.
  assert.equal(about(dossier([pair("that it would notify the farms", "that the farms were never notified")]), "notif").length, 0);
  // `declined to` withholds the act it names.
  assert.equal(about(dossier([pair("that it declined to notify the farms", "that the farms were never notified")]), "notif").length, 0);
  // `settled on a plan` and `settled in the valley` are two senses.
  assert.equal(about(dossier([pair("that the families settled in the valley", "that the farms had not settled on a plan")]), "settl").length, 0);
  assert.equal(about(dossier([pair("that the families settled the claim", "that the farms had not settled the claim")]), "settl").length, 1);
  // `is not serious` describes; it denies no act.
  assert.equal(about(dossier([pair("that the damage to the farms was serious", "that the damage to the farms was not serious")]), "serious").length, 0);
});

test("parties: a dispute the outlet-against-outlet rule already told is not told twice", () => {
  const deny: FixtureArticle = {
    id: "d",
    outlet: "North Star",
    published: null,
    text: LEAD + "Oskar Lind said that the farms along the stream were never notified within the hour.",
    entities: [CHAIR],
    quotes: [{ words: "that the farms along the stream were never notified within the hour", speaker: "Oskar Lind", kind: "indirect" }],
  };
  const affirm: FixtureArticle = {
    id: "e",
    outlet: "Daily Syndicate",
    published: null,
    text: LEAD + "Brenna Stone said that it had notified the farms along the stream within the hour.",
    entities: [QUARRY],
    quotes: [{ words: "that it had notified the farms along the stream within the hour", speaker: "Brenna Stone", kind: "indirect" }],
  };
  const d = dossier([both, deny, affirm]);
  assert.equal(about(d, "notif").length, 1, JSON.stringify(d.contradictions.map((c) => c.sides.map((s) => s.label))));
});

test("parties: a quote reported inside another speaker's is its own speaker's", () => {
  const text = LEAD + "Oskar Lind said that the farms were never notified; Brenna Stone insists that it notified the water office.";
  const input = makeInput({
    id: "n",
    outlet: "Harbor Post",
    published: null,
    text,
    entities: [CHAIR, QUARRY],
    quotes: [
      { words: "that the farms were never notified; Brenna Stone insists that it notified the water office", speaker: "Oskar Lind", kind: "indirect" },
      { words: "that it notified the water office", speaker: "Brenna Stone", kind: "indirect" },
    ],
  });
  // The quote finder reads the reporting verbs: the outer quote is Lind's `said`, the inner Brenna Stone's `insists`.
  const cue = (word: string) => ({ text: word, start: text.indexOf(word), end: text.indexOf(word) + word.length });
  input.analysis.quotes[0]!.cue = cue("said");
  input.analysis.quotes[1]!.cue = cue("insists");
  const found = about(buildDossier("s", null, [input]), "notif");
  assert.equal(found.length, 1);
  assert.ok(found[0]!.sides[1]!.citations[0]!.text.includes("insists that it notified"), JSON.stringify(found[0]!.sides));
});

test("parties: a side is labelled by its speakers, a place read as one only when no one else speaks", () => {
  const TOWN = { name: "Tova", type: "place" as const, forms: ["Tova"] };
  // The quote finder gave the accusation to the village (`the chair of Tova has accused`).
  const placed: FixtureArticle = {
    ...accused,
    text: accused.text.replace("Oskar Lind has accused", "The chair of Tova has accused"),
    entities: [CHAIR, QUARRY, TOWN],
    quotes: accused.quotes!.map((q, i) => (i === 0 ? { ...q, speaker: "Tova" } : q)),
  };
  const found = about(dossier([both, placed]), "notif");
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]!.sides.map((s) => s.label), ["no notified (Oskar Lind)", "notified (Brenna Stone)"]);
});

test("parties: `nobody notified us` and `denied that it notified` deny the act", () => {
  assert.equal(about(dossier([pair("that it had notified the farms", "that nobody had notified the farms")]), "notif").length, 1);
  const withCue = (text: string): ReturnType<typeof makeInput> => {
    const input = makeInput({ ...pair("that it had notified farmers", "that the quarry notified farmers"), text });
    input.analysis.quotes[1]!.cue = { text: "denied", start: text.indexOf("denied"), end: text.indexOf("denied") + 6 };
    return input;
  };
  const text = pair("that it had notified farmers", "that the quarry notified farmers").text.replace("Oskar Lind said", "Oskar Lind denied");
  const found = buildDossier("s", null, [withCue(text)]).contradictions;
  // Every word of the denied statement is denied (`notified`, `farmers`): the dispute is told once.
  assert.equal(found.length, 1, JSON.stringify(found.map((x) => x.about)));
  assert.ok(found[0]!.sides[0]!.citations[0]!.text.includes("denied"));
  // `the quarry notified farmers`: a past form after a noun is the act, not a word naming a noun.
  assert.equal(found[0]!.about, "notified");
  // `was denied a hearing` reports no one's denial.
  assert.equal(buildDossier("s", null, [withCue(text.replace("Oskar Lind denied", "Oskar Lind was denied"))]).contradictions.length, 0);
});

test("parties: a dispute is over an act done, not what a party does or a noun after a preposition", () => {
  assert.equal(about(dossier([pair("that it notified farmers on Tuesday", "that the farms were never notified")]), "notif").length, 1);
  // `notifies farmers every week` tells a habit, no act of that day.
  assert.equal(about(dossier([pair("that it notifies farmers every week", "that the farms were never notified")]), "notif").length, 0);
  // `amid calls for an inquiry` names calls, it does not tell anyone called.
  assert.equal(about(dossier([pair("that farmers protested amid calls for an inquiry", "that the council had not called for an inquiry")]), "call").length, 0);
  assert.equal(about(dossier([pair("that farmers called for an inquiry", "that the council had not called for an inquiry")]), "call").length, 1);
});

test("parties: a verb after `than` is a comparison's yardstick, no stance (`falling more slowly than it had expected`)", () => {
  const BANK = { name: "Bank of Tarvia", type: "organization" as const, forms: ["Bank of Tarvia"] };
  const GOV = { name: "Ada Brandt", type: "person" as const, forms: ["Ada Brandt", "Brandt"] };
  const d = dossier([
    {
      id: "a",
      outlet: "Harbor Post",
      published: null,
      text:
        "The Bank of Tarvia raised its main rate to 3.75% on Thursday, saying that inflation was falling more slowly than it had expected. " +
        "Ada Brandt said that the bank was ready to act again, but that she did not expect another increase at the next meeting.",
      entities: [BANK, GOV],
      quotes: [
        { words: "that inflation was falling more slowly than it had expected", speaker: "Bank of Tarvia", kind: "indirect" },
        { words: "that she did not expect another increase at the next meeting", speaker: "Ada Brandt", kind: "indirect" },
      ],
    },
  ]);
  assert.deepEqual(about(d, "expect"), []);
});
