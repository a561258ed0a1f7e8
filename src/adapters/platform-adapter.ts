// The one interface every chat platform implements, so the composition root (src/compose/run-bot.ts) loops over
// the configured platforms instead of knowing each one. Adding a platform is a folder under src/adapters/ with a
// `create<Name>Platform(settings)` plus one line in src/compose/platform-registry.ts (docs/adr: adapter interface).
import type { Command, CommandContext } from '../core/commands/command.ts';
import type { ParseResult } from '../core/commands/parse-command-text.ts';
import type { Verdict } from '../core/evidence/review-actions.ts';
import type { Message } from '../core/message.ts';
import type { Clock, Logger } from '../core/ports.ts';
import type { Subscription } from '../core/types.ts';
import type { PlatformSender } from '../app/delivery-port.ts';
import type { RequestHandler } from '../observability/health-server.ts';

/** The use cases a platform calls when a person types /tts or presses an alert's button. */
export interface CommandHandlers {
  parse: (text: string) => ParseResult;
  handle: (cmd: Command, ctx: CommandContext) => Promise<Message>;
  /** An alert's Confirm / Wrong button was pressed. */
  review?: (clusterId: string, verdict: Verdict, ctx: CommandContext) => Promise<Message>;
}

/** What the composition root hands every platform when it starts. */
export interface PlatformServices {
  commands: CommandHandlers;
  logger: Logger;
  clock: Clock;
  /** PORT: for a platform that must own the HTTP port (Slack's HTTP mode). */
  port: number;
  /** All HTTP routes of the bot (/healthz, /metrics, other platforms' endpoints), for the platform that owns the port. */
  httpRoutes: RequestHandler;
}

export interface StartedPlatform {
  /** Delivers the outbox's entries for this platform. */
  sender: PlatformSender;
  /** Subscriptions that exist without a /tts subscribe (the console gets everything). */
  implicitSubscriptions?: Subscription[];
  /** True when this platform serves httpRoutes on PORT itself, so no separate health server is started. */
  servesHttp?: boolean;
  /** Stops answering and closes connections; the outbox keeps what was not sent. */
  stop(): Promise<void>;
}

export interface PlatformAdapter {
  /** The name used in subscriptions and the outbox ("slack", "discord", "console"). */
  readonly platform: string;
  /** HTTP routes served whichever component owns the port (e.g. Discord's Interactions Endpoint URL). */
  routes?(services: Omit<PlatformServices, 'httpRoutes' | 'port'>): RequestHandler[];
  start(services: PlatformServices): Promise<StartedPlatform>;
}
