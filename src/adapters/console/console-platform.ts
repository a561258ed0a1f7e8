// The console as a PlatformAdapter: what runs when no chat platform is configured, so alerts are never dropped.
import type { PlatformAdapter } from '../platform-adapter.ts';
import { CONSOLE_PLATFORM, CONSOLE_SUBSCRIPTION, ConsoleSender } from './console-sender.ts';

export function createConsolePlatform(stdout: (text: string) => void): PlatformAdapter {
  return {
    platform: CONSOLE_PLATFORM,
    async start({ logger }) {
      logger.info({}, 'No Slack or Discord token set: alerts are printed to the console');
      return { sender: new ConsoleSender(stdout), implicitSubscriptions: [CONSOLE_SUBSCRIPTION], stop: async () => {} };
    },
  };
}
