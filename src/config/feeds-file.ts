// config/feeds.yaml: the feeds to poll. Validated so that a typo stops start-up with a clear line.
import { z } from 'zod';
import { MARKETS, resolveMarket, type Market } from '../core/taxonomy.ts';
import type { FeedConfig } from '../core/types.ts';
import { parseYamlFile } from './parse-yaml-file.ts';

const marketSchema = z.string().transform((value, ctx): Market => {
  const m = resolveMarket(value);
  if (!m) {
    ctx.addIssue({ code: 'custom', message: `unknown market "${value}" (use one of ${MARKETS.join(', ')})` });
    return z.NEVER;
  }
  return m;
});

const feedSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lower-case letters, digits, - or _'),
  url: z.string().min(1, 'required: an http(s) URL or a local file path'),
  lang: z.enum(['en', 'zh']).default('en'),
  markets: z.array(marketSchema).default([]),
  interval_minutes: z.number().int().min(1, 'must be at least 1 minute').optional(),
  title: z.string().optional(),
}).strict();

const feedsFileSchema = z.object({
  defaults: z.object({ interval_minutes: z.number().int().min(1, 'must be at least 1 minute').default(5) }).strict().default({ interval_minutes: 5 }),
  feeds: z.array(feedSchema, 'list the feeds under "feeds:", each with id and url').min(1, 'list at least one feed'),
}).strict().superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.feeds.forEach((f, i) => {
    if (seen.has(f.id)) ctx.addIssue({ code: 'custom', path: ['feeds', i, 'id'], message: `duplicate feed id "${f.id}"` });
    seen.add(f.id);
    if (/^[a-z]+:/i.test(f.url) && !/^https?:\/\//i.test(f.url)) {
      ctx.addIssue({ code: 'custom', path: ['feeds', i, 'url'], message: 'only http:// and https:// URLs (or a local path) are supported' });
    }
  });
});

/** Parses config/feeds.yaml text into feed configs. */
export function parseFeedsFile(text: string, fileName: string): FeedConfig[] {
  const file = parseYamlFile(text, fileName, feedsFileSchema, 'list the feeds to poll, e.g.\n  feeds:\n    - id: retail-dive\n      url: https://www.retaildive.com/feeds/news/');
  return file.feeds.map((f) => ({
    id: f.id,
    url: f.url,
    lang: f.lang,
    markets: f.markets,
    intervalMinutes: f.interval_minutes ?? file.defaults.interval_minutes,
    ...(f.title ? { title: f.title } : {}),
  }));
}
