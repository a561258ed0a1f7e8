// Bolt and the WebClient log through their own Logger interface; this routes them into our structured logger,
// which scrubs secrets, so Bolt's lines get the same treatment as ours.
import type { Logger } from '../../core/ports.ts';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';

function line(parts: unknown[]): string {
  return parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
}

export function toBoltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: (...msg: unknown[]) => logger.debug?.({ source: 'bolt' }, line(msg)),
    info: (...msg: unknown[]) => logger.info({ source: 'bolt' }, line(msg)),
    warn: (...msg: unknown[]) => logger.warn({ source: 'bolt' }, line(msg)),
    error: (...msg: unknown[]) => logger.error({ source: 'bolt' }, line(msg)),
    setLevel: (l: LogLevel) => { level = l; },
    getLevel: () => level,
    setName: () => undefined,
  };
}
