// config/baseline.yaml: per market, lists of launches, thresholds, bans and GMV figures, each with a date and
// a source, and a `history` where a value changed. Validated with zod through parseYamlFile, like feeds.yaml: an
// error is a ConfigError naming the file, the field path and the line
// ("config/baseline.yaml: markets.US.gmv[2].low_usd: expected number (line 41)").
// parseBaselineFile returns the LATEST entry per (market, key) — what the stores seed — and the superseded values,
// oldest first (history-aware comparison, the GMV series in status and charts).
import { z } from 'zod';
import { MARKETS, type Market } from '../core/taxonomy.ts';
import type { BaselineEntry, Fact } from '../core/types.ts';
import { subjectKey } from '../core/baseline/subject-key.ts';
import { latestAndHistory } from '../core/baseline/latest-entries.ts';
import { closestWord } from '../core/commands/closest-word.ts';
import { parseYamlFile } from './parse-yaml-file.ts';

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
  const data = parseYamlFile(text, fileName, fileSchema,
    'it needs "markets:" with one block per market (see the comment at the top of the shipped config/baseline.yaml)');
  return latestAndHistory(entriesOf(data));
}
