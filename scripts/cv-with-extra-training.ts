// `node --import tsx scripts/cv-with-extra-training.ts [name,name,…]`: would our own written batches, added to the
// heads' training data, make the classifier better on the shared items? The folds are the usual 5 over train
// (lockbox left out) + dev; every fold's heads are fitted on its four training folds plus all of the named
// docs/eval/<name>.jsonl files (always in training, never scored), and only the shared items are scored. With no
// names it reproduces `npm run eval -- --cv 5 --titles`. Prints one line: macro-F1, tag F1s, market exact-set, the
// four fact figures (R/P) and headline fact precision. docs/EVALUATION.md "English launches, 2026-12-03 second
// session" has the run that decided against it.
import { readFileSync } from 'node:fs';
import { CLASSIFIER_SYSTEM } from '../src/core/classify/classifier-system.ts';
import { crossValidationFolds } from '../src/core/classify/cv-folds.ts';
import { parseLabeledJsonl, type LabeledItem } from '../src/core/classify/eval-dataset.ts';
import { HEADLINE_FIGURE, scoreClassifications, scoreHeadlineFacts, type ScoredPair } from '../src/core/classify/eval-scores.ts';
import { isLockboxId } from '../src/core/classify/lockbox.ts';

const read = (p: string) => parseLabeledJsonl(readFileSync(p, 'utf8')).items;
const shared: LabeledItem[] = [...read('../shared/eval/train.jsonl').filter((it) => !isLockboxId(it.id)), ...read('../shared/eval/dev.jsonl')];
const names = (process.argv[2] ?? '').split(',').filter(Boolean);
const extra = names.flatMap((n) => read(`docs/eval/${n}.jsonl`));

const pairs: ScoredPair[] = [];
const headlines: ScoredPair[] = [];
for (const fold of crossValidationFolds(shared, 5)) {
  const classify = CLASSIFIER_SYSTEM.fit([...fold.train, ...extra]);
  for (const it of fold.test) {
    const gold = { tags: it.tags, markets: it.markets, facts: it.facts };
    pairs.push({ id: it.id, gold, pred: classify({ title: it.title, text: it.text, lang: it.lang, published: it.published }) });
    if (it.title) headlines.push({ id: it.id, gold, pred: classify({ title: it.title, text: '', lang: it.lang, published: it.published }) });
  }
}
const s = scoreClassifications(pairs);
const h = scoreHeadlineFacts(headlines);
const f = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : x.toFixed(3));
const facts = (Object.keys(HEADLINE_FIGURE) as (keyof typeof HEADLINE_FIGURE)[]).map((t) => {
  const x = s.facts[t];
  const first = Object.keys(x.matched)[0]!;
  return `${t} ${f(x.matched[first])}/${f(x.precision[first])}`;
});
console.log(`extra training items ${extra.length} (${names.join(', ') || 'none'}): macro-F1 ${f(s.macroF1)}; `
  + `${Object.entries(s.tags).map(([t, p]) => `${t} ${f(p.f1)}`).join(', ')}; market exact ${f(s.marketExact)}; `
  + `facts R/P ${facts.join(', ')}; headline precision ${f(h.precision)} (${h.supported}/${h.predicted})`);
