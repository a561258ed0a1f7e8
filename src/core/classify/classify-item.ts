// Tags, markets and facts of one feed item, by the rules of TAXONOMY.md. Two passes: a cheap lexicon check sends
// items that name no commerce at all (most of a general news feed) straight out untagged; the rest get the value
// extractors' candidate facts (each extractor only where the item has what its facts need, model/commerce-prefilter.ts)
// and the trained heads' decisions on them (src/core/classify/model/). Pure: the
// trained model is a data module (model/classifier-model.json, written by `npm run train`) read once at load time,
// or a model passed in (cross-validation fits one per fold).
import type { Market } from '../taxonomy.ts';
import type { Classification } from '../types.ts';
import { buildItemContext } from './item-context.ts';
import { applyModel } from './model/apply-model.ts';
import { loadModel, type LoadedModel } from './model/model-file.ts';
import { runExtractors } from './model/run-extractors.ts';
import { mayStateFacts } from './model/commerce-prefilter.ts';
import committedModel from './model/classifier-model.json' with { type: 'json' };

export interface ClassifyInput {
  /** Null or empty when the feed gave no headline. */
  title: string | null;
  /** Empty when the feed gave only a headline. */
  text: string;
  lang?: 'en' | 'zh';
  published?: string | null;
}

const COMMITTED: LoadedModel = loadModel(committedModel, 'src/core/classify/model/classifier-model.json');

const NOTHING: Classification = Object.freeze({ tags: [], markets: [], facts: [] }) as Classification;

/**
 * Classifies an item. `feedMarkets` are used only when the text names no market; `model` replaces the committed
 * model (cross-validation); `exhaustive` runs every extractor and every head on each commerce item, skipping
 * nothing (the check that the skips change nothing compares the two).
 */
export function classifyItem(input: ClassifyInput, opts: { feedMarkets?: Market[]; model?: LoadedModel; exhaustive?: boolean } = {}): Classification {
  const title = input.title ?? '';
  const text = input.text ?? '';
  if (!mayStateFacts(title, text)) return { ...NOTHING, tags: [], markets: [], facts: [] };
  const ctx = buildItemContext({ title, text, lang: input.lang, published: input.published ?? null });
  const all = opts.exhaustive === true;
  const result = applyModel(ctx, runExtractors(ctx, { all }), opts.model ?? COMMITTED, { all });
  const named = ctx.sentences.some((s) => s.markets.length > 0);
  if (!named && result.markets.length === 0 && opts.feedMarkets?.length) return { ...result, markets: [...opts.feedMarkets] };
  return result;
}
