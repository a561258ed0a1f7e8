import { IN_FLIGHT, REQUEUED } from '../../src/core/ports.ts';
// OutboxStore + DigestRunStore in memory, with the same contract as the SQLite store: unique keys, due() oldest
// first, markRetry/markDead count an attempt. Messages round-trip through JSON as they would through a column.
import type { DigestRunStore, OutboxEntry, OutboxStatus, OutboxStore } from '../../src/core/ports.ts';

export class InMemoryOutboxStore implements OutboxStore, DigestRunStore {
  readonly entries: OutboxEntry[] = [];
  readonly digestRuns = new Set<string>();
  private nextId = 1;

  async enqueue(e: Parameters<OutboxStore['enqueue']>[0]): Promise<{ entry: OutboxEntry; inserted: boolean }> {
    const existing = this.entries.find((x) => x.key === e.key);
    if (existing) return { entry: structuredClone(existing), inserted: false };
    const entry: OutboxEntry = {
      id: this.nextId++, key: e.key, platform: e.platform, channelId: e.channelId, kind: e.kind,
      message: JSON.parse(JSON.stringify(e.message)), status: 'pending', attempts: 0, nextAttemptAt: e.now,
      lastError: null, remoteId: null, updatesKey: e.updatesKey ?? null, clusterId: e.clusterId ?? null,
      createdAt: e.now, sentAt: null,
    };
    this.entries.push(entry);
    return { entry: structuredClone(entry), inserted: true };
  }

  async due(now: string, limit: number): Promise<OutboxEntry[]> {
    return this.entries
      .filter((e) => e.status === 'pending' && Date.parse(e.nextAttemptAt) <= Date.parse(now))
      .sort((a, b) => a.id - b.id)
      .slice(0, limit)
      .map((e) => structuredClone(e));
  }

  async markSending(id: number, now: string): Promise<void> {
    const e = this.byId(id);
    if (e.status === 'pending') e.lastError = `${IN_FLIGHT} ${now}`;
  }

  async markSent(id: number, remoteId: string | null, now: string): Promise<void> {
    Object.assign(this.byId(id), { status: 'sent', remoteId, sentAt: now });
  }

  async markRetry(id: number, error: string, nextAttemptAt: string, opts: { countAttempt?: boolean } = {}): Promise<void> {
    const e = this.byId(id);
    Object.assign(e, { attempts: e.attempts + (opts.countAttempt === false ? 0 : 1), lastError: error, nextAttemptAt });
  }

  async requeueDead(q: { ids?: number[]; now: string }): Promise<OutboxEntry[]> {
    const dead = this.entries.filter((e) => e.status === 'dead' && (!q.ids || q.ids.includes(e.id)));
    for (const e of dead) Object.assign(e, { status: 'pending', attempts: 0, nextAttemptAt: q.now, lastError: `${REQUEUED}: ${e.lastError ?? 'dead'}` });
    return dead.map((e) => JSON.parse(JSON.stringify(e)) as OutboxEntry);
  }

  async markDead(id: number, error: string): Promise<void> {
    const e = this.byId(id);
    Object.assign(e, { status: 'dead', attempts: e.attempts + 1, lastError: error });
  }

  async getByKey(key: string): Promise<OutboxEntry | null> {
    const e = this.entries.find((x) => x.key === key);
    return e ? structuredClone(e) : null;
  }

  async list(q: { status?: OutboxStatus; limit: number }): Promise<OutboxEntry[]> {
    return this.entries.filter((e) => !q.status || e.status === q.status).sort((a, b) => b.id - a.id).slice(0, q.limit).map((e) => structuredClone(e));
  }

  async depth(): Promise<{ pending: number; dead: number; sent: number }> {
    const count = (s: OutboxStatus) => this.entries.filter((e) => e.status === s).length;
    return { pending: count('pending'), dead: count('dead'), sent: count('sent') };
  }

  async claimDigestRun(platform: string, channelId: string, periodKey: string, _now?: string): Promise<boolean> {
    const k = `${platform}|${channelId}|${periodKey}`;
    if (this.digestRuns.has(k)) return false;
    this.digestRuns.add(k);
    return true;
  }

  private byId(id: number): OutboxEntry {
    const e = this.entries.find((x) => x.id === id);
    if (!e) throw new Error(`no outbox entry ${id}`);
    return e;
  }
}
