import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/observability/create-logger.ts';

describe('logs never carry secrets', () => {
  it('scrubs configured secrets and token shapes from every field and message', () => {
    const lines: string[] = [];
    const botToken = 'xoxb-1234567890-abcdefghijklmnop';
    const signingSecret = '8f742231b10e8888abcd99yyyzzz85a5';
    const discordToken = 'MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyz012345';
    const logger = createLogger({ level: 'debug', secrets: [botToken, signingSecret, discordToken, undefined], write: (l) => lines.push(l) });
    logger.info({ headers: { authorization: `Bearer ${botToken}` }, secret: signingSecret }, `calling Slack with ${botToken}`);
    logger.warn({ err: new Error(`401 for token ${discordToken}`) }, 'discord said no');
    logger.info({ url: 'https://hooks.slack.com/x', appToken: 'xapp-1-A0123-4567-abcdefabcdef' }, 'socket mode');
    logger.debug?.({ header: 'Bot OTk5ODg3Nzc2NjY1NTU0NDQz.Gabcde.zyxwvutsrqponmlkjihgfedcba' }, 'unknown discord token shape');
    const all = lines.join('\n');
    expect(lines).toHaveLength(4);
    for (const s of [botToken, signingSecret, discordToken, 'xapp-1-A0123-4567-abcdefabcdef', 'OTk5ODg3Nzc2NjY1NTU0NDQz']) expect(all).not.toContain(s);
    expect(all).toContain('[REDACTED]');
    expect(JSON.parse(lines[0]!).msg).toBe('calling Slack with [REDACTED]');
  });
});
