// The fast text features (hashes computed over the text's bytes, no names built) against their definition: the
// committed model's weights are by bucket of FNV-1a over the feature's name, so the two must agree to the last bit,
// or the shipped model would silently read other features.
import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../../src/core/classify/lockbox.ts';
import { addItemTextFeatures, addTextFeatures, HASH_BITS, newFeatureCounts, normaliseText, toSparse } from '../../../src/core/classify/model/text-features.ts';

/** The features as named strings, the way the model file describes them. */
function byName(counts: Map<string, number>, text: string, prefix: string, cjkGramsOnly = false): void {
  const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  const chars = [...text];
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= chars.length; i++) {
      const g = chars.slice(i, i + n).join('');
      if ((n === 1 || cjkGramsOnly) && !/[\u3400-\u9fff]/.test(g)) continue;
      if (g.trim() === '') continue;
      add(`${prefix}c${g}`);
    }
  }
  const words = text.match(/[a-z0][a-z0'&-]*/g) ?? [];
  words.forEach((w, i) => { add(`${prefix}w${w}`); if (i + 1 < words.length) add(`${prefix}b${w} ${words[i + 1]}`); });
}

function reference(parts: [string, string, boolean?][], dense: Map<string, number>) {
  const counts = new Map<string, number>();
  for (const [text, prefix, cjkGramsOnly] of parts) byName(counts, text, prefix, cjkGramsOnly);
  const mask = (1 << HASH_BITS) - 1;
  const text = new Map<number, number>();
  for (const [k, c] of counts) { const h = fnv1a(k) & mask; text.set(h, (text.get(h) ?? 0) + 1 + Math.log(c)); }
  const norm = Math.sqrt([...text.values()].reduce((s, v) => s + v * v, 0)) || 1;
  const acc = new Map([...text].map(([h, v]) => [h, v / norm]));
  for (const [k, v] of dense) { const h = fnv1a(k) & mask; acc.set(h, (acc.get(h) ?? 0) + v); }
  const idx = [...acc.keys()].sort((a, b) => a - b);
  return { idx, val: idx.map((i) => acc.get(i)!) };
}

const TEXTS = [
  'TikTok Shop opens in Spain; sellers need 1,000 followers and a $500 deposit.',
  'TikTok Shop西班牙站于3月4日正式上线，本土商家可以入驻。',
  "O'Neil & Co's e-commerce arm: shop-in-shop, rock-'n'-roll AT&T 2025\t\n  deals",
  'Emoji 😀 and astral 𠀀 characters, ＴＩＫＴＯＫ full width, a lone \ud800 surrogate',
  '',
  'a',
];

describe('text features', () => {
  it('give every text the vector its named features define, bit for bit', () => {
    for (const raw of TEXTS) {
      const t = normaliseText(raw);
      const dense = new Map([['lang:en', 0.3], ['S:ban+gov', 0.15]]);
      const fast = newFeatureCounts();
      addTextFeatures(fast, t, '');
      addTextFeatures(fast, t.slice(0, 20), 'T');
      expect(toSparse(fast, dense)).toEqual(reference([[t, ''], [t.slice(0, 20), 'T']], dense));
    }
  });

  it('give a whole item\'s text its words and only the n-grams that hold a CJK character', () => {
    for (const raw of [...TEXTS, 'TikTok Shop西班牙站 opens 3月4日 in Spain', 'Shop 抖音 shop']) {
      const t = normaliseText(raw);
      const dense = new Map([['lang:zh', 0.3]]);
      const fast = newFeatureCounts();
      addItemTextFeatures(fast, t, '');
      addItemTextFeatures(fast, t.slice(0, 12), 'T');
      addTextFeatures(fast, t.slice(0, 9), 'L');
      expect(toSparse(fast, dense)).toEqual(reference([[t, '', true], [t.slice(0, 12), 'T', true], [t.slice(0, 9), 'L']], dense));
    }
  });

  it('count a long text with many repeats the same way (buffers grow and are reused)', () => {
    const long = normaliseText(TEXTS.join(' ').repeat(40));
    for (let round = 0; round < 2; round++) {
      const fast = newFeatureCounts();
      addTextFeatures(fast, long, 'F');
      expect(toSparse(fast)).toEqual(reference([[long, 'F']], new Map()));
    }
  });
});
