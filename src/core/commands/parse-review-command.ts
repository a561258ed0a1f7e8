// The text grammar of the review commands: "/tts review [market]", "/tts accept 12", "/tts reject #12".
import { knownMarketWords, resolveMarket } from '../taxonomy.ts';
import type { Command } from './command.ts';
import { closestWord } from './closest-word.ts';

type Parsed = { ok: true; command: Command } | { ok: false; message: import('../message.ts').Message };

export function parseReviewCommand(
  name: 'review' | 'accept' | 'reject',
  args: string[],
  usageError: (problem: string, name: 'review' | 'accept' | 'reject') => Parsed,
): Parsed {
  if (name === 'review') {
    if (args.length === 0) return { ok: true, command: { name: 'review' } };
    const market = resolveMarket(args.join(' '));
    if (market) return { ok: true, command: { name: 'review', market } };
    const near = closestWord(args.join(' ').toLowerCase(), knownMarketWords());
    return usageError(`Unknown market "${args.join(' ')}".${near ? ` Did you mean "${near}"?` : ''}`, name);
  }
  const raw = args[0]?.replace(/^#/, '') ?? '';
  if (args.length !== 1 || !/^\d+$/.test(raw) || Number(raw) < 1) {
    return usageError(`Give the number of one reported change, as /tts review lists it (e.g. /tts ${name} 12).`, name);
  }
  return { ok: true, command: { name, id: Number(raw) } };
}
