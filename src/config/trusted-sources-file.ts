// config/trusted-sources.yaml: the sources whose word alone confirms a reported change. Strict: an unknown key or a
// domain written as a URL stops start-up with the file, field and line. A missing file means no trusted sources.
import { z } from 'zod';
import type { TrustedSource } from '../core/evidence/trusted-sources.ts';
import { parseYamlFile } from './parse-yaml-file.ts';

const domain = z.string().transform((d) => d.trim().toLowerCase().replace(/^www\./, ''))
  .pipe(z.string().regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'write a host name like newsroom.tiktok.com (no https://, no path)'));

const fileSchema = z.object({
  trusted: z.array(z.object({
    name: z.string().min(1, 'required: the name alerts show, e.g. TikTok Newsroom'),
    domains: z.array(domain).min(1, 'list at least one domain'),
  }).strict()).default([]),
}).strict();

export function parseTrustedSourcesFile(text: string, fileName: string): TrustedSource[] {
  return parseYamlFile(text, fileName, fileSchema.nullable().transform((f) => f ?? { trusted: [] })).trusted;
}
