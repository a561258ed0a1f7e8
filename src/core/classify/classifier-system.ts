// The classifier as the evaluation sees it: something that can be fitted on labeled items (for cross-validation)
// and the committed, shipped version. Pure: fitting is computation on items already read.
import { classifyItem, type ClassifyInput } from './classify-item.ts';
import type { LabeledItem } from './eval-dataset.ts';
import { loadModel } from './model/model-file.ts';
import { trainClassifierModel } from './model/train-model.ts';
import type { Classification } from '../types.ts';

export type Scorer = (input: ClassifyInput) => Classification;

export interface ClassifierSystem {
  /** False for fixed rules: fitting returns the same scorer whatever the items. */
  fitted: boolean;
  fit(items: LabeledItem[]): Scorer;
  committed(): Scorer;
}

export const CLASSIFIER_SYSTEM: ClassifierSystem = {
  fitted: true,
  fit: (items) => {
    const model = loadModel(trainClassifierModel(items), 'model fitted for a fold');
    return (input) => classifyItem(input, { model });
  },
  committed: () => (input) => classifyItem(input),
};
