// Usage lines for /tts, shown by `help` and after a typo.
import type { CommandName } from './command.ts';

export const USAGE: Record<CommandName, string> = {
  status: '/tts status <market> [full] [public]  — what we know of a market: launch, thresholds, bans, GMV; a summary only you see; add full for every entry, public to post it for the channel (e.g. /tts status us full)',
  subscribe: '/tts subscribe <markets|all> [tags…] [high] [confirms] [digest:weekly|daily|off] [day:mon] [hour:9] [tz:Asia/Shanghai]  — add alerts for these markets × tags to what this channel follows (e.g. /tts subscribe us uk gmv ban high)',
  unsubscribe: '/tts unsubscribe [markets|all] [tags…]  — stop exactly those (e.g. /tts unsubscribe sea, /tts unsubscribe us gmv); alone, stop everything',
  subscriptions: '/tts subscriptions  — what this channel is subscribed to',
  latest: '/tts latest [market] [tag] [n]  — the newest tagged stories (e.g. /tts latest us gmv 5)',
  digest: '/tts digest [weekly|daily]  — preview the digest this channel gets, built now from the latest news',
  sources: '/tts sources  — the feeds the bot reads',
  review: '/tts review [market]  — reported changes waiting for confirmation, with their sources and numbers',
  accept: '/tts accept <number>  — a reported change is right: it becomes the baseline (e.g. /tts accept 12)',
  reject: '/tts reject <number>  — a reported change is wrong: it leaves the baseline and the previous value comes back',
  help: '/tts help  — this list',
};
