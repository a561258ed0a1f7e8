// Maps the options of a /tts slash command straight into the neutral Command (no text parsing, except the
// comma-separated market/tag lists Discord cannot express as one option). Bad values become a problem the
// user can act on, with the closest valid word.
import type { Command } from '../../core/commands/command.ts';
import { closestWord } from '../../core/commands/closest-word.ts';
import { isValidTimeZone } from '../../core/digest/zoned-time.ts';
import {
  knownMarketWords, knownTagWords, resolveMarket, resolveTag, type Market, type Tag,
} from '../../core/taxonomy.ts';
import type { DigestCadence, Severity } from '../../core/types.ts';
import { OPTION } from './command-definitions.ts';

/** The part of discord.js's CommandInteractionOptionResolver we read (null when the user left it out). */
export interface OptionReader {
  getString(name: string): string | null;
  getInteger(name: string): number | null;
  getBoolean(name: string): boolean | null;
}

export type MappedCommand = { ok: true; command: Command } | { ok: false; problem: string };

function didYouMean(word: string, known: readonly string[]): string {
  const near = closestWord(word, known);
  return near ? ` Did you mean "${near}"?` : '';
}

/** Splits "us, uk" / "us uk" / "united states, th" into words, keeping multi-word names whole. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const chunk of text.split(/[,;，、]+/).map((c) => c.trim()).filter(Boolean)) {
    if (resolveMarket(chunk) || resolveTag(chunk) || chunk.toLowerCase() === 'all') out.push(chunk);
    else out.push(...chunk.split(/\s+/));
  }
  return out;
}

/** Parses a market list; "all" (or nothing) means every market, returned as []. */
export function parseMarketList(text: string | null): { ok: true; markets: Market[] } | { ok: false; problem: string } {
  const markets: Market[] = [];
  for (const word of splitList(text ?? '')) {
    if (word.toLowerCase() === 'all') return { ok: true, markets: [] };
    const m = resolveMarket(word);
    if (!m) return { ok: false, problem: `Unknown market "${word}".${didYouMean(word, [...knownMarketWords(), 'all'])}` };
    if (!markets.includes(m)) markets.push(m);
  }
  return { ok: true, markets };
}

function parseTagList(text: string | null): { ok: true; tags: Tag[] } | { ok: false; problem: string } {
  const tags: Tag[] = [];
  for (const word of splitList(text ?? '')) {
    if (word.toLowerCase() === 'all') return { ok: true, tags: [] };
    const t = resolveTag(word);
    if (!t) return { ok: false, problem: `Unknown tag "${word}".${didYouMean(word, knownTagWords())} Tags: launch, threshold, ban, gmv.` };
    if (!tags.includes(t)) tags.push(t);
  }
  return { ok: true, tags };
}

function mapSubscribe(o: OptionReader): MappedCommand {
  const markets = parseMarketList(o.getString(OPTION.markets));
  if (!markets.ok) return markets;
  const tags = parseTagList(o.getString(OPTION.tags));
  if (!tags.ok) return tags;
  const cadence = o.getString(OPTION.digest) as DigestCadence | null;
  const day = o.getInteger(OPTION.day);
  const hour = o.getInteger(OPTION.hour);
  // Discord checks the ranges declared with the command, but a request to the HTTP endpoint is only signed, not
  // checked against them: the same bounds as the text grammar, here.
  const given = (n: number) => (Number.isFinite(n) ? `, not ${n}` : '');
  if (hour !== null && (!Number.isInteger(hour) || hour < 0 || hour > 23)) return { ok: false, problem: `hour must be a whole number from 0 to 23${given(hour)}.` };
  if (day !== null && (!Number.isInteger(day) || day < 0 || day > 6)) return { ok: false, problem: `day must be a weekday (0 = Sunday … 6 = Saturday)${given(day)}.` };
  const timeZone = o.getString(OPTION.timezone)?.trim() || null;
  if (timeZone && !isValidTimeZone(timeZone)) {
    return { ok: false, problem: `"${timeZone}" is not an IANA time zone. Try Asia/Shanghai, Europe/London or America/New_York.` };
  }
  const digestGiven = cadence !== null || day !== null || hour !== null || timeZone !== null;
  const command: Command = {
    name: 'subscribe',
    markets: markets.markets,
    tags: tags.tags,
    minSeverity: (o.getString(OPTION.severity) as Severity | null) ?? 'low',
    confirms: o.getBoolean(OPTION.confirms) ?? false,
    // Same rule as the text grammar: naming only day/hour/zone implies the weekly cadence.
    ...(digestGiven ? {
      digest: {
        cadence: cadence ?? 'weekly',
        ...(day !== null ? { day } : {}),
        ...(hour !== null ? { hour } : {}),
        ...(timeZone ? { timeZone } : {}),
      },
    } : {}),
  };
  return { ok: true, command };
}

/** Maps a subcommand name and its options to a Command. */
export function interactionToCommand(subcommand: string, o: OptionReader): MappedCommand {
  switch (subcommand) {
    case 'status': {
      const raw = o.getString(OPTION.market) ?? '';
      const market = resolveMarket(raw);
      if (!market) return { ok: false, problem: `Unknown market "${raw}".${didYouMean(raw, knownMarketWords())}` };
      const full = o.getBoolean(OPTION.full) === true;
      const share = o.getBoolean(OPTION.share) === true;
      return { ok: true, command: { name: 'status', market, ...(full ? { view: 'full' as const } : {}), ...(share ? { share } : {}) } };
    }
    case 'subscribe':
      return mapSubscribe(o);
    case 'unsubscribe': {
      const markets = parseMarketList(o.getString(OPTION.markets));
      if (!markets.ok) return markets;
      const tags = parseTagList(o.getString(OPTION.tags));
      return tags.ok ? { ok: true, command: { name: 'unsubscribe', markets: markets.markets, tags: tags.tags } } : tags;
    }
    case 'latest': {
      const marketRaw = o.getString(OPTION.market);
      const tagRaw = o.getString(OPTION.tag);
      const market = marketRaw ? resolveMarket(marketRaw) : null;
      const tag = tagRaw ? resolveTag(tagRaw) : null;
      if (marketRaw && !market) return { ok: false, problem: `Unknown market "${marketRaw}".` };
      if (tagRaw && !tag) return { ok: false, problem: `Unknown tag "${tagRaw}".` };
      const limit = Math.min(20, Math.max(1, o.getInteger(OPTION.count) ?? 5));
      return { ok: true, command: { name: 'latest', limit, ...(market ? { market } : {}), ...(tag ? { tag } : {}) } };
    }
    case 'digest': {
      const cadence = o.getString(OPTION.cadence) === 'daily' ? 'daily' : 'weekly';
      return { ok: true, command: { name: 'digest', cadence } };
    }
    case 'review': {
      const raw = o.getString(OPTION.market);
      const market = raw ? resolveMarket(raw) : null;
      if (raw && !market) return { ok: false, problem: `Unknown market "${raw}".${didYouMean(raw, knownMarketWords())}` };
      return { ok: true, command: { name: 'review', ...(market ? { market } : {}) } };
    }
    case 'accept':
    case 'reject': {
      const id = o.getInteger(OPTION.number);
      return id !== null && id > 0 ? { ok: true, command: { name: subcommand, id } } : { ok: false, problem: 'Give the number of the reported change (see /tts review).' };
    }
    case 'subscriptions':
    case 'sources':
    case 'help':
      return { ok: true, command: { name: subcommand } };
    default:
      return { ok: false, problem: `Unknown subcommand "${subcommand}". The bot's commands may be out of date: ask an admin to run discord:register.` };
  }
}
