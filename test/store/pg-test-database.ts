// A throwaway schema per store in the Postgres test database, so test files (and parallel runs on one server)
// never see each other's rows. TEST_DATABASE_URL points at the server; by default the local one, trust auth.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export class PgTestDatabase {
  readonly connectionString = TEST_DATABASE_URL;
  private readonly schemas: string[] = [];

  /** A fresh, not yet existing schema name (the store creates it); dropped again by dropAll(). */
  newSchema(): string {
    const schema = `t_${process.pid}_${randomBytes(5).toString('hex')}`;
    this.schemas.push(schema);
    return schema;
  }

  /** Runs one statement on a short-lived connection, e.g. to look at the tables a store wrote. */
  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    const client = new pg.Client({ connectionString: this.connectionString });
    await client.connect();
    try {
      return (await client.query<R>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  async dropAll(): Promise<void> {
    const schemas = this.schemas.splice(0);
    if (schemas.length === 0) return;
    await this.query(schemas.map((s) => `DROP SCHEMA IF EXISTS "${s}" CASCADE;`).join('\n'));
  }
}
