// Replicas starting together on an empty database seed the baseline once: the GMV series shows each point once.
import { afterAll, describe, expect, it } from 'vitest';
import { PgStore } from '../../src/store/postgres/pg-store.ts';
import { readBaselineWithHistory, seedStoreBaseline } from '../../src/compose/runtime.ts';
import { PgTestDatabase, TEST_DATABASE_URL } from './pg-test-database.ts';

const db = new PgTestDatabase();
afterAll(() => db.dropAll());

describe('seeding the baseline from three replicas at once', () => {
  it('writes the file history once, not once per replica', async () => {
    const schema = db.newSchema();
    const baseline = await readBaselineWithHistory('config/baseline.yaml');
    const stores = await Promise.all([1, 2, 3].map(() => PgStore.open({ connectionString: TEST_DATABASE_URL, schema })));
    try {
      await Promise.all(stores.map((s) => seedStoreBaseline(s, baseline)));
      const series = await stores[0]!.baselineHistory('US', 'gmv:tiktok_shop:day:actual');
      const values = series.map((e) => JSON.stringify(e.fact));
      expect(new Set(values).size).toBe(values.length);
      expect(values.length).toBeGreaterThanOrEqual(3); // $0.5–1M, $3–4M and $14M a day
      const [row] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}".baseline_history`);
      expect(Number(row?.n)).toBe(baseline.history.length + baseline.latest.length); // each value of the file once
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
