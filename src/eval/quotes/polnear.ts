/**
 * Reads PolNeAR (Newell et al. 2018): `text/*.txt` with BRAT standoff `attributions/*.ann` (Source, Cue and
 * Content spans joined by an Attribution event). An article annotated by several annotators has one .ann per
 * annotator (`<name>_<annotator>.ann`); we score against the first by file name, so each article counts once.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

/** A possibly discontinuous gold span: BRAT `start end;start end` fragments. */
export type GoldSpan = { start: number; end: number }[];

export interface GoldAttribution {
  content: GoldSpan;
  source: GoldSpan | null;
  cue: GoldSpan | null;
  /** The content's text as the annotation gives it. */
  contentText: string;
}

export interface PolnearDoc {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

function parseFragments(s: string): GoldSpan {
  return s.split(";").map((f) => {
    const [a, b] = f.trim().split(/\s+/);
    return { start: Number(a), end: Number(b) };
  });
}

/** Parses one BRAT .ann file into attributions (events whose Content exists). */
export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; span: GoldSpan }>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split("\n")) {
    const cols = line.split("\t");
    if (cols.length < 2) continue;
    const id = cols[0]!;
    const body = cols[1]!;
    if (id.startsWith("T")) {
      const sp = body.indexOf(" ");
      if (sp < 0) continue;
      spans.set(id, { type: body.slice(0, sp), span: parseFragments(body.slice(sp + 1)) });
    } else if (id.startsWith("E")) {
      const roles: Record<string, string> = {};
      for (const part of body.split(/\s+/).slice(1)) {
        const [role, ref] = part.split(":");
        if (role && ref) roles[role.replace(/\d+$/, "")] = ref;
      }
      events.push(roles);
    }
  }
  const out: GoldAttribution[] = [];
  for (const r of events) {
    const content = r.Content ? spans.get(r.Content) : undefined;
    if (!content) continue;
    const source = r.Source ? spans.get(r.Source)?.span ?? null : null;
    const cue = r.Cue ? spans.get(r.Cue)?.span ?? null : null;
    const contentText = content.span.map((f) => text.slice(f.start, f.end)).join(" ");
    out.push({ content: content.span, source, cue, contentText });
  }
  return out;
}

/** Loads the articles of one split (`train` or `dev`) of a PolNeAR folder. */
export function readPolnear(dir: string, split: string): PolnearDoc[] {
  const base = join(dir, split);
  const textDir = join(base, "text");
  const annDir = join(base, "attributions");
  if (!existsSync(textDir) || !existsSync(annDir)) throw new Error(`${base}: not a PolNeAR split (needs text/ and attributions/)`);
  const anns = readdirSync(annDir).filter((f) => f.endsWith(".ann")).sort();
  const byText = new Map<string, string>();
  for (const a of anns) {
    const stem = a.replace(/_[^_]+\.ann$/, "");
    if (!byText.has(stem)) byText.set(stem, a);
  }
  const docs: PolnearDoc[] = [];
  for (const t of readdirSync(textDir).filter((f) => f.endsWith(".txt")).sort()) {
    const id = t.slice(0, -4);
    const annFile = byText.get(id);
    if (!annFile) continue;
    const text = readFileSync(join(textDir, t), "utf8");
    docs.push({ id, text, attributions: parseAnn(readFileSync(join(annDir, annFile), "utf8"), text) });
  }
  return docs;
}
