// Reported speech patterns, mixed sentences, and speakers given as names, pronouns and roles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { article, quotesOf, quoteStarting } from "./helpers.js";
import { analyze } from "../../../src/nlp/index.js";

function only(text: string, start: string) {
  return quoteStarting(quotesOf(text), start);
}

test("reported: X said (that) …", () => {
  const q = only(`Mara Quell said that the bridge would reopen in May.`, "that the bridge");
  assert.equal(q.kind, "indirect");
  assert.equal(q.text, "that the bridge would reopen in May");
  assert.equal(q.speaker?.name, "Mara Quell");
  assert.equal(q.cue?.text, "said");
  const q2 = only(`Mara Quell said the bridge would reopen in May.`, "the bridge");
  assert.equal(q2.text, "the bridge would reopen in May");
});

test("reported: according to X, … and …, according to X", () => {
  const a = only(`According to Mara Quell, the bridge will reopen in May.`, "the bridge");
  assert.equal(a.speaker?.name, "Mara Quell");
  assert.equal(a.cue?.text, "According to");
  const b = only(`The bridge will reopen in May, according to the transport ministry.`, "The bridge");
  assert.equal(b.text, "The bridge will reopen in May");
  assert.match(b.speaker?.name ?? "", /transport ministry/i);
});

test("reported: …, X said. and …, said X.", () => {
  const a = only(`The bridge will reopen in May, Mara Quell said.`, "The bridge");
  assert.equal(a.kind, "indirect");
  assert.equal(a.speaker?.name, "Mara Quell");
  const b = only(`The bridge will reopen in May, said Mara Quell.`, "The bridge");
  assert.equal(b.speaker?.name, "Mara Quell");
  assert.equal(b.cue?.text, "said");
});

test("reported: X told Y (that) …", () => {
  const q = only(`Mara Quell told the council that the bridge would reopen in May.`, "that the bridge");
  assert.equal(q.speaker?.name, "Mara Quell");
  assert.equal(q.cue?.text, "told");
});

test("reported: assured/stressed/added/warned/noted/explained/claimed/announced/insisted that …", () => {
  for (const verb of ["assured", "stressed", "added", "warned", "noted", "explained", "claimed", "announced", "insisted"]) {
    const q = only(`Mara Quell ${verb} that the bridge was safe for traffic.`, "that the bridge");
    assert.equal(q.cue?.text, verb, verb);
    assert.equal(q.speaker?.name, "Mara Quell", verb);
  }
});

test("reported: X's spokesperson said …", () => {
  const q = only(`The mayor's spokesperson said the bridge was safe for traffic.`, "the bridge");
  assert.equal(q.speaker?.name, "The mayor's spokesperson");
});

test("mixed: quoted fragments inside a reported clause", () => {
  const text = `Mara Quell said “part” of the city staff would be “moved” to the new offices next year.`;
  const qs = quotesOf(text);
  const mixed = qs.filter((q) => q.kind === "mixed");
  assert.equal(mixed.length, 1);
  assert.ok(mixed[0]!.text.startsWith("“part” of the city staff"));
  assert.equal(mixed[0]!.speaker?.name, "Mara Quell");
});

test("mixed: a clause that is mostly one quotation is a direct quote of the fragment", () => {
  const q = only(`Mara Quell said that “the bridge is safe and will stay open all winter.”`, "the bridge is safe");
  assert.equal(q.kind, "direct");
  assert.equal(q.speaker?.name, "Mara Quell");
});

test("fragments: praise frames its quoted words, the appositive name before it their speaker; the sentence's next statement is no part of it", () => {
  const q = only(`Naviera Dunas's director general, Ramon Vidal, praised the crew for "getting every passenger off safely" and said the company would cooperate.`, "getting every");
  assert.equal(q.kind, "direct");
  assert.equal(q.speaker?.name, "Ramon Vidal");
  assert.equal(q.cue?.text, "praised");
});

test("speakers: a pronoun after the quote resolves to the person", () => {
  const text = `Mara Quell, the city's transport chief, visited the site on Monday.\n“The bridge is safe,” she said.`;
  const q = only(text, "The bridge is safe");
  assert.equal(q.cue?.text, "said");
  assert.equal(text.slice(q.speaker!.start, q.speaker!.end), "she");
  assert.equal(q.speaker?.name, "Mara Quell");
});

test("speakers: a surname resolves to the full name", () => {
  const text = `Mara Quell visited the site on Monday.\n“The bridge is safe,” Quell said.`;
  assert.equal(only(text, "The bridge is safe").speaker?.name, "Mara Quell");
});

test("speakers: role noun phrases and organisations", () => {
  const a = only(`“The bridge is safe,” the transport minister said.`, "The bridge");
  assert.equal(a.speaker?.name.toLowerCase().includes("minister"), true);
  const b = only(`“The bridge is safe,” said the Transport Ministry.`, "The bridge");
  assert.match(b.speaker?.name ?? "", /Transport Ministry/);
});

test("speakers: a quote alone in its paragraph takes the speaker of the attribution next to it", () => {
  const text = `“We will reopen the bridge in May,” Mara Quell said.\n“Nobody will pay a toll.”\nThe council agreed.`;
  const q = only(text, "Nobody will pay");
  assert.equal(q.speaker?.name, "Mara Quell");
  const text2 = `Mara Quell went on:\n“Nobody will pay a toll.”`;
  assert.equal(only(text2, "Nobody will pay").cue?.text, "went on");
});

test("speakers: the cue after the quote in the next sentence (“…” X said.)", () => {
  const q = only(`“The bridge is safe. Traffic will flow again.” Mara Quell said.`, "The bridge is safe");
  assert.equal(q.speaker?.name, "Mara Quell");
});

test("foreign cues: French, Spanish and German reporting verbs", () => {
  assert.equal(only(`« Le pont est sûr », a déclaré Mara Quell.`, "Le pont").cue?.text, "déclaré");
  assert.equal(only(`“El puente es seguro”, dijo Mara Quell.`, "El puente").cue?.text, "dijo");
  assert.equal(only(`„Die Brücke ist sicher“, sagte Mara Quell.`, "Die Brücke").cue?.text, "sagte");
});

test("speakers: a dash signature after the closing mark names the speaker", () => {
  const text = `Readers wrote in after the vote.\n“The bridge should have opened years ago.”\u00a0― Mara Quell\u00a0\n“I will walk across it on day one.” — Tomas Reyn, a retired ferryman\n“It cost too much.” — and nobody disagreed.`;
  const qs = quotesOf(text);
  assert.equal(quoteStarting(qs, "The bridge should").speaker?.name, "Mara Quell");
  assert.equal(quoteStarting(qs, "I will walk").speaker?.name, "Tomas Reyn");
  // A dash that opens an aside signs nothing.
  assert.notEqual(quoteStarting(qs, "It cost too much").speaker?.name, "and nobody");
});

test("speakers: a fragment inside nested clauses belongs to the speech verb, not a noun cue", () => {
  const text = `In a statement, Mara Quell said the council's decision “will leave the whole valley without a crossing.”`;
  const q = quoteStarting(quotesOf(text).filter((x) => x.kind === "direct"), "will leave");
  assert.equal(q.speaker?.name, "Mara Quell");
});

test("speakers: a title or an initial with its period stays inside the speaker's name", () => {
  const text = `The council met on Monday.\n\n“I have never been overruled,” Mr. Quell, 82, told me.\n\n“We will stay,” said Marc H. Reyn.`;
  const qs = quotesOf(text);
  assert.match(quoteStarting(qs, "I have never").speaker?.name ?? "", /Quell/);
  assert.match(quoteStarting(qs, "We will stay").speaker?.name ?? "", /Reyn/);
});

test("reported: an attribution in the middle of its sentence splits the content in two pieces with one cue", () => {
  const qs = quotesOf(`The old bridge, Mara Quell said on Monday, will reopen in May after the repairs.`);
  const a = quoteStarting(qs, "The old bridge");
  const b = quoteStarting(qs, "will reopen");
  assert.equal(b.text, "will reopen in May after the repairs");
  assert.equal(a.speaker?.name, "Mara Quell");
  assert.equal(b.speaker?.name, "Mara Quell");
  assert.deepEqual(a.cue, b.cue);
  // A participle after the attribution opens its own clause instead.
  const c = quotesOf(`The bridge will reopen in May, Mara Quell said, adding that the ferry will stop.`);
  assert.equal(c.filter((q) => q.text.startsWith("adding")).length, 0);
});

test("cues: a speech verb used as a noun is not a cue (the state, Lind's comments)", () => {
  const qs = quotesOf(`Officials in the state expect a long winter. Lind's comments about the ferry were brief.`);
  assert.equal(qs.filter((q) => q.cue?.text === "state" || q.cue?.text === "comments").length, 0);
});

test("speakers: an adverb between subject and verb, and a coordinated verb after an opener", () => {
  const a = quoteStarting(quotesOf(`Mara Quell flatly denied that the bridge was unsafe.`), "that the bridge");
  assert.equal(a.speaker?.name, "Mara Quell");
  const b = quoteStarting(quotesOf(`However, Mara Quell left the meeting and said the crossing would close in May.`), "the crossing");
  assert.equal(b.speaker?.name, "Mara Quell");
});

test("speakers: a quote after a participle clause continues the direct quote before it (one cue)", () => {
  const text = `“The bridge will reopen in May,” Mara Quell said, adding that the ferry would stop. “We have waited long enough.”`;
  const qs = quotesOf(text);
  const a = quoteStarting(qs, "The bridge will");
  const b = quoteStarting(qs, "We have waited");
  assert.equal(b.speaker?.name, "Mara Quell");
  assert.deepEqual(b.cue, a.cue);
});

test("cues: a document's text (`the letter reads`)", () => {
  const q = quoteStarting(quotesOf(`“We ask the council to reconsider the closure,” the letter reads.`), "We ask");
  assert.equal(q.cue?.text, "reads");
  assert.match(q.speaker?.name ?? "", /letter/);
});

test("cues: `as X put it`", () => {
  const q = quoteStarting(quotesOf(`As the ferry captain Tomas Reyn put it, “nobody asked the people who cross every day.”`), "nobody asked");
  assert.equal(q.cue?.text, "put it");
  assert.match(q.speaker?.name ?? "", /Tomas Reyn/);
});

test("reported: `urged X to …` keeps the object in the content, `told X that …` does not", () => {
  const a = quoteStarting(quotesOf(`Mara Quell urged commuters to avoid the old bridge in May.`), "commuters");
  assert.equal(a.text, "commuters to avoid the old bridge in May");
  const b = quoteStarting(quotesOf(`Mara Quell told commuters that the old bridge would close in May.`), "that the old");
  assert.equal(b.speaker?.name, "Mara Quell");
});

test("cues: a determiner-like word ending the quote does not make the verb after it a noun", () => {
  const q = quoteStarting(quotesOf(`“Is the bridge safe? No,” said Mara Quell. “It is not.”`), "Is the bridge");
  assert.equal(q.cue?.text, "said");
  assert.equal(q.speaker?.name, "Mara Quell");
});

test("speakers: a reported clause with its attribution after it, then a quote, is one statement", () => {
  const qs = quotesOf(`The bridge will stay closed until May, Mara Quell said. “We cannot take the risk.”`);
  const a = quoteStarting(qs, "The bridge will");
  const b = quoteStarting(qs, "We cannot");
  assert.equal(b.speaker?.name, "Mara Quell");
  assert.deepEqual(b.cue, a.cue);
});

test("speakers: a participle after the main verb's object takes the main subject (`issued a statement saying`)", () => {
  const a = quoteStarting(quotesOf(`Mara Quell issued a statement saying the bridge “is safe for every crossing we run.”`).filter((q) => q.kind === "direct"), "is safe");
  assert.equal(a.speaker?.name, "Mara Quell");
  const b = quoteStarting(quotesOf(`The council posted a video on Monday, saying, “We will reopen the bridge in May.”`), "We will reopen");
  assert.match(b.speaker?.name ?? "", /council/);
});

test("French, Spanish and German speakers: pronouns, inversion, role phrases and appositions name the person", () => {
  const lang = (text: string, language: string) => analyze({ ...article(text), language }).quotes;
  const fr = lang(
    "La capitaine Maud Ferrand dirigeait les secours. « Je n'ai jamais vu un feu pareil », a-t-elle confié. " +
      "Le ministre de l'Intérieur, Paul Devos, est arrivé sur place. « Les responsables devront répondre », a déclaré le ministre. " +
      "Il a ajouté que le site resterait fermé.",
    "fr",
  );
  assert.equal(quoteStarting(fr, "Je n'ai jamais").speaker?.name, "Maud Ferrand");
  assert.equal(quoteStarting(fr, "Les responsables").speaker?.name, "Paul Devos");
  assert.equal(quoteStarting(fr, "que le site resterait").speaker?.name, "Paul Devos");
  const es = lang(
    "«El agua subió muy rápido», dijo la alcaldesa de Lorvan, Inés Prado. La alcaldesa aseguró que nadie avisó al pueblo. " +
      "«Es un día histórico», afirmó la ministra de Asuntos Exteriores, Clara Vennick.",
    "es",
  );
  assert.equal(quoteStarting(es, "El agua").speaker?.name, "Inés Prado");
  assert.equal(quoteStarting(es, "que nadie").speaker?.name, "Inés Prado");
  assert.equal(quoteStarting(es, "Es un día").speaker?.name, "Clara Vennick");
});

test("direct: a manner-of-speaking verb (`fumed`) attributes the quote to the name after it, not to an earlier speaker", () => {
  const text = `One supporter, Milo Barr, said: "Free buses are great."\n\n"She'll ruin the high street," fumed shop owner Vera Nolte, 61.`;
  const q = only(text, "She'll ruin");
  assert.equal(q.speaker?.name, "Vera Nolte");
  assert.equal(q.cue?.text, "fumed");
});

test("speaker after the cue: a role between a body and a name, and a role phrase whose holder follows a comma", () => {
  // `Elmstow City manager Colm Reddaway`: the manager speaks, not the club.
  const a = only(`"He is the best striker in this league," said Elmstow City manager Colm Reddaway.`, "He is the best");
  assert.equal(a?.speaker?.name, "Colm Reddaway");
  // `the union's general secretary, Dora Feeney`: the name closing the clause is the speaker.
  const b = only(`"Nobody takes this step lightly," said the union's general secretary, Dora Feeney.`, "Nobody takes");
  assert.equal(b?.speaker?.name, "Dora Feeney");
});

test("a role phrase whose holder is named in commas right before the cue: the holder speaks", () => {
  const qs = quotesOf('The council met on Tuesday. "This budget protects the services people rely on most," the council leader, Patrick Lorne, told the chamber.');
  assert.equal(quoteStarting(qs, "This budget").speaker?.name, "Patrick Lorne");
  // Without a name in commas the role phrase stays the speaker.
  assert.equal(quoteStarting(quotesOf('"We will appeal," the chairman told reporters.'), "We will appeal").speaker?.name, "the chairman");
});

test("reported: a tabloid's verb of boasting (`crowed`, `gloated`) attributes what follows to its subject", () => {
  const q = quotesOf(`Mayor Ada Renholt crowed that the city had chosen "cleaner air and faster buses" - but shopkeepers were furious.`);
  const x = q.find((y) => y.text.includes("cleaner air"));
  assert.ok(x, JSON.stringify(q.map((y) => y.text)));
  assert.equal(x.speaker?.name, "Ada Renholt");
});

test("reported: a passive `are being told to` has no speaker in its subject (the shoppers are told, not telling)", () => {
  const q = quotesOf(`Shoppers are being told to check their fridges for any packs with best-before dates up to 2 December.`);
  assert.ok(!q.some((y) => y.speaker?.name === "being" || y.speaker?.name === "Shoppers"), JSON.stringify(q.map((y) => [y.text, y.speaker?.name])));
});
