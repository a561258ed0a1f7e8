// `node --import tsx scripts/tune-thresholds.ts [K]`: how the decision thresholds in src/core/classify/model/
// train-model.ts (TRAINING.thresholds) were chosen. Fits the heads K-fold (default 5) on train (lockbox left out)
// + dev, scores each held-out item once, then sweeps each threshold on the pooled held-out scores: per tag the
// pair (with an extracted fact, alone) that maximises the tag's F1; the market threshold for market exact-set;
// the kind and `by` override thresholds for GMV exact and ban market+by. Prints the best values and the figures
// at the values now in TRAINING, so a change is a measured one. Reads ../shared; writes nothing.
import { readFileSync } from 'node:fs';
import { crossValidationFolds } from '../src/core/classify/cv-folds.ts';
import { parseLabeledJsonl, type LabeledItem } from '../src/core/classify/eval-dataset.ts';
import { scoreClassifications } from '../src/core/classify/eval-scores.ts';
import { isLockboxId } from '../src/core/classify/lockbox.ts';
import { decide, scoreItem, type ItemScores } from '../src/core/classify/model/apply-model.ts';
import { loadModel, type LoadedModel, type ModelFile } from '../src/core/classify/model/model-file.ts';
import { ENGINEERED } from '../src/core/classify/model/item-features.ts';
import { prepare, trainClassifierModel, TRAINING } from '../src/core/classify/model/train-model.ts';
import { TAGS, type Tag } from '../src/core/taxonomy.ts';

const args = process.argv.slice(2);
const k = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
// --l2=X, --pw=X: try other training hyperparameters for this run (they are constants in TRAINING).
for (const a of args) {
  const [name, value] = a.replace(/^--/, '').split('=');
  if (name === 'l2') TRAINING.l2 = Number(value);
  if (name === 'pw') TRAINING.positiveWeight = Number(value);
  if (name === 'iter') TRAINING.iterations = Number(value);
  if (name === 'scale') ENGINEERED.scale = Number(value);
  if (name === 'pairs') ENGINEERED.pairs = value === 'true';
  if (name === 'factItemText') ENGINEERED.factItemText = value === 'true';
}
const read = (p: string) => parseLabeledJsonl(readFileSync(p, 'utf8')).items;
const items: LabeledItem[] = [...read('../shared/eval/train.jsonl').filter((it) => !isLockboxId(it.id)), ...read('../shared/eval/dev.jsonl')];

interface Held { item: LabeledItem; prep: ReturnType<typeof prepare>; scores: ItemScores; model: LoadedModel }
const held: Held[] = [];
for (const fold of crossValidationFolds(items, k)) {
  const model = loadModel(trainClassifierModel(fold.train));
  for (const item of fold.test) {
    const prep = prepare(item);
    held.push({ item, prep, scores: scoreItem(prep.ctx, prep.facts, model), model });
  }
}
const TAG_OF = { launch: 'launch', threshold: 'threshold_change', ban: 'ban', gmv: 'gmv_figure' } as const;

function tagF1(tag: Tag, withFact: number, alone: number | null): number {
  let tp = 0, fp = 0, fn = 0;
  for (const h of held) {
    const own = h.prep.facts.some((f) => TAG_OF[f.type] === tag);
    const p = h.scores.tags[tag];
    // A stand-in GMV fact does not exist: alone never applies to GMV.
    const yes = own ? p >= withFact : alone !== null && tag !== 'gmv_figure' && p >= alone;
    const gold = h.item.tags.includes(tag);
    if (yes && gold) tp++; else if (yes) fp++; else if (gold) fn++;
  }
  return (2 * tp) / (2 * tp + fp + fn || 1);
}

const grid = Array.from({ length: 20 }, (_, i) => Math.round((0.0 + i * 0.05) * 100) / 100);
const chosen: ModelFile['thresholds'] = structuredClone(TRAINING.thresholds);
for (const tag of TAGS) {
  let bestPair = { withFact: 0.5, alone: null as number | null, f1: -1 };
  for (const withFact of grid) for (const alone of [null, ...grid]) {
    const f1 = tagF1(tag, withFact, alone);
    // Ties go to the stricter setting: fewer stand-in facts.
    if (f1 > bestPair.f1 + 1e-9) bestPair = { withFact, alone, f1 };
  }
  const curve = [null, 0.3, 0.5, 0.7, 0.9].map((a) => `${a}: ${tagF1(tag, bestPair.withFact, a).toFixed(3)}`).join(', ');
  console.log(`  ${tag} F1 by \`alone\` (withFact ${bestPair.withFact}): ${curve}`);
  const now = TRAINING.thresholds.tags[tag];
  console.log(`${tag}: best withFact ${bestPair.withFact} alone ${bestPair.alone} → F1 ${bestPair.f1.toFixed(3)}; now ${now.withFact}/${now.alone} → ${tagF1(tag, now.withFact, now.alone).toFixed(3)}`);
  chosen.tags[tag] = { withFact: bestPair.withFact, alone: bestPair.alone };
}

function overall(th: ModelFile['thresholds']) {
  return scoreClassifications(held.map((h) => ({ id: h.item.id, gold: { tags: h.item.tags, markets: h.item.markets, facts: h.item.facts }, pred: decide(h.prep.ctx, h.prep.facts, h.scores, h.model, th) })));
}
function sweep(name: 'market' | 'kindOverride' | 'byOverride', values: number[], figure: (s: ReturnType<typeof overall>) => number) {
  let bestV = chosen[name], bestF = -1;
  for (const v of values) {
    const f = figure(overall({ ...chosen, [name]: v }));
    if (f > bestF + 1e-9) { bestF = f; bestV = v; }
  }
  console.log(`  ${name} curve: ${[0.3, 0.5, 0.7, 0.9, 1].map((v) => `${v}: ${figure(overall({ ...chosen, [name]: v })).toFixed(3)}`).join(', ')}`);
  console.log(`${name}: best ${bestV} → ${bestF.toFixed(3)}; now ${TRAINING.thresholds[name]} → ${figure(overall({ ...chosen, [name]: TRAINING.thresholds[name] })).toFixed(3)}`);
  chosen[name] = bestV;
}
sweep('market', grid, (s) => s.marketExact);
sweep('kindOverride', [...grid, 1], (s) => s.facts.gmv.matched.exact!);
sweep('byOverride', [...grid, 1], (s) => s.facts.ban.matched.by!);
const s = overall(chosen);
console.log(`with the best values: macro-F1 ${s.macroF1?.toFixed(3)}, market exact ${s.marketExact.toFixed(3)}, GMV exact ${s.facts.gmv.matched.exact!.toFixed(3)}, ban market+by ${s.facts.ban.matched.by!.toFixed(3)}`);
console.log(JSON.stringify(chosen));
