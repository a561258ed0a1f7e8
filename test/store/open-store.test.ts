// openStore picks the store from configuration, as `run` and the CLI call it.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { T0 } from './fixtures.ts';

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('openStore', () => {
  it('opens SQLite at SQLITE_PATH when no DATABASE_URL is set', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tts-open-'));
    const file = path.join(dir, 'radar.sqlite');
    for (const databaseUrl of [undefined, null, '', '  ']) {
      const store = await openStore({ databaseUrl, sqlitePath: file });
      expect(await store.claimDigestRun('slack', 'C1', String(databaseUrl), T0)).toBe(true);
      await store.close();
    }
    const store = await openStore({ sqlitePath: file });
    expect(await store.claimDigestRun('slack', 'C1', 'null', T0)).toBe(false);
    await store.close();
  });

  it('rejects another kind of URL without echoing it (it may hold a password)', async () => {
    const attempt = openStore({ databaseUrl: 'mysql://radar:hunter2@db/radar', sqlitePath: ':memory:' });
    await expect(attempt).rejects.toThrow(/DATABASE_URL must start with postgres:\/\//);
    await expect(attempt).rejects.not.toThrow(/hunter2/);
  });
});
