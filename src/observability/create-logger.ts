// Structured JSON logs (pino) on stderr, pretty in a terminal. Every secret value we know of is scrubbed from
// every line, whatever field or message it hides in, because a token in a log is a token leaked.
import pino from 'pino';
import type { Logger } from '../core/ports.ts';

export interface LoggerOptions {
  level: string;
  /** Token and secret values to scrub. Short values (< 6 chars) are ignored to avoid mangling ordinary words. */
  secrets: (string | undefined | null)[];
  pretty?: boolean;
  /** Where lines go (default stderr); tests pass a collector. */
  write?: (line: string) => void;
}

export function redactSecrets(text: string, secrets: string[]): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join('[REDACTED]');
  // Token shapes we may not have been told about (Slack xox*/xapp tokens, Discord bot tokens after "Bot ").
  return out
    .replace(/\bx(?:ox[abposr]|app)-[A-Za-z0-9-]{8,}/g, '[REDACTED]')
    .replace(/(Bot |Bearer )[A-Za-z0-9._-]{20,}/g, '$1[REDACTED]');
}

export function createLogger(opts: LoggerOptions): Logger {
  const secrets = opts.secrets.filter((s): s is string => typeof s === 'string' && s.length >= 6);
  const sink = opts.write ?? ((line: string) => process.stderr.write(line));
  const stream = { write: (line: string) => sink(redactSecrets(line, secrets)) };
  if (opts.pretty && !opts.write) {
    const pretty = pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: true, ignore: 'pid,hostname' } });
    // Scrub before the pretty transport sees the line.
    return pino({ level: opts.level, hooks: { streamWrite: (s) => redactSecrets(s, secrets) } }, pretty);
  }
  return pino({ level: opts.level, base: { app: 'tts-radar' } }, stream);
}
