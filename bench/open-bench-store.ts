// A fresh SQLite store in a temp directory, seeded with the shipped baseline (config/baseline.yaml) as the bot
// seeds it at start-up, so comparisons run against real baseline entries.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { parseBaselineFile } from '../src/config/baseline-file.ts';
import type { BaselineEntry } from '../src/core/types.ts';

const BASELINE_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'config', 'baseline.yaml');

export function shippedBaseline(): BaselineEntry[] {
  return existsSync(BASELINE_FILE) ? parseBaselineFile(readFileSync(BASELINE_FILE, 'utf8'), BASELINE_FILE).latest : [];
}

export async function openBenchStore(dir: string, name = 'bench.sqlite'): Promise<{ store: SqliteStore; file: string }> {
  const file = path.join(dir, name);
  const store = await SqliteStore.open(file);
  await store.seedBaseline(shippedBaseline());
  return { store, file };
}
