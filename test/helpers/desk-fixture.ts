import type { IngestRecord, Store } from "../../src/store/index.js";
import { DOSSIER_SCHEMA, type Dossier } from "../../src/dossier/types.js";

/** Two fictional articles of one story and a hand-built dossier over them, for UI and API tests. */
export const DESK_TEXTS = {
  h1: "The harbour bridge reopened on Sunday after six weeks of repairs.\nMayor Ines Vidal said the crossing was safe. <script>alert(1)</script>",
  h2: "After six weeks of repairs, the harbour bridge reopened on Sunday.\nEngineers said 40 cables were replaced.",
};

function rec(id: string, text: string, outlet: string): IngestRecord {
  return {
    article: { id, path: `${id}.txt`, url: null, outlet, title: `Bridge <b>reopens</b> (${outlet})`, byline: null, published: "2025-03-09", dateline: null, language: "en", text, removed: [{ text: "Subscribe now", reason: "call-to-action" }], contentHash: `h-${id}`, ingestedAt: "2025-03-10T00:00:00Z" },
    analysis: { id, language: "en", tokens: [], sentences: [], entities: [], dates: [], quotes: [] },
    assignment: { id, event: "ev_bridge", story: "st_bridge", duplicate_of: null },
  };
}

const cite = (article: string, text: string, needle: string, outlet: string) => {
  const start = text.indexOf(needle);
  return { article, start, end: start + needle.length, text: needle, outlet };
};

export async function fillDesk(store: Store): Promise<Dossier> {
  await store.putIngested([rec("h1", DESK_TEXTS.h1, "Harbour Post"), rec("h2", DESK_TEXTS.h2, "Coastal Wire")]);
  const s1 = cite("h1", DESK_TEXTS.h1, "The harbour bridge reopened on Sunday after six weeks of repairs.", "Harbour Post");
  const s2 = cite("h2", DESK_TEXTS.h2, "After six weeks of repairs, the harbour bridge reopened on Sunday.", "Coastal Wire");
  const d: Dossier = {
    schema: DOSSIER_SCHEMA, story: "st_bridge", event: null, headline: "Harbour bridge reopens <i>",
    coverage: {
      articles: [
        { id: "h1", title: "Bridge reopens", outlet: "Harbour Post", url: null, published: "2025-03-09", event: "ev_bridge", duplicate_of: null, copies: [] },
        { id: "h2", title: "Bridge open again", outlet: "Coastal Wire", url: null, published: "2025-03-09", event: "ev_bridge", duplicate_of: null, copies: [] },
      ],
      outlets: [{ outlet: "Harbour Post", articles: ["h1"], first: "2025-03-09" }, { outlet: "Coastal Wire", articles: ["h2"], first: "2025-03-09" }],
      independentSources: 2, first: { article: "h1", outlet: "Harbour Post", published: "2025-03-09" }, growth: [{ date: "2025-03-09", articles: 2, outlets: 2 }],
    },
    events: [{ id: "ev_bridge", headline: "Bridge reopens", articles: ["h1", "h2"], first: "2025-03-09", last: "2025-03-09" }],
    claims: [{ id: "c1", text: s1.text, status: "corroborated", independentSources: 2, support: [s1, s2], keys: ["bridge"] }],
    contradictions: [{ id: "x1", kind: "number", about: "cables replaced", sides: [{ label: "40 cables", citations: [cite("h2", DESK_TEXTS.h2, "40 cables", "Coastal Wire")] }], confidence: 0.9 }],
    quotes: { groups: [], single: [] },
    entities: [{ name: "Ines Vidal", type: "person", aliases: ["Vidal"], roles: ["mayor"], articles: ["h1"], mentions: 1, quoted: 1, quotedBy: ["Harbour Post"] }],
    timeline: [{ date: "2025-03-09", text: "Bridge reopens", citations: [s1] }],
    summary: [s1],
    framing: [],
  };
  await store.putDossiers([d]);
  return d;
}
