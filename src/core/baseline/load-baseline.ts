// Reads config/baseline.yaml: per market, lists of launches, thresholds, bans and GMV figures, each with a date and
// a source, and a `history` where a value changed. Validated with zod; an error names the file, the field path and
// the line ("config/baseline.yaml: markets.US.gmv[2].low_usd: expected number (line 41)").
// parseBaselineYaml returns the LATEST entry per (market, key) — what the stores seed; parseBaselineFile also
// returns the superseded values, oldest first (history-aware comparison, the GMV series in status and charts).
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { MARKETS, type Market } from '../taxonomy.ts';
import type { BaselineEntry, Fact } from '../types.ts';
import { subjectKey } from './subject-key.ts';
import { isOlder } from './compare-facts.ts';
import { yamlLineOf, yamlLineOfKey } from '../yaml-line.ts';
import { describeUnknownKey } from '../unknown-key.ts';
import { closestWord } from '../commands/closest-word.ts';

export { baselineSummary } from './baseline-summary.ts';

const date = z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected a date YYYY, YYYY-MM or YYYY-MM-DD'));
const dated = { date, source: z.string().min(1), label: z.string().optional() };
const amount = z.number().nullable().default(null);

const launchValue = z.object({ ...dated, what: z.string().min(1), launch_date: date.nullable().optional() }).strict();
/** The launch stages the file may name (see the header of config/baseline.yaml). */
export const LAUNCH_STAGES = ['test', 'registration', 'official', 'full_service', 'cross_border', 'local_closed_loop', 'live_shopping', 'relaunch'] as const;
const stage = z.string().superRefine((value, ctx) => {
  if ((LAUNCH_STAGES as readonly string[]).includes(value)) return;
  const near = closestWord(value, LAUNCH_STAGES);
  ctx.addIssue({ code: 'custom', message: `unknown stage "${value}"${near ? ` (did you mean "${near}"?)` : ''}; one of ${LAUNCH_STAGES.join(', ')}` });
});
const launch = launchValue.extend({ stage: stage.optional(), history: z.array(launchValue).optional() });
const thresholdValue = z.object({ ...dated, from: amount, to: amount }).strict();
const threshold = thresholdValue.extend({ subject: z.string().regex(/^[a-z0-9_]+$/, 'expected snake_case'), history: z.array(thresholdValue).optional() });
const ban = z.object({ ...dated, by: z.enum(['platform', 'government', 'court']), target: z.string().min(1) }).strict();
const gmvValue = z.object({ ...dated, low_usd: amount, high_usd: amount, as_of: z.string().optional() }).strict();
const gmv = gmvValue.extend({
  platform: z.string().default('tiktok_shop'),
  period: z.enum(['day', 'week', 'month', 'quarter', 'half', 'year', 'range']),
  kind: z.enum(['actual', 'target', 'forecast']),
  currency: z.string().optional(),
  history: z.array(gmvValue).optional(),
});
const marketBlock = z.object({
  launches: z.array(launch).default([]),
  thresholds: z.array(threshold).default([]),
  bans: z.array(ban).default([]),
  gmv: z.array(gmv).default([]),
}).strict();
const fileSchema = z.object({
  markets: z.partialRecord(z.enum(MARKETS), marketBlock),
}).strict();

type FileShape = z.infer<typeof fileSchema>;

function pathText(path: PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
}

function entry(market: Market, fact: Fact, v: { date: string; source: string; label?: string }): BaselineEntry {
  return { market, key: subjectKey(fact), fact, date: v.date, source: v.source, ...(v.label ? { label: v.label } : {}), corroboration: 1, sources: [v.source] };
}

function entriesOf(data: FileShape): BaselineEntry[] {
  const out: BaselineEntry[] = [];
  for (const [code, block] of Object.entries(data.markets)) {
    const market = code as Market;
    for (const l of block.launches) {
      for (const v of [...(l.history ?? []), l]) {
        const what = l.stage ? `${l.stage}: ${v.what}` : v.what;
        out.push(entry(market, { type: 'launch', market, date: v.launch_date ?? v.date, what }, v));
      }
    }
    for (const t of block.thresholds) {
      for (const v of [...(t.history ?? []), t]) out.push(entry(market, { type: 'threshold', market, subject: t.subject, from: v.from, to: v.to }, v));
    }
    for (const b of block.bans) out.push(entry(market, { type: 'ban', market, by: b.by, target: b.target }, b));
    for (const g of block.gmv) {
      for (const v of [...(g.history ?? []), g]) {
        out.push(entry(market, {
          type: 'gmv', market, low_usd: v.low_usd, high_usd: v.high_usd, ...(g.currency ? { currency: g.currency } : {}),
          period: g.period, kind: g.kind, platform: g.platform, ...(v.as_of ? { as_of: v.as_of } : {}),
        }, v));
      }
    }
  }
  return out;
}

/** Parses and validates the file; `latest` holds one entry per (market, key), `history` the superseded ones, oldest first. */
export function parseBaselineFile(text: string, fileName: string): { latest: BaselineEntry[]; history: BaselineEntry[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new Error(`${fileName}: invalid YAML: ${e.message.split('\n')[0]} (line ${counter.linePos(e.pos[0]).line})`);
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) {
    throw new Error(`${fileName}: the file is empty; it needs "markets:" with one block per market (see the comment at the top of the shipped config/baseline.yaml)`);
  }
  const parsed = fileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // An unknown key is reported at the key itself, so the line points at the typo, with the closest valid key.
    const unknown = describeUnknownKey(fileSchema, issue);
    const path = unknown?.path ?? issue.path;
    const message = unknown?.message ?? issue.message;
    const line = unknown ? yamlLineOfKey(doc, counter, path) : yamlLineOf(doc, counter, path);
    throw new Error(`${fileName}: ${pathText(path) || '(top level)'}: ${message}${line ? ` (line ${line})` : ''}`);
  }
  // Oldest first; a later line wins a tie, so the file's order breaks equal dates.
  const all = entriesOf(parsed.data).map((e, i) => ({ e, i })).sort((a, b) => (isOlder(a.e.date, b.e.date) ? -1 : isOlder(b.e.date, a.e.date) ? 1 : a.i - b.i)).map((x) => x.e);
  const latest = new Map<string, BaselineEntry>();
  const history: BaselineEntry[] = [];
  for (const e of all) {
    const k = `${e.market}|${e.key}`;
    const prev = latest.get(k);
    if (prev) history.push(prev);
    latest.set(k, e);
  }
  return { latest: [...latest.values()], history };
}

/** The latest entry per (market, key): what the stores seed. Throws with file, field path and line on a bad file. */
export function parseBaselineYaml(text: string, fileName: string): BaselineEntry[] {
  return parseBaselineFile(text, fileName).latest;
}
