// Direct quotes in every quotation style, across paragraphs, unclosed, and apostrophes that are not quotes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findMarkedSpans } from "../../../src/nlp/quotes/marks.js";
import { article, quotesOf, quoteStarting } from "./helpers.js";
import { analyze } from "../../../src/nlp/index.js";

const inner = (text: string) => findMarkedSpans(text).map((s) => text.slice(s.start, s.end));

test("marks: straight, curly, guillemets, German, PTB and single quotes", () => {
  assert.deepEqual(inner(`She said: "We will stay."`), ["We will stay."]);
  assert.deepEqual(inner(`“We will stay,” she said.`), ["We will stay,"]);
  assert.deepEqual(inner(`« Nous resterons », a déclaré la ministre.`), ["Nous resterons"]);
  assert.deepEqual(inner(`„Wir bleiben hier“, sagte die Ministerin.`), ["Wir bleiben hier"]);
  assert.deepEqual(inner("`` We will stay , '' she said ."), ["We will stay ,"]);
  assert.deepEqual(inner(`‘We will stay,’ she said.`), ["We will stay,"]);
  assert.deepEqual(inner(`'We will stay,' she said.`), ["We will stay,"]);
});

test("marks: doubled apostrophes on both sides, with a nested single quote", () => {
  assert.deepEqual(inner(`''We will stay,'' Mara Quell said. ''It is our town.''`), ["We will stay,", "It is our town."]);
  assert.deepEqual(inner(`He said ''I had to think, 'This is their lives.'''`), ["I had to think, 'This is their lives.'"]);
  // A PTB opener still takes the doubled apostrophe as its closer.
  assert.deepEqual(inner("`` We will stay , '' she said ."), ["We will stay ,"]);
});

test("marks: single quotes nested in double quotes stay inside the outer quote", () => {
  const text = `“He told me ‘never again’ and left,” Mara Quell said.`;
  assert.deepEqual(inner(text), ["He told me ‘never again’ and left,"]);
});

test("marks: apostrophes are not quotes (don't, '90s, students' books)", () => {
  assert.deepEqual(inner(`The students' books don't date from the '90s.`), []);
  assert.deepEqual(inner(`It wasn’t the students’ fault, he said.`), []);
  assert.deepEqual(inner(`In the ’90s we didn't care.`), []);
});

test("marks: a quote over several paragraphs (no closing mark until the last)", () => {
  const text = `Officials said:\n“The first part goes on.\n“The second part ends here.”\nNext paragraph.`;
  const spans = findMarkedSpans(text);
  assert.equal(spans.length, 1);
  assert.equal(text.slice(spans[0]!.start, spans[0]!.end), "The first part goes on.\n“The second part ends here.");
  assert.equal(spans[0]!.unclosed, false);
});

test("marks: a lost closing mark ends the quote at the paragraph end, unclosed", () => {
  const text = `The mayor spoke.\n“We will rebuild the bridge before winter\nOther news followed.`;
  const spans = findMarkedSpans(text);
  assert.equal(spans.length, 1);
  assert.equal(text.slice(spans[0]!.start, spans[0]!.end), "We will rebuild the bridge before winter");
  assert.equal(spans[0]!.unclosed, true);
});

test("marks: a lost closing mark with the next word glued on ends before the glued name", () => {
  const text = `“We will draw the right conclusionsTorvald said on Monday.`;
  const spans = findMarkedSpans(text);
  assert.equal(text.slice(spans[0]!.start, spans[0]!.end), "We will draw the right conclusions");
  assert.equal(spans[0]!.unclosed, true);
});

test("marks: a glued-on attribution ends a quote that lost its closer, though a later mark could close it", () => {
  // The scrape dropped `,” ` before the speaker; the straight marks around the chant are a quote of their own.
  const text = `“We go back when there is a contract on the tableMara Quell told the crowd, to chants of "Twelve hours is too long!"`;
  assert.deepEqual(inner(text), ["We go back when there is a contract on the table", "Twelve hours is too long!"]);
  assert.equal(findMarkedSpans(text)[0]!.unclosed, true);
  // A closed quote with no glued name keeps its closer.
  assert.deepEqual(inner(`“We go back when there is a contract,” Mara Quell told the crowd.`), ["We go back when there is a contract,"]);
});

test("direct quotes: each style yields a direct quote with cue and speaker", () => {
  const cases: [string, string, string, string][] = [
    [`"We will stay," Mara Quell said.`, "We will stay", "Mara Quell", "said"],
    [`“We will stay,” said Mara Quell.`, "We will stay", "Mara Quell", "said"],
    [`Mara Quell told reporters: “We will stay.”`, "We will stay", "Mara Quell", "told"],
    ["`` We will stay , '' Mara Quell said .", "We will stay", "Mara Quell", "said"],
    [`‘We will stay,’ Mara Quell said.`, "We will stay", "Mara Quell", "said"],
    [`„Wir bleiben hier“, sagte Mara Quell.`, "Wir bleiben", "Mara Quell", "sagte"],
    [`« Nous resterons », a déclaré Mara Quell.`, "Nous resterons", "Mara Quell", "déclaré"],
  ];
  for (const [text, start, speaker, cue] of cases) {
    const q = quoteStarting(quotesOf(text), start);
    assert.equal(q.kind, "direct", text);
    assert.equal(q.speaker?.name, speaker, text);
    assert.equal(q.cue?.text, cue, text);
  }
});

test("direct quotes: an unclosed quote is reported with unclosed: true", () => {
  const text = `Mara Quell spoke to the council.\n“We will rebuild the bridge before winter, and we will pay for it ourselves\nThe council voted later.`;
  const q = quoteStarting(quotesOf(text), "We will rebuild");
  assert.equal(q.unclosed, true);
  assert.ok(q.text.endsWith("ourselves"));
});

test("direct quotes: a title in quotation marks is not speech, even after a cue", () => {
  const qs = quotesOf(`Mara Quell said on “State of the Union.” In her book, “Bridges Are Not the Enemy,” she argues for ferries.`);
  assert.equal(qs.filter((q) => q.kind === "direct").length, 0);
  // Sentence case stays speech.
  const q = quoteStarting(quotesOf(`“Bridges are not the enemy,” Mara Quell said.`), "Bridges are");
  assert.equal(q.kind, "direct");
  // German capitalises nouns: a short German quote is not taken for a title.
  const de = analyze({ ...article(`„Keine Angst“, sagte die Ministerin am Montag in Berlin.`), language: "de" }).quotes;
  assert.equal(de.filter((x) => x.kind === "direct").length, 1);
});

test("direct quotes: scare quotes and titles without a cue are not quotes", () => {
  const qs = quotesOf(`The band played “Northern Lights” at the festival, a so-called “comeback” show.`);
  assert.deepEqual(qs, []);
});
