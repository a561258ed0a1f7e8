// The first pass loses nothing (`npm run test:shared`): every labeled item of ../shared/eval (train.jsonl with the
// lockbox lines dropped before they are read, dev.jsonl), every set in docs/eval, each also as a headline alone, and
// every item of ../shared/corpora/feedparser classify the same as with every extractor and head run on them.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyItem, type ClassifyInput } from '../../../src/core/classify/classify-item.ts';
import { parseLabeledJsonl } from '../../../src/core/classify/eval-dataset.ts';
import { isLockboxId } from '../../../src/core/classify/lockbox.ts';
import { normaliseItems } from '../../../src/feeds/normalise-items.ts';
import { parseFeedDocument } from '../../../src/feeds/parse-feed.ts';

function labeled(file: string): ClassifyInput[] {
  // The lockbox is never read: its lines go before anything parses them.
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !(file.endsWith('train.jsonl') && isLockboxId(String((JSON.parse(l) as { id: unknown }).id))));
  return parseLabeledJsonl(lines.join('\n')).items.flatMap((it) => {
    const full = { title: it.title, text: it.text, lang: it.lang, published: it.published };
    return [full, { ...full, text: '' }];
  });
}

async function corpusItems(): Promise<ClassifyInput[]> {
  const dir = path.resolve('../shared/corpora/feedparser');
  const out: ClassifyInput[] = [];
  for (const line of readFileSync(path.join(dir, 'manifest.jsonl'), 'utf8').trim().split('\n')) {
    const doc = (JSON.parse(line) as { path: string }).path;
    const url = `http://corpus.invalid/${doc}`;
    const parsed = await parseFeedDocument(readFileSync(path.join(dir, doc)), { url, contentType: null });
    if (!parsed.ok) continue;
    for (const it of normaliseItems(parsed.items, { id: doc, url, lang: 'en', markets: [], intervalMinutes: 5 }, doc)) {
      out.push({ title: it.title, text: it.summary, lang: 'en', published: it.published }, { title: it.title, text: it.summary, lang: 'zh', published: it.published });
    }
  }
  return out;
}

const differing = (items: ClassifyInput[]) => items.filter((x) => JSON.stringify(classifyItem(x)) !== JSON.stringify(classifyItem(x, { exhaustive: true })));

describe('the first pass and the skipped heads change no classification', () => {
  it('on train (lockbox left out) + dev and every docs/eval set, whole items and headlines', () => {
    const sets = ['../shared/eval/train.jsonl', '../shared/eval/dev.jsonl', ...readdirSync('docs/eval').filter((f) => f.endsWith('.jsonl')).map((f) => path.join('docs/eval', f))];
    for (const file of sets) {
      const items = labeled(file);
      expect(items.length).toBeGreaterThan(0);
      expect(differing(items).map((x) => x.title), file).toEqual([]);
    }
  });

  it('on the feedparser corpus items', async () => {
    const items = await corpusItems();
    expect(items.length).toBeGreaterThan(500);
    expect(differing(items).map((x) => x.title)).toEqual([]);
  });
});
