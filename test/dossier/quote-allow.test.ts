// Two translations of one sentence often differ in the verb of permission (`not let` / `not allow`):
// with the nouns they share, that is enough to see one utterance.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const article = (id: string, outlet: string, text: string) => newsArticle(id, outlet, "2031-05-02T09:00:00Z", text);

test("'will not allow its patience to be mistaken for weakness' and 'shall not let our patience be taken for weakness' are one utterance", () => {
  const arts = [
    article("a", "Ostra Wire", "Tarvia expelled three Lennland diplomats on Friday. \"Tarvia will not allow its patience to be mistaken for weakness, and those who abuse it will go,\" Foreign Minister Ada Brill said."),
    article("b", "Harbor Post", "Tarvia threw out three diplomats from Lennland on Friday. \"We shall not let our patience be taken for weakness,\" Brill said at the ministry."),
  ];
  const d = analysedDossier(arts.map((a) => ({ a })));
  const group = d.quotes.groups.find((g) => g.variants.some((v) => v.text.includes("patience")));
  assert.ok(group, `no group; singles: ${d.quotes.single.map((v) => v.text).join(" | ")}`);
  assert.deepEqual(new Set(group.variants.map((v) => v.article)), new Set(["a", "b"]));
});
