// `npm run train`: fits the classifier on ../shared/eval/train.jsonl without the lockbox, plus dev.jsonl, and writes
// src/core/classify/model/classifier-model.json (weights by hashed feature, no texts). Deterministic: the same
// files give the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseLabeledJsonl } from '../src/core/classify/eval-dataset.ts';
import { isLockboxId } from '../src/core/classify/lockbox.ts';
import { trainClassifierModel } from '../src/core/classify/model/train-model.ts';

const OUT = 'src/core/classify/model/classifier-model.json';

function read(path: string) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    console.error(`cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? e}): training needs ../shared/eval beside the project`);
    process.exit(2);
  }
  const { items, errors } = parseLabeledJsonl(text);
  for (const e of errors) console.error(`${path}: ${e}`);
  return items;
}

const started = Date.now();
// The lockbox is left out by construction: it is the one estimate of unseen data.
const train = read('../shared/eval/train.jsonl').filter((it) => !isLockboxId(it.id));
const dev = read('../shared/eval/dev.jsonl');
const model = trainClassifierModel([...train, ...dev]);
const json = JSON.stringify(model);
writeFileSync(OUT, json + '\n');
console.log(`${OUT}: trained on ${train.length} train items (lockbox left out) + ${dev.length} dev items in ${((Date.now() - started) / 1000).toFixed(1)} s; ${(json.length / 1024).toFixed(0)} KiB`);
