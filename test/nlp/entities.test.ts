import { test } from "node:test";
import assert from "node:assert/strict";
import { entityAt, run } from "./helpers.js";

const STORY = [
  "Ruritanian Ambassador to Freedonia Anna Kessler will meet leaders of the Velmar movement on Tuesday.",
  "This was said by Foreign Minister Tomas Brannigan in an interview with the Voice of Ostrava radio station. Brannigan said Ruritania would not rush.",
  "\"Our ambassador has contacted the Velmar leadership,\" he said. Mr. Brannigan added that the Velmar would decide.",
  "Brennigan stressed that the minister would wait. The Ruritanian diplomat said the International Monetary Fund (IMF) agreed.",
  "Kessler, the country's ambassador, confirmed it. She said IMF staff had left.",
].join("\n");

test("full names, surnames and honorific forms resolve to one person", () => {
  const a = run(STORY);
  const b = entityAt(a, STORY, "Tomas Brannigan")!;
  assert.equal(b.type, "person");
  assert.equal(b.name, "Tomas Brannigan");
  assert.equal(entityAt(a, STORY, "Brannigan", 1), b, "surname");
  assert.equal(entityAt(a, STORY, "Mr. Brannigan"), b, "Mr. + surname");
  assert.ok(b.mentions.some((m) => m.text === "Mr. Brannigan" && m.form === "partial"));
  const k = entityAt(a, STORY, "Anna Kessler")!;
  assert.notEqual(k, b);
  assert.equal(entityAt(a, STORY, "Kessler", 1), k);
  assert.equal(k.name, "Anna Kessler", "the place before the name is not part of it");
});

test("roles come from title+name patterns and appositions", () => {
  const a = run(STORY);
  assert.ok(entityAt(a, STORY, "Anna Kessler")!.roles.includes("ambassador"));
  assert.ok(entityAt(a, STORY, "Tomas Brannigan")!.roles.includes("minister"));
  const t = "Mira Okonjo, the country's envoy to Freedonia, arrived late. Okonjo said little.";
  const b = run(t);
  assert.deepEqual(entityAt(b, t, "Mira Okonjo")!.roles, ["envoy"]);
});

test("role phrases resolve to the person holding the role", () => {
  const a = run(STORY);
  const b = entityAt(a, STORY, "Tomas Brannigan")!;
  const k = entityAt(a, STORY, "Anna Kessler")!;
  assert.equal(entityAt(a, STORY, "the minister"), b);
  assert.equal(entityAt(a, STORY, "Our ambassador"), k);
  assert.equal(entityAt(a, STORY, "The Ruritanian diplomat")?.type, "person", "the <nationality> <role> finds a diplomat");
  assert.ok(k.mentions.some((m) => m.form === "role" && m.text === "Our ambassador"));
});

test("subject pronouns of speech verbs resolve to the nearest fitting person outside the quote", () => {
  const a = run(STORY);
  const b = entityAt(a, STORY, "Tomas Brannigan")!;
  assert.equal(entityAt(a, STORY, "he said"), b, "`he` after a quote is the last person named outside it");
  assert.equal(entityAt(a, STORY, "She said"), entityAt(a, STORY, "Anna Kessler"));
  const t = "Mr. Dalvik met Mrs. Kessler. He said the talks went well.";
  const c = run(t);
  assert.equal(entityAt(c, t, "He said"), entityAt(c, t, "Mr. Dalvik"), "gender from the honorific skips the nearer woman");
});

test("a one-letter misspelling next to the person's context joins the person", () => {
  const a = run(STORY);
  const b = entityAt(a, STORY, "Tomas Brannigan")!;
  const m = entityAt(a, STORY, "Brennigan");
  assert.equal(m, b);
  assert.ok(b.mentions.some((x) => x.text === "Brennigan" && x.form === "misspelling"));
  // Short names are never merged on one letter.
  const t = "Ivo Lenk spoke first. Link said nothing.";
  const c = run(t);
  assert.notEqual(entityAt(c, t, "Link"), entityAt(c, t, "Ivo Lenk"));
});

test("organisations: descriptors, acronyms, types", () => {
  const a = run(STORY);
  const v = entityAt(a, STORY, "Velmar movement")!;
  assert.equal(v.type, "organization");
  assert.equal(entityAt(a, STORY, "Velmar", 1), v);
  assert.equal(entityAt(a, STORY, "Velmar", 2), v);
  const imf = entityAt(a, STORY, "International Monetary Fund")!;
  assert.equal(imf.type, "organization");
  assert.equal(entityAt(a, STORY, "IMF"), imf);
  assert.equal(entityAt(a, STORY, "IMF", 1), imf);
  assert.equal(entityAt(a, STORY, "Voice of Ostrava")?.type, "organization");
  assert.equal(entityAt(a, STORY, "Ruritania would")?.type !== "person", true);
});

test("headline-like Title Case lines only repeat names known from the body", () => {
  const t = "Tomorrow The Envoy Will Meet Leaders Of The Velmar Movement Again\nEnvoy Tomas Brannigan said the Velmar movement would attend.";
  const a = run(t);
  assert.ok(!a.entities.some((e) => e.name === "Envoy Will Meet Leaders"), "no name invented from a headline");
  assert.equal(entityAt(a, t, "Velmar"), entityAt(a, t, "Velmar", 1));
});

test("a capitalised word opening a sentence is not a name without evidence", () => {
  const t = "Recognition will depend on the new rulers. Kessler said so. Kessler later agreed.";
  const a = run(t);
  assert.equal(entityAt(a, t, "Recognition"), undefined);
  assert.equal(entityAt(a, t, "Kessler")?.type, "person");
});

test("a five-letter misspelling joins only next to the person's own role", () => {
  const t = "Envoy Maria Smith arrived. Reporters asked questions. Later, envoy Smyth spoke again. Smyth left.";
  const a = run(t);
  const s = entityAt(a, t, "Maria Smith")!;
  assert.equal(entityAt(a, t, "Smyth"), s);
  assert.equal(entityAt(a, t, "Smyth", 1), s, "the same misspelling again follows the first");
  assert.ok(s.mentions.some((m) => m.text === "Smyth" && m.form === "misspelling"));
  const u = "Maria Smith arrived. Reporters asked questions. Nobody knew. Smyth left.";
  const b = run(u);
  assert.notEqual(entityAt(b, u, "Smyth"), entityAt(b, u, "Maria Smith"));
});

test("`they` beside a speech verb resolves to the organisation just named", () => {
  const t = "The Velmar movement held a meeting in Ostrava. They said the talks would go on. Anna Kessler agreed.";
  const a = run(t);
  const v = entityAt(a, t, "Velmar movement")!;
  assert.equal(entityAt(a, t, "They said"), v);
  const u = "Anna Kessler met the council. They had lunch.";
  const b = run(u);
  assert.equal(entityAt(b, u, "They had"), undefined, "not a speaker: left alone");
});

test("a sentence of names with a lower-case verb is prose, not a headline", () => {
  const t = "Foreign Minister Anna Kessler met Mr. Dalvik.\nKessler said he agreed.";
  const a = run(t);
  const k = entityAt(a, t, "Anna Kessler")!;
  assert.equal(k.type, "person");
  assert.deepEqual(k.roles, ["minister"]);
  assert.equal(entityAt(a, t, "Kessler", 1), k);
  assert.equal(entityAt(a, t, "Mr. Dalvik")?.type, "person");
});

test("role words used as adjectives are not role mentions", () => {
  const t = "Ruritanian official Mira Okonjo spoke. Its official website was down. The official said it would return.";
  const a = run(t);
  const o = entityAt(a, t, "Mira Okonjo")!;
  assert.equal(entityAt(a, t, "Its official"), undefined);
  assert.equal(entityAt(a, t, "The official"), o);
});

test("entities: `of` joins an organisation's name (`Ministry of Foreign Affairs`)", () => {
  const text = "The Ministry of Foreign Affairs said it regretted the decision. The Bank of Ruritania agreed.";
  const a = run(text);
  const names = a.entities.map((e) => e.name);
  assert.ok(names.includes("Ministry of Foreign Affairs"), JSON.stringify(names));
  assert.ok(names.includes("Bank of Ruritania"), JSON.stringify(names));
  assert.equal(a.entities.find((e) => e.name === "Ministry of Foreign Affairs")?.type, "organization");
});

test("companies, streets, ports and groups get their kind; a company's first word names it again", () => {
  const text = [
    "An explosion at the Dravik Chemicals plant on Ferrier Road in Port Auben injured four workers.",
    "Dravik said the plant would stay closed. Ecologist Mara Quint said the Auben Dockers had warned of leaks.",
    "Experts said the site near Lantern Square was safe. Según Quint, the risk is low.",
  ].join("\n");
  const a = run(text);
  const company = entityAt(a, text, "Dravik Chemicals")!;
  assert.equal(company.type, "organization");
  assert.equal(entityAt(a, text, "Dravik said"), company, "the first word alone is the same company");
  assert.equal(entityAt(a, text, "Ferrier Road")?.type, "place");
  assert.equal(entityAt(a, text, "Port Auben")?.type, "place");
  assert.equal(entityAt(a, text, "Lantern Square")?.type, "place");
  assert.equal(entityAt(a, text, "Auben Dockers")?.type, "organization");
  const quint = entityAt(a, text, "Mara Quint")!;
  assert.equal(quint.name, "Mara Quint", "the occupation before the name is not part of it");
  assert.equal(quint.type, "person");
  assert.equal(entityAt(a, text, "Experts"), undefined, "a capitalised plural opening a sentence names no one");
  assert.equal(entityAt(a, text, "Quint,"), quint, "a foreign preposition before a surname is not part of the name");
});

test("a saint's name with a possessive is a hospital or church, never the person a pronoun refers to", () => {
  const text = "The interior minister, Tomas Rell, visited the injured at St Brendan's before speaking to reporters. “They will answer for it,” he said.";
  const a = run(text);
  assert.equal(entityAt(a, text, "St Brendan")?.type, "organization");
  assert.equal(entityAt(a, text, "he said"), entityAt(a, text, "Tomas Rell"));
  assert.equal(a.quotes[0]?.speaker?.name, "Tomas Rell");
});

test("an age in apposition makes a lone surname a person", () => {
  const t = "Officials met in Brask on Monday.\nOdrun, 44, a former tram engineer, took office. She said little.";
  const a = run(t);
  assert.equal(entityAt(a, t, "Odrun")?.type, "person");
  assert.equal(entityAt(a, t, "She"), entityAt(a, t, "Odrun"), "the pronoun finds her, now a person");
  const u = "Route Nine, 2.5 kilometres long, opened. Brask, 12.5 per cent richer, cheered.";
  assert.notEqual(entityAt(run(u), u, "Brask")?.type, "person", "a figure is no age");
});

test("a gender the text shows is learnt before pronouns are resolved", () => {
  // `He` opening the sentence after one that opens with Oskar Lind shows Lind is a man; `Pellow said she`
  // shows Pellow is a woman. So `she said` skips Lind, the nearer person, for Pellow two sentences back.
  const t = [
    "Dana Pellow beat Oskar Lind in the runoff. Pellow said she was grateful. Lind took 45%.",
    "In her speech she said the city had chosen change.",
    "Lind was gracious in defeat. He telephoned the winner.",
  ].join("\n");
  const a = run(t);
  const pellow = entityAt(a, t, "Dana Pellow")!;
  const lind = entityAt(a, t, "Oskar Lind")!;
  assert.equal(entityAt(a, t, "she", 1), pellow);
  assert.equal(entityAt(a, t, "He"), lind);
  // Without the evidence (no `He`, no `said she`, given names no list knows), the nearest person
  // still takes the pronoun.
  const u = "Odrun Pellow beat Brannoc Lind in the runoff. Lind took 45%. Then she said the city had chosen.";
  const b = run(u);
  assert.equal(entityAt(b, u, "she"), entityAt(b, u, "Brannoc Lind"));
  // Given names the lists know are evidence too (see given-names.test.ts).
  const v = "Dana Pellow beat Oskar Lind in the runoff. Lind took 45%. Then she said the city had chosen.";
  const c = run(v);
  assert.equal(entityAt(c, v, "she"), entityAt(c, v, "Dana Pellow"));
});

test("a name right after `<role> of` is the role's place, not its holder", () => {
  const t = `The mayor of Brask has accused the dam's operator. Kofi Arvelo, a hydrologist at the university, said the release was late. "It turned a bad night into a disaster," he said.`;
  const a = run(t);
  assert.notEqual(entityAt(a, t, "Brask")?.type, "person");
  assert.equal(entityAt(a, t, "he said"), entityAt(a, t, "Kofi Arvelo"), "the pronoun finds the hydrologist, not a `mayor` named Brask");
});

test("a common noun capitalised inside a longer name is no name where it opens a sentence; a surname still is", () => {
  const t = [
    "Members of the Harlow Goat Breeders' Union met the minister on Monday.",
    "Goat farmers fear the new rules came too fast.",
    "The union's chair, Ivo Marek Jr., spoke for an hour.",
    "Marek left before the vote.",
  ].join("\n");
  const a = run(t);
  assert.equal(entityAt(a, t, "Goat farmers"), undefined, "'Goat' of the union's name");
  assert.ok(entityAt(a, t, "Harlow Goat Breeders"), "the union itself");
  assert.ok(entityAt(a, t, "Marek left"), "a surname before a generational suffix still counts as seen inside a sentence");
  assert.equal(entityAt(a, t, "Marek left"), entityAt(a, t, "Ivo Marek Jr"), "and the surname alone is the same person");
});

test("a lone demonym- or creed-shaped word before a common noun qualifies it; before a verb it may be a name", () => {
  const t = [
    "The minister warned of Islamist militants crossing the border into the Freedonian republic.",
    "The Eurasian country's embassy in Ostrava said it would stay open.",
    "The talks went well, said the envoy Julian Brandt. Julian said the embassy would stay open.",
  ].join("\n");
  const a = run(t);
  assert.equal(entityAt(a, t, "Islamist"), undefined);
  assert.equal(entityAt(a, t, "Eurasian"), undefined);
  assert.ok(entityAt(a, t, "Julian said"), "a given name before a verb");
});

test("a firm named for its trade (`Plastics`, `Dairy`, a shipping `Line`, `Ferries`) is an organisation, not a person", () => {
  const text = [
    "A fire broke out at the Norvik Plastics plant in Tollmere on Tuesday.",
    "The Skerra Line ferry ran aground off Vannoy, and Kelso Ferries sent a second boat.",
    "Milk from Brenmoor Dairy was recalled.",
  ].join("\n");
  const a = run(text);
  for (const name of ["Norvik Plastics", "Skerra Line", "Kelso Ferries", "Brenmoor Dairy"]) assert.equal(entityAt(a, text, name)?.type, "organization", name);
});
