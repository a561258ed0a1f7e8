// Checks Block Kit payloads against Slack's documented limits, as Slack would before answering invalid_blocks.
const KNOWN_TYPES = new Set(['section', 'header', 'context', 'divider', 'image', 'actions', 'rich_text', 'input', 'file', 'video', 'markdown']);

/** Every limit a payload breaks, empty when Slack would accept it. */
export function blockProblems(payload: { text?: unknown; blocks?: unknown }): string[] {
  const problems: string[] = [];
  if (typeof payload.text !== 'string' || payload.text.trim() === '') problems.push('no fallback text');
  const blocks = payload.blocks;
  if (!Array.isArray(blocks) || blocks.length === 0) return [...problems, 'no blocks'];
  if (blocks.length > 50) problems.push(`${blocks.length} blocks (max 50)`);
  blocks.forEach((b: any, i: number) => {
    if (!KNOWN_TYPES.has(b?.type)) problems.push(`block ${i}: unknown type ${String(b?.type)}`);
    if (b.type === 'header') {
      if (b.text?.type !== 'plain_text') problems.push(`block ${i}: header text must be plain_text`);
      if (!b.text?.text || b.text.text.length > 150) problems.push(`block ${i}: header text length ${b.text?.text?.length}`);
    }
    if (b.type === 'section') {
      if (!b.text && !b.fields) problems.push(`block ${i}: section without text or fields`);
      if (b.text && (!b.text.text || b.text.text.length > 3000)) problems.push(`block ${i}: section text length ${b.text.text?.length}`);
      if (b.fields) {
        if (b.fields.length > 10) problems.push(`block ${i}: ${b.fields.length} fields (max 10)`);
        for (const f of b.fields) if (!f.text || f.text.length > 2000) problems.push(`block ${i}: field length ${f.text?.length}`);
      }
    }
    if (b.type === 'context') {
      if (!Array.isArray(b.elements) || b.elements.length === 0 || b.elements.length > 10) problems.push(`block ${i}: context elements ${b.elements?.length}`);
      for (const e of b.elements ?? []) if (!e.text || e.text.length > 3000) problems.push(`block ${i}: context text length ${e.text?.length}`);
    }
  });
  return problems;
}
