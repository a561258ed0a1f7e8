// The /tts command model shared by every platform: Slack parses text into it, Discord maps its options into it.
import type { Market, Tag } from '../taxonomy.ts';
import type { DigestCadence, Severity } from '../types.ts';

export type Command =
  /**
   * `view`: a compact summary (default in chat) or every entry; `share`: answer for the whole channel instead of
   * the asker alone (core/commands/status-reply.ts).
   */
  | { name: 'status'; market: Market; view?: 'summary' | 'full'; share?: boolean }
  /**
   * Adds market × tag rules: markets empty = all markets; tags empty = all tags. `confirms`: also deliver stories
   * that only confirm what we knew (otherwise those go to the digest only).
   */
  | {
      name: 'subscribe';
      markets: Market[];
      tags: Tag[];
      minSeverity: Severity;
      confirms: boolean;
      digest?: { cadence: DigestCadence; day?: number; hour?: number; timeZone?: string };
    }
  /** Removes exactly markets × tags; both empty = the whole subscription; markets empty = those tags everywhere. */
  | { name: 'unsubscribe'; markets: Market[]; tags: Tag[] }
  | { name: 'subscriptions' }
  | { name: 'latest'; market?: Market; tag?: Tag; limit: number }
  | { name: 'digest'; cadence: 'weekly' | 'daily' }
  | { name: 'sources' }
  | { name: 'help' }
  /** Reported changes (core/evidence): list the pending ones; accept or reject one by its number. */
  | { name: 'review'; market?: Market }
  | { name: 'accept'; id: number }
  | { name: 'reject'; id: number };

export type CommandName = Command['name'];
export const COMMAND_NAMES: CommandName[] = [
  'status', 'subscribe', 'unsubscribe', 'subscriptions', 'latest', 'digest', 'sources', 'review', 'accept', 'reject', 'help',
];

/** Who asks, where. Permission decisions are made by the adapter (platform roles) and passed in. */
export interface CommandContext {
  platform: string;
  channelId: string;
  userId: string;
  /** May this user change this channel's subscriptions? */
  canManageChannel: boolean;
}
