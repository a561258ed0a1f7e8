import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBaselineFile } from '../../src/config/baseline-file.ts';
import { ConfigError } from '../../src/config/config-error.ts';
import { renderStatus } from '../../src/core/commands/render-status.ts';
import { MARKETS } from '../../src/core/taxonomy.ts';

const shipped = readFileSync('config/baseline.yaml', 'utf8');

describe('parseBaselineFile', () => {
  it('returns one latest entry per market and key, with the older values kept as history', () => {
    const latest = parseBaselineFile(shipped, 'config/baseline.yaml').latest;
    const keys = latest.map((e) => `${e.market}|${e.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(latest.find((e) => e.key === 'threshold:creator_followers')!.fact).toMatchObject({ from: 5000, to: 1000 });
    expect(latest.find((e) => e.market === 'US' && e.key === 'gmv:tiktok_shop:day:actual')!.fact).toMatchObject({ low_usd: 14e6 });
    const { history } = parseBaselineFile(shipped, 'config/baseline.yaml');
    expect(history.filter((e) => e.key === 'gmv:tiktok_shop:day:actual').map((e) => e.fact)).toEqual([
      expect.objectContaining({ low_usd: 5e5, high_usd: 1e6 }), expect.objectContaining({ low_usd: 3e6, high_usd: 4e6 }),
    ]);
    for (const e of latest) expect(e.date && e.source).toBeTruthy();
  });

  it('knows something dated and sourced about every market code, so status never starts empty', () => {
    const latest = parseBaselineFile(shipped, 'config/baseline.yaml').latest;
    for (const market of MARKETS) {
      const entries = latest.filter((e) => e.market === market);
      expect(entries.length, `no baseline entry for ${market}`).toBeGreaterThan(0);
      for (const e of entries) {
        expect(e.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(e.source, `${market} ${e.key}`).toMatch(/^(https?:\/\/\S+|seed \d{3}\b.*)$/);
      }
    }
    // The facts the issue asked for by name: Indonesia's 2023 ban by the government and the Tokopedia deal, Mexico's stages.
    expect(latest.find((e) => e.market === 'ID' && e.fact.type === 'ban')!.fact).toMatchObject({ by: 'government' });
    expect(latest.find((e) => e.market === 'ID' && e.key === 'launch:relaunch')!.fact).toMatchObject({ date: '2023-12' });
    expect(latest.filter((e) => e.market === 'MX' && e.fact.type === 'launch').map((e) => e.key).sort()).toEqual(['launch:cross_border', 'launch:official', 'launch:registration']);
  });

  it('names the file, the field path and the line of a bad value', () => {
    const text = 'markets:\n  US:\n    gmv:\n      - period: day\n        kind: actual\n        low_usd: lots\n        date: 2024\n        source: x\n';
    expect(() => parseBaselineFile(text, 'config/baseline.yaml').latest).toThrow(/^config\/baseline\.yaml: markets\.US\.gmv\[0\]\.low_usd: .*expected number.*\(line 6\)$/);
    expect(() => parseBaselineFile('markets:\n  XX: {}\n', 'b.yaml').latest).toThrow(/b\.yaml: markets\.XX.*\(line 2\)/);
    expect(() => parseBaselineFile('markets: [\n', 'b.yaml').latest).toThrow(/b\.yaml: invalid YAML/);
  });

  it('reports a bad baseline.yaml like a bad feeds.yaml: a ConfigError (start-up stops with its message), every problem named', () => {
    const text = 'markets:\n  US:\n    bans:\n      - by: plaform\n        target: x\n        date: 2024\n        source: x\n    gmv:\n      - period: dya\n        kind: actual\n        date: 2024\n        source: x\n';
    let error: unknown;
    try { parseBaselineFile(text, 'config/baseline.yaml'); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ConfigError);
    const lines = (error as Error).message.split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^config\/baseline\.yaml: markets\.US\.bans\[0\]\.by: .*"platform".*\(line 4\)$/),
      expect.stringMatching(/^config\/baseline\.yaml: markets\.US\.gmv\[0\]\.period: .*"day".*\(line 9\)$/),
    ]);
  });

  it('gives status a market grouped, each line with date and source', () => {
    const us = parseBaselineFile(shipped, 'config/baseline.yaml').latest.filter((e) => e.market === 'US');
    const sections = renderStatus('US', us).sections.flatMap((s) => (s.type === 'list' ? [s] : []));
    expect(sections.map((s) => s.title)).toEqual(['Launch and model', 'Entry thresholds', 'Bans', 'GMV series']);
    expect(sections[1]!.items.map((i) => i.text)).toContainEqual(expect.stringMatching(/^Creators need 1,000 followers to sell — 2024-06 · /));
    expect(sections[2]!.items).toHaveLength(2);
  });
});
