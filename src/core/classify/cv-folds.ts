// Fold assignment for k-fold cross-validation: by a hash of the item id (FNV-1a of "fold:<id>", a different salt
// from the lockbox's), so the folds are the same on every run and machine and do not depend on file order.
import { fnv1a } from './lockbox.ts';

export function foldOf(id: string, k: number): number {
  return fnv1a(`fold:${id}`) % k;
}

/** Splits items into k (train, test) pairs: fit on four folds, score the fifth. */
export function crossValidationFolds<T extends { id: string }>(items: T[], k: number): { train: T[]; test: T[] }[] {
  return Array.from({ length: k }, (_, f) => ({
    train: items.filter((it) => foldOf(it.id, k) !== f),
    test: items.filter((it) => foldOf(it.id, k) === f),
  }));
}
