// `outbox [--status pending|sent|dead] [--limit 50] [--json]`: what is waiting, what went out, what gave up and
// why — the first place to look when a channel says it got nothing. `outbox --requeue [ID ...]` gives dead
// entries (all of them, or the given ones) another go once the cause is fixed.
import type { OutboxEntry, OutboxStatus, OutboxStore } from '../core/ports.ts';
import { parseArgs, type CliIO } from './cli-io.ts';

const USAGE = 'usage: npm run cli -- outbox [--status pending|sent|dead] [--limit 50] [--json]\n'
  + '       npm run cli -- outbox --requeue [ID ...]   (all dead entries, or the given ones, are tried again)\n';
const STATUSES: OutboxStatus[] = ['pending', 'sent', 'dead'];

function line(e: OutboxEntry): string {
  const when = e.status === 'sent' ? `sent ${e.sentAt ?? '?'}` : e.status === 'pending' ? `next try ${e.nextAttemptAt}` : 'gave up';
  const head = `#${e.id} ${e.status.padEnd(7)} ${String(e.attempts).padStart(2)} attempt${e.attempts === 1 ? ' ' : 's'}  ${e.kind.padEnd(12)} ${e.platform}:${e.channelId}  ${when}`;
  return [head, `    ${e.key} — ${e.message.title}`, ...(e.lastError ? [`    last error: ${e.lastError}`] : [])].join('\n');
}

export async function runOutboxCommand(args: string[], io: CliIO, deps: { store: Pick<OutboxStore, 'list' | 'depth' | 'requeueDead'>; now?: () => Date }): Promise<number> {
  const { flags, positionals, unknown } = parseArgs(args, { boolean: ['json', 'requeue'] });
  if (flags.has('requeue')) return requeue(positionals, unknown, io, deps.store, (deps.now ?? (() => new Date()))());
  const status = flags.get('status')?.at(-1);
  const limit = Number(flags.get('limit')?.at(-1) ?? 50);
  if (unknown.length || positionals.length || (status !== undefined && !STATUSES.includes(status as OutboxStatus)) || !Number.isInteger(limit) || limit < 1) {
    io.stderr(USAGE);
    return 2;
  }
  const entries = await deps.store.list({ ...(status ? { status: status as OutboxStatus } : {}), limit });
  const depth = await deps.store.depth();
  if (flags.has('json')) {
    // The message bodies (and chart images) are left out: this is a delivery log, not an archive.
    const rows = entries.map(({ message, ...e }) => ({ ...e, title: message.title }));
    io.stdout(`${JSON.stringify({ depth, entries: rows })}\n`);
    return 0;
  }
  io.stdout(`outbox: ${depth.pending} pending, ${depth.sent} sent, ${depth.dead} dead\n`);
  if (entries.length === 0) io.stdout(`no ${status ?? ''}${status ? ' ' : ''}entries\n`);
  for (const e of entries) io.stdout(`${line(e)}\n`);
  return 0;
}

async function requeue(ids: string[], unknown: string[], io: CliIO, store: Pick<OutboxStore, 'requeueDead' | 'depth'>, now: Date): Promise<number> {
  const bad = ids.filter((id) => !/^#?[1-9][0-9]{0,15}$/.test(id));
  if (unknown.length || bad.length) {
    io.stderr(`${bad.length ? `not an outbox entry number: ${bad.join(', ')} (the number after # in \`outbox --status dead\`)\n` : ''}${USAGE}`);
    return 2;
  }
  const wanted = ids.map((id) => Number(id.replace('#', '')));
  const requeued = await store.requeueDead({ ...(wanted.length ? { ids: wanted } : {}), now: now.toISOString() });
  for (const e of requeued) io.stdout(`requeued #${e.id} ${e.kind} ${e.platform}:${e.channelId} — ${e.message.title}\n`);
  const missing = wanted.filter((id) => !requeued.some((e) => e.id === id));
  if (missing.length) io.stderr(`not dead (or no such entry), left as they were: ${missing.map((id) => `#${id}`).join(', ')}\n`);
  io.stdout(requeued.length
    ? `${requeued.length} entr${requeued.length === 1 ? 'y' : 'ies'} will be tried again by the running bot (\`npm start\`) within a few seconds; each is first looked up on the platform so nothing is posted twice\n`
    : 'no dead entries to requeue\n');
  return missing.length ? 1 : 0;
}
