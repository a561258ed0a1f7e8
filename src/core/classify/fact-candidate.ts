// A fact with the sentence it was read from (0 = the title), so that a trained model can re-decide a fact's kind,
// imposer or market from the words around it. Extractors record the sentence as they push a fact; dedupe keeps the
// same objects, so the record survives it.
import type { Fact } from '../types.ts';

export interface FactCandidate<F extends Fact> {
  fact: F;
  /** Index into ItemContext.sentences: 0 is the title, then the body's sentences. */
  sentence: number;
}

/** Remembers the sentence of each fact object pushed during one extraction. */
export class SentenceLog<F extends Fact> {
  private readonly of = new Map<F, number>();

  note(fact: F, sentence: number): F {
    this.of.set(fact, sentence);
    return fact;
  }

  candidates(facts: F[]): FactCandidate<F>[] {
    return facts.map((fact) => ({ fact, sentence: this.of.get(fact) ?? 0 }));
  }
}
