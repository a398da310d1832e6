// The same fact told in other words: counts written out (`two thousand`, `one and a half million`,
// `twenty-five`) meet the same counts in figures, and the general news paraphrases of
// src/dossier/lexicon.ts (`rang her to say well done` for `telephoned her to congratulate her`,
// `walked off the job` for `began a strike`) carry one key, so the wordings align as one claim.
// Every sentence here is written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../../src/core/tokenize.js";
import { buildDossier } from "../../src/dossier/index.js";
import { articleFeatures } from "../../src/dossier/features.js";
import { englishNumberWord, phraseKeys, translateWord, WHO_WORDS } from "../../src/dossier/lexicon.js";
import { numberWordRuns } from "../../src/dossier/quote-keys.js";
import { wordKey } from "../../src/dossier/text.js";
import { makeInput, twoSourceContradictions } from "../fixtures/dossier/story.js";

function figures(text: string): (number | null)[] {
  const numberOf = (t: { norm: string }): number | null => {
    const k = englishNumberWord(t.norm);
    return k?.startsWith("n:") ? Number(k.slice(2)) : null;
  };
  return [...numberWordRuns(tokenize(text), numberOf).values()].map((r) => r.value);
}

function story(texts: string[]) {
  const inputs = texts.map((text, i) => makeInput({ id: "abc"[i]!, outlet: ["Harbor Post", "Evening Star", "Valley Wire"][i]!, published: `2026-05-1${i}T08:00:00Z`, text }));
  return buildDossier("story", null, inputs).claims;
}

test("paraphrase numbers: compounds, thousands and halves are one figure", () => {
  assert.equal(englishNumberWord("twenty-five"), "n:25");
  assert.equal(englishNumberWord("ninety-nine"), "n:99");
  assert.equal(englishNumberWord("seventeen"), "n:17");
  assert.equal(englishNumberWord("twenty-something"), null);
  assert.deepEqual(figures("two thousand nurses"), [2000]);
  assert.deepEqual(figures("two thousand three hundred and twelve homes"), [2312]);
  assert.deepEqual(figures("some forty five families"), [45]);
  assert.deepEqual(figures("fifteen hundred seats"), [1500]);
  assert.deepEqual(figures("two hundred thousand voters"), [200000]);
  assert.deepEqual(figures("one hundred and ten metres"), [110]);
  // A half after `and`: `one and a half million` is 1.5 and the word `million`, as `1.5 million` is.
  assert.deepEqual(figures("one and a half million euros"), [1.5]);
  assert.deepEqual(figures("two and a half years"), [2.5]);
  // Vague amounts and lone `one` state no figure; two counts joined by `and` stay two.
  assert.deepEqual(figures("several thousand fans"), [null]);
  assert.deepEqual(figures("one of the five bridges"), []);
  assert.deepEqual(figures("between four and six hours"), []);
});

test("paraphrase numbers: French and German thousands are one figure too", () => {
  const foreign = (text: string, language: string): (number | null)[] => {
    const numberOf = (t: { norm: string }): number | null => {
      const k = translateWord(language, t.norm);
      return k?.startsWith("n:") ? Number(k.slice(2)) : null;
    };
    return [...numberWordRuns(tokenize(text), numberOf).values()].map((r) => r.value);
  };
  assert.deepEqual(foreign("depuis trois mille ans", "fr"), [3000]);
  assert.deepEqual(foreign("deux mille cinq cents maisons", "fr"), [2500]);
  assert.deepEqual(foreign("vier tausend Menschen", "de"), [4000]);
  assert.equal(translateWord("fr", "quarante"), "n:40");
});

/** The `n:` keys of an English text's clauses. */
function numberKeys(text: string): string[] {
  const input = makeInput({ id: "x", outlet: "Test Post", published: "2026-05-10T08:00:00Z", text });
  return articleFeatures(input.article, input.analysis).clauses.flatMap((c) => c.keys.filter((k) => k.startsWith("n:")));
}

test("paraphrase numbers: a written count keys its clause as the figure does", () => {
  assert.ok(numberKeys("Two thousand volunteers cleared the beach at Varn on Sunday.").includes("n:2000"));
  assert.ok(numberKeys("The new hall will seat one thousand five hundred people.").includes("n:1500"));
  assert.ok(numberKeys("The fund will pay out one and a half million crowns this year.").includes("n:1.5"));
  assert.ok(numberKeys("Twenty-five climbers were rescued from the ridge on Sunday.").includes("n:25"));
});

test("paraphrase numbers: `two thousand three hundred` and `2,300` state one claim", () => {
  // Without the figure the count's clause shares as many words with the clean-up as with the count.
  const claims = story([
    "The Varn festival closed on Sunday after four days of music. Two thousand three hundred volunteers helped at the festival, the organisers said. Next year's festival will move to July.",
    "The Varn festival relied on 2,300 volunteers this year. Volunteers from the festival helped clean the park on Monday. Ticket sales rose by a tenth.",
  ]);
  const count = claims.find((c) => c.support.some((s) => s.article === "a" && s.text.startsWith("Two thousand")));
  assert.ok(count, "the volunteers claim is formed");
  const support = count.support.map((s) => `${s.article}: ${s.text}`).join(" | ");
  assert.ok(count.support.some((s) => s.article === "b" && s.text.includes("2,300")), support);
});

/** The phrase keys of a sentence, with names (capitals past the first word) and pronouns as `@who`. */
function keysOf(text: string): string[] {
  const words = text.split(/\s+/);
  return phraseKeys(
    words.map((w) => wordKey(w.toLowerCase())),
    words.map((w, i) => WHO_WORDS.has(w.toLowerCase()) || (i > 0 && /^\p{Lu}/u.test(w))),
  );
}

test("paraphrase phrases: general swaps carry their head's key; other senses carry nothing", () => {
  assert.deepEqual(keysOf("she rang him to say well done"), ["w:" + wordKey("telephone"), "w:" + wordKey("congratulate")]);
  assert.deepEqual(keysOf("the coach called Ostrova after the race"), ["w:" + wordKey("telephone")]);
  assert.deepEqual(keysOf("bus drivers walked off the job at noon"), ["w:strike"]);
  assert.deepEqual(keysOf("miners downed tools on Friday"), ["w:strike"]);
  assert.deepEqual(keysOf("the owners will answer for the collapse"), ["w:" + wordKey("account")]);
  assert.deepEqual(keysOf("the catastrophe left the valley without power"), ["w:" + wordKey("disaster")]);
  assert.deepEqual(keysOf("the mill was shut on Monday"), ["w:close"]);
  assert.deepEqual(keysOf("two lorries collided on the bridge"), ["w:" + wordKey("truck"), "w:" + wordKey("crash")]);
  assert.deepEqual(keysOf("the insurer said sorry to its customers"), ["w:" + wordKey("apologise")]);
  assert.deepEqual(keysOf("auditors uncovered the fraud in May"), ["w:" + wordKey("discover")]);
  assert.deepEqual(keysOf("detectives questioned the climbers"), []);
  assert.deepEqual(keysOf("three hikers are still unaccounted for"), ["w:" + wordKey("missing")]);
  // `call` and `ring` are a telephone call only when said of a person.
  assert.deepEqual(keysOf("the union called for talks"), []);
  assert.deepEqual(keysOf("the premier called a snap election"), []);
  assert.deepEqual(keysOf("the church bell rang at noon"), []);
  // `walk out` of a meeting is no strike; the head's own word adds nothing.
  assert.deepEqual(keysOf("the delegates walked out of the meeting"), []);
  assert.deepEqual(keysOf("the strike began on Monday"), []);
});


test("paraphrase phrases: `the` before a role that ends its phrase is whom a call is made to", () => {
  const keys = (text: string): string[] => {
    const input = makeInput({ id: "x", outlet: "Test Post", published: "2026-05-10T08:00:00Z", text });
    return articleFeatures(input.article, input.analysis).clauses.flatMap((c) => c.keys);
  };
  const phone = "w:" + wordKey("telephone");
  assert.ok(keys("A neighbour called the police at about midnight on Sunday.").includes(phone));
  assert.ok(!keys("The premier called the general election for early June.").includes(phone));
  assert.ok(!keys("The union called the strike after talks collapsed on Sunday.").includes(phone));
});

test("paraphrase phrases: `rang her to say well done` joins `telephoned her to congratulate her`", () => {
  // Both of the runner-up's clauses name the winner: only the act tells the call from the race.
  const claims = story([
    "Petra Ostrova won the Varn marathon on Sunday in a course record. Lena Dahl finished second, two minutes behind Ostrova. Dahl telephoned Ostrova to congratulate her. Ostrova will defend her title in Lisk next month.",
    "Ostrova took the Varn marathon on Sunday with a record time. Dahl rang Ostrova to say well done. Dahl had led Ostrova until the last climb. Ostrova's coach praised her pacing.",
    "A record fell at the Varn marathon, won by Petra Ostrova on Sunday. Ostrova beat Dahl by two minutes. Dahl called Ostrova to congratulate her, the organisers said.",
  ]);
  const call = claims.find((c) => c.support.some((s) => s.article === "a" && s.text.includes("telephoned")));
  assert.ok(call, "the call claim is formed");
  const support = call.support.map((s) => `${s.article}: ${s.text}`).join(" | ");
  assert.ok(call.support.some((s) => s.article === "b" && s.text.includes("rang Ostrova")), support);
  assert.ok(call.support.some((s) => s.article === "c" && s.text.includes("called Ostrova")), support);
});

test("paraphrase phrases: `walked off the job` joins `began a strike`", () => {
  // The cancelled services share the bus, the town and the day as well: only the act tells them apart.
  const claims = story([
    "Bus drivers in Varn began a strike on Monday over pay. The drivers want a 6 per cent rise. The council said talks with the drivers would resume next week.",
    "Bus services in Varn were cancelled on Monday. Varn's bus crews walked off the job on Monday in a row over wages. The council offered the crews 3 per cent.",
  ]);
  const strike = claims.find((c) => c.support.some((s) => s.article === "a" && s.text.includes("began a strike")));
  assert.ok(strike, "the strike claim is formed");
  const support = strike.support.map((s) => `${s.article}: ${s.text}`).join(" | ");
  assert.ok(strike.support.some((s) => s.article === "b" && s.text.includes("walked off the job")), support);
  assert.equal(strike.status, "corroborated");
});

test("paraphrase numbers: a headcount written in words is one figure", () => {
  const found = twoSourceContradictions(
    "strike",
    "Two thousand nurses walked out at the Varn hospitals on Monday, according to their union.",
    "About 1,800 nurses joined the strike in Varn on Monday, the health authority said.",
  ).filter((c) => c.about === "how many took part");
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]!.sides.map((s) => s.label), ["2,000 taking part", "1,800 taking part"]);
});

test("paraphrase clauses: `– and` after a statement starts a clause of its own", async () => {
  const { clauseSpans } = await import("../../src/dossier/text.js");
  const spans = (s: string): string[] => clauseSpans(s, 0, s.length).map((c) => s.slice(c.start, c.end));
  assert.deepEqual(spans("Three wolves were set loose in the Varn hills on Sunday – and cattle farmers are furious."), [
    "Three wolves were set loose in the Varn hills on Sunday",
    "and cattle farmers are furious.",
  ]);
  // Scraped text prints the dash as a spaced hyphen.
  assert.deepEqual(spans("The two ministers shook hands on the deal in Varn - and set aside 300 million crowns for new dykes."), [
    "The two ministers shook hands on the deal in Varn",
    "and set aside 300 million crowns for new dykes.",
  ]);
  assert.equal(spans("The Varn-Ostra bridge - the longest in the region - opened on Monday and cost little.").length, 1);
  // A dash around a short aside is no second statement.
  assert.equal(spans("The mayor — and her deputy — opened the new bridge over the Varn on Monday.").length, 1);
});

test("paraphrase clauses: a reaction told after `– and` meets the same reaction told alone", () => {
  const claims = story([
    "Three wolves were set loose in the Varn hills on Sunday – and cattle farmers are not pleased. Rangers will follow the wolves by radio collar.",
    "Three grey wolves were released into the Varn hills on Sunday, May 10. Cattle farmers are opposed. The wolves came from a park in the north.",
  ]);
  const farmers = claims.find((c) => c.support.some((s) => s.article === "b" && s.text.startsWith("Cattle farmers are opposed")));
  assert.ok(farmers, "the farmers' claim is formed");
  const support = farmers.support.map((s) => `${s.article}: ${s.text}`).join(" | ");
  // It cites the reaction, not the release the sentence told first.
  assert.ok(farmers.support.some((s) => s.article === "a" && s.text.includes("not pleased") && !s.text.includes("wolves")), support);
  const release = claims.find((c) => c.support.some((s) => s.article === "b" && s.text.includes("released into the Varn hills")));
  assert.ok(release?.support.some((s) => s.article === "a" && s.text.startsWith("Three wolves were set loose")), "the release claim holds both leads");
});
