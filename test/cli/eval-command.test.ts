import { describe, expect, it } from 'vitest';
import { DEV_PATH, TRAIN_PATH, runEvalCommand } from '../../src/cli/eval-command.ts';
import { captureEvalIO } from './capture-eval-io.ts';
import { isLockboxId } from '../../src/core/classify/lockbox.ts';

// Our own labeled lines, served from memory at the paths the command reads: no shared folder is needed.
function io(files: Record<string, string> = {}) {
  return captureEvalIO((p) => (p in files ? Promise.resolve(files[p]!) : Promise.reject(Object.assign(new Error('no such file'), { code: 'ENOENT' }))));
}

const launch = (id: string, market: string, name: string) => JSON.stringify({
  id, lang: 'en', published: '2025-03-04', title: `TikTok Shop launched in ${name} on Tuesday`,
  text: `TikTok Shop opened to shoppers in ${name} on Tuesday, the company said.`, tags: ['launch'], markets: [market],
  facts: [{ type: 'launch', market, date: '2025-03-04', what: 'TikTok Shop' }],
});
const negative = (id: string) => JSON.stringify({
  id, lang: 'en', published: null, title: 'Creators discuss their favourite video trends', text: 'Nothing about selling here.',
  tags: [], markets: [], facts: [],
});
const NAMES: [string, string][] = [['ES', 'Spain'], ['MX', 'Mexico'], ['JP', 'Japan'], ['BR', 'Brazil'], ['FR', 'France']];

describe('npm run eval', () => {
  it('prints readable tables with misclassified ids for a given file, and n/a for tags without items', async () => {
    const line = JSON.stringify({ id: 'mine-1', lang: 'en', title: 'TikTok Shop launches in Spain', text: 'TikTok Shop opened to shoppers in Spain on Tuesday.', tags: ['launch'], markets: ['UK'], facts: [] });
    const t = io({ 'own.jsonl': line + '\n' });
    expect(await runEvalCommand(['own.jsonl'], t.io)).toBe(0);
    const text = t.out.join('');
    expect(text).toContain('== classifier · en (1 items)');
    expect(text).toContain('== keyword_baseline · en (1 items)');
    expect(text).toMatch(/misclassified: mine-1 markets UK→ES/);
    expect(text).toMatch(/gmv_figure\s+n\/a/);
    expect(text).not.toMatch(/gmv_figure\s+P 1\.000/);
  });

  it('cross-validates over train without the lockbox plus dev, and scores headlines against full items', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `own-${i}`);
    const inLockbox = ids.filter(isLockboxId);
    expect(inLockbox.length).toBeGreaterThan(0);
    const train = ids.map((id, i) => (i % 2 ? negative(id) : launch(id, ...NAMES[i % 5]!))).join('\n');
    const dev = [launch('own-dev', 'ES', 'Spain'), negative('own-dev-2')].join('\n');
    const t = io({ [TRAIN_PATH]: train, [DEV_PATH]: dev });
    expect(await runEvalCommand(['--cv', '5', '--titles', '--json'], t.io)).toBe(0);
    const r = JSON.parse(t.out.join(''));
    expect(r.items).toBe(ids.length - inLockbox.length + 2);
    expect(r.scores.classifier.all.items).toBe(r.items);
    expect(r.scores.classifier.all.facts.launch.gold).toBe(r.scores.classifier.all.tags.launch.tp + r.scores.classifier.all.tags.launch.fn);
    expect(r.titles.classifier.all.items).toBe(r.items);
    expect(r.titles.classifier.all.precision).not.toBeNull();
  });

  it('scores only the lockbox items with --lockbox', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `own-${i}`);
    const t = io({ [TRAIN_PATH]: ids.map((id) => negative(id)).join('\n') });
    expect(await runEvalCommand(['--lockbox', '--json'], t.io)).toBe(0);
    expect(JSON.parse(t.out.join('')).items).toBe(ids.filter(isLockboxId).length);
  });

  it('answers a missing file or a bad flag with a message and a non-zero code', async () => {
    const t = io();
    expect(await runEvalCommand(['no/such/file.jsonl'], t.io)).toBe(2);
    expect(t.err.join('')).toMatch(/cannot read no\/such\/file\.jsonl/);
    expect(await runEvalCommand(['--nope'], t.io)).toBe(2);
    expect(await runEvalCommand(['--cv', 'x'], t.io)).toBe(2);
    expect(await runEvalCommand(['--cv', '5', 'own.jsonl'], t.io)).toBe(2);
  });
});
