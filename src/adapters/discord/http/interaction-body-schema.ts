// The parts of an interaction body (as POSTed to the Interactions Endpoint URL) that we read, validated with zod so
// that a body that verifies but does not have the expected shape is a 400, never a TypeError deep in a handler.
// Unknown fields are ignored: Discord adds fields over time.
import { z } from 'zod';
import type { OptionReader } from '../interaction-to-command.ts';

export const INTERACTION_TYPE = { ping: 1, applicationCommand: 2, messageComponent: 3, autocomplete: 4 } as const;
export const SUBCOMMAND_OPTION_TYPE = 1;

const optionValue = z.union([z.string().max(6000), z.number(), z.boolean()]);

/** Discord's option types whose value we read: a value of another kind than its type says is a malformed body. */
const VALUE_OF_TYPE: Record<number, (v: unknown) => boolean> = {
  3: (v) => typeof v === 'string',
  4: (v) => typeof v === 'number' && Number.isSafeInteger(v),
  5: (v) => typeof v === 'boolean',
  10: (v) => typeof v === 'number' && Number.isFinite(v),
};

const leafOption = z.object({
  name: z.string().max(100),
  type: z.number().int(),
  value: optionValue.optional(),
  focused: z.boolean().optional(),
}).refine((o) => o.value === undefined || o.focused === true || (VALUE_OF_TYPE[o.type]?.(o.value) ?? true), {
  message: 'option value does not match its type', path: ['value'],
});

/** Top-level options: a subcommand carrying leaf options (the /tts shape), or leaf options directly. */
const topOption = leafOption.extend({ options: z.array(leafOption).max(25).optional() });

const commandData = z.object({
  name: z.string().max(100),
  options: z.array(topOption).max(25).optional(),
});

const snowflake = z.string().regex(/^\d{1,25}$/);
const user = z.object({ id: snowflake });

const invocation = {
  id: snowflake,
  data: commandData,
  guild_id: snowflake.optional(),
  channel_id: snowflake.optional(),
  channel: z.object({ id: snowflake }).optional(),
  /** Present in guilds; `permissions` is the member's total permissions in this channel, as a decimal bitfield. */
  member: z.object({ user, permissions: z.string().regex(/^\d{1,40}$/).optional() }).optional(),
  /** Present in DMs instead of `member`. */
  user: user.optional(),
};

export const interactionBodySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(INTERACTION_TYPE.ping) }),
  z.object({ type: z.literal(INTERACTION_TYPE.applicationCommand), ...invocation }),
  z.object({ type: z.literal(INTERACTION_TYPE.autocomplete), ...invocation }),
  // A button press on one of our messages (the alert's Confirm / Wrong): data carries the button's custom_id.
  z.object({ type: z.literal(INTERACTION_TYPE.messageComponent), ...invocation, data: z.object({ custom_id: z.string().max(100), component_type: z.number().int() }) }),
]);

export type InteractionBody = z.infer<typeof interactionBodySchema>;
export type CommandInvocation = Extract<InteractionBody, { type: 2 | 4 }>;
export type ComponentPress = Extract<InteractionBody, { type: 3 }>;
type LeafOption = z.infer<typeof leafOption>;

/** The subcommand name and its options; a command sent without a subcommand reads as "help". */
export function subcommandOf(data: CommandInvocation['data']): { name: string; options: LeafOption[] } {
  const sub = data.options?.find((o) => o.type === SUBCOMMAND_OPTION_TYPE);
  if (sub) return { name: sub.name, options: sub.options ?? [] };
  return { name: 'help', options: data.options ?? [] };
}

/** Reads raw options the way discord.js's resolver does, so the shared mapper serves both transports. */
export function rawOptionReader(options: LeafOption[]): OptionReader {
  const value = (name: string) => options.find((o) => o.name === name)?.value;
  return {
    getString: (name) => {
      const v = value(name);
      return typeof v === 'string' ? v : null;
    },
    // A value given but not a whole number reads as NaN, so the mapper refuses it instead of ignoring it.
    getInteger: (name) => {
      const v = value(name);
      if (v === undefined) return null;
      return typeof v === 'number' && Number.isInteger(v) ? v : Number.NaN;
    },
    getBoolean: (name) => {
      const v = value(name);
      return typeof v === 'boolean' ? v : null;
    },
  };
}

/** The option the user is typing in, for autocomplete. */
export function focusedOption(options: LeafOption[]): { name: string; value: string } | null {
  const focused = options.find((o) => o.focused);
  return focused ? { name: focused.name, value: String(focused.value ?? '') } : null;
}

/** Where and by whom the command was sent. */
export function invocationContext(body: CommandInvocation | ComponentPress): { channelId: string | null; userId: string | null; permissions: string | null } {
  return {
    channelId: body.channel_id ?? body.channel?.id ?? null,
    userId: body.member?.user.id ?? body.user?.id ?? null,
    permissions: body.member?.permissions ?? null,
  };
}
