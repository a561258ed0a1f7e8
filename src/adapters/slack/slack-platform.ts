// Slack as a PlatformAdapter: Bolt in Socket Mode or HTTP mode (then it serves the bot's other routes on PORT).
import type { PlatformAdapter } from '../platform-adapter.ts';
import { startSlackAdapter, type SlackSettings } from './start-slack-adapter.ts';

export function createSlackPlatform(settings: SlackSettings): PlatformAdapter {
  return {
    platform: 'slack',
    async start({ commands, logger, clock, port, httpRoutes }) {
      const slack = await startSlackAdapter({ config: settings, port, commands, logger, clock, httpHandler: httpRoutes });
      logger.info({ mode: settings.mode }, `Slack adapter started (${settings.mode} mode)`);
      return { sender: slack.sender, servesHttp: settings.mode === 'http', stop: slack.stop };
    },
  };
}
