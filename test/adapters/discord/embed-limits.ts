// Checks a message body against Discord's embed limits, the way Discord would before answering 50035.
import type { APIEmbed } from 'discord.js';

/** Returns every broken limit (empty = Discord would accept the embeds). */
export function embedLimitProblems(embeds: APIEmbed[]): string[] {
  const problems: string[] = [];
  if (embeds.length > 10) problems.push(`${embeds.length} embeds > 10`);
  let total = 0;
  embeds.forEach((e, i) => {
    const check = (what: string, text: string | undefined, max: number) => {
      if (text !== undefined && text.length > max) problems.push(`embed ${i} ${what} ${text.length} > ${max}`);
      total += text?.length ?? 0;
    };
    check('title', e.title, 256);
    check('description', e.description, 4096);
    check('footer', e.footer?.text, 2048);
    check('author', e.author?.name, 256);
    if ((e.fields?.length ?? 0) > 25) problems.push(`embed ${i} has ${e.fields!.length} fields > 25`);
    for (const f of e.fields ?? []) {
      if (!f.name || !f.value) problems.push(`embed ${i} has an empty field name or value`);
      check('field name', f.name, 256);
      check('field value', f.value, 1024);
    }
    if (!e.title && !e.description && !e.fields?.length && !e.image) problems.push(`embed ${i} is empty`);
    if (e.url && !/^https?:\/\//.test(e.url)) problems.push(`embed ${i} url is not http(s)`);
    if (e.timestamp && Number.isNaN(Date.parse(e.timestamp))) problems.push(`embed ${i} timestamp is not ISO 8601`);
  });
  if (total > 6000) problems.push(`${total} characters across the embeds > 6000`);
  return problems;
}
