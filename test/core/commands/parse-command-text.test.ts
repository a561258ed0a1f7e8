import { describe, expect, it } from 'vitest';
import { parseCommandText } from '../../../src/core/commands/parse-command-text.ts';

function ok(text: string) {
  const r = parseCommandText(text);
  if (!r.ok) throw new Error(`expected ok for "${text}": ${r.message.title}`);
  return r.command;
}
function problem(text: string): string {
  const r = parseCommandText(text);
  if (r.ok) throw new Error(`expected a usage error for "${text}"`);
  return r.message.title + '\n' + r.message.sections.map((s) => ('text' in s ? s.text : '')).join('\n');
}

describe('/tts grammar', () => {
  it('resolves market aliases in status', () => {
    for (const text of ['status us', 'status USA', 'status united states', 'status 美国', 'status America']) {
      expect(ok(text)).toEqual({ name: 'status', market: 'US' });
    }
    expect(ok('status sea')).toEqual({ name: 'status', market: 'SEA' });
    expect(ok('status southeast asia')).toEqual({ name: 'status', market: 'SEA' });
    expect(ok('status uk')).toEqual({ name: 'status', market: 'UK' });
  });

  it('takes "full" and "public" anywhere after status', () => {
    expect(ok('status us full')).toEqual({ name: 'status', market: 'US', view: 'full' });
    expect(ok('status us public')).toEqual({ name: 'status', market: 'US', share: true });
    expect(ok('status public united states full')).toEqual({ name: 'status', market: 'US', view: 'full', share: true });
    expect(problem('status public')).toMatch(/Which market\?/);
    expect(problem('status us pubic')).toMatch(/Unknown status option "pubic". Did you mean "public"\?/);
  });

  it('parses subscribe with markets, tag aliases, high and digest options', () => {
    expect(ok('subscribe us uk gmv ban high')).toEqual({ name: 'subscribe', markets: ['US', 'UK'], tags: ['gmv_figure', 'ban'], minSeverity: 'high', confirms: false });
    expect(ok('subscribe all threshold')).toEqual({ name: 'subscribe', markets: [], tags: ['threshold_change'], minSeverity: 'low', confirms: false });
    expect(ok('subscribe us digest:daily hour:8 tz:Asia/Shanghai')).toEqual({
      name: 'subscribe', markets: ['US'], tags: [], minSeverity: 'low', confirms: false, digest: { cadence: 'daily', hour: 8, timeZone: 'Asia/Shanghai' },
    });
  });

  it('answers a typo with usage and the closest valid word', () => {
    expect(problem('stauts us')).toMatch(/Unknown command "stauts". Did you mean "status"\?/);
    expect(problem('status usaa')).toMatch(/Did you mean "usa"\?/);
    expect(problem('subscribe us gvm')).toMatch(/Did you mean "gmv"\?/);
    expect(problem('subscribe us tz:Mars/Olympus')).toMatch(/not an IANA time zone/);
    expect(problem('status')).toMatch(/Which market\?/);
    expect(problem('subscribe')).toMatch(/which markets/i);
  });

  it('parses latest, unsubscribe, digest and the short forms', () => {
    expect(ok('latest us gmv 3')).toEqual({ name: 'latest', market: 'US', tag: 'gmv_figure', limit: 3 });
    expect(ok('latest')).toEqual({ name: 'latest', limit: 5 });
    expect(ok('latest ban ban')).toEqual({ name: 'latest', tag: 'ban', limit: 5 });
    expect(problem('latest ban gmv')).toMatch(/one tag at a time: you named "Ban" and "GMV figure"/);
    expect(problem('latest ban gmv')).not.toMatch(/Did you mean/);
    expect(ok('unsubscribe uk')).toEqual({ name: 'unsubscribe', markets: ['UK'], tags: [] });
    expect(ok('unsubscribe all')).toEqual({ name: 'unsubscribe', markets: [], tags: [] });
    expect(ok('unsubscribe us gmv')).toEqual({ name: 'unsubscribe', markets: ['US'], tags: ['gmv_figure'] });
    expect(ok('subscribe us gmv confirms')).toEqual({ name: 'subscribe', markets: ['US'], tags: ['gmv_figure'], minSeverity: 'low', confirms: true });
    expect(ok('digest daily')).toEqual({ name: 'digest', cadence: 'daily' });
    // The preview is always built now; there is no flag for it.
    expect(problem('digest now')).toMatch(/Unknown digest option "now"/);
    expect(ok('')).toEqual({ name: 'help' });
    expect(ok('us')).toEqual({ name: 'status', market: 'US' });
  });
});
