// The classifier as the evaluation sees it: something that can be fitted on labeled items (for cross-validation)
// and the committed, shipped version. Pure: fitting is computation on items already read.
import { classifyItem, type ClassifyInput } from './classify-item.ts';
import type { LabeledItem } from './eval-dataset.ts';
import type { Classification } from '../types.ts';

export type Scorer = (input: ClassifyInput) => Classification;

export interface ClassifierSystem {
  /** False for fixed rules: fitting returns the same scorer whatever the items. */
  fitted: boolean;
  fit(items: LabeledItem[]): Scorer;
  committed(): Scorer;
}

export const CLASSIFIER_SYSTEM: ClassifierSystem = {
  fitted: false,
  fit: () => (input) => classifyItem(input),
  committed: () => (input) => classifyItem(input),
};
