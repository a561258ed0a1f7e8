// Classified items in SQLite. The item's fields are columns (readable with the sqlite3 shell); its lists and
// comparisons are JSON. Tagged items also get rows in item_tags, the index behind /tts latest (see migrations.ts).
import type Database from 'better-sqlite3';
import type { ItemStore } from '../../core/ports.ts';
import type { Market, Tag } from '../../core/taxonomy.ts';
import type { ClassifiedItem } from '../../core/types.ts';
import { toIsoInstant } from './to-iso-instant.ts';
import { ANY, ITEM_COLUMNS, MAX_LATEST, itemSortTime, toClassifiedItem, type ItemRow } from '../store-rows.ts';

/** SQLite allows 32,766 bound parameters; small chunks keep each statement cheap to prepare. */
const MAX_IN_PARAMS = 500;

export class SqliteItemStore implements ItemStore {
  private readonly insertItem: Database.Statement<unknown[]>;
  private readonly insertTag: Database.Statement<[string, string, string, string]>;
  private readonly latestStmt: Database.Statement<[string, string, number], ItemRow>;
  private readonly countStmt: Database.Statement<[], { n: number }>;
  private readonly betweenStmt: Database.Statement<[string, string], ItemRow>;
  private readonly knownStmts = new Map<number, Database.Statement<string[], { id: string }>>();
  private readonly saveTx: (ci: ClassifiedItem, fetchedAt: string) => boolean;

  /** inBatch: this connection is inside SqliteStore's batch, whose failure rolls back every write of it. */
  constructor(private readonly db: Database.Database, private readonly inBatch: () => boolean = () => false) {
    this.insertItem = db.prepare(
      `INSERT INTO items (id, feed_id, title, summary, link, published, lang, source, fetched_at, sort_time,
         cluster_id, severity, tags, markets, facts, comparisons)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO NOTHING`,
    );
    this.insertTag = db.prepare('INSERT OR IGNORE INTO item_tags (market, tag, sort_time, item_id) VALUES (?, ?, ?, ?)');
    this.latestStmt = db.prepare(
      `SELECT ${ITEM_COLUMNS} FROM item_tags t JOIN items i ON i.id = t.item_id
       WHERE t.market = ? AND t.tag = ? ORDER BY t.sort_time DESC, t.item_id DESC LIMIT ?`,
    );
    this.countStmt = db.prepare('SELECT count(*) AS n FROM items');
    this.betweenStmt = db.prepare(
      `SELECT ${ITEM_COLUMNS} FROM items i WHERE i.fetched_at >= ? AND i.fetched_at < ? ORDER BY i.fetched_at, i.id`,
    );
    this.saveTx = db.transaction((ci: ClassifiedItem, fetchedAt: string) => this.insert(ci, fetchedAt));
  }

  async knownItemIds(ids: string[]): Promise<Set<string>> {
    const known = new Set<string>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += MAX_IN_PARAMS) {
      const chunk = unique.slice(i, i + MAX_IN_PARAMS);
      for (const row of this.knownStmt(chunk.length).all(...chunk)) known.add(row.id);
    }
    return known;
  }

  async saveClassifiedItem(ci: ClassifiedItem, fetchedAt: string): Promise<boolean> {
    // An item and its tag rows are written together or not at all: inside a batch its transaction sees to that (any
    // failure rolls the whole batch back), so the savepoint of saveTx (two more statements per item) is only needed
    // outside one.
    return this.inBatch() ? this.insert(ci, fetchedAt) : this.saveTx(ci, fetchedAt);
  }

  /** Tagged items only (untagged ones are kept for dedup, not shown), newest first. */
  async latestItems(q: { market?: Market; tag?: Tag; limit: number }): Promise<ClassifiedItem[]> {
    const limit = Math.max(0, Math.min(q.limit, MAX_LATEST));
    return this.latestStmt.all(q.market ?? ANY, q.tag ?? ANY, limit).map(toClassifiedItem);
  }

  /** Items first seen (fetched) in [since, until), oldest first; with markets, those about any of them. */
  async itemsBetween(since: string, until: string, q?: { markets?: Market[]; taggedOnly?: boolean }): Promise<ClassifiedItem[]> {
    const all = this.betweenStmt.all(toIsoInstant(since), toIsoInstant(until));
    const rows = q?.taggedOnly ? all.filter((r) => r.tags !== '[]') : all;
    const markets = q?.markets?.length ? new Set<string>(q.markets) : null;
    // Filtering on the parsed row is cheaper than json_each in SQL for the few thousand rows of a week.
    const wanted = markets ? rows.filter((r) => (JSON.parse(r.markets as string) as string[]).some((m) => markets.has(m))) : rows;
    return wanted.map(toClassifiedItem);
  }

  async countItems(): Promise<number> {
    return this.countStmt.get()!.n;
  }

  private insert(ci: ClassifiedItem, fetchedAt: string): boolean {
    const { item, classification: c } = ci;
    const sortTime = itemSortTime(item.published, fetchedAt);
    const r = this.insertItem.run(
      item.id, item.feedId, item.title, item.summary, item.link, item.published, item.lang, item.source,
      toIsoInstant(fetchedAt), sortTime, ci.clusterId, ci.severity, JSON.stringify(c.tags), JSON.stringify(c.markets),
      JSON.stringify(c.facts), JSON.stringify(ci.comparisons),
    );
    if (r.changes === 0) return false;
    if (c.tags.length > 0) {
      for (const market of [ANY, ...new Set(c.markets)]) {
        for (const tag of [ANY, ...new Set(c.tags)]) this.insertTag.run(market, tag, sortTime, item.id);
      }
    }
    return true;
  }

  private knownStmt(n: number): Database.Statement<string[], { id: string }> {
    let stmt = this.knownStmts.get(n);
    if (!stmt) {
      stmt = this.db.prepare(`SELECT id FROM items WHERE id IN (${new Array(n).fill('?').join(', ')})`);
      this.knownStmts.set(n, stmt);
    }
    return stmt;
  }
}
