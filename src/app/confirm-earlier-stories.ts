// A second outlet can confirm a pending report from a *different* story (its item did not cluster with the first
// one: another headline, another angle). The first story's alert then still says "unconfirmed" at normal severity.
// What a reader expects is that alert edited in place — "confirmed by a second outlet, X", X among its sources,
// the severity it now deserves — not a second alert about the same claim. So: the earlier story is updated and
// saved, its alert is edited in the channels that got it (never sent anew: a channel that did not take it at
// normal severity gets the claim from the new story), and the new story's own alert is skipped when confirming
// that earlier report is all it has to say.
import type { Clock, Store } from '../core/ports.ts';
import type { Cluster, Comparison } from '../core/types.ts';
import { highestSeverity, severityFor } from '../core/severity.ts';
import { withConfirmedEvidence } from '../core/cluster/merge-story.ts';
import { sameOutlet, type StorySource } from '../core/provenance/outlet-key.ts';
import { severityWithEvidence } from '../core/evidence/severity-with-evidence.ts';
import type { ReportedChange } from '../core/evidence/reported-change.ts';
import type { StoryCandidates } from '../core/cluster/story-candidates.ts';
import { enqueueAlertsForCluster, type RouteDeps } from './route-alerts.ts';

function raisedSeverity(cluster: Cluster): Cluster {
  const now = severityWithEvidence(severityFor(cluster.tags, cluster.comparisons), cluster.comparisons);
  return { ...cluster, severity: highestSeverity(cluster.severity, now) };
}

export interface EarlierStoriesDeps {
  store: Pick<Store, 'getCluster' | 'saveCluster'>;
  clock: Clock;
  /** The ingest's candidate clusters, kept current in memory. */
  candidates: StoryCandidates;
  /** Reads the subscriptions once, when an edit is due. */
  route: () => Promise<RouteDeps>;
}

/**
 * Updates the stories (other than `storyId`) whose pending reports `confirmed` lists, and queues the edit of
 * their alerts. Returns the keys of the subjects confirmed that way, and how many edits were queued.
 */
export async function confirmEarlierStories(
  confirmed: ReportedChange[], storyId: string, source: StorySource, outletName: string, deps: EarlierStoriesDeps,
): Promise<{ keys: Set<string>; edits: number }> {
  const keys = new Set<string>();
  let edits = 0;
  const byStory = new Map<string, number[]>();
  for (const r of confirmed) {
    if (!r.clusterId || r.clusterId === storyId) continue;
    byStory.set(r.clusterId, [...(byStory.get(r.clusterId) ?? []), r.id]);
    keys.add(`${r.market}|${r.key}`);
  }
  for (const [id, ids] of byStory) {
    const idx = deps.candidates.indexOf(id);
    const earlier = idx >= 0 ? deps.candidates.at(idx) : await deps.store.getCluster(id);
    if (!earlier) continue;
    const sources = earlier.sources.some((s) => sameOutlet(s, source)) ? earlier.sources : [...earlier.sources, source];
    const updated = raisedSeverity({ ...withConfirmedEvidence(earlier, ids, outletName), sources, lastSeen: deps.clock.now().toISOString() });
    await deps.store.saveCluster(updated);
    if (idx >= 0) deps.candidates.set(idx, updated);
    edits += await enqueueAlertsForCluster(updated, await deps.route(), { update: true, editOnly: true, revision: `confirmed-${ids.join('-')}` });
  }
  return { keys, edits };
}

/** True when all a new story would change in the baseline is what an earlier story's (now edited) alert said. */
export function onlyConfirmsEarlierStories(comparisons: Comparison[], keys: Set<string>): boolean {
  if (keys.size === 0) return false;
  const changing = comparisons.filter((c) => !c.history && c.status !== 'confirms');
  return changing.length > 0 && changing.every((c) => c.fact.market && keys.has(`${c.fact.market}|${c.key}`) && c.evidence?.state === 'confirmed');
}
