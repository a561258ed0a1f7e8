// `npm run bench [-- --quick] [--json] [--only ingest,poll,commands,latency]`: the benchmarks of docs/BENCHMARKS.md,
// in one process (the feed server runs in a child), against data generated here. Tables go to stdout; with
// --json, stdout gets one JSON object (ingest, poll, commands, alert_latency_s, replicas, …) and progress stays on
// stderr. The replicas section needs Postgres (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local server)
// and reports itself skipped without it.
// Each section is imported when it runs, so `--only ingest` under `--cpu-prof` profiles ingest alone.
import { writeFileSync } from 'node:fs';
import { createBenchContext, type BenchContext } from './bench-context.ts';
import { describeMachine } from './describe-machine.ts';

const SECTIONS = ['poll', 'ingest', 'commands', 'latency', 'replicas'] as const;
type SectionName = (typeof SECTIONS)[number];

interface Args { quick: boolean; json: boolean; jsonOut: string | null; only: Set<SectionName> }

function parseArgs(argv: string[]): Args {
  const args: Args = { quick: false, json: false, jsonOut: null, only: new Set(SECTIONS) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') args.quick = true;
    else if (a === '--json') args.json = true;
    else if (a === '--json-out') args.jsonOut = argv[++i] ?? null;
    else if (a === '--only' || a.startsWith('--only=')) {
      const list = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i] ?? '';
      const names = list.split(',').map((s) => s.trim()).filter(Boolean);
      const bad = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
      if (bad.length) throw new Error(`unknown section ${bad.join(', ')}; known: ${SECTIONS.join(', ')}`);
      args.only = new Set(names as SectionName[]);
    } else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: npm run bench -- [--quick] [--json] [--json-out FILE] [--only poll,ingest,commands,latency,replicas]\n');
      process.exit(0);
    } else throw new Error(`unknown argument ${a} (try --help)`);
  }
  return args;
}

type SectionResult = { figures: object; table: string };

async function runSection(name: SectionName, ctx: BenchContext): Promise<SectionResult> {
  switch (name) {
    case 'ingest': return (await import('./bench-ingest.ts')).benchIngest(ctx);
    case 'poll': return (await import('./bench-poll.ts')).benchPoll(ctx);
    case 'commands': return (await import('./bench-commands.ts')).benchCommands(ctx);
    case 'latency': return (await import('./bench-alert-latency.ts')).benchAlertLatency(ctx);
    case 'replicas': {
      const { benchReplicas, DEFAULT_BENCH_DATABASE_URL } = await import('./bench-replicas.ts');
      return benchReplicas(ctx, process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_BENCH_DATABASE_URL);
    }
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const ctx = createBenchContext(args.quick);
  const machine = describeMachine();
  const out = (text: string) => { if (!args.json) process.stdout.write(`${text}\n`); };
  out(`# tts-radar benchmark (${args.quick ? 'quick' : 'full'})\n\n${machine.date} · ${machine.cores} cores · ${machine.cpuModel} · ${machine.memoryGb} GB · Node ${machine.node} · ${machine.platform}`);
  const results: Record<string, unknown> = {};
  const failures: string[] = [];
  const started = Date.now();
  try {
    // Poll first: its peak RSS is then not inflated by what earlier sections left on the heap.
    for (const name of SECTIONS) {
      if (!args.only.has(name)) continue;
      try {
        const r = await runSection(name, ctx);
        out(r.table);
        if (name === 'latency') Object.assign(results, r.figures);
        else results[name] = r.figures;
      } catch (error) {
        const e = error as Error;
        failures.push(`${name}: ${e.message}`);
        process.stderr.write(`[bench] section ${name} failed: ${e.stack ?? e.message}\n`);
      }
    }
  } finally {
    ctx.cleanup();
  }
  const total = (Date.now() - started) / 1000;
  out(`\nTotal ${total.toFixed(1)} s.${failures.length ? ` Failed sections: ${failures.join('; ')}` : ''}`);
  const json = JSON.stringify({ ...results, mode: args.quick ? 'quick' : 'full', machine, total_s: Number(total.toFixed(1)), ...(failures.length ? { failures } : {}) });
  if (args.json) process.stdout.write(`${json}\n`);
  if (args.jsonOut) writeFileSync(args.jsonOut, `${json}\n`);
  return failures.length ? 1 : 0;
}

main().then((code) => process.exit(code), (error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
});
