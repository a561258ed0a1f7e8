import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChartCommand } from '../../src/cli/chart-command.ts';
import type { CliIO } from '../../src/cli/cli-io.ts';
import { InMemoryDigestStore } from '../fakes/in-memory-digest-store.ts';

describe('chart command', () => {
  it('writes the market\'s GMV chart as a PNG file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-chart-'));
    const store = new InMemoryDigestStore();
    store.history = [
      { market: 'US', key: 'gmv:tiktok_shop:day:actual', date: '2025-03', source: 'A', corroboration: 1, itemId: null, recordedAt: '2026-01-01T00:00:00Z',
        fact: { type: 'gmv', market: 'US', low_usd: 5e6, high_usd: 5e6, period: 'day', kind: 'actual', platform: 'tiktok_shop' } },
      { market: 'US', key: 'gmv:tiktok_shop:day:actual', date: '2025-10', source: 'B', corroboration: 1, itemId: null, recordedAt: '2026-02-01T00:00:00Z',
        fact: { type: 'gmv', market: 'US', low_usd: 9e6, high_usd: 9e6, period: 'day', kind: 'actual', platform: 'tiktok_shop' } },
    ];
    let stdout = '';
    const io: CliIO = { stdout: (t) => { stdout += t; }, stderr: () => {}, readStdin: async () => '', env: {} };
    const file = path.join(dir, 'us.png');
    expect(await runChartCommand(['us', '--out', file], io, { store })).toBe(0);
    const png = await readFile(file);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(stdout).toBe(`wrote ${file} (PNG, 800 wide, 2 GMV figures for US)\n`);

    // .svg writes SVG text (never PNG bytes); any other extension is refused with the reason.
    const svgFile = path.join(dir, 'us.svg');
    expect(await runChartCommand(['us', '--out', svgFile], io, { store })).toBe(0);
    expect((await readFile(svgFile, 'utf8')).startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    let stderr = '';
    const quiet: CliIO = { ...io, stderr: (t) => { stderr += t; } };
    expect(await runChartCommand(['us', '--out', path.join(dir, 'us.jpg')], quiet, { store })).toBe(2);
    expect(stderr).toContain('must end in .png or .svg');
  });

  it('refuses without a market or an output file', async () => {
    let stderr = '';
    const io: CliIO = { stdout: () => {}, stderr: (t) => { stderr += t; }, readStdin: async () => '', env: {} };
    expect(await runChartCommand(['us'], io, { store: new InMemoryDigestStore() })).toBe(2);
    expect(stderr).toContain('usage: npm run cli -- chart <market> --out FILE.png|FILE.svg');
  });
});
