// Suggestions for the comma-separated markets/tags options: completes the last word typed and keeps the ones
// before it, so "us, th" offers "us, th" (Thailand) and the user can keep typing after a comma.
import { MARKETS, MARKET_ALIASES, MARKET_NAMES, TAGS, TAG_ALIASES, TAG_NAMES } from '../../core/taxonomy.ts';
import { OPTION } from './command-definitions.ts';

export interface Choice { name: string; value: string }

const MAX_CHOICES = 25;
const MAX_LENGTH = 100;

interface Candidate { code: string; label: string; words: string[] }

const marketCandidates: Candidate[] = [
  { code: 'all', label: 'All markets', words: ['all'] },
  ...MARKETS.map((m) => ({ code: m.toLowerCase(), label: `${MARKET_NAMES[m]} (${m})`, words: [m.toLowerCase(), ...MARKET_ALIASES[m]] })),
];
const tagCandidates: Candidate[] = TAGS.map((t) => ({ code: t, label: TAG_NAMES[t], words: [t, ...TAG_ALIASES[t]] }));

/** Choices for an autocomplete option, given what the user has typed so far. */
export function autocompleteChoices(optionName: string, typed: string): Choice[] {
  const candidates = optionName === OPTION.tags ? tagCandidates : optionName === OPTION.markets ? marketCandidates : [];
  const parts = typed.split(',');
  const last = parts.pop()!.trim().toLowerCase();
  const before = parts.map((p) => p.trim()).filter(Boolean);
  const prefix = before.length ? `${before.join(', ')}, ` : '';
  const chosen = new Set(before.map((p) => p.toLowerCase()));
  const matches = candidates.filter((c) => !chosen.has(c.code) && (last === '' || c.words.some((w) => w.startsWith(last)) || c.label.toLowerCase().includes(last)));
  return matches.slice(0, MAX_CHOICES).map((c) => ({
    name: `${prefix}${c.label}`.slice(0, MAX_LENGTH),
    value: `${prefix}${c.code}`.slice(0, MAX_LENGTH),
  }));
}
