// The /tts slash command as Discord stores it: one command, one subcommand per Command name. Options carry
// choices where the set is small (markets ≤ 25, tags, cadences) so Discord validates them before we see them;
// lists of markets/tags are free text with autocomplete, because Discord has no multi-select option type.
import {
  InteractionContextType,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { MARKETS, MARKET_NAMES, TAGS, TAG_NAMES } from '../../core/taxonomy.ts';

export const TTS_COMMAND_NAME = 'tts';

/** Option names, shared by the builder and the interaction mapper so they cannot drift apart. */
export const OPTION = {
  market: 'market',
  markets: 'markets',
  tags: 'tags',
  tag: 'tag',
  severity: 'severity',
  digest: 'digest',
  day: 'day',
  hour: 'hour',
  timezone: 'timezone',
  count: 'count',
  cadence: 'cadence',
  confirms: 'confirms',
  number: 'number',
  full: 'full',
  share: 'public',
} as const;

/** Subcommands answered with deferReply first: they query more and may take longer than Discord's 3 s. */
export const SLOW_SUBCOMMANDS: ReadonlySet<string> = new Set(['latest', 'digest']);

const marketChoices = MARKETS.map((m) => ({ name: `${MARKET_NAMES[m]} (${m})`, value: m.toLowerCase() }));
const tagChoices = TAGS.map((t) => ({ name: TAG_NAMES[t], value: t }));
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Builds the /tts command JSON sent to PUT /applications/{app}/commands. */
export function buildTtsCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder()
    .setName(TTS_COMMAND_NAME)
    .setDescription('TikTok Shop news: what changed per market, alerts and digests')
    // Subscriptions belong to a server channel; the per-channel permission check needs a guild member.
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) => s
      .setName('status')
      .setDescription('What we know of a market: launch, thresholds, bans, GMV (a summary only you see)')
      .addStringOption((o) => o.setName(OPTION.market).setDescription('Market').setRequired(true).addChoices(...marketChoices))
      .addBooleanOption((o) => o.setName(OPTION.full).setDescription('Every entry with its source, not the summary'))
      .addBooleanOption((o) => o.setName(OPTION.share).setDescription('Post it for the whole channel instead of only you')))
    .addSubcommand((s) => s
      .setName('subscribe')
      .setDescription('Add alerts for these markets × tags to what this channel follows')
      .addStringOption((o) => o.setName(OPTION.markets).setDescription('Markets, comma-separated (e.g. "us, uk"), or "all"').setRequired(true).setAutocomplete(true).setMaxLength(200))
      .addStringOption((o) => o.setName(OPTION.tags).setDescription('Only these tags, comma-separated (default: all tags)').setAutocomplete(true).setMaxLength(200))
      .addStringOption((o) => o.setName(OPTION.severity).setDescription('Lowest severity to alert on (default: low = everything)').addChoices(
        { name: 'Low (everything)', value: 'low' }, { name: 'Normal and high', value: 'normal' }, { name: 'High only', value: 'high' }))
      .addBooleanOption((o) => o.setName(OPTION.confirms).setDescription('Also alert on stories that only confirm what we knew (default: digest only)'))
      .addStringOption((o) => o.setName(OPTION.digest).setDescription('Digest cadence (default weekly)').addChoices(
        { name: 'Weekly', value: 'weekly' }, { name: 'Daily', value: 'daily' }, { name: 'Off', value: 'off' }))
      .addIntegerOption((o) => o.setName(OPTION.day).setDescription('Day of the weekly digest').addChoices(...DAY_NAMES.map((name, value) => ({ name, value }))))
      .addIntegerOption((o) => o.setName(OPTION.hour).setDescription('Hour of the digest, 0–23').setMinValue(0).setMaxValue(23))
      .addStringOption((o) => o.setName(OPTION.timezone).setDescription('IANA time zone of the digest, e.g. Asia/Shanghai').setMaxLength(64)))
    .addSubcommand((s) => s
      .setName('unsubscribe')
      .setDescription('Stop exactly these markets × tags (nothing named: everything)')
      .addStringOption((o) => o.setName(OPTION.markets).setDescription('Markets, comma-separated, or "all" (default: all)').setAutocomplete(true).setMaxLength(200))
      .addStringOption((o) => o.setName(OPTION.tags).setDescription('Only these tags, comma-separated (default: all tags)').setAutocomplete(true).setMaxLength(200)))
    .addSubcommand((s) => s.setName('subscriptions').setDescription('What this channel is subscribed to'))
    .addSubcommand((s) => s
      .setName('latest')
      .setDescription('The newest tagged stories')
      .addStringOption((o) => o.setName(OPTION.market).setDescription('Market').addChoices(...marketChoices))
      .addStringOption((o) => o.setName(OPTION.tag).setDescription('Tag').addChoices(...tagChoices))
      .addIntegerOption((o) => o.setName(OPTION.count).setDescription('How many (1–20, default 5)').setMinValue(1).setMaxValue(20)))
    .addSubcommand((s) => s
      .setName('digest')
      .setDescription('Preview the digest this channel gets')
      .addStringOption((o) => o.setName(OPTION.cadence).setDescription('Weekly (default) or daily').addChoices(
        { name: 'Weekly', value: 'weekly' }, { name: 'Daily', value: 'daily' })))
    .addSubcommand((s) => s.setName('sources').setDescription('The feeds the bot reads'))
    .addSubcommand((s) => s
      .setName('review')
      .setDescription('Reported changes waiting for confirmation, with their sources')
      .addStringOption((o) => o.setName(OPTION.market).setDescription('Market').addChoices(...marketChoices)))
    .addSubcommand((s) => s
      .setName('accept')
      .setDescription('A reported change is right: it becomes the baseline')
      .addIntegerOption((o) => o.setName(OPTION.number).setDescription('Its number in /tts review').setRequired(true).setMinValue(1)))
    .addSubcommand((s) => s
      .setName('reject')
      .setDescription('A reported change is wrong: the previous value comes back')
      .addIntegerOption((o) => o.setName(OPTION.number).setDescription('Its number in /tts review').setRequired(true).setMinValue(1)))
    .addSubcommand((s) => s.setName('help').setDescription('How to use /tts'));
  return builder.toJSON();
}
