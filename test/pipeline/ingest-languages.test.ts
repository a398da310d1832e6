// A stream of short items stripped of their stop words: detection alone reads some English ones as
// French or Spanish, and they would be stemmed apart from the rest. Ingest lends the run's leading
// language to such weak detections once it has seen enough articles, and stores the analysis made
// in that language.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Ingester } from "../../src/pipeline/ingest.js";
import { recordsToRaw } from "../../src/pipeline/records.js";
import { detectLanguage } from "../../src/extract/metadata/language.js";
import { SqliteStore } from "../../src/store/index.js";

const STRIPPED = [
  "council approves new tram line linking harbour district central station construction begin spring",
  "heavy rain floods village roads residents evacuated firefighters pump water basements tuesday night",
  "wildfire near border forces closure motorway hundreds hectares pine forest burned overnight",
  "central bank holds interest rate unchanged inflation eases second month governor signals patience",
  "regional election turnout record high incumbent governor concedes defeat challenger promises reform",
  "pharmaceutical company recalls batch blood pressure tablets contamination detected routine testing",
  "city marathon postponed heatwave organisers confirm new date october registered runners refunded",
  "volcano erupts remote island ash cloud grounds flights airlines reroute planes southern route",
];
const MISREAD = [
  "striking dock workers reject pay offer port operator talks resume next week union leader says",
  "ferry collision narrow strait leaves twelve passengers injured coast guard opens investigation",
];

test("ingest: weak detections after the run's first articles take its leading language", async () => {
  for (const t of MISREAD) assert.notEqual(detectLanguage(t), "en", "detection alone misreads the item");
  // 24 English items first (three rounds, told apart by a report number), then the misread ones.
  const records = [
    ...[1, 2, 3].flatMap((k) => STRIPPED.map((t, i) => ({ id: `e${k}-${i}`, text: `${t} report ${k}` }))),
    ...MISREAD.map((t, i) => ({ id: `m${i}`, text: t })),
    { id: "fr", text: "Le président a annoncé mardi une réforme des retraites qui sera présentée au Parlement la semaine prochaine." },
  ];
  const store = new SqliteStore(":memory:");
  await store.migrate();
  const summary = await new Ingester(store, { dossiers: "defer" }).ingest(recordsToRaw(records, "short"));
  assert.equal(summary.stored, records.length);
  for (const id of ["m0", "m1"]) {
    assert.equal((await store.getArticle(id))!.language, "en", id);
    assert.equal((await store.getAnalysis(id))!.language, "en", `${id}: analysed in the settled language`);
  }
  assert.equal((await store.getArticle("fr"))!.language, "fr", "a real French item keeps its language");
  await store.close();
});
