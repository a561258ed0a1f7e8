// "unknown key "lnag" (did you mean "lang"?)": what a strict zod object says about a misspelt key in a YAML file,
// with the closest key the schema allows at that place. Used by every config file we validate (feeds.yaml,
// baseline.yaml), so a typo anywhere reads the same and names the line of the key itself.
import type { z } from 'zod';
import { closestWord } from '../core/commands/closest-word.ts';

interface Def { type: string; keyType?: z.ZodType; entries?: Record<string, string>; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; valueType?: z.ZodType; options?: z.ZodType[] }

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The keys allowed where `path` leads inside `schema`: an object's fields, or a record's enum keys. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s: z.ZodType | undefined = schema;
  let i = 0;
  for (let guard = 0; s && guard < 100; guard++) {
    const def = defOf(s);
    if (def.innerType) { s = def.innerType; continue; }
    if (def.type === 'pipe' && def.in) { s = def.in; continue; }
    if (i === path.length) {
      if (def.type === 'object' && def.shape) return Object.keys(def.shape);
      if (def.type === 'record' && def.keyType) return Object.values(defOf(def.keyType).entries ?? {});
      return [];
    }
    const key = path[i++];
    if (def.type === 'object' && def.shape) s = def.shape[String(key)];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return [];
  }
  return [];
}

/** For an unrecognized_keys issue: the path of the key itself and a message naming the closest valid key. */
export function describeUnknownKey(schema: z.ZodType, issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string } | null {
  const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  if (key === undefined) return null;
  const valid = keysAt(schema, issue.path);
  const near = closestWord(key.toLowerCase(), valid.map((v) => v.toLowerCase()));
  const nearKey = near ? valid.find((v) => v.toLowerCase() === near) : undefined;
  const hint = nearKey ? ` (did you mean "${nearKey}"?)` : valid.length ? ` (valid here: ${valid.join(', ')})` : '';
  return { path: [...issue.path, key], message: `unknown key "${key}"${hint}` };
}
