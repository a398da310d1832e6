// The summary cites sentences that stand alone: a sentence cut out of the middle of a quotation
// loses its speaker and reads as the reporter's own statement.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/nlp/index.js";
import { buildDossier } from "../../src/dossier/index.js";
import { newsArticle as article } from "../fixtures/dossier/analysed.js";

const ARTICLES = [
  article("wire", "Ostra Wire", "2025-04-02T08:00:00Z",
    "The port authority of Velmora closed the northern harbour on Tuesday after a tanker ran aground at its entrance. " +
      "Harbour master Ilse Brandt spoke to reporters at the quay. \"Nobody was hurt. The harbour will stay closed until the tanker is towed away. We expect that to take three days,\" Brandt said."),
  article("post", "Harbor Post", "2025-04-02T10:00:00Z",
    "A tanker ran aground at the entrance to Velmora's northern harbour on Tuesday, and the port authority closed the harbour. " +
      "Harbour master Ilse Brandt said the harbour would stay closed until the tanker is towed away, which she expected to take three days."),
  article("times", "Valley Times", "2025-04-02T12:00:00Z",
    "Velmora's northern harbour was closed on Tuesday when a tanker ran aground at its entrance. " +
      "The harbour will stay closed until the tanker is towed away, harbour master Ilse Brandt said."),
];

test("summary: no sentence from inside a quotation whose speaker is named outside it", () => {
  const inputs = ARTICLES.map((a) => ({ article: a, analysis: analyze(a), assignment: { id: a.id, event: "ev", story: "st", duplicate_of: null } }));
  const wire = inputs[0]!;
  const middle = "The harbour will stay closed until the tanker is towed away.";
  const at = wire.article.text.indexOf(middle);
  // The analysis reads the three sentences as one quote attributed after its end.
  assert.ok(wire.analysis.quotes.some((q) => q.kind === "direct" && q.start <= at && q.end >= at + middle.length), "the wire's quote spans the middle sentence");
  const d = buildDossier("st", null, inputs, { summarySentences: 5 });
  assert.ok(d.summary.length > 0);
  for (const s of d.summary) assert.ok(!(s.article === "wire" && s.start >= at - 1 && s.end <= at + middle.length + 1), `summary cites the quote's middle sentence: ${s.text}`);
  // The claim itself is still corroborated and still cites the wire's wording.
  const claim = d.claims.find((c) => c.support.some((x) => x.text.includes("towed away")));
  assert.ok(claim && claim.status === "corroborated");
});
