// A real SQLite store in a temp dir, seeded from config/baseline.yaml the way the program seeds it, plus the
// command dependencies an adapter needs: what the platform end-to-end tests run against.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/open-store.ts';
import { readBaselineWithHistory, seedStoreBaseline } from '../../src/compose/runtime.ts';
import type { Clock, Store } from '../../src/core/ports.ts';
import type { CommandDeps } from '../../src/app/commands/command-deps.ts';

export async function openSeededStore(clock: Clock, prefix: string): Promise<{ store: Store; deps: CommandDeps; dir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  const store = await openStore({ databaseUrl: null, sqlitePath: path.join(dir, 'radar.sqlite') });
  await seedStoreBaseline(store, await readBaselineWithHistory(path.resolve('config/baseline.yaml')));
  const deps: CommandDeps = {
    store, feeds: [], clock, defaultTimeZone: 'UTC',
    previewDigest: async () => ({ kind: 'digest', title: 'Weekly digest preview', sections: [{ type: 'text', text: 'Nothing new this week.' }] }),
  };
  return { store, deps, dir };
}
