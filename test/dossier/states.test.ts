// Status disputes: two outlets put one person or thing in states that exclude each other, in
// wordings that share too few words for any claim to align them. The subject must match (the same
// person named, or the same numbered thing), and a state of another time, a plan, a hedge, a noun
// (`calls for his resignation`) or a sequence told by one outlet takes no side.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const statusDisputes = (d: ReturnType<typeof analysedDossier>) => d.contradictions.filter((x) => x.kind === "status");
const pair = (a: string, b: string) =>
  analysedDossier([{ a: newsArticle("a", "Nordwire", "2026-05-12T09:00:00Z", a) }, { a: newsArticle("b", "Evening Star", "2026-05-12T11:00:00Z", b) }]);

test("states: remanded in custody against granted bail, the same man named", () => {
  const d = pair(
    "Former harbour master Osric Vane was found guilty of fraud at Tellby Crown Court on Tuesday. Judge Mara Holt remanded Vane in custody until sentencing.",
    "Osric Vane, the former harbour master, was convicted of fraud on Tuesday. Vane, who was granted bail, will be sentenced next month.",
  );
  const x = statusDisputes(d).find((c) => c.about === "custody");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(
    x.sides.map((s) => [s.label, s.citations.map((c) => c.article)]),
    [
      ["held in custody", ["a"]],
      ["on bail", ["b"]],
    ],
  );
  // Both say he was convicted: no verdict dispute.
  assert.ok(!statusDisputes(d).some((c) => c.about === "verdict"), JSON.stringify(d.contradictions));
});

test("states: a co-defendant cleared against the same co-defendant convicted, not against the main defendant", () => {
  const d = pair(
    "Osric Vane was convicted of fraud on Tuesday. His former deputy, Linus Brack, who stood trial alongside Vane, was cleared of all charges.",
    "Osric Vane was found guilty of fraud on Tuesday. Linus Brack, his former deputy, was convicted of helping him hide the money.",
  );
  const x = statusDisputes(d).filter((c) => c.about === "verdict");
  assert.equal(x.length, 1, JSON.stringify(d.contradictions));
  const acquitted = x[0]!.sides.find((s) => s.label === "acquitted")!;
  const convicted = x[0]!.sides.find((s) => s.label === "convicted")!;
  assert.deepEqual(acquitted.citations.map((c) => c.article), ["a"]);
  assert.ok(acquitted.citations[0]!.text.includes("Brack"));
  assert.ok(convicted.citations.every((c) => c.text.includes("Brack")), JSON.stringify(convicted));
});

test("states: a ward reopened against the same ward still closed; other wards take no side", () => {
  const d = pair(
    "Norovirus has closed three wards at Tellby General. Wards 4, 5 and 8 remain closed to new admissions, the hospital said on Tuesday.",
    "Ward 5 at Tellby General reopened to new patients on Tuesday. Wards 4 and 8 remain closed.",
  );
  const x = statusDisputes(d);
  assert.equal(x.length, 1, JSON.stringify(d.contradictions));
  assert.deepEqual(
    x[0]!.sides.map((s) => [s.label, s.citations.map((c) => c.text)]),
    [
      ["reopened", ["Ward 5 at Tellby General reopened to new patients on Tuesday."]],
      ["still closed", ["Wards 4, 5 and 8 remain closed to new admissions, the hospital said on Tuesday."]],
    ],
  );
});

test("states: a bridge closed to all traffic against the same bridge still open to cars; a plan or another road takes no side", () => {
  const d = pair(
    "The Holm Bridge in the town centre is closed to all traffic after floodwater undermined one of its piers.",
    "The Holm Bridge remains open to cars, but lorries over 7.5 tonnes have been banned from it until engineers finish their checks.",
  );
  const x = statusDisputes(d);
  assert.deepEqual(x.map((c) => c.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).join(",")}`)), [["closed to traffic:a", "open to traffic:b"]], JSON.stringify(d.contradictions));
  const plan = pair("The Holm Bridge in the town centre is closed to all traffic after floodwater undermined one of its piers.", "The Holm Bridge will stay open to cars once engineers finish their checks.");
  assert.deepEqual(statusDisputes(plan), [], JSON.stringify(plan.contradictions));
  const other = pair("The Holm Bridge in the town centre is closed to all traffic after floodwater undermined one of its piers.", "The ring road remains open to cars, the council said.");
  assert.deepEqual(statusDisputes(other), [], JSON.stringify(other.contradictions));
});

test("states: to be sentenced next month against already jailed, the same man named; another man's sentence takes no side", () => {
  const d = pair(
    "Former harbour master Osric Vane was found guilty of fraud at Tellby Crown Court on Tuesday. Vane will be sentenced on 2 October.",
    "Crooked ex-harbour master Osric Vane was jailed for six years yesterday after pocketing harbour dues.",
  );
  const x = statusDisputes(d).filter((c) => c.about === "sentenced");
  assert.deepEqual(x.map((c) => c.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).join(",")}`)), [["to be sentenced:a", "sentenced:b"]], JSON.stringify(d.contradictions));
  const other = pair(
    "Former harbour master Osric Vane was found guilty of fraud at Tellby Crown Court on Tuesday. Vane will be sentenced on 2 October.",
    "Osric Vane was convicted of fraud on Tuesday. His accomplice, Piet Holm, was jailed for two years last spring.",
  );
  assert.deepEqual(statusDisputes(other).filter((c) => c.about === "sentenced"), [], JSON.stringify(other.contradictions));
});

test("states: `the university sacked Professor X` tells X dismissed, against X still suspended; `sacked` the other row lists too", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-12T09:00:00Z", "Tellby University said on Thursday that Professor Hanna Lorre has been dismissed after an inquiry into her research.") },
    { a: newsArticle("b", "Evening Star", "2026-05-12T10:00:00Z", "Tellby University sacked Professor Hanna Lorre on Wednesday, the day before it published the inquiry's report.") },
    { a: newsArticle("c", "Radio Tellby", "2026-05-12T11:00:00Z", "Prof Hanna Lorre remains suspended on full pay, the university said.") },
  ]);
  const x = statusDisputes(d).filter((c) => c.about === "suspended or dismissed");
  assert.deepEqual(x.map((c) => c.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).sort().join(",")}`)), [["suspended:c", "dismissed:a,b"]], JSON.stringify(d.contradictions));
});

test("states: retiring against forced out; calls for a resignation and a plan state nothing", () => {
  const retired = pair(
    "Grocer Tellmark said profit rose, in the last results of chief executive Ora Lind, who will retire in September.",
    "The results were the last for Ora Lind, who was forced out by the board last month.",
  );
  assert.equal(statusDisputes(retired).length, 1, JSON.stringify(retired.contradictions));
  const calls = pair("Prime Minister Edvin Sahl has ignored calls for his resignation over the harbour deal.", "Prime Minister Edvin Sahl was forced out of the talks on the harbour deal.");
  assert.deepEqual(statusDisputes(calls), []);
});

test("states: one outlet telling both states tells a sequence; another year's state is of another time", () => {
  const sequence = pair("Ora Lind was suspended in March and resigned on Friday.", "Ora Lind resigned on Friday, the board said.");
  assert.deepEqual(statusDisputes(sequence), []);
  const past = pair("Ora Lind retired in 2019 after nine years as chief executive.", "Ora Lind was sacked on Friday by the board of Tellmark.");
  assert.deepEqual(statusDisputes(past), []);
});

test("states: a dividend kept unchanged against raised; a price cut is another change", () => {
  const d = pair(
    "Tellmark kept its dividend unchanged, disappointing investors. The chain also cut prices on 900 products.",
    "Tellmark raised its final dividend by 4 per cent after profit rose.",
  );
  const x = statusDisputes(d);
  assert.equal(x.length, 1, JSON.stringify(d.contradictions));
  assert.deepEqual(
    x[0]!.sides.map((s) => s.label),
    ["unchanged", "changed"],
  );
  assert.ok(!x[0]!.sides.some((s) => s.citations.some((c) => c.text.includes("prices"))));
});

test("states: a translation that opens on a subject pronoun speaks of the person its article named last", () => {
  const fr = { ...newsArticle("c", "Le Messager", "2026-05-12T12:00:00Z", "L'ancien capitaine de port, Osric Vane, a été reconnu coupable de fraude mardi. Osric Vane avait toujours nié les faits. Il a été placé en détention à l'issue de l'audience."), language: "fr" };
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-12T09:00:00Z", "Former harbour master Osric Vane was found guilty of fraud at Tellby Crown Court on Tuesday. Judge Mara Holt remanded Vane in custody until sentencing.") },
    { a: newsArticle("b", "Evening Star", "2026-05-12T11:00:00Z", "Osric Vane, the former harbour master, was convicted of fraud on Tuesday. Vane, who was granted bail, will be sentenced next month.") },
    { a: fr },
  ]);
  const x = statusDisputes(d).find((c) => c.about === "custody");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).sort().join(",")), ["a,c", "b"]);
});

test("states: a cause not yet known or only supposed, against one confirmed, is a dispute of the happening's cause", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-08T07:00:00Z", "A fire destroyed the Orlin timber yard overnight. The cause of the fire is not yet known.") },
    { a: newsArticle("b", "Evening Star", "2026-05-08T08:00:00Z", "Investigators believe a faulty heater in the drying shed may have started the blaze at the Orlin timber yard.") },
    { a: newsArticle("c", "Daily Lantern", "2026-05-08T09:00:00Z", "Fire chiefs confirmed the blaze at the Orlin timber yard was started by a faulty heater in the drying shed.") },
  ]);
  const x = statusDisputes(d).find((c) => c.about === "cause");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).sort().join(",")), ["a,b", "c"]);
});

test("states: the cause of another happening of the event is no dispute of this one's", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-08T07:00:00Z", "A fire destroyed the Orlin timber yard overnight. The cause of the fire is not yet known.") },
    { a: newsArticle("c", "Daily Lantern", "2026-05-08T09:00:00Z", "Homes near the Orlin timber yard lost power overnight; the power cut was caused by a falling tree on the Senn road.") },
  ]);
  assert.ok(!statusDisputes(d).some((c) => c.about === "cause"), JSON.stringify(d.contradictions));
});

test("states: a player booked in one report and sent off in another, in one match", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-21T18:00:00Z", "Moments earlier, Harl defender Tomas Brevik was booked for a late challenge that started a scuffle between the benches.") },
    { a: newsArticle("b", "Daily Lantern", "2026-11-21T19:00:00Z", "Harl were left furious after defender Tomas BREVIK was SENT OFF for a wild lunge that sparked a touchline brawl.") },
  ]);
  const x = d.contradictions.find((c) => c.about === "booked or sent off");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => [s.label, s.citations.map((c) => c.article).join(",")]), [["booked", "a"], ["sent off", "b"]]);
  // One report telling both (a second caution, then the dismissal) takes neither side.
  const both = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-21T18:00:00Z", "Tomas Brevik was booked in the first half. Tomas Brevik was sent off after a second caution in the 70th minute.") },
    { a: newsArticle("b", "Daily Lantern", "2026-11-21T19:00:00Z", "Harl were left furious after defender Tomas Brevik was sent off for a wild lunge.") },
  ]);
  assert.equal(both.contradictions.filter((c) => c.about === "booked or sent off").length, 0, JSON.stringify(both.contradictions));
});
