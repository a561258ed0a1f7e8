// Story clustering, the merging half: whether an item may join a story, the story an item starts, and the story
// after an item joins it. Pure: app/ingest-items.ts reads the candidate stories from the store and saves the result;
// story-fingerprint.ts says which candidate is near enough.
import { sameValue } from '../baseline/compare-facts.ts';
import { subjectKey } from '../baseline/subject-key.ts';
import { outletOf } from '../evidence/outlet-of.ts';
import { outletKey, sameOutlet, type StorySource } from '../provenance/outlet-key.ts';
import { highestSeverity } from '../severity.ts';
import type { Classification, Cluster, Comparison, Item, Severity, StoryFingerprint } from '../types.ts';

/**
 * Two items can only be one story if they speak of overlapping markets and tags and do not contradict each
 * other (the same subject with a different value is a different report, e.g. last year's figure vs this year's).
 */
export function mayBeSameStory(cluster: Cluster, classification: Classification): boolean {
  const marketsOk = cluster.markets.length === 0 || classification.markets.length === 0
    || classification.markets.some((m) => cluster.markets.includes(m));
  const tagsOk = classification.tags.some((t) => cluster.tags.includes(t));
  if (!marketsOk || !tagsOk) return false;
  for (const f of classification.facts) {
    if (!f.market) continue;
    const key = subjectKey(f);
    const other = cluster.facts.find((g) => g.market === f.market && g.type === f.type && subjectKey(g) === key);
    if (other && !sameValue(other, f)) return false;
  }
  return true;
}

/** The outlets an item speaks for: its own first, then those an aggregator lists as covering the same story. */
export function storySources(item: Item): StorySource[] {
  const own: StorySource = { name: item.source, link: item.link, outlet: outletOf(item).key };
  const out = [own];
  for (const r of item.relatedOutlets ?? []) {
    const s: StorySource = { name: r.name, link: r.url, outlet: outletKey(r) };
    if (!out.some((o) => sameOutlet(o, s))) out.push(s);
  }
  return out;
}

/** One classified item as it meets the stories: what it says and when it was fetched. */
export interface StoryReport {
  item: Item;
  classification: Classification;
  comparisons: Comparison[];
  severity: Severity;
  fingerprint: StoryFingerprint;
  /** ISO time of the fetch; the story's first or last sighting. */
  fetchedAt: string;
}

/** The story an item starts when no recent story is near enough. */
export function newStory(report: StoryReport, now: Date): Cluster {
  const { item, classification, fetchedAt } = report;
  return {
    id: `c-${item.id.replace(/[^a-zA-Z0-9]/g, '').slice(-24) || 'x'}-${now.getTime().toString(36)}`,
    title: item.title,
    link: item.link,
    tags: classification.tags,
    markets: classification.markets,
    facts: classification.facts,
    comparisons: report.comparisons,
    severity: report.severity,
    sources: storySources(item),
    firstSeen: fetchedAt,
    lastSeen: fetchedAt,
    published: item.published,
    fingerprint: report.fingerprint,
  };
}

/**
 * The story after an item joins it: tags, markets and facts united, the item's changes added, the louder severity,
 * and the outlets it adds. `newSource` says whether a new outlet reported it (then its alert is updated).
 */
export function joinStory(existing: Cluster, report: StoryReport): { cluster: Cluster; newSource: boolean } {
  const { classification, comparisons } = report;
  const added = storySources(report.item).filter((s) => !existing.sources.some((e) => sameOutlet(e, s)));
  const newSource = added.length > 0;
  const cluster: Cluster = {
    ...existing,
    tags: [...new Set([...existing.tags, ...classification.tags])],
    markets: [...new Set([...existing.markets, ...classification.markets])],
    facts: [...existing.facts, ...classification.facts.filter((f) => !existing.facts.some((g) => JSON.stringify(g) === JSON.stringify(f)))],
    comparisons: [...existing.comparisons, ...comparisons.filter((c) => c.status === 'changes' && !existing.comparisons.some((e) => e.key === c.key))],
    severity: highestSeverity(existing.severity, report.severity),
    sources: newSource ? [...existing.sources, ...added] : existing.sources,
    lastSeen: report.fetchedAt,
  };
  return { cluster, newSource };
}

/** The story's earlier reports that a second outlet has just confirmed now say so (its alert is edited). */
export function withConfirmedEvidence(cluster: Cluster, ids: number[], outlet: string): Cluster {
  return {
    ...cluster,
    comparisons: cluster.comparisons.map((c) => (c.evidence && ids.includes(c.evidence.reportId)
      ? { ...c, evidence: { ...c.evidence, state: 'confirmed' as const, reason: `confirmed by a second outlet, ${outlet}` } }
      : c)),
  };
}
