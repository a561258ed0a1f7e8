// The state and HTTP handler of the local benchmark feed server: N feeds, each showing its newest `window` items,
// with an ETag per version so a conditional GET of an unchanged feed gets 304, as real servers answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { benchFeed, benchItem, renderFeedXml, type BenchFeed } from './generate-feed-xml.ts';

/** Spacing of the initial items of a feed, newest first. */
const INITIAL_SPACING_MS = 37 * 60_000;

interface FeedState {
  feed: BenchFeed;
  /** Items 0..count-1 exist. */
  count: number;
  /** Publication time of each item in the window, by item number. */
  published: Map<number, number>;
  body: Buffer | null;
}

export interface PublishedItem {
  feedIndex: number;
  n: number;
  guid: string;
  link: string;
  title: string;
  story: number | null;
}

export interface SiteStats {
  ok: number;
  notModified: number;
  notFound: number;
}

export class BenchFeedSite {
  private feeds: FeedState[] = [];
  private window = 50;
  readonly stats: SiteStats = { ok: 0, notModified: 0, notFound: 0 };

  /** Resets to `feedCount` feeds of `itemsPerFeed` items, the newest of each published at `newest`. */
  configure(feedCount: number, itemsPerFeed: number, newest: Date): void {
    // A feed shows its newest items, at least 20 of them, like most outlets.
    this.window = Math.max(itemsPerFeed, 20);
    this.feeds = [];
    for (let i = 0; i < feedCount; i++) {
      const published = new Map<number, number>();
      for (let n = 0; n < itemsPerFeed; n++) published.set(n, newest.getTime() - (itemsPerFeed - 1 - n) * INITIAL_SPACING_MS);
      this.feeds.push({ feed: benchFeed(i), count: itemsPerFeed, published, body: null });
    }
    this.resetStats();
  }

  resetStats(): void {
    this.stats.ok = 0;
    this.stats.notModified = 0;
    this.stats.notFound = 0;
  }

  /** Adds `perFeed` new items on top of each given feed, published at `at`. */
  publish(feedIndexes: number[], perFeed: number, at: Date): PublishedItem[] {
    const out: PublishedItem[] = [];
    for (const index of feedIndexes) {
      const state = this.feeds[index];
      if (!state) continue;
      for (let k = 0; k < perFeed; k++) {
        const n = state.count++;
        state.published.set(n, at.getTime());
        state.published.delete(n - this.window);
        const item = benchItem(state.feed, n, at);
        out.push({ feedIndex: index, n, guid: item.guid, link: item.link, title: item.title, story: item.story });
      }
      state.body = null;
    }
    return out;
  }

  private etag(state: FeedState): string {
    return `"f${state.feed.index}-v${state.count}"`;
  }

  private body(state: FeedState): Buffer {
    if (!state.body) {
      const items = [];
      for (let n = state.count - 1; n >= Math.max(0, state.count - this.window); n--) items.push(benchItem(state.feed, n, new Date(state.published.get(n)!)));
      state.body = Buffer.from(renderFeedXml(state.feed, items), 'utf8');
    }
    return state.body;
  }

  handle(req: IncomingMessage, res: ServerResponse): void {
    const m = /^\/feeds\/(\d+)\.xml$/.exec(req.url ?? '');
    const state = m ? this.feeds[Number(m[1])] : undefined;
    if (!state) {
      this.stats.notFound++;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const etag = this.etag(state);
    const newest = state.published.get(state.count - 1) ?? 0;
    const lastModified = new Date(newest - (newest % 1000)).toUTCString();
    if (req.headers['if-none-match'] === etag) {
      this.stats.notModified++;
      res.writeHead(304, { etag, 'last-modified': lastModified }).end();
      return;
    }
    const body = this.body(state);
    this.stats.ok++;
    res.writeHead(200, {
      'content-type': state.feed.atom ? 'application/atom+xml; charset=utf-8' : 'application/rss+xml; charset=utf-8',
      'content-length': body.length,
      etag,
      'last-modified': lastModified,
    }).end(body);
  }
}
