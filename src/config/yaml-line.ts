// The line of a YAML file where a validation error points: the deepest node along the error's path that exists
// (a missing field points at its parent). Used by every YAML file we validate, so all errors name a line alike.
import { isMap, isNode, isScalar, type Document, type LineCounter } from 'yaml';

export function yamlLineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | null {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}

/** The line of the key at the end of `path` (not of its value, which may start lines below: "feed:\n  - …"). */
export function yamlLineOfKey(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | null {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as (string | number)[], true) : doc.contents;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path.at(-1)));
    if (pair && isNode(pair.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line;
  }
  return yamlLineOf(doc, counter, path);
}
