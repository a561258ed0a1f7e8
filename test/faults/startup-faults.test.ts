// Faults 7 and 10 at start-up and at the edges: each names what to fix instead of printing a stack or hanging.
// A "Postgres" on 127.0.0.1 that accepts TCP and never answers, a port nobody listens on, a SQLite path that is a
// directory, read-only or not a database, a port in use, and strict `hour:` parsing on both platforms.
import { mkdtemp, mkdir, writeFile, chmod } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PgStore } from '../../src/store/postgres/pg-store.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { StartupError } from '../../src/core/startup-error.ts';
import { startHealthServer } from '../../src/observability/health-server.ts';
import { parseCommandText } from '../../src/core/commands/parse-command-text.ts';
import { freePort } from '../e2e/spawn-bot.ts';

const servers: net.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

async function silentServer(): Promise<number> {
  const sockets: net.Socket[] = [];
  const server = net.createServer((s) => { sockets.push(s); }); // accepts, never answers
  server.on('close', () => sockets.forEach((s) => s.destroy()));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  const close = server.close.bind(server);
  server.close = ((cb?: (err?: Error) => void) => { sockets.forEach((s) => s.destroy()); return close(cb); }) as typeof server.close;
  return (server.address() as net.AddressInfo).port;
}

async function failure(p: Promise<unknown>): Promise<Error> {
  const e = await p.then(() => null, (error: unknown) => error as Error);
  expect(e).toBeInstanceOf(StartupError);
  return e!;
}

describe('Postgres faults at start', () => {
  it('a server that accepts and never answers fails the start in bounded time, saying so', async () => {
    const port = await silentServer();
    const e = await failure(PgStore.open({ connectionString: `postgres://u:secret@127.0.0.1:${port}/db`, connectTimeoutMs: 1500 }));
    expect(e.message).toMatch(/Postgres did not answer in time/);
    expect(e.message).not.toContain('secret');
  });

  it('a refused connection says to check that Postgres runs', async () => {
    const port = await freePort();
    const e = await failure(PgStore.open({ connectionString: `postgres://u:secret@127.0.0.1:${port}/db` }));
    expect(e.message).toMatch(/Postgres refused the connection/);
  });
});

describe('SQLite faults at start', () => {
  it('a path that is a directory, a file that is no database, and a read-only directory each name the fix', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-startfault-'));
    await mkdir(path.join(dir, 'db-dir'));
    expect((await failure(Promise.resolve().then(() => SqliteStore.open(path.join(dir, 'db-dir'))))).message).toMatch(/is a directory/);
    await writeFile(path.join(dir, 'garbage.sqlite'), 'this is not a database '.repeat(100));
    expect((await failure(Promise.resolve().then(() => SqliteStore.open(path.join(dir, 'garbage.sqlite'))))).message).toMatch(/damaged or is not a SQLite database/);
    if (process.getuid?.() !== 0) { // root may write anywhere
      await mkdir(path.join(dir, 'ro'));
      await chmod(path.join(dir, 'ro'), 0o500);
      expect((await failure(Promise.resolve().then(() => SqliteStore.open(path.join(dir, 'ro', 'radar.sqlite'))))).message).toMatch(/read-only|cannot open/);
    }
  });
});

describe('a port in use', () => {
  it('says which port and what to do', async () => {
    const busy = net.createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    servers.push(busy);
    const port = (busy.address() as net.AddressInfo).port;
    const source = { clock: { now: () => new Date() }, pingStore: async () => undefined, lastTickAt: () => null, lastSuccessfulFetchAt: async () => null, outboxDepth: async () => ({ pending: 0, dead: 0, sent: 0 }) };
    const e = await failure(startHealthServer(source as unknown as Parameters<typeof startHealthServer>[0], port, '127.0.0.1', []));
    expect(e.message).toBe(`port ${port} is already in use (is another bot or program listening on it?): stop it, or set PORT to a free port`);
  });
});

describe('hour: in /tts subscribe', () => {
  it('takes 0–23 written in digits only', () => {
    for (const bad of ['1e1', '0x1', '99', '-1', '', ' 9', '9.0']) {
      const r = parseCommandText(`subscribe us hour:${bad}`);
      expect(r.ok, `hour:${bad}`).toBe(false);
    }
    const ok = parseCommandText('subscribe us hour:9');
    expect(ok.ok && ok.command.name === 'subscribe' && ok.command.digest?.hour).toBe(9);
  });
});
