// Versioned schema migrations for the Postgres store. Several replicas may start at the same moment: a session
// advisory lock (per schema) makes them queue, so the first one migrates and the others find nothing left to do.
// Each migration runs in its own transaction together with the row that records it, so a crash leaves either
// the whole step or none of it.
import type pg from 'pg';
import { PG_SCHEMA_V1 } from './pg-schema-v1.ts';
import { PG_SUBSCRIPTION_RULES } from './pg-schema-v2-subscription-rules.ts';
import { PG_SCHEMA_REPORTED_CHANGES } from './pg-schema-reported-changes.ts';
import { PG_OUTLETS_AND_FILE_ENTRIES } from './pg-schema-outlets-and-baseline-file.ts';
import { PG_REPORT_VALUE_COLUMNS } from './pg-schema-report-value-columns.ts';

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

/** In order; never edit a released step, add a new one. */
export const PG_MIGRATIONS: readonly PgMigration[] = [
  { version: 1, name: 'initial schema', sql: PG_SCHEMA_V1 },
  { version: 2, name: 'subscription rules', sql: PG_SUBSCRIPTION_RULES },
  { version: 3, name: 'reported changes', sql: PG_SCHEMA_REPORTED_CHANGES },
  { version: 4, name: 'counted outlets and baseline file entries', sql: PG_OUTLETS_AND_FILE_ENTRIES },
  { version: 5, name: 'report value columns', sql: PG_REPORT_VALUE_COLUMNS },
];

/** First key of the two-key advisory lock: "tts-radar migrations" (the second key is the schema's hash). */
const MIGRATION_LOCK_KEY = 0x7773_0001;

/** Double-quotes an identifier the caller has already validated (see isValidSchemaName). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Schema names we accept: they end up in a connection option and in DDL, so keep them plain. */
export function isValidSchemaName(name: string): boolean {
  return /^[a-z_][a-z0-9_]{0,62}$/.test(name);
}

/**
 * Brings `schema` (created if missing; the connection's current schema when omitted) up to the newest version.
 * Returns the versions this call applied: empty when another replica had already done it.
 */
export async function migratePg(pool: pg.Pool, schema?: string, migrations: readonly PgMigration[] = PG_MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    const target: string = schema ?? (await client.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]!.s;
    await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [MIGRATION_LOCK_KEY, target]);
    try {
      return await applyPending(client, target, migrations);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [MIGRATION_LOCK_KEY, target]);
    }
  } catch (error) {
    // Destroy rather than reuse a connection whose session state (lock, aborted transaction) is unknown.
    broken = error as Error;
    throw error;
  } finally {
    client.release(broken);
  }
}

async function applyPending(client: pg.PoolClient, schema: string, migrations: readonly PgMigration[]): Promise<number[]> {
  const s = quoteIdent(schema);
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (
       version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
  );
  const done = new Set(
    (await client.query<{ version: number }>(`SELECT version FROM ${s}.schema_migrations`)).rows.map((r) => r.version),
  );
  const applied: number[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    await client.query('BEGIN');
    try {
      // The DDL names no schema: it lands in the one set here for this transaction only.
      await client.query(`SET LOCAL search_path TO ${s}`);
      await client.query(m.sql);
      await client.query(`INSERT INTO ${s}.schema_migrations (version, name) VALUES ($1, $2)`, [m.version, m.name]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw new Error(`Postgres migration ${m.version} (${m.name}) failed in schema ${schema}: ${(error as Error).message}`, { cause: error });
    }
    applied.push(m.version);
  }
  return applied;
}
