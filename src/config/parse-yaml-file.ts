// YAML + zod with messages a person can act on: "config/feeds.yaml: feeds[3].url: Invalid URL (line 17)".
import { LineCounter, parseDocument } from 'yaml';
import { yamlLineOf } from '../core/yaml-line.ts';
import type { z } from 'zod';
import { ConfigError } from './config-error.ts';

function formatPath(path: PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('') || '(top level)';
}

/** Parses YAML text and validates it; throws ConfigError naming the file, the field and the line. */
export function parseYamlFile<S extends z.ZodType>(text: string, fileName: string, schema: S): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line;
    throw new ConfigError(`${fileName}: invalid YAML: ${e.message.split('\n')[0]}${line ? ` (line ${line})` : ''}`);
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const messages = result.error.issues.slice(0, 5).map((issue) => {
    const line = yamlLineOf(doc, lineCounter, issue.path);
    return `${fileName}: ${formatPath(issue.path)}: ${issue.message}${line ? ` (line ${line})` : ''}`;
  });
  throw new ConfigError(messages.join('\n'));
}
