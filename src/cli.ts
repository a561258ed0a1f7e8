// The command line. `npm run cli -- <command>`; `npm start` runs `run`. Each command lives in src/cli/.
import { loadConfig, type AppConfig } from './config/load-config.ts';
import { ConfigError } from './config/config-error.ts';
import { StartupError } from './core/startup-error.ts';
import type { Runtime } from './compose/runtime.ts';
import { composeApp } from './compose/compose-app.ts';
import type { CliIO } from './cli/cli-io.ts';

const HELP = `tts-radar — what changed in TikTok Shop and cross-border e-commerce news

usage: npm run cli -- <command> [options]

  run                          the long-running bot (scheduler + adapters); what \`npm start\` runs
  once [--feed URL|PATH ...] [--all]   one fetch cycle over the configured (or given) feeds, alerts to the console
  demo                         one cycle over the offline demo feeds in config/demo/ (also: npm run demo)
  classify [PATH]              classify JSON lines (stdin when no PATH) against config/baseline.yaml
  status <market> [--json]     what we know of a market: launch, thresholds, bans, GMV series
  latest [market] [tag] [n]    the newest tagged stories (e.g. latest us gmv 5)
  subscriptions                what every channel follows, per market
  sources                      the feeds read
  eval [PATH]                  score the classifier on a labeled JSONL file (also: npm run eval)
  check-feed <URL|PATH>... [--json]   diagnose feeds that "don't work"
  digest [--market us] [--since 7d] [--json]   print the digest
  chart <market> --out FILE.png|FILE.svg      write the GMV chart
  outbox [--status pending|sent|dead] [--json] show the delivery outbox
  outbox --requeue [ID ...]                   try dead outbox entries again (all, or the given ones)
  discord:register [--guild ID]               register the /tts slash command with Discord
  feedback export [--out FILE.jsonl]          accepted and rejected items as eval-format JSON lines
`;

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...args] = argv;
  // Every command gets its Runtime from the one composition root.
  const openRuntime = (overrides: Partial<AppConfig['env']> = {}): Promise<Runtime> => composeApp(io.env, { overrides });
  try {
    switch (command) {
      case 'run': {
        const { runBot } = await import('./compose/run-bot.ts');
        await runBot(await composeApp(io.env, { singleRunner: true }), { stdout: io.stdout });
        return 0;
      }
      case 'once': return await (await import('./cli/once-command.ts')).runOnceCommand(args, io, openRuntime);
      case 'demo': return await (await import('./cli/once-command.ts')).runDemoCommand(io, openRuntime);
      case 'classify': return await (await import('./cli/classify-command.ts')).runClassifyCommand(args, io);
      case 'status': return await (await import('./cli/status-command.ts')).runStatusCommand(args, io, openRuntime);
      case 'latest': case 'sources': case 'subscriptions':
        return await (await import('./cli/ask-command.ts')).runAskCommand(command, args, io, openRuntime);
      case 'eval': {
        const { readFile } = await import('node:fs/promises');
        return await (await import('./cli/eval-command.ts')).runEvalCommand(args, { stdout: io.stdout, stderr: io.stderr, readFile: (p) => readFile(p, 'utf8') });
      }
      case 'check-feed': {
        const allowPrivate = ['true', '1', 'yes'].includes(io.env.ALLOW_PRIVATE_FEEDS ?? '');
        const { PRIVATE_FEEDS_HINT } = await import('./compose/fetch-options.ts');
        return await (await import('./cli/check-feed-command.ts')).runCheckFeedCommand(args, io, { allowPrivate, fetchOptions: { blockedHint: PRIVATE_FEEDS_HINT } });
      }
      case 'digest': {
        const rt = await openRuntime();
        try { return await (await import('./cli/digest-command.ts')).runDigestCommand(args, io, { store: rt.store, clock: rt.clock }); } finally { await rt.close(); }
      }
      case 'chart': {
        const rt = await openRuntime();
        try { return await (await import('./cli/chart-command.ts')).runChartCommand(args, io, { store: rt.store }); } finally { await rt.close(); }
      }
      case 'outbox': {
        const rt = await openRuntime();
        try { return await (await import('./cli/outbox-command.ts')).runOutboxCommand(args, io, { store: rt.store }); } finally { await rt.close(); }
      }
      case 'feedback': return await (await import('./cli/feedback-command.ts')).runFeedbackCommand(args, io, openRuntime);
      case 'discord:register': {
        const config = await loadConfig(io.env);
        return await (await import('./cli/discord-register-command.ts')).runDiscordRegisterCommand(args, io, { config: config.discord });
      }
      case undefined: case 'help': case '--help': case '-h':
        io.stdout(HELP);
        return command === undefined ? 2 : 0;
      default:
        io.stderr(`unknown command "${command}"\n\n${HELP}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`configuration error:\n${error.message}\n`);
      return 78; // EX_CONFIG
    }
    if (error instanceof StartupError) {
      io.stderr(`cannot start: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
