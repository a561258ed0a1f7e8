// A DOCTYPE can declare entities; nested ones expand exponentially ("billion laughs") and external ones read files
// or URLs (XXE). The DOCTYPE is removed before parsing; only simple internal entities — plain text that refers to
// no other entity — are kept, for the few feeds that really use them, and expansion is budgeted.

export interface DefusedDoctype {
  xml: string;
  /** Internal entities safe to expand: name → replacement text. */
  entities: Map<string, string>;
  problems: string[];
}

const DOCTYPE = /<!DOCTYPE\s[^[>]*(?:\[([\s\S]*?)\]\s*)?>/i;
const ENTITY = /<!ENTITY\s+(%\s+)?([A-Za-z_][\w.:-]*)\s+(?:"([^"]*)"|'([^']*)'|((?:SYSTEM|PUBLIC)\b[^>]*))\s*>/g;
const MAX_VALUE = 1024;

export function defuseDoctype(xml: string): DefusedDoctype {
  const entities = new Map<string, string>();
  const problems: string[] = [];
  const m = DOCTYPE.exec(xml);
  if (!m) return { xml, entities, problems };
  const subset = m[1] ?? '';
  const nested: string[] = [];
  for (const e of subset.matchAll(ENTITY)) {
    const [, percent, name, dq, sq, external] = e;
    if (percent) { problems.push(`the DOCTYPE declares a parameter entity %${name}; ignored`); continue; }
    if (external !== undefined) { problems.push(`the DOCTYPE declares an external entity "${name}"; it was not loaded`); continue; }
    const value = dq ?? sq ?? '';
    if (/[&%]/.test(value)) { nested.push(name!); continue; }
    if (value.length > MAX_VALUE) { problems.push(`the entity "${name}" is longer than ${MAX_VALUE} characters; not expanded`); continue; }
    entities.set(name!, value);
  }
  if (nested.length > 0) {
    problems.push(`the DOCTYPE declares entities that refer to other entities (${nested.slice(0, 3).join(', ')}${nested.length > 3 ? ', …' : ''}), the pattern of an entity-expansion ("billion laughs") attack; they were not expanded`);
  }
  return { xml: xml.slice(0, m.index) + xml.slice(m.index + m[0].length), entities, problems };
}
