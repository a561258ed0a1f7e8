// `feedback export [--out FILE]`: every item a person accepted or rejected a reported change of (`/tts accept`,
// `/tts reject`, the alerts' Confirm / Wrong buttons), as JSON lines in the ../shared/eval format, rejected facts
// removed from the labels — so corrections can become training data. To stdout unless --out is given.
import { writeFile } from 'node:fs/promises';
import type { Runtime } from '../compose/runtime.ts';
import { feedbackRecord } from '../core/evidence/feedback-record.ts';
import type { ReportedChange } from '../core/evidence/reported-change.ts';
import { parseArgs, type CliIO } from './cli-io.ts';

const USAGE = 'usage: npm run cli -- feedback export [--out FILE.jsonl]\n';

export async function runFeedbackCommand(args: string[], io: CliIO, openRuntime: () => Promise<Runtime>): Promise<number> {
  const { flags, positionals, unknown } = parseArgs(args);
  if (positionals[0] !== 'export' || positionals.length > 1 || unknown.length || [...flags.keys()].some((k) => k !== 'out')) {
    io.stderr(USAGE);
    return 2;
  }
  const out = flags.get('out')?.[0];
  const rt = await openRuntime();
  try {
    // Settled by a person: accepted or rejected (confirmations by a second outlet are not a person's word).
    const settled = (await rt.store.listReports({ states: ['accepted', 'rejected'], limit: 100_000 })).filter((r) => r.settledBy && r.itemId);
    const byItem = new Map<string, ReportedChange[]>();
    for (const r of settled) if (r.itemId) byItem.set(r.itemId, [...(byItem.get(r.itemId) ?? []), r]);
    const items = byItem.size ? await rt.store.itemsBetween('1970-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z', { taggedOnly: true }) : [];
    const lines = items.flatMap((ci) => { const reports = byItem.get(ci.item.id); return reports ? [JSON.stringify(feedbackRecord(ci, reports))] : []; });
    const text = lines.map((l) => `${l}\n`).join('');
    if (out) {
      await writeFile(out, text);
      io.stderr(`${lines.length} item(s) written to ${out}\n`);
    } else {
      io.stdout(text);
      io.stderr(`${lines.length} item(s) exported\n`);
    }
    return 0;
  } finally {
    await rt.close();
  }
}
