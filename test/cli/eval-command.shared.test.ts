// `npm run eval` on the shared labeled dev set (../shared/eval/dev.jsonl), run by `npm run test:shared`.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runEvalCommand } from '../../src/cli/eval-command.ts';

const io = () => {
  const out: string[] = [];
  return { out, io: { stdout: (s: string) => { out.push(s); }, stderr: () => {}, readFile: (p: string) => readFile(p, 'utf8') } };
};

describe('npm run eval on the shared dev set', () => {
  it('scores the shared dev set: classifier and keyword baseline, en and zh, above the quality bar', async () => {
    const t = io();
    expect(await runEvalCommand(['--json'], t.io)).toBe(0);
    const r = JSON.parse(t.out.join(''));
    const mine = r.scores.classifier;
    expect(mine.all.macroF1).toBeGreaterThanOrEqual(0.9);
    expect(mine.all.marketExact).toBeGreaterThanOrEqual(0.9);
    expect(mine.all.facts.gmv.matched.exact).toBeGreaterThanOrEqual(0.85);
    expect(mine.zh.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(r.scores.keyword_baseline.all.macroF1).toBeLessThan(mine.all.macroF1);
    expect(Object.keys(r.compare)).toEqual(['new', 'confirms', 'changes', 'history']);
  });
});
