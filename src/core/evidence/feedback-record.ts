// Corrections as training data: an item a person accepted or rejected a reported change of, as one line in the
// ../shared/eval format (id, source, published, lang, title, text, tags, markets, facts). A rejected fact is
// removed from the labels; an accepted one stays; the item's other facts stay as the classifier found them.
import type { ClassifiedItem, Fact } from '../types.ts';
import { subjectKey } from '../baseline/subject-key.ts';
import type { ReportedChange } from './reported-change.ts';

export interface EvalRecord {
  id: string;
  source: string;
  published: string | null;
  lang: 'en' | 'zh';
  title: string;
  text: string;
  tags: string[];
  markets: string[];
  facts: Fact[];
}

function sameFact(a: Fact, r: ReportedChange): boolean {
  return a.market === r.market && subjectKey(a) === r.key && JSON.stringify(a) === JSON.stringify(r.fact);
}

export function feedbackRecord(ci: ClassifiedItem, reports: ReportedChange[]): EvalRecord {
  const rejected = reports.filter((r) => r.state === 'rejected');
  const facts = ci.classification.facts.filter((f) => !rejected.some((r) => sameFact(f, r)));
  return {
    id: `feedback-${ci.item.id}`,
    source: ci.item.link ?? ci.item.source,
    published: ci.item.published ? ci.item.published.slice(0, 10) : null,
    lang: ci.item.lang,
    title: ci.item.title,
    text: ci.item.summary,
    tags: ci.classification.tags,
    markets: ci.classification.markets,
    facts,
  };
}
