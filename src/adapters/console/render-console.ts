// Plain-text rendering of a Message for a terminal: the default "platform" when no Slack/Discord token is set.
import { TAG_NAMES } from '../../core/taxonomy.ts';
import { stripInlineMarkup, type Message, type Section } from '../../core/message.ts';

/** Neutral inline markup → terminal text: **bold** stays readable, [text](url) becomes "text <url>". */
export function markupToText(text: string): string {
  return stripInlineMarkup(text, { keepUrls: true });
}

function renderSection(s: Section): string[] {
  switch (s.type) {
    case 'text': return [markupToText(s.text)];
    case 'fields': return s.fields.flatMap((f) => {
      // A value of several lines (the status summary's newest entries) goes under its name, indented.
      const lines = markupToText(f.value).split('\n');
      return lines.length > 1 ? [`${f.name}:`, ...lines.map((l) => `  • ${l}`)] : [`${f.name}: ${lines[0]}`];
    });
    case 'change': return [`CHANGE ${s.label}: ${s.from} → ${s.to}`, `  was: ${markupToText(s.fromSource)}`, `  now: ${markupToText(s.toSource)}`];
    case 'list': return [...(s.title ? [`${s.title}:`] : []), ...s.items.map((i) => `  • ${markupToText(i.text)}${i.url ? ` <${i.url}>` : ''}`)];
    case 'divider': return ['—'.repeat(40)];
    case 'context': return [markupToText(s.text)];
  }
}

export function renderConsoleMessage(message: Message): string {
  const labels = [
    ...(message.tags ?? []).map((t) => TAG_NAMES[t].toUpperCase()),
    ...(message.markets ?? []).map((m) => m),
  ];
  const head = message.kind === 'alert'
    ? `▶ [${labels.join(' | ')}]${message.severity === 'high' ? ' (HIGH)' : ''} ${message.title}`
    : `▶ ${message.title}`;
  const lines = [head];
  if (message.url) lines.push(`  ${message.url}`);
  for (const s of message.sections) for (const l of renderSection(s)) lines.push(`  ${l}`);
  for (const a of message.attachments ?? []) lines.push(`  [attachment ${a.filename}, ${Math.round((a.dataBase64.length * 3) / 4 / 1024)} KiB]`);
  return lines.join('\n') + '\n';
}

