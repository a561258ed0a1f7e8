// The line of a YAML file where a validation error points: the deepest node along the error's path that exists
// (a missing field points at its parent). Used by every YAML file we validate, so all errors name a line alike.
import { isNode, type Document, type LineCounter } from 'yaml';

export function yamlLineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | null {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}
