// The /tts use case: runs a parsed command against the store and answers with a platform-neutral Message that
// the adapters render. The grammar (core/commands/command.ts) and the pure replies (core/commands/) stay in core.
import { MARKET_NAMES, TAG_NAMES, type Market } from '../../core/taxonomy.ts';
import type { Message } from '../../core/message.ts';
import type { BaselineEntry, Subscription } from '../../core/types.ts';
import { sourceText } from '../../core/format/index.ts';
import type { Command, CommandContext } from '../../core/commands/command.ts';
import type { CommandDeps } from './command-deps.ts';
import { COMMAND_NAMES } from '../../core/commands/command.ts';
import { USAGE } from '../../core/commands/usage.ts';
import { describeSubscription } from '../../core/commands/describe-subscription.ts';
import { statusReply } from '../../core/commands/status-reply.ts';
import { handleReviewCommand } from './review-commands.ts';
import { addRules, removeRules, rulesFor } from '../../core/subscriptions/subscription-rules.ts';

/** How many recent reports per GMV subject `status` looks at (repeats of one value collapse into one line). */
const STATUS_HISTORY_ROWS = 30;

/** The recorded GMV values of a market, per subject key. */
export async function gmvHistory(market: Market, entries: BaselineEntry[], deps: Pick<CommandDeps, 'store'>): Promise<Map<string, BaselineEntry[]>> {
  const out = new Map<string, BaselineEntry[]>();
  for (const e of entries) if (e.key.startsWith('gmv:')) out.set(e.key, await deps.store.baselineHistory(market, e.key, STATUS_HISTORY_ROWS));
  return out;
}

function refuse(text: string): Message {
  return { kind: 'reply', ephemeral: true, title: 'Not allowed', sections: [{ type: 'text', text }] };
}

function reply(title: string, text: string, ephemeral = false): Message {
  return { kind: 'reply', ephemeral, title, sections: [{ type: 'text', text }] };
}

async function subscribe(cmd: Extract<Command, { name: 'subscribe' }>, ctx: CommandContext, deps: CommandDeps): Promise<Message> {
  if (!ctx.canManageChannel) return refuse('You may not change this channel\'s subscriptions. Ask someone with the right permission.');
  const existing = (await deps.store.subscriptionsForChannel(ctx.platform, ctx.channelId))[0];
  const digest = {
    cadence: cmd.digest?.cadence ?? existing?.digest.cadence ?? 'weekly',
    day: cmd.digest?.day ?? existing?.digest.day ?? 1,
    hour: cmd.digest?.hour ?? existing?.digest.hour ?? 9,
    timeZone: cmd.digest?.timeZone ?? existing?.digest.timeZone ?? deps.defaultTimeZone,
  };
  // A subscribe adds exactly the market × tag rules it names to what the channel already follows.
  const asked = rulesFor(cmd);
  const { rules, covered } = addRules(existing?.rules ?? [], asked);
  const sub: Subscription = { platform: ctx.platform, channelId: ctx.channelId, rules, digest, createdBy: ctx.userId };
  await deps.store.upsertSubscription(sub);
  const note = covered.length === asked.length && asked.length > 0
    ? 'Already covered by what this channel follows.\n' : '';
  return reply('Subscribed', `${note}This channel now follows:\n${describeSubscription(sub)}`);
}

async function unsubscribe(cmd: Extract<Command, { name: 'unsubscribe' }>, ctx: CommandContext, deps: CommandDeps): Promise<Message> {
  if (!ctx.canManageChannel) return refuse('You may not change this channel\'s subscriptions. Ask someone with the right permission.');
  const existing = (await deps.store.subscriptionsForChannel(ctx.platform, ctx.channelId))[0];
  const { rules, changed } = removeRules(existing?.rules ?? [], cmd);
  if (!existing || !changed) return reply('Nothing to remove', 'This channel had no matching subscription. See /tts subscriptions.', true);
  if (rules.length === 0) {
    await deps.store.removeSubscription(ctx.platform, ctx.channelId);
    return reply('Unsubscribed', 'This channel gets no more alerts or digests.');
  }
  const sub: Subscription = { ...existing, rules };
  await deps.store.upsertSubscription(sub);
  return reply('Unsubscribed', `Still following:\n${describeSubscription(sub)}`);
}

async function latest(cmd: Extract<Command, { name: 'latest' }>, deps: CommandDeps): Promise<Message> {
  const items = await deps.store.latestItems({ limit: cmd.limit, ...(cmd.market ? { market: cmd.market } : {}), ...(cmd.tag ? { tag: cmd.tag } : {}) });
  const scope = [cmd.market ? MARKET_NAMES[cmd.market] : 'all markets', cmd.tag ? TAG_NAMES[cmd.tag] : null].filter(Boolean).join(', ');
  if (items.length === 0) return reply(`Latest — ${scope}`, 'No tagged stories yet.');
  return {
    kind: 'reply',
    title: `Latest — ${scope}`,
    sections: [{
      type: 'list',
      // Only the outlet is linked, not the whole line: a line-long link is hard to read and to select.
      items: items.map((ci) => ({
        text: `${ci.classification.tags.map((t) => TAG_NAMES[t]).join(', ')} · ${ci.classification.markets.join(', ') || '—'} · ${ci.item.title} — ${sourceText({ name: ci.item.source, link: ci.item.link })}${ci.item.published ? `, ${ci.item.published.slice(0, 10)}` : ''}`,
      })),
    }],
  };
}

function sources(deps: CommandDeps): Message {
  return {
    kind: 'reply',
    title: `Sources (${deps.feeds.length} feeds)`,
    sections: [{
      type: 'list',
      items: deps.feeds.map((f) => ({ text: `${f.title ?? f.id} — ${f.lang}, every ${f.intervalMinutes} min${f.markets.length ? `, ${f.markets.join('/')}` : ''}`, url: /^https?:/.test(f.url) ? f.url : null })),
    }],
  };
}

function help(): Message {
  return {
    kind: 'reply',
    ephemeral: true,
    title: 'tts-radar: what changed in TikTok Shop, per market',
    sections: [{ type: 'text', text: COMMAND_NAMES.map((n) => USAGE[n]).join('\n') }],
  };
}

/** Runs a command. Expected problems (no permission, nothing found) are answers, not exceptions. */
export async function handleCommand(cmd: Command, ctx: CommandContext, deps: CommandDeps): Promise<Message> {
  switch (cmd.name) {
    case 'status': {
      const entries = await deps.store.baselineEntries(cmd.market);
      const pending = await deps.store.listReports({ market: cmd.market, states: ['pending'] });
      return statusReply(cmd, entries, await gmvHistory(cmd.market, entries, deps), pending);
    }
    case 'subscribe':
      return subscribe(cmd, ctx, deps);
    case 'unsubscribe':
      return unsubscribe(cmd, ctx, deps);
    case 'subscriptions': {
      const subs = await deps.store.subscriptionsForChannel(ctx.platform, ctx.channelId);
      return subs.length
        ? reply('Subscriptions', subs.map((s) => describeSubscription(s)).join('\n'))
        : reply('Subscriptions', 'This channel follows nothing yet. Try /tts subscribe us gmv ban.');
    }
    case 'latest':
      return latest(cmd, deps);
    case 'digest': {
      const preview = await deps.previewDigest({ platform: ctx.platform, channelId: ctx.channelId, cadence: cmd.cadence });
      return { ...preview, kind: 'reply', ephemeral: true };
    }
    case 'sources':
      return sources(deps);
    case 'review':
    case 'accept':
    case 'reject':
      return handleReviewCommand(cmd, ctx, deps);
    case 'help':
      return help();
  }
}
