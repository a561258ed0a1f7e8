// WAL checkpoints on a second connection in a worker thread, instead of inside the writer's COMMIT. With SQLite's
// automatic checkpoint, the COMMIT that takes the WAL past 1,000 pages also copies them into the database file and
// fsyncs both files, on the ingest's own thread: in the ingest bench that was about half of the COMMIT's CPU and
// two thirds of its wall time (docs/BENCHMARKS.md, "Store: checkpoints beside the writer"). Here the writer's
// connection does no automatic checkpoint; after each batch commit it tells the worker, which runs a PASSIVE
// checkpoint shortly after (several commits share one). What is durable when does not change: a commit is in the
// WAL when COMMIT returns, as before (synchronous = NORMAL on both connections), and a checkpoint only copies
// committed pages. If the worker cannot start or stops, the writer takes its automatic checkpoint back.
import { createRequire } from 'node:module';
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** SQLite's default wal_autocheckpoint, which the writer gets back if the worker is gone. */
const AUTO_CHECKPOINT_PAGES = 1000;
/** How long after a commit the worker checkpoints: the commits of a poll cycle share a checkpoint. */
const CHECKPOINT_DELAY_MS = 50;
/** Besides after commits, the worker checkpoints this often: writes outside a batch (outbox sends) get copied too. */
const CHECKPOINT_INTERVAL_MS = 5000;
/**
 * A WAL past this size means the worker does not keep up (a continuous stream of writes never lets a PASSIVE
 * checkpoint finish between two): the writer checkpoints once itself, as SQLite's automatic checkpoint would. The
 * WAL file is cut back to WAL_KEEP_BYTES when it starts over, so its size says how much it holds.
 */
const MAX_WAL_BYTES = 64 * 1024 * 1024;
const WAL_KEEP_BYTES = 16 * 1024 * 1024;

// CommonJS, evaluated in the worker: it opens the same file without migrating it, and checkpoints when told.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 0');
let timer = null;
const checkpoint = () => {
  timer = null;
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { parentPort.postMessage({ error: String(error && error.message || error) }); }
};
const every = setInterval(() => { if (!timer) checkpoint(); }, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m === 'close') {
    if (timer) clearTimeout(timer);
    clearInterval(every);
    db.close();
    parentPort.close();
  } else if (!timer) {
    timer = setTimeout(checkpoint, workerData.delayMs);
  }
});
`;

export class BackgroundCheckpoint {
  private worker: Worker | null = null;
  /** The worker could not start, stopped or was closed: the writer checkpoints by itself. */
  private off = false;

  constructor(private readonly db: Database.Database, private readonly file: string, private readonly delayMs = CHECKPOINT_DELAY_MS) {}

  /** Whether checkpoints run in the worker now (the writer's automatic checkpoint is off). */
  get active(): boolean {
    return this.worker !== null;
  }

  /** After a commit of the writer: the worker checkpoints soon. The first call starts it. Never throws. */
  committed(): void {
    if (this.off) return;
    try {
      if (!this.worker) this.start();
      this.worker?.postMessage('commit');
      if (this.worker && walBytes(this.file) > MAX_WAL_BYTES) this.db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Whatever failed here, SQLite's own checkpoint in the writer is the safe way on.
      if (this.worker) this.stop(this.worker); else this.off = true;
    }
  }

  /** Stops the worker (its connection closes first) and gives the writer its automatic checkpoint back. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.off = true;
    if (!worker) return;
    this.handBack();
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    // Held (ref) while it closes, so the process waits for its connection to close rather than exit mid-close.
    worker.ref();
    worker.postMessage('close');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), 2000); });
    const late = (await Promise.race([exited, timeout])) === 'late';
    clearTimeout(timer);
    if (late) await worker.terminate();
  }

  private start(): void {
    let worker: Worker;
    try {
      const driver = createRequire(import.meta.url).resolve('better-sqlite3');
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file: this.file, delayMs: this.delayMs, intervalMs: CHECKPOINT_INTERVAL_MS } });
    } catch {
      this.off = true;
      return;
    }
    // A worker never keeps the process alive: a store left open does not hold up the exit.
    worker.unref();
    worker.on('message', (m: { error?: string }) => { if (m.error !== undefined) this.stop(worker); });
    worker.on('error', () => this.stop(worker));
    worker.on('exit', () => this.stop(worker));
    this.db.pragma('wal_autocheckpoint = 0');
    this.db.pragma(`journal_size_limit = ${WAL_KEEP_BYTES}`);
    this.worker = worker;
  }

  /** The worker failed or ended: the writer checkpoints by itself from now on. */
  private stop(worker: Worker): void {
    if (this.worker !== worker) return;
    this.off = true;
    this.handBack();
    void worker.terminate();
  }

  private handBack(): void {
    this.worker = null;
    try {
      if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
    } catch { /* the connection is closing: nothing left to checkpoint on it */ }
  }
}

function walBytes(file: string): number {
  return statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
}
