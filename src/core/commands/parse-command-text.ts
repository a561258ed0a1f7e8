// The /tts text grammar (Slack sends text; Discord sends options and skips this). Typos get a usage line with the
// closest valid word, never an exception.
import { MARKETS, TAG_NAMES, knownMarketWords, knownTagWords, resolveMarket, resolveTag, type Market, type Tag } from '../taxonomy.ts';
import type { Message } from '../message.ts';
import type { DigestCadence, Severity } from '../types.ts';
import { COMMAND_NAMES, type Command, type CommandName } from './command.ts';
import { closestWord } from './closest-word.ts';
import { USAGE } from './usage.ts';
import { parseReviewCommand } from './parse-review-command.ts';
import { isValidTimeZone } from '../digest/zoned-time.ts';

export type ParseResult = { ok: true; command: Command } | { ok: false; message: Message };

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function usageError(problem: string, name?: CommandName): ParseResult {
  const lines = name ? [USAGE[name]] : COMMAND_NAMES.map((n) => USAGE[n]);
  return {
    ok: false,
    message: { kind: 'reply', ephemeral: true, title: problem, sections: [{ type: 'text', text: lines.join('\n') }] },
  };
}

function didYouMean(word: string, known: readonly string[]): string {
  const near = closestWord(word, known);
  return near ? ` Did you mean "${near}"?` : '';
}

/** Splits text into words, keeping multi-word market names ("united states", "southeast asia") together. */
function tokenize(text: string): string[] {
  const words = text.trim().split(/[\s,]+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const three = words.slice(i, i + 3).join(' ');
    const two = words.slice(i, i + 2).join(' ');
    if (i + 2 < words.length && resolveMarket(three)) { out.push(three); i += 2; }
    else if (i + 1 < words.length && resolveMarket(two)) { out.push(two); i += 1; }
    else out.push(words[i]!);
  }
  return out;
}

function parseMarketsAndTags(args: string[], name: CommandName, allowTags: boolean):
  { markets: Market[]; tags: Tag[]; high: boolean; confirms: boolean; all: boolean; rest: string[] } | ParseResult {
  const markets: Market[] = [];
  const tags: Tag[] = [];
  let high = false;
  let confirms = false;
  let all = false;
  const rest: string[] = [];
  for (const arg of args) {
    const lower = arg.toLowerCase();
    if (lower === 'all') { all = true; continue; }
    if (name === 'subscribe' && (lower === 'high' || lower === 'high-only')) { high = true; continue; }
    if (name === 'subscribe' && (lower === 'confirms' || lower === 'confirmations')) { confirms = true; continue; }
    if (lower.includes(':')) { rest.push(arg); continue; }
    const m = resolveMarket(lower);
    if (m) { if (!markets.includes(m)) markets.push(m); continue; }
    const t = allowTags ? resolveTag(lower) : null;
    if (t) { if (!tags.includes(t)) tags.push(t); continue; }
    const known = name === 'subscribe' ? [...knownMarketWords(), ...knownTagWords(), 'all', 'high', 'confirms']
      : allowTags ? [...knownMarketWords(), ...knownTagWords(), 'all'] : [...knownMarketWords(), 'all'];
    return usageError(`Unknown ${allowTags ? 'market or tag' : 'market'} "${arg}".${didYouMean(lower, known)}`, name);
  }
  return { markets, tags, high, confirms, all, rest };
}

function parseSubscribe(args: string[]): ParseResult {
  const parsed = parseMarketsAndTags(args, 'subscribe', true);
  if ('ok' in parsed) return parsed;
  if (parsed.markets.length === 0 && !parsed.all) {
    return usageError('Say which markets to follow, or "all".', 'subscribe');
  }
  const digest: { cadence: DigestCadence; day?: number; hour?: number; timeZone?: string } = { cadence: 'weekly' };
  let digestGiven = false;
  for (const option of parsed.rest) {
    const [key, ...valueParts] = option.split(':');
    const k = key!.toLowerCase();
    const value = valueParts.join(':');
    if (k === 'digest') {
      if (!['weekly', 'daily', 'off'].includes(value.toLowerCase())) return usageError(`digest must be weekly, daily or off, not "${value}".`, 'subscribe');
      digest.cadence = value.toLowerCase() as DigestCadence;
    } else if (k === 'day') {
      const d = DAYS.indexOf(value.toLowerCase().slice(0, 3));
      if (d < 0) return usageError(`day must be one of ${DAYS.join(', ')}, not "${value}".`, 'subscribe');
      digest.day = d;
    } else if (k === 'hour') {
      // Digits only: Number() would also take "1e1", "0x1", " 9" or "".
      const h = /^\d{1,2}$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(h) || h < 0 || h > 23) return usageError(`hour must be 0–23, not "${value}".`, 'subscribe');
      digest.hour = h;
    } else if (k === 'tz' || k === 'timezone') {
      if (!isValidTimeZone(value)) return usageError(`"${value}" is not an IANA time zone (e.g. Asia/Shanghai, America/New_York).`, 'subscribe');
      digest.timeZone = value;
    } else {
      return usageError(`Unknown option "${key}:".${didYouMean(k, ['digest', 'day', 'hour', 'tz'])}`, 'subscribe');
    }
    digestGiven = true;
  }
  const minSeverity: Severity = parsed.high ? 'high' : 'low';
  return {
    ok: true,
    command: {
      name: 'subscribe', markets: parsed.all ? [] : parsed.markets, tags: parsed.tags, minSeverity, confirms: parsed.confirms,
      ...(digestGiven ? { digest } : {}),
    },
  };
}


function parseLatest(args: string[]): ParseResult {
  let market: Market | undefined;
  let tag: Tag | undefined;
  let limit = 5;
  for (const arg of args) {
    const lower = arg.toLowerCase();
    if (/^\d+$/.test(lower)) {
      limit = Math.min(20, Math.max(1, Number(lower)));
      continue;
    }
    // A repeated word is harmless ("latest ban ban"); a second, different market or tag is a question we cannot
    // answer in one list, so say so rather than "did you mean" the word itself.
    const m = resolveMarket(lower);
    if (m && (!market || market === m)) { market = m; continue; }
    if (m) return usageError(`Latest shows one market at a time: you named ${market} and ${m}.`, 'latest');
    const t = resolveTag(lower);
    if (t && (!tag || tag === t)) { tag = t; continue; }
    if (t) return usageError(`Latest shows one tag at a time: you named "${TAG_NAMES[tag!]}" and "${TAG_NAMES[t]}".`, 'latest');
    return usageError(`Unknown market or tag "${arg}".${didYouMean(lower, [...knownMarketWords(), ...knownTagWords()])}`, 'latest');
  }
  return { ok: true, command: { name: 'latest', limit, ...(market ? { market } : {}), ...(tag ? { tag } : {}) } };
}

const STATUS_FULL = new Set(['full', 'details', 'all']);
const STATUS_SHARE = new Set(['public', 'share', 'channel']);

/** Parses the text after "/tts". Empty text means help. */
export function parseCommandText(text: string): ParseResult {
  const words = tokenize(text);
  if (words.length === 0) return { ok: true, command: { name: 'help' } };
  const head = words[0]!.toLowerCase();
  const args = words.slice(1);
  const name = COMMAND_NAMES.find((n) => n === head) ?? (head === 'sub' ? 'subscribe' : head === 'unsub' ? 'unsubscribe' : undefined);
  if (!name) {
    // "/tts us" is a natural shorthand for "/tts status us".
    const asMarket = resolveMarket(words.join(' ').toLowerCase());
    if (asMarket) return { ok: true, command: { name: 'status', market: asMarket } };
    return usageError(`Unknown command "${words[0]}".${didYouMean(head, COMMAND_NAMES)}`);
  }
  switch (name) {
    case 'status': {
      // "full" (every entry) and "public" (for the whole channel) may stand anywhere after the market.
      const full = args.some((a) => STATUS_FULL.has(a.toLowerCase()));
      const share = args.some((a) => STATUS_SHARE.has(a.toLowerCase()));
      const words = args.filter((a) => !STATUS_FULL.has(a.toLowerCase()) && !STATUS_SHARE.has(a.toLowerCase()));
      if (words.length === 0) return usageError(`Which market? One of ${MARKETS.join(', ')}.`, 'status');
      const market = resolveMarket(words.join(' '));
      if (!market) {
        // "status us pubic": a market followed by a misspelt option says which word is wrong.
        const cut = words.findIndex((_, i) => i > 0 && resolveMarket(words.slice(0, i).join(' ')));
        if (cut > 0) return usageError(`Unknown status option "${words[cut]}".${didYouMean(words[cut]!.toLowerCase(), ['full', 'public'])}`, 'status');
        return usageError(`Unknown market "${words.join(' ')}".${didYouMean(words.join(' ').toLowerCase(), knownMarketWords())}`, 'status');
      }
      return { ok: true, command: { name: 'status', market, ...(full ? { view: 'full' as const } : {}), ...(share ? { share } : {}) } };
    }
    case 'subscribe':
      return parseSubscribe(args);
    case 'unsubscribe': {
      const parsed = parseMarketsAndTags(args, 'unsubscribe', true);
      if ('ok' in parsed) return parsed;
      if (parsed.rest.length > 0) return usageError(`Unknown option "${parsed.rest[0]}".`, 'unsubscribe');
      return { ok: true, command: { name: 'unsubscribe', markets: parsed.all ? [] : parsed.markets, tags: parsed.tags } };
    }
    case 'latest':
      return parseLatest(args);
    case 'digest': {
      let cadence: 'weekly' | 'daily' = 'weekly';
      for (const arg of args) {
        const lower = arg.toLowerCase();
        if (lower === 'weekly' || lower === 'daily') cadence = lower;
        else return usageError(`Unknown digest option "${arg}".${didYouMean(lower, ['weekly', 'daily'])}`, 'digest');
      }
      return { ok: true, command: { name: 'digest', cadence } };
    }
    case 'review':
    case 'accept':
    case 'reject':
      return parseReviewCommand(name, args, usageError);
    case 'subscriptions':
    case 'sources':
    case 'help':
      return { ok: true, command: { name } };
  }
}

