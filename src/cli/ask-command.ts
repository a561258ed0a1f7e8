// `latest`, `sources` and `subscriptions` on the command line: the same questions as /tts in chat, answered from
// the store and printed as the console renders a reply, so a console-only user can ask what a channel can.
import { handleCommand } from '../app/commands/handle-command.ts';
import { parseCommandText } from '../core/commands/parse-command-text.ts';
import { describeSubscription } from '../core/commands/describe-subscription.ts';
import type { Runtime } from '../compose/runtime.ts';
import { renderConsoleMessage } from '../adapters/console/render-console.ts';
import type { CliIO } from './cli-io.ts';

const USAGE: Record<'latest' | 'sources' | 'subscriptions', string> = {
  latest: 'usage: npm run cli -- latest [market] [tag] [n]   e.g. latest us gmv 5',
  sources: 'usage: npm run cli -- sources',
  subscriptions: 'usage: npm run cli -- subscriptions   (every channel\'s subscriptions, per market)',
};

export async function runAskCommand(name: 'latest' | 'sources' | 'subscriptions', args: string[], io: CliIO, openRuntime: () => Promise<Runtime>): Promise<number> {
  if (name !== 'latest' && args.length) {
    io.stderr(`${name}: unexpected ${args.join(' ')}\n${USAGE[name]}\n`);
    return 2;
  }
  const parsed = parseCommandText([name, ...args].join(' '));
  if (!parsed.ok) {
    // The chat answer names the closest valid word; say it on one line with the CLI's usage.
    io.stderr(`${parsed.message.title}\n${USAGE[name]}\n`);
    return 2;
  }
  const rt = await openRuntime();
  try {
    if (name === 'subscriptions') {
      // The console has no channel of its own: list every channel's subscription.
      const subs = await rt.store.listSubscriptions();
      if (subs.length === 0) io.stdout('No channel follows anything yet. In a channel: /tts subscribe us gmv ban\n');
      for (const s of subs) io.stdout(`${s.platform} ${s.channelId}\n${describeSubscription(s).split('\n').map((l) => `  ${l}`).join('\n')}\n`);
      return 0;
    }
    const answer = await handleCommand(parsed.command, { platform: 'console', channelId: 'cli', userId: 'cli', canManageChannel: false }, rt.commandDeps);
    io.stdout(renderConsoleMessage(answer));
    return 0;
  } finally {
    await rt.close();
  }
}
