// /tts review · /tts accept <number> · /tts reject <number>, and the Confirm / Wrong buttons of an alert (which
// settle every reported change of that story). Settling takes the same permission as subscribing.
import type { Message } from '../../core/message.ts';
import { MARKET_NAMES } from '../../core/taxonomy.ts';
import type { Command, CommandContext } from '../../core/commands/command.ts';
import type { CommandDeps } from './command-deps.ts';
import { pendingLine } from '../../core/evidence/pending-in-status.ts';
import { settleReport } from '../evidence/settle-report.ts';
import type { Verdict } from '../../core/evidence/review-actions.ts';

const NOT_ALLOWED = 'You may not review reported changes in this channel: it takes the same permission as changing its subscriptions.';

function reply(title: string, text: string, ephemeral = false): Message {
  return { kind: 'reply', ephemeral, title, sections: [{ type: 'text', text }] };
}

async function review(market: Command & { name: 'review' }, deps: CommandDeps): Promise<Message> {
  const pending = (await deps.store.listReports({ states: ['pending'], ...(market.market ? { market: market.market } : {}) })).sort((a, b) => a.id - b.id);
  const scope = market.market ? MARKET_NAMES[market.market] : 'all markets';
  if (pending.length === 0) return reply(`Reported changes — ${scope}`, 'Nothing is waiting for confirmation.');
  return {
    kind: 'reply',
    title: `Reported changes waiting for confirmation — ${scope}`,
    sections: [
      { type: 'list', items: pending.map((r) => ({ text: `${pendingLine(r).replace(/^#\d+ /, `#${r.id} ${r.market} · `)}` })) },
      { type: 'context', text: '/tts accept <number> makes one the baseline; /tts reject <number> drops it.' },
    ],
  };
}

export async function handleReviewCommand(cmd: Extract<Command, { name: 'review' | 'accept' | 'reject' }>, ctx: CommandContext, deps: CommandDeps): Promise<Message> {
  if (cmd.name === 'review') return review(cmd, deps);
  if (!ctx.canManageChannel) return { ...reply('Not allowed', NOT_ALLOWED), ephemeral: true };
  const report = await deps.store.getReport(cmd.id);
  if (!report) return reply(`No reported change #${cmd.id}`, 'See /tts review for the numbers of the reported changes.', true);
  const outcome = await settleReport(deps.store, report, cmd.name, ctx.userId, deps.clock.now().toISOString());
  return reply(cmd.name === 'accept' ? 'Accepted' : 'Marked wrong', outcome.text);
}

/** A Confirm / Wrong press on an alert: settles the story's reported changes that are not settled that way yet. */
export async function handleReviewPress(clusterId: string, verdict: Verdict, ctx: CommandContext, deps: CommandDeps): Promise<Message> {
  if (!ctx.canManageChannel) return { ...reply('Not allowed', NOT_ALLOWED), ephemeral: true };
  const reports = (await deps.store.listReports({ clusterId })).sort((a, b) => a.id - b.id);
  const open = reports.filter((r) => r.state !== (verdict === 'accept' ? 'accepted' : 'rejected'));
  if (reports.length === 0) return reply('Nothing to review', 'This alert carries no reported change.', true);
  if (open.length === 0) return reply('Already done', verdict === 'accept' ? 'These reports were already accepted.' : 'These reports were already marked wrong.', true);
  const lines: string[] = [];
  const now = deps.clock.now().toISOString();
  for (const r of open) {
    // A report settled as a sibling of an earlier one (same claim) is read again so it is not settled twice.
    const fresh = await deps.store.getReport(r.id);
    if (!fresh || fresh.state === (verdict === 'accept' ? 'accepted' : 'rejected')) continue;
    lines.push((await settleReport(deps.store, fresh, verdict, ctx.userId, now)).text);
  }
  return reply(verdict === 'accept' ? 'Confirmed' : 'Marked wrong', lines.join('\n') || 'Nothing left to settle.');
}
