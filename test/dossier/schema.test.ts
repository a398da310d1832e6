// The documented JSON Schema (docs/dossier.schema.json) must describe what buildDossiers emits.
// A small validator for the keywords the schema uses keeps the test free of extra packages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { REPO_ROOT } from "../helpers/shared.js";
import { buildDossiers } from "../../src/dossier/index.js";
import { fireInputs } from "../fixtures/dossier/story.js";

type Schema = Record<string, unknown>;
const root = JSON.parse(readFileSync(resolve(REPO_ROOT, "docs", "dossier.schema.json"), "utf8")) as Schema;

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function validate(v: unknown, s: Schema, path: string, errors: string[]): void {
  if (typeof s.$ref === "string") return validate(v, (root.$defs as Record<string, Schema>)[s.$ref.replace("#/$defs/", "")]!, path, errors);
  for (const sub of (s.allOf as Schema[] | undefined) ?? []) validate(v, sub, path, errors);
  if ("const" in s && v !== s.const) errors.push(`${path}: not ${String(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.includes(v)) errors.push(`${path}: ${String(v)} not in enum`);
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    const t = typeOf(v);
    if (!types.includes(t) && !(t === "integer" && types.includes("number"))) errors.push(`${path}: ${t} is not ${types.join("|")}`);
  }
  if (typeOf(v) === "object") {
    const o = v as Record<string, unknown>;
    for (const k of (s.required as string[] | undefined) ?? []) if (!(k in o)) errors.push(`${path}.${k}: missing`);
    for (const [k, sub] of Object.entries((s.properties as Record<string, Schema> | undefined) ?? {})) if (k in o) validate(o[k], sub, `${path}.${k}`, errors);
  }
  if (Array.isArray(v) && s.items) v.forEach((x, i) => validate(x, s.items as Schema, `${path}[${i}]`, errors));
}

test("dossiers validate against docs/dossier.schema.json", () => {
  const [d] = buildDossiers(fireInputs());
  const errors: string[] = [];
  validate(JSON.parse(JSON.stringify(d)), root, "$", errors);
  assert.deepEqual(errors, []);
  assert.ok(d!.contradictions.length > 0 && d!.quotes.groups.length > 0, "the fixture exercises every section");
});

test("the validator catches a broken dossier", () => {
  const [d] = buildDossiers(fireInputs());
  const broken = JSON.parse(JSON.stringify(d)) as Record<string, unknown>;
  delete broken.summary;
  (broken.claims as Record<string, unknown>[])[0]!.status = "maybe";
  const errors: string[] = [];
  validate(broken, root, "$", errors);
  assert.equal(errors.length, 2);
});
