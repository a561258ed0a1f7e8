// The Confirm / Wrong buttons of an alert that carries reported changes, and how a press is named on the wire:
// Slack action_id and Discord custom_id are "tts_review:confirm" / "tts_review:reject" with the story id as value
// (Discord: custom_id "tts_review:confirm:<story id>", it has no separate value).
import type { MessageAction } from '../message.ts';
import type { Cluster } from '../types.ts';

/** A person's verdict on a reported change: `/tts accept|reject`, or an alert's Confirm / Wrong button. */
export type Verdict = 'accept' | 'reject';

export const REVIEW_ACTION_PREFIX = 'tts_review';

export function reviewActions(cluster: Cluster): MessageAction[] {
  if (!cluster.comparisons.some((c) => c.evidence)) return [];
  return [
    { action: 'confirm', label: 'Confirm', value: cluster.id, style: 'primary' },
    { action: 'reject', label: 'Wrong', value: cluster.id, style: 'danger' },
  ];
}

/** "tts_review:reject" → 'reject'; anything else → null. */
export function parseReviewActionId(id: string): 'confirm' | 'reject' | null {
  const m = /^tts_review:(confirm|reject)(?::|$)/.exec(id);
  return m ? (m[1] as 'confirm' | 'reject') : null;
}

/** Discord custom_id: "tts_review:reject:c-abc" (at most 100 characters, which story ids stay well within). */
export function discordCustomId(a: MessageAction): string {
  return `${REVIEW_ACTION_PREFIX}:${a.action}:${a.value}`.slice(0, 100);
}

/** The story id of a Discord custom_id, or null. */
export function storyOfCustomId(customId: string): { action: 'confirm' | 'reject'; clusterId: string } | null {
  const m = /^tts_review:(confirm|reject):(.+)$/.exec(customId);
  return m ? { action: m[1] as 'confirm' | 'reject', clusterId: m[2]! } : null;
}
