// Usage lines for /tts, shown by `help` and after a typo.
import type { CommandName } from './command.ts';

export const USAGE: Record<CommandName, string> = {
  status: '/tts status <market>  — what we know of a market: launch, thresholds, bans, GMV (e.g. /tts status us)',
  subscribe: '/tts subscribe <markets|all> [tags…] [high] [confirms] [digest:weekly|daily|off] [day:mon] [hour:9] [tz:Asia/Shanghai]  — add alerts for these markets × tags to what this channel follows (e.g. /tts subscribe us uk gmv ban high)',
  unsubscribe: '/tts unsubscribe [markets|all] [tags…]  — stop exactly those (e.g. /tts unsubscribe sea, /tts unsubscribe us gmv); alone, stop everything',
  subscriptions: '/tts subscriptions  — what this channel is subscribed to',
  latest: '/tts latest [market] [tag] [n]  — the newest tagged stories (e.g. /tts latest us gmv 5)',
  digest: '/tts digest [weekly|daily] [now]  — preview the digest this channel gets',
  sources: '/tts sources  — the feeds the bot reads',
  help: '/tts help  — this list',
};
