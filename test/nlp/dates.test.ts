import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./helpers.js";
import type { Analysis } from "../../src/core/types.js";
import { tenseAt } from "../../src/nlp/dates.js";

function dateOf(a: Analysis, text: string, needle: string): { resolved: string | null; anchor: string | null; unresolved?: string; sentence: number } {
  const at = text.indexOf(needle);
  const d = a.dates.find((x) => x.start <= at && at < x.end);
  assert.ok(d, `a date covers "${needle}"`);
  return d;
}

test("relative dates anchor on a date the text states when there is no published date", () => {
  const t = [
    "The envoy will meet the council on Tuesday to discuss security.",
    "\"Tomorrow he will see them,\" the minister told the agency on Monday, March 8.",
    "The rebels entered the capital on Sunday.",
  ].join("\n");
  const a = run(t);
  assert.equal(dateOf(a, t, "on Tuesday").resolved, "--03-09", "future tense: the Tuesday after Monday, March 8");
  assert.match(dateOf(a, t, "on Tuesday").anchor ?? "", /Monday, March 8/);
  assert.equal(dateOf(a, t, "Tomorrow").resolved, "--03-09");
  assert.equal(dateOf(a, t, "Monday, March 8").resolved, "--03-08");
  assert.equal(dateOf(a, t, "on Sunday").resolved, "--03-07", "past tense: the Sunday before");
  assert.equal(dateOf(a, t, "on Sunday").sentence, 2);
});

test("a relative date in apposition to an absolute one is that date", () => {
  const t = "The talks open tomorrow, Wednesday June 2, in the capital.";
  const a = run(t);
  assert.equal(dateOf(a, t, "tomorrow").resolved, "--06-02");
});

test("published dates anchor relative expressions and give years", () => {
  const t = "Officials met yesterday. They will return on Friday. The accord of May 3 stands. Two days ago it rained.";
  const a = run(t, { published: "2019-05-08T10:00:00Z" }); // a Wednesday
  assert.equal(dateOf(a, t, "yesterday").resolved, "2019-05-07");
  assert.equal(dateOf(a, t, "yesterday").anchor, "published");
  assert.equal(dateOf(a, t, "on Friday").resolved, "2019-05-10");
  assert.equal(dateOf(a, t, "May 3").resolved, "2019-05-03");
  assert.equal(dateOf(a, t, "Two days ago").resolved, "2019-05-06");
});

test("an explicit year is kept; a stated year anchors year-less dates", () => {
  const t = "The treaty was signed on 12 October 2015. Talks resumed on November 3.";
  const a = run(t);
  assert.equal(dateOf(a, t, "12 October 2015").resolved, "2015-10-12");
  assert.equal(dateOf(a, t, "November 3").resolved, "2015-11-03");
});

test("relative dates without any anchor stay unresolved with a reason, never guessed from the clock", () => {
  const t = "The minister arrived yesterday and will leave on Thursday.";
  const a = run(t);
  for (const needle of ["yesterday", "on Thursday"]) {
    const d = dateOf(a, t, needle);
    assert.equal(d.resolved, null);
    assert.ok(d.unresolved && d.unresolved.length > 0);
  }
});

test("weekdays need a weekday or year on the anchor; plain day offsets do not", () => {
  const t = "On March 8 the council met. The day before yesterday nothing happened. It resumes on Friday.";
  const a = run(t);
  assert.equal(dateOf(a, t, "on Friday").resolved, null);
  assert.match(dateOf(a, t, "on Friday").unresolved ?? "", /weekday/);
});

test("a year-less date takes the year that puts it nearest publication", () => {
  const t = "The ceasefire signed on December 30 held through the holiday.";
  const a = run(t, { published: "2021-01-02" });
  assert.equal(dateOf(a, t, "December 30").resolved, "2020-12-30");
});

test("a weekday takes the tense of its own clause, not of the whole sentence", () => {
  const t = [
    "The minister said she had asked for a report and would visit the town on Wednesday.",
    "The government will rebuild the town flooded by the river on Monday, the minister announced on Friday.",
    "Although on Monday he said part of the staff would be evacuated, the embassy stayed open.",
  ].join("\n");
  const a = run(t, { published: "2026-03-20T10:00:00Z" }); // a Friday
  assert.equal(dateOf(a, t, "on Wednesday").resolved, "2026-03-25", "would visit: the Wednesday to come");
  assert.equal(dateOf(a, t, "on Monday, the").resolved, "2026-03-16", "flooded on Monday: past, despite the sentence's 'will'");
  assert.equal(dateOf(a, t, "on Friday").resolved, "2026-03-20", "announced on Friday: the publication day");
  assert.equal(dateOf(a, t, "on Monday he").resolved, "2026-03-16", "said on Monday: past, though the reported clause says 'would'");
});

test("tenseAt: the nearest tense marker in the clause, else the sentence's future, else the past", () => {
  const at = (s: string, needle: string) => tenseAt(s, s.indexOf(needle), s.indexOf(needle) + needle.length);
  assert.equal(at("He would visit the town on Wednesday.", "on Wednesday"), "future");
  assert.equal(at("The plant reopened on Monday, and workers will return.", "on Monday"), "past");
  assert.equal(at("On Tuesday, the envoy will meet the council.", "On Tuesday"), "future", "no marker in the clause: the sentence's future");
  assert.equal(at("On Tuesday, the envoy met the council.", "On Tuesday"), "past");
  assert.equal(at("Talks are due to resume on Thursday after a pause.", "on Thursday"), "future");
  assert.equal(at("They need speed on Friday.", "on Friday"), "past", "-eed words are no past forms, and nothing says future");
});

test("an undated report counts a past weekday as the nearer one around the date it states; until/from/by look ahead", () => {
  const t = [
    "The explosion on Monday, March 9, killed 15 workers at the plant.",
    "Investigators searched the company's offices on Thursday evening.",
    "The funerals of the victims took place on Sunday.",
    "The port will stay closed until Wednesday, and new rules apply from Monday.",
    "Rescuers had worked through the night on Sunday before the blast, last Friday's drill forgotten.",
  ].join("\n");
  const a = run(t);
  assert.equal(dateOf(a, t, "on Thursday evening").resolved, "--03-12", "three days after the stated Monday, not four before");
  assert.equal(dateOf(a, t, "until Wednesday").resolved, "--03-11");
  assert.equal(dateOf(a, t, "from Monday").resolved, "--03-16");
  assert.equal(dateOf(a, t, "on Sunday before").resolved, "--03-08", "the Sunday just before the stated Monday");
  assert.equal(dateOf(a, t, "last Friday").resolved, "--03-06", "'last' keeps the past");
});

test("French, Spanish and German dates resolve with their language's words for days and direction", () => {
  const fr = "Lundi 9 mars, une explosion a frappé l'usine. Le port restera fermé jusqu'à mercredi, a annoncé jeudi la préfecture.";
  const a = run(fr, { language: "fr" });
  assert.equal(dateOf(a, fr, "Lundi 9 mars").resolved, "--03-09");
  assert.equal(dateOf(a, fr, "mercredi").resolved, "--03-11", "jusqu'à: ahead");
  assert.equal(dateOf(a, fr, "jeudi").resolved, "--03-12", "told in the past, the nearer Thursday around the stated Monday");
  const es = "El río se desbordó el lunes 16 de marzo tras la suelta del domingo por la noche. La ministra visitará la zona el miércoles.";
  const b = run(es, { language: "es" });
  assert.equal(dateOf(b, es, "lunes 16 de marzo").resolved, "--03-16");
  assert.equal(dateOf(b, es, "domingo").resolved, "--03-15");
  assert.equal(dateOf(b, es, "miércoles").resolved, "--03-18", "visitará: ahead");
  const de = "Am Montag, 9. März, sagte die Polizei, der Hafen bleibe bis Mittwoch geschlossen. Gestern wurden zwei Menschen verletzt.";
  const c = run(de, { language: "de", published: "2026-03-10T08:00:00Z" });
  assert.equal(dateOf(c, de, "Montag, 9. März").resolved, "2026-03-09");
  assert.equal(dateOf(c, de, "Mittwoch").resolved, "2026-03-11");
  assert.equal(dateOf(c, de, "Gestern").resolved, "2026-03-09", "casual words that chrono leaves untagged");
});

test("'the following day' and 'the next day' are the day after the date told just before", () => {
  const t = [
    "The leak was found on Thursday, June 4, and the regulator was told the next day.",
    "Engineers sealed the pipe on Saturday. Divers checked it the following day.",
    "Nobody knows what the next day will bring.",
  ].join("\n");
  const a = run(t, { published: "2026-06-10T09:00:00Z" });
  assert.equal(dateOf(a, t, "the next day.").resolved, "2026-06-05");
  assert.equal(dateOf(a, t, "the following day").resolved, "2026-06-07", "the day after Saturday, June 6");
  const third = t.lastIndexOf("the next day");
  assert.ok(!a.dates.some((d) => d.start === third), "no date before it in reach: left alone");
});

test("a year told relative to publication ('March next year') counts from the published date, and is no date without one", () => {
  const t = "The brewery will close by the end of March next year, the owners said on Tuesday.";
  const dated = run(t, { published: "2030-09-24T10:00:00Z" });
  assert.equal(dateOf(dated, t, "end of March next year").resolved, "2031-03-31");
  assert.equal(dateOf(dated, t, "on Tuesday").resolved, "2030-09-24");
  // Undated: chrono's year is counted from its arbitrary reference; neither date may come from it.
  const undated = run(t);
  const close = dateOf(undated, t, "end of March next year");
  assert.equal(close.resolved, null);
  assert.ok(close.unresolved);
  assert.equal(dateOf(undated, t, "on Tuesday").resolved, null);
});

test("a two-digit year is a written year ('on 10 Nov 11'), not one counted from publication", () => {
  const t = "The ship sank on 10 Nov 11 off the cape, and divers reached it on 4 December 02.";
  const a = run(t);
  assert.equal(dateOf(a, t, "10 Nov 11").resolved, "2011-11-10");
  assert.equal(dateOf(a, t, "4 December 02").resolved, "2002-12-04");
});

test("a weekday with its part of the day is that weekday, in every language ('samedi après-midi', 'sabato pomeriggio')", () => {
  const fr = "Le feu, parti samedi après-midi sur la lande, a détruit 14 maisons. Les gendarmes ont arrêté un suspect mardi soir.";
  const a = run(fr, { language: "fr", published: "2026-06-04T08:00:00Z" });
  assert.equal(dateOf(a, fr, "samedi après-midi").resolved, "2026-05-30");
  assert.equal(dateOf(a, fr, "mardi soir").resolved, "2026-06-02");
  const it = "L'incendio è scoppiato sabato pomeriggio vicino al confine.";
  assert.equal(dateOf(run(it, { language: "it", published: "2026-06-04T08:00:00Z" }), it, "sabato pomeriggio").resolved, "2026-05-30");
  const en = "The fire broke out on Saturday afternoon, May 30, near the border.";
  assert.equal(dateOf(run(en, { published: "2026-06-04T08:00:00Z" }), en, "Saturday afternoon").resolved, "2026-05-30");
});

test("a day's abbreviation inside a longer word is no date ('fr' of 'frühestens')", () => {
  const de = "Die Bahn rechnet damit, dass die Strecke frühestens am Montag wieder befahrbar ist.";
  const a = run(de, { language: "de", published: "2026-06-17T08:00:00Z" });
  assert.deepEqual(
    a.dates.map((d) => d.text),
    ["am Montag"],
  );
  assert.equal(dateOf(a, de, "am Montag").resolved, "2026-06-22", "frühestens: a day ahead");
});
