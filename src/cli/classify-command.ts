// `classify [PATH]`: JSON lines in, one JSON line out per input, compared against config/baseline.yaml only
// (the store is neither read nor written). A bad line yields an error line for its id; the rest go on.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { classifyItem } from '../core/classify/classify-item.ts';
import { compareFacts } from '../core/baseline/compare-facts.ts';
import type { BaselineEntry } from '../core/types.ts';
import { readBaselineFile } from '../compose/runtime.ts';
import type { CliIO } from './cli-io.ts';

const inputSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  // A feed may give no headline (null or missing) or only a headline (no text).
  title: z.string().nullish().transform((t) => t ?? ''),
  text: z.string().default(''),
  lang: z.enum(['en', 'zh']).optional(),
  published: z.string().nullish(),
  source: z.string().nullish(),
});
const INPUT_KEYS = Object.keys(inputSchema.shape);
// Lines of a labeled set (../shared/eval) carry their labels; classifying such a file is normal use, so these keys
// are read past in silence. Any other key is most likely a misnamed field (e.g. "summary" for "text") whose content
// would be left out of the classification: it is named on stderr once, and the line is still classified.
const LABEL_KEYS = new Set(['tags', 'markets', 'facts', 'notes']);

function unknownKeys(raw: unknown): string[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [];
  return Object.keys(raw).filter((k) => !INPUT_KEYS.includes(k) && !LABEL_KEYS.has(k));
}

export async function runClassifyCommand(args: string[], io: CliIO): Promise<number> {
  if (args.length > 1 || args.some((a) => a.startsWith('--'))) {
    io.stderr('usage: npm run cli -- classify [PATH]   (JSON lines {"id","title"?,"text"?,"lang"?,"published"?,"source"?}; stdin when no PATH)\n');
    return 2;
  }
  let input: string;
  try {
    input = args[0] ? await readFile(args[0], 'utf8') : await io.readStdin();
  } catch (e) {
    io.stderr(`cannot read ${args[0]}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return 2;
  }
  const baselineFile = path.join(io.env.CONFIG_DIR ?? 'config', 'baseline.yaml');
  const entries = await readBaselineFile(baselineFile);
  const latest = new Map<string, BaselineEntry>();
  for (const e of entries) latest.set(`${e.market}|${e.key}`, e);
  let failed = 0;
  let lineNo = 0;
  const warned = new Set<string>();
  for (const line of input.split(/\r?\n/)) {
    lineNo++;
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      failed++;
      io.stdout(JSON.stringify({ id: null, error: `line ${lineNo}: not valid JSON` }) + '\n');
      continue;
    }
    for (const key of unknownKeys(raw)) {
      if (warned.has(key)) continue;
      warned.add(key);
      io.stderr(`classify: line ${lineNo}: key "${key}" is not read (an item has ${INPUT_KEYS.join(', ')}); rename it if it holds the item's text\n`);
    }
    const parsed = inputSchema.safeParse(raw);
    if (!parsed.success) {
      failed++;
      const id = (raw as { id?: unknown } | null)?.id ?? null;
      const issue = parsed.error.issues[0]!;
      io.stdout(JSON.stringify({ id, error: `line ${lineNo}: ${issue.path.join('.') || 'input'}: ${issue.message}` }) + '\n');
      continue;
    }
    const item = parsed.data;
    const classification = classifyItem({ title: item.title, text: item.text, lang: item.lang, published: item.published ?? null });
    const compare = compareFacts(classification.facts, (m, k) => latest.get(`${m}|${k}`) ?? null, {
      date: item.published ? item.published.slice(0, 10) : null,
      source: item.source ?? `item ${item.id}`,
    }).map((c) => ({ fact: c.fact, status: c.status, previous: c.previous, ...(c.history ? { history: true } : {}) }));
    io.stdout(JSON.stringify({ id: item.id, tags: classification.tags, markets: classification.markets, facts: classification.facts, compare }) + '\n');
  }
  // Bad lines are reported inline (an error line per id); the run itself succeeded.
  void failed;
  return 0;
}
