// config/baseline.yaml is a living file: entries added or edited after the store was first seeded are merged in
// on the next start, without losing what was learned from news. The rule:
//
// - Every file entry is remembered by a hash of its content (market, subject, value, date, source, label) once the
//   store has taken it in. An entry whose hash is remembered is unchanged since; nothing happens.
// - A new or edited entry for a subject the store does not know is added.
// - A new or edited entry for a subject the store knows replaces the store's value when that value is one the
//   file itself gave before (its hash is remembered), or when the file's entry is newer by its date than the
//   store's value. Otherwise the store's value was learned from news and is newer: it stays, and the file's entry
//   is kept as history of the subject.
// - A new entry under `history` is added as history of its subject.
// Stores seeded before hashes were kept have none remembered: their values are compared by date alone, and the
// file's history entries are taken as already seeded.
// Pure: the caller reads the store and applies the plan (compose/merge-baseline-file.ts).
import type { BaselineEntry } from '../types.ts';
import { isOlder } from './compare-facts.ts';

export interface FileEntryHash {
  hash: string;
  market: string;
  key: string;
}

export interface BaselineMergePlan {
  /** Subjects the store does not know: insert. */
  add: BaselineEntry[];
  /** File entries that become the latest value of a subject the store knows. */
  replace: BaselineEntry[];
  /** File entries recorded as history only: superseded values, or older than a value learned from news. */
  history: BaselineEntry[];
  /** File entries that were new or edited but lost to a newer value learned from news. */
  keptNews: BaselineEntry[];
  /** Every file entry's hash, to remember. */
  remember: FileEntryHash[];
  /** True when the store was empty: the whole file is seeded (history included). */
  fresh: boolean;
}

/** Keys sorted at every level, so equal values give equal text whatever order a store returns them in. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

function fnv1a(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The content hash of a baseline value as the file states it; corroboration and counted outlets are not content. */
export function baselineEntryHash(e: BaselineEntry): string {
  const text = canonical({ market: e.market, key: e.key, fact: e.fact, date: e.date, source: e.source, label: e.label ?? null });
  return `${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x050c5d1f)}`;
}

export function planBaselineMerge(
  file: { latest: BaselineEntry[]; history: BaselineEntry[] },
  remembered: ReadonlySet<string>,
  store: ReadonlyMap<string, BaselineEntry>,
): BaselineMergePlan {
  const remember = [...file.history, ...file.latest].map((e) => ({ hash: baselineEntryHash(e), market: e.market, key: e.key }));
  const plan: BaselineMergePlan = { add: [], replace: [], history: [], keptNews: [], remember, fresh: store.size === 0 };
  if (plan.fresh) {
    plan.add = [...file.latest];
    plan.history = [...file.history];
    return plan;
  }
  const legacy = remembered.size === 0;
  for (const e of file.latest) {
    const hash = baselineEntryHash(e);
    if (remembered.has(hash)) continue;
    const current = store.get(`${e.market}|${e.key}`);
    if (!current) {
      plan.add.push(e);
      continue;
    }
    const currentHash = baselineEntryHash(current);
    if (currentHash === hash) continue;
    if (remembered.has(currentHash) || isOlder(current.date, e.date)) plan.replace.push(e);
    // Without remembered hashes the losing entry may be the very one seeded long ago: it is history already.
    else if (!legacy) plan.keptNews.push(e);
  }
  const added = new Set(plan.add.map((e) => `${e.market}|${e.key}`));
  for (const e of file.history) {
    if (remembered.has(baselineEntryHash(e))) continue;
    if (!legacy || added.has(`${e.market}|${e.key}`)) plan.history.push(e);
  }
  plan.history.push(...plan.keptNews);
  return plan;
}

/** "baseline.yaml: 3 entries added, 1 changed since last start" (null when nothing was new). */
export function describeBaselineMerge(fileName: string, plan: BaselineMergePlan): string | null {
  if (plan.fresh) return `${fileName}: ${plan.add.length} entries seeded into a new store`;
  const parts: string[] = [];
  const n = (k: number, what: string) => `${k} ${k === 1 ? 'entry' : 'entries'} ${what}`;
  if (plan.add.length) parts.push(n(plan.add.length, 'added'));
  if (plan.replace.length) parts.push(n(plan.replace.length, 'changed'));
  const olderHistory = plan.history.length - plan.keptNews.length;
  if (olderHistory > 0) parts.push(`${olderHistory} older ${olderHistory === 1 ? 'value' : 'values'} added to history`);
  if (plan.keptNews.length) parts.push(`${plan.keptNews.length} kept as history because news since is newer`);
  return parts.length ? `${fileName}: ${parts.join(', ')} since last start` : null;
}
