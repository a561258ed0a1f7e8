// The connection pool of the Postgres store. Type parsers are set per pool (not on pg's global registry, which
// other code in the process may rely on) so rows come back in the shapes the SQLite store returns: instants as
// ISO strings with milliseconds and 'Z', 64-bit counts as numbers.
import pg from 'pg';

/** A pool or a client checked out of it (inside a transaction). */
export type PgQueryable = pg.Pool | pg.PoolClient;

const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;

const parseTimestamp = pg.types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (value: string) => Date;

const storeTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === TIMESTAMPTZ_OID) return (value: string) => parseTimestamp(value).toISOString();
    // Counts and ids stay far below 2^53.
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format ?? 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

export function createPgPool(opts: {
  connectionString: string; schema?: string; poolSize?: number; onIdleError?: (error: Error) => void;
  connectTimeoutMs?: number; queryTimeoutMs?: number;
}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: opts.connectionString,
    max: opts.poolSize ?? 10,
    types: storeTypes,
    // No call may hang: a server that accepts TCP and never answers fails the connect after 10 s, a query after
    // 30 s (statement_timeout on the server, query_timeout in the client), and dead peers are noticed by TCP
    // keepalive. Idle connections are closed after 30 s.
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
    query_timeout: opts.queryTimeoutMs ?? 30_000,
    statement_timeout: opts.queryTimeoutMs ?? 30_000,
    idle_in_transaction_session_timeout: 60_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    // Every connection works in the store's schema, so the queries name no schema (the name was validated), and
    // in UTC, so an instant given without an offset means the same whatever zone the server was set up in.
    options: ['-c TimeZone=UTC', ...(opts.schema ? [`-c search_path=${opts.schema}`] : [])].join(' '),
  });
  // An idle connection dropped by the server (restart, failover) is an 'error' event; unheard, it would end the
  // process. The pool has already discarded the connection and the next query opens a fresh one.
  pool.on('error', (error) => opts.onIdleError?.(error));
  // A checked-out client whose connection resets mid-query emits 'error' on the client itself; unheard, that
  // ends the process (it did, mid-ingest). The query in progress rejects anyway, so listening is enough.
  pool.on('connect', (client) => {
    client.on('error', (error) => opts.onIdleError?.(error));
  });
  return pool;
}

/**
 * Runs `work` in one transaction on one connection; rolls back and rethrows on error. Given the connection of a
 * transaction already open (a batch, see PgStore.runInBatch), it runs inside that one, in a savepoint: a failed
 * step undoes only its own writes and leaves the outer transaction usable.
 */
export async function inPgTransaction<T>(db: PgQueryable, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  if (!(db instanceof pg.Pool)) return inSavepoint(db, work);
  const client = await db.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      // The connection itself is gone or confused: do not hand it back to the pool.
      broken = rollbackError as Error;
    }
    throw error;
  } finally {
    client.release(broken);
  }
}

async function inSavepoint<T>(client: pg.PoolClient, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  await client.query('SAVEPOINT step');
  try {
    const result = await work(client);
    await client.query('RELEASE SAVEPOINT step');
    return result;
  } catch (error) {
    await client.query('ROLLBACK TO SAVEPOINT step').catch(() => undefined); // a dead connection fails the batch anyway
    throw error;
  }
}
