import { describe, expect, it } from 'vitest';
import { interactionToCommand, type OptionReader } from '../../../src/adapters/discord/interaction-to-command.ts';
import { autocompleteChoices } from '../../../src/adapters/discord/autocomplete-choices.ts';

function options(values: Record<string, string | number | boolean>): OptionReader {
  return {
    getString: (n) => (typeof values[n] === 'string' ? (values[n] as string) : null),
    getInteger: (n) => (typeof values[n] === 'number' ? (values[n] as number) : null),
    getBoolean: (n) => (typeof values[n] === 'boolean' ? (values[n] as boolean) : null),
  };
}

describe('interactionToCommand', () => {
  it('maps status and latest options to commands', () => {
    expect(interactionToCommand('status', options({ market: 'us' }))).toEqual({ ok: true, command: { name: 'status', market: 'US' } });
    expect(interactionToCommand('latest', options({ market: 'th', tag: 'gmv_figure', count: 50 })))
      .toEqual({ ok: true, command: { name: 'latest', market: 'TH', tag: 'gmv_figure', limit: 20 } });
    expect(interactionToCommand('latest', options({}))).toEqual({ ok: true, command: { name: 'latest', limit: 5 } });
  });

  it('reads comma-separated markets and tags, aliases included, and "all"', () => {
    expect(interactionToCommand('subscribe', options({ markets: 'us, united kingdom,印尼', tags: 'gmv, ban', severity: 'high' }))).toEqual({
      ok: true, command: { name: 'subscribe', markets: ['US', 'UK', 'ID'], tags: ['gmv_figure', 'ban'], minSeverity: 'high', confirms: false },
    });
    expect(interactionToCommand('subscribe', options({ markets: 'all' }))).toEqual({
      ok: true, command: { name: 'subscribe', markets: [], tags: [], minSeverity: 'low', confirms: false },
    });
    expect(interactionToCommand('unsubscribe', options({}))).toEqual({ ok: true, command: { name: 'unsubscribe', markets: [], tags: [] } });
    expect(interactionToCommand('unsubscribe', options({ markets: 'us', tags: 'gmv' }))).toEqual({ ok: true, command: { name: 'unsubscribe', markets: ['US'], tags: ['gmv_figure'] } });
  });

  it('builds the digest schedule from digest, day, hour and timezone', () => {
    const r = interactionToCommand('subscribe', options({ markets: 'us', digest: 'daily', hour: 8, timezone: 'Asia/Shanghai' }));
    expect(r).toMatchObject({ ok: true, command: { digest: { cadence: 'daily', hour: 8, timeZone: 'Asia/Shanghai' } } });
    expect(interactionToCommand('subscribe', options({ markets: 'us', day: 5 }))).toMatchObject({ ok: true, command: { digest: { cadence: 'weekly', day: 5 } } });
  });

  it('explains a typo with the closest valid word', () => {
    expect(interactionToCommand('subscribe', options({ markets: 'us, thialand' }))).toEqual({ ok: false, problem: expect.stringContaining('Did you mean "thailand"?') });
    expect(interactionToCommand('subscribe', options({ markets: 'us', tags: 'gvm' }))).toEqual({ ok: false, problem: expect.stringContaining('"gmv"') });
    expect(interactionToCommand('subscribe', options({ markets: 'us', timezone: 'Mars/Olympus' }))).toEqual({ ok: false, problem: expect.stringContaining('not an IANA time zone') });
  });
});

describe('autocompleteChoices', () => {
  it('completes the last market typed and keeps those before it', () => {
    const choices = autocompleteChoices('markets', 'us, tha');
    expect(choices[0]).toEqual({ name: 'us, Thailand (TH)', value: 'us, th' });
    expect(choices.every((c) => c.value.startsWith('us, '))).toBe(true);
  });

  it('offers at most 25 choices of at most 100 characters', () => {
    const choices = autocompleteChoices('markets', '');
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(autocompleteChoices('tags', 'gm')).toEqual([{ name: 'GMV figure', value: 'gmv_figure' }]);
    const long = autocompleteChoices('markets', `${'us, '.repeat(40)}u`);
    expect(long.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
  });
});
