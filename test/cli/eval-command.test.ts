import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runEvalCommand } from '../../src/cli/eval-command.ts';

function io(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out, err,
    io: {
      stdout: (s: string) => { out.push(s); },
      stderr: (s: string) => { err.push(s); },
      readFile: (p: string) => (p in files ? Promise.resolve(files[p]!) : readFile(p, 'utf8')),
    },
  };
}

describe('npm run eval', () => {
  it('prints readable tables with misclassified ids for a given file', async () => {
    const line = JSON.stringify({ id: 'mine-1', lang: 'en', title: 'TikTok Shop launches in Spain', text: 'TikTok Shop opened to shoppers in Spain on Tuesday.', tags: ['launch'], markets: ['UK'], facts: [] });
    const t = io({ 'own.jsonl': line + '\n' });
    expect(await runEvalCommand(['own.jsonl'], t.io)).toBe(0);
    const text = t.out.join('');
    expect(text).toContain('== classifier · en (1 items)');
    expect(text).toContain('== keyword_baseline · en (1 items)');
    expect(text).toMatch(/misclassified: mine-1 markets UK→ES/);
  });

  it('answers a missing file or a bad flag with a message and a non-zero code', async () => {
    const t = io();
    expect(await runEvalCommand(['no/such/file.jsonl'], t.io)).toBe(2);
    expect(t.err.join('')).toMatch(/cannot read no\/such\/file\.jsonl/);
    expect(await runEvalCommand(['--nope'], t.io)).toBe(2);
  });
});
