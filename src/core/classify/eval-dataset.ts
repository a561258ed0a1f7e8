// Reads labeled JSONL (one item per line, as in the shared eval/ sets) into typed items. Facts are kept as the
// labels state them; a bad line is reported with its number and skipped, so one typo does not void a run.
import { z } from 'zod';
import { isMarket, isTag, type Market, type Tag } from '../taxonomy.ts';
import type { Fact } from '../types.ts';

export interface LabeledItem {
  id: string;
  lang: 'en' | 'zh';
  published: string | null;
  title: string;
  text: string;
  tags: Tag[];
  markets: Market[];
  facts: Fact[];
}

const market = z.string().refine(isMarket, 'unknown market').transform((m) => m as Market);
const fact = z.discriminatedUnion('type', [
  z.object({ type: z.literal('gmv'), market: market.nullable(), low_usd: z.number().nullable(), high_usd: z.number().nullable(), currency: z.string().optional(), period: z.enum(['day', 'week', 'month', 'quarter', 'half', 'year', 'range']), kind: z.enum(['actual', 'target', 'forecast']), platform: z.string(), as_of: z.string().optional() }),
  z.object({ type: z.literal('threshold'), market: market.nullable(), subject: z.string(), from: z.number().nullable(), to: z.number().nullable(), currency: z.string().optional() }),
  z.object({ type: z.literal('launch'), market: market.nullable(), date: z.string().nullable(), what: z.string() }),
  z.object({ type: z.literal('ban'), market: market.nullable(), by: z.enum(['platform', 'government', 'court']), target: z.string() }),
]);
const line = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  lang: z.enum(['en', 'zh']),
  published: z.string().nullish().transform((v) => v ?? null),
  title: z.string(),
  text: z.string(),
  tags: z.array(z.string().refine(isTag, 'unknown tag').transform((t) => t as Tag)),
  markets: z.array(market),
  facts: z.array(fact).default([]),
});

export function parseLabeledJsonl(text: string): { items: LabeledItem[]; errors: string[] } {
  const items: LabeledItem[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      errors.push(`line ${i + 1}: not valid JSON`);
      return;
    }
    const parsed = line.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      errors.push(`line ${i + 1}: ${issue.path.join('.') || 'item'}: ${issue.message}`);
      return;
    }
    items.push(parsed.data as LabeledItem);
  });
  return { items, errors };
}
