// Picks the store from configuration: SQLite on a file by default, Postgres when DATABASE_URL is set.
import type { Store } from '../core/ports.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';

export async function openStore(opts: {
  databaseUrl?: string | null; databaseSchema?: string | null; sqlitePath: string;
  /** Postgres: a pooled connection failed (reset, server restart); the pool replaces it. For the log. */
  onConnectionError?: (error: Error) => void;
}): Promise<Store> {
  const url = opts.databaseUrl?.trim();
  if (!url) return SqliteStore.open(opts.sqlitePath);
  if (/^postgres(ql)?:\/\//i.test(url)) {
    // Loaded only when asked for, so a SQLite setup never needs the pg client.
    const { PgStore } = await import('./postgres/pg-store.ts');
    return PgStore.open({
      connectionString: url, ...(opts.databaseSchema ? { schema: opts.databaseSchema } : {}),
      ...(opts.onConnectionError ? { onIdleError: opts.onConnectionError } : {}),
    });
  }
  // src/config/env-schema.ts already rejects such a DATABASE_URL; this guards other callers. The URL may hold a
  // password: name only its scheme.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  throw new RangeError(`DATABASE_URL must start with postgres:// or postgresql:// (got ${scheme ? `${scheme}://…` : 'no scheme'}); unset it to use SQLite`);
}
