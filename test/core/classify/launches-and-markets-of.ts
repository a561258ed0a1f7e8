// What the classifier reads from our own sentences, in the short form the launch and market tests compare:
// launches as "MARKET:DATE" (sorted), markets sorted.
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import type { Fact, LaunchFact } from '../../../src/core/types.ts';

export const launchesOf = (facts: Fact[]): string[] =>
  facts.filter((f): f is LaunchFact => f.type === 'launch').map((f) => `${f.market}:${f.date}`).sort();

export const launches = (title: string, text: string, published: string | null = null): string[] =>
  launchesOf(classifyItem({ title, text, published }).facts);

export const markets = (title: string, text: string, published: string | null = null): string[] =>
  [...classifyItem({ title, text, published }).markets].sort();
