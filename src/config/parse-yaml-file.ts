// YAML + zod with messages a person can act on: "config/feeds.yaml: feeds[3].url: Invalid URL (line 17)".
import { LineCounter, parseDocument } from 'yaml';
import { yamlLineOf, yamlLineOfKey } from './yaml-line.ts';
import { describeUnknownKey } from './unknown-key.ts';
import type { z } from 'zod';
import { ConfigError } from './config-error.ts';

function formatPath(path: PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('') || '(top level)';
}

/** Parses YAML text and validates it; throws ConfigError naming the file, the field and the line. */
/** `emptyHint` says what an empty file should contain. */
export function parseYamlFile<S extends z.ZodType>(text: string, fileName: string, schema: S, emptyHint?: string): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const [e] = doc.errors;
  if (e) {
    const line = e.linePos?.[0]?.line;
    throw new ConfigError(`${fileName}: invalid YAML: ${e.message.split('\n')[0]}${line ? ` (line ${line})` : ''}`);
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) {
    throw new ConfigError(`${fileName}: the file is empty${emptyHint ? `; ${emptyHint}` : ''}`);
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // A misspelt key also makes the right key "missing": name the typo first, it is the thing to fix.
  const issues = [...result.error.issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
  const messages = issues.slice(0, 5).map((issue) => {
    const unknown = describeUnknownKey(schema, issue);
    const path = unknown?.path ?? issue.path;
    const line = unknown ? yamlLineOfKey(doc, lineCounter, path) : yamlLineOf(doc, lineCounter, path);
    return `${fileName}: ${formatPath(path)}: ${unknown?.message ?? issue.message}${line ? ` (line ${line})` : ''}`;
  });
  throw new ConfigError(messages.join('\n'));
}
