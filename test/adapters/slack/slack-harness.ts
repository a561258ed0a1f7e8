// The real Slack adapter (Bolt, HTTP mode) against the fake Slack, on a seeded SQLite store with the real command
// handler: what the Slack end-to-end tests start.
import { rm } from 'node:fs/promises';
import type { Clock, Store } from '../../../src/core/ports.ts';
import { handleCommand } from '../../../src/app/commands/handle-command.ts';
import { parseCommandText } from '../../../src/core/commands/parse-command-text.ts';
import { handleReviewPress } from '../../../src/app/commands/review-commands.ts';
import { startSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/start-slack-adapter.ts';
import { FakeSlack } from '../../servers/fake-slack.ts';
import { openSeededStore } from '../../fakes/seeded-store.ts';

export const SLACK_TEST_SECRET = 'test-signing-secret-0123456789abcdef';

export interface SlackHarness {
  slack: FakeSlack;
  adapter: SlackAdapter;
  store: Store;
  eventsUrl: string;
  close(): Promise<void>;
}

export async function startSlackHarness(clock: Clock, prefix: string): Promise<SlackHarness> {
  const { store, deps, dir } = await openSeededStore(clock, prefix);
  const slack = await FakeSlack.start();
  const adapter = await startSlackAdapter({
    config: { botToken: slack.botToken, signingSecret: SLACK_TEST_SECRET, appToken: undefined, mode: 'http', apiUrl: slack.apiUrl, allowedUsers: [] },
    port: 0,
    commands: {
      parse: parseCommandText, handle: (cmd, ctx) => handleCommand(cmd, ctx, deps),
      review: (clusterId, verdict, ctx) => handleReviewPress(clusterId, verdict, ctx, deps),
    },
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    clock,
  });
  return {
    slack, adapter, store, eventsUrl: `http://127.0.0.1:${adapter.port}/slack/events`,
    async close() {
      await adapter.stop();
      await slack.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
