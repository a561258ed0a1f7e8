// Starts the benchmark feed server in a child process (node:child_process fork) and talks to it over IPC.
// Only 127.0.0.1 is ever used.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PublishedItem, SiteStats } from './bench-feed-site.ts';

export type FeedServerRequest =
  | { type: 'configure'; id: number; feedCount: number; itemsPerFeed: number; newest: string }
  | { type: 'publish'; id: number; feedIndexes: number[]; perFeed: number; at: string }
  | { type: 'stats'; id: number }
  | { type: 'close' };

export type FeedServerReply =
  | { type: 'ready'; port: number }
  | { type: 'done'; id: number }
  | { type: 'published'; id: number; items: PublishedItem[] }
  | { type: 'stats'; id: number; stats: SiteStats; cpuS: number };

/** A request as the caller writes it; the id is added when it is sent. */
type Unsent<T> = T extends unknown ? Omit<T, 'id'> : never;

export interface FeedServer {
  /** http://127.0.0.1:PORT */
  baseUrl: string;
  configure(feedCount: number, itemsPerFeed: number, newest: Date): Promise<void>;
  /** Adds `perFeed` new items on top of each feed, published at `at` (the benchmark's clock). */
  publish(feedIndexes: number[], perFeed: number, at: Date): Promise<PublishedItem[]>;
  /** Requests served since the last call, and the server's own CPU seconds so far. */
  stats(): Promise<{ stats: SiteStats; cpuS: number }>;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const entry = fileURLToPath(new URL('./feed-server-child.ts', import.meta.url));
  // Inherit tsx's loader flags, but never the profiler's: the profile is of the app, not of the fake server.
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--cpu-prof') && !a.startsWith('--heap-prof'));
  const child: ChildProcess = fork(entry, [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let nextId = 1;
  const pending = new Map<number, (r: FeedServerReply) => void>();
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`feed server exited early (${code})`)));
    child.on('message', (msg: FeedServerReply) => {
      if (msg.type === 'ready') { resolve(msg.port); return; }
      const done = pending.get(msg.id);
      pending.delete(msg.id);
      done?.(msg);
    });
  });
  const ask = (req: Unsent<Extract<FeedServerRequest, { id: number }>>) => new Promise<FeedServerReply>((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    child.send({ ...req, id } as FeedServerRequest);
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    configure: async (feedCount, itemsPerFeed, newest) => { await ask({ type: 'configure', feedCount, itemsPerFeed, newest: newest.toISOString() }); },
    publish: async (feedIndexes, perFeed, at) => {
      const r = await ask({ type: 'publish', feedIndexes, perFeed, at: at.toISOString() });
      return r.type === 'published' ? r.items : [];
    },
    stats: async () => {
      const r = await ask({ type: 'stats' });
      return r.type === 'stats' ? { stats: r.stats, cpuS: r.cpuS } : { stats: { ok: 0, notModified: 0, notFound: 0 }, cpuS: 0 };
    },
    close: () => new Promise<void>((resolve) => {
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.send({ type: 'close' });
      setTimeout(() => { if (child.exitCode === null) child.kill(); }, 2000).unref();
    }),
  };
}
