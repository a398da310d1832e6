// Entity keys across a story: an organisation one outlet names in full and another short.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildContext, DEFAULT_OPTIONS } from "../../src/dossier/context.js";
import { articleFeatures } from "../../src/dossier/features.js";
import { makeInput } from "../fixtures/dossier/story.js";

const input = (f: Parameters<typeof makeInput>[0]) => makeInput(f);
test("context: an organisation named short in one article and in full in another is one entity key", () => {
  const full = { name: "Norvel Mutual", type: "organization" as const, forms: ["Norvel Mutual"] };
  const short = { name: "Norvel", type: "organization" as const, forms: ["Norvel"] };
  const a = input({ id: "o-a", outlet: "Harbor Post", published: null, text: "Norvel Mutual said hackers stole the data of 40,000 customers on Monday.", entities: [full] });
  const b = input({ id: "o-b", outlet: "Valley Times", published: null, text: "Norvel said on Monday that hackers had taken the data of 40,000 customers.", entities: [short] });
  const ctx = buildContext([a, b], DEFAULT_OPTIONS);
  for (const c of ctx.clauses) assert.ok(c.keys.includes("e:norvel mutual") && !c.keys.includes("e:norvel"), c.keys.join(" "));
  // The cached per-article clauses keep their own keys.
  assert.ok(articleFeatures(b.article, b.analysis).clauses[0]!.keys.includes("e:norvel"));
  // Two longer names beginning with the word leave the short one as it is.
  const other = { name: "Norvel Bank", type: "organization" as const, forms: ["Norvel Bank"] };
  const c = input({ id: "o-c", outlet: "Daily Lantern", published: null, text: "Norvel Bank said its own systems were not affected by the attack on Monday.", entities: [other] });
  const ctx2 = buildContext([a, b, c], DEFAULT_OPTIONS);
  assert.ok(ctx2.clauses.some((x) => x.keys.includes("e:norvel")));
});

test("context: a surname one outlet misspelt by one letter, with the same given name, is one person key", () => {
  const right = { name: "Ines Varga", type: "person" as const, forms: ["Ines Varga", "Varga"] };
  const wrong = { name: "Ines Varda", type: "person" as const, forms: ["Ines Varda"] };
  const a = input({ id: "p-a", outlet: "Harbor Post", published: null, text: "Ines Varga won the runoff on Sunday. Varga thanked the voters.", entities: [right] });
  const b = input({ id: "p-b", outlet: "Valley Times", published: null, text: "Ines Varga took office on Thursday.", entities: [right] });
  const c = input({ id: "p-c", outlet: "Daily Lantern", published: null, text: "New mayor Ines Varda stormed to victory on Sunday.", entities: [wrong] });
  const ctx = buildContext([a, b, c], DEFAULT_OPTIONS);
  const lantern = ctx.clauses.find((x) => x.article === "p-c")!;
  assert.ok(lantern.keys.includes("e:varga") && !lantern.keys.includes("e:varda"), lantern.keys.join(" "));
  // Another given name is another person (`Mara Varda` is not `Ines Varga`).
  const other = input({ id: "p-d", outlet: "Daily Lantern", published: null, text: "Mara Varda stormed to victory on Sunday.", entities: [{ name: "Mara Varda", type: "person" as const, forms: ["Mara Varda"] }] });
  const ctx2 = buildContext([a, b, other], DEFAULT_OPTIONS);
  assert.ok(ctx2.clauses.find((x) => x.article === "p-d")!.keys.includes("e:varda"));
});
