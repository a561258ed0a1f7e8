// Editing config/baseline.yaml after the first start: the next start takes the edit in and says so, and
// `status` shows it.
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

describe('baseline.yaml edited between starts', () => {
  it('status shows the edited and the added entry, and the start logs what was merged', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-baseline-edit-'));
    await copyFile('config/feeds.yaml', path.join(dir, 'feeds.yaml'));
    const file = path.join(dir, 'baseline.yaml');
    await copyFile('config/baseline.yaml', file);
    const env = { CONFIG_DIR: dir, SQLITE_PATH: path.join(dir, 's.sqlite') };

    const before = await runCli(['status', 'us', '--json'], { env });
    expect(before.code, before.stderr).toBe(0);
    expect(JSON.parse(before.stdout).thresholds.some((e: { fact: { subject: string; to: number } }) => e.fact.subject === 'creator_followers' && e.fact.to === 1000)).toBe(true);

    // Edit the US creator threshold in place and add a threshold the file did not have.
    const text = await readFile(file, 'utf8');
    const edited = text.replace(
      /(- subject: creator_followers\n(?:.*\n)*?\s+from: 5000\n\s+to: )1000(\n\s+date: )2024-06/,
      '$1800$22026-11',
    );
    expect(edited).not.toBe(text);
    await writeFile(file, edited.replace(/\n {4}thresholds:\n/, '\n    thresholds:\n      - subject: seller_deposit_usd\n        from: null\n        to: 500\n        date: 2026-11-20\n        source: https://example.org/seller-deposit\n'));

    const after = await runCli(['status', 'us', '--json'], { env });
    expect(after.code, after.stderr).toBe(0);
    const thresholds = JSON.parse(after.stdout).thresholds as { fact: { subject: string; to: number } }[];
    expect(thresholds.find((e) => e.fact.subject === 'creator_followers')?.fact.to).toBe(800);
    expect(thresholds.find((e) => e.fact.subject === 'seller_deposit_usd')?.fact.to).toBe(500);
    expect(after.stderr).toContain('baseline.yaml: 1 entry added, 1 entry changed since last start');

    const again = await runCli(['status', 'us', '--json'], { env });
    expect(again.stderr).not.toContain('since last start');
  });
});
