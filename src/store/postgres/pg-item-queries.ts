// Classified items in Postgres, laid out as in SQLite: the item's fields are columns, its lists and comparisons
// JSON. Tagged items also get rows in item_tags, the index behind /tts latest (see pg-schema-v1.ts).
import type { Market, Tag } from '../../core/taxonomy.ts';
import type { ClassifiedItem } from '../../core/types.ts';
import { inPgTransaction, type PgQueryable } from './pg-connection.ts';
// Shared with the SQLite store so both map rows and order /tts latest identically.
import { ANY, ITEM_COLUMNS, MAX_LATEST, itemSortTime, toClassifiedItem, type ItemRow } from '../store-rows.ts';

export async function knownItemIds(db: PgQueryable, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const r = await db.query<{ id: string }>('SELECT id FROM items WHERE id = ANY($1::text[])', [[...new Set(ids)]]);
  return new Set(r.rows.map((row) => row.id));
}

/** Stores the item and its item_tags rows together; false (and nothing written) when the id was known. */
export async function saveClassifiedItem(pool: PgQueryable, ci: ClassifiedItem, fetchedAt: string): Promise<boolean> {
  const { item, classification: c } = ci;
  const sortTime = itemSortTime(item.published, fetchedAt);
  return inPgTransaction(pool, async (tx) => {
    const r = await tx.query(
      `INSERT INTO items (id, feed_id, title, summary, link, published, lang, source, fetched_at, sort_time,
         cluster_id, severity, tags, markets, facts, comparisons)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (id) DO NOTHING`,
      [item.id, item.feedId, item.title, item.summary, item.link, item.published, item.lang, item.source, fetchedAt,
        sortTime, ci.clusterId, ci.severity, JSON.stringify(c.tags), JSON.stringify(c.markets),
        JSON.stringify(c.facts), JSON.stringify(ci.comparisons)],
    );
    if (r.rowCount !== 1) return false;
    if (c.tags.length > 0) {
      // Every (market or '*', tag or '*') pair in one statement: the cross join of the two lists.
      await tx.query(
        `INSERT INTO item_tags (market, tag, sort_time, item_id)
         SELECT m, t, $3, $4 FROM unnest($1::text[]) AS m CROSS JOIN unnest($2::text[]) AS t
         ON CONFLICT DO NOTHING`,
        [[ANY, ...new Set(c.markets)], [ANY, ...new Set(c.tags)], sortTime, item.id],
      );
    }
    return true;
  });
}

/** Tagged items only (untagged ones are kept for dedup, not shown), newest first. */
export async function latestItems(db: PgQueryable, q: { market?: Market; tag?: Tag; limit: number }): Promise<ClassifiedItem[]> {
  const limit = Math.max(0, Math.min(q.limit, MAX_LATEST));
  const r = await db.query<ItemRow>(
    `SELECT ${ITEM_COLUMNS} FROM item_tags t JOIN items i ON i.id = t.item_id
     WHERE t.market = $1 AND t.tag = $2 ORDER BY t.sort_time DESC, t.item_id DESC LIMIT $3`,
    [q.market ?? ANY, q.tag ?? ANY, limit],
  );
  return r.rows.map(toClassifiedItem);
}

/** Items first seen (fetched) in [since, until), oldest first; with markets, those about any of them. */
export async function itemsBetween(
  db: PgQueryable, since: string, until: string, q?: { markets?: Market[]; taggedOnly?: boolean },
): Promise<ClassifiedItem[]> {
  const markets = q?.markets?.length ? q.markets : null;
  const r = await db.query<ItemRow>(
    `SELECT ${ITEM_COLUMNS} FROM items i
     WHERE i.fetched_at >= $1 AND i.fetched_at < $2 AND ($3::text[] IS NULL OR i.markets ?| $3::text[])
       AND (NOT $4::boolean OR i.tags <> '[]'::jsonb)
     ORDER BY i.fetched_at, i.id`,
    [since, until, markets, q?.taggedOnly ?? false],
  );
  return r.rows.map(toClassifiedItem);
}

export async function countItems(db: PgQueryable): Promise<number> {
  const r = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM items');
  return r.rows[0]!.n;
}
