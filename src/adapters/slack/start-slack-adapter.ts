// Starts the Slack side of the bot: a Bolt app that answers /tts, in Socket Mode (SLACK_APP_TOKEN, no public
// URL needed) or HTTP mode (Slack posts to https://YOUR-HOST/slack/events, signed with SLACK_SIGNING_SECRET),
// and a WebClient sender for the outbox. SLACK_API_URL points both at another Web API, e.g. a local fake in tests.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver } from '@slack/bolt';
import type { Command, CommandContext } from '../../core/commands/command.ts';
import type { ParseResult } from '../../core/commands/parse-command-text.ts';
import type { Message } from '../../core/message.ts';
import { systemClock, type Clock, type Logger } from '../../core/ports.ts';
import { StartupError } from '../../core/startup-error.ts';
import type { PlatformSender } from '../../app/delivery-port.ts';
import { handleSlashCommand, type SlashCommandArgs } from './handle-slash-command.ts';
import { createSenderClient, SLACK_CALL_TIMEOUT_MS, slackApiBase, SlackSender } from './slack-sender.ts';
import { startSlackHttpServer, type SlackHttpServer } from './start-slack-http-server.ts';
import { toBoltLogger } from './to-bolt-logger.ts';
import { handleReviewAction, type ReviewActionArgs, type ReviewPress } from './handle-review-action.ts';
import { handleShareAction } from './handle-share-action.ts';
import { SHARE_STATUS_ACTION_ID } from '../../core/commands/status-reply.ts';

/** The alert buttons' action_id: "tts_review:confirm" or "tts_review:reject". */
const REVIEW_ACTION_ID = /^tts_review:(confirm|reject)$/;

export const SLASH_COMMAND = '/tts';

/** What the Slack adapter needs from configuration (src/config/load-config.ts builds it from the environment). */
export interface SlackSettings {
  botToken: string;
  signingSecret: string | undefined;
  appToken: string | undefined;
  mode: 'socket' | 'http';
  /** Web API base URL; undefined for Slack's own. */
  apiUrl: string | undefined;
  /** Slack user ids allowed to change subscriptions; empty: any channel member. */
  allowedUsers: string[];
}

export interface SlackAdapterOptions {
  config: SlackSettings;
  /** HTTP mode: the port Slack's requests arrive on (0 = any free port, for tests). Unused in Socket Mode. */
  port: number;
  commands: {
    parse: (text: string) => ParseResult;
    handle: (cmd: Command, ctx: CommandContext) => Promise<Message>;
    /** An alert's Confirm / Wrong button was pressed (app/commands/review-commands.ts handleReviewPress). */
    review?: ReviewPress;
  };
  logger: Logger;
  clock?: Clock;
  /** HTTP mode: other routes served on the same port (/healthz, /metrics); resolves true when it answered. */
  httpHandler?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /** How long a quick command may run before it is answered through response_url instead (default 2 s). */
  replyBudgetMs?: number;
}

export interface SlackAdapter {
  sender: PlatformSender;
  /** Stops answering commands and closes the HTTP server or the socket. */
  stop(): Promise<void>;
  /** HTTP mode: the port actually listened on. */
  port?: number;
}

/** Refusals the operator can fix are a StartupError: one line at start-up (`cannot start: …`), exit 1, no stack. */
function explainStartError(error: unknown, apiUrl: string | undefined): StartupError {
  const code = (error as { data?: { error?: string } }).data?.error;
  if (code === 'invalid_auth' || code === 'not_authed' || code === 'token_revoked' || code === 'account_inactive' || code === 'token_expired') {
    return new StartupError(`Slack refused SLACK_BOT_TOKEN (${code}): copy the Bot User OAuth Token (xoxb-…) again from the app's OAuth & Permissions page`, { cause: error });
  }
  // The Web API client wraps the network error: "A request error occurred: connect ECONNREFUSED 127.0.0.1:9".
  const why = ((error as Error).message ?? String(error)).replace(/^An? (request|HTTP protocol) error occurred: /, '');
  const where = apiUrl ? ` at SLACK_API_URL=${apiUrl}` : '';
  const fix = apiUrl ? 'check SLACK_API_URL, or unset it to use Slack itself' : 'check this machine\'s network access to slack.com';
  return new StartupError(`could not reach Slack${where} to check SLACK_BOT_TOKEN (${why}): ${fix}`, { cause: error });
}

export async function startSlackAdapter(opts: SlackAdapterOptions): Promise<SlackAdapter> {
  const { config, logger } = opts;
  const clock = opts.clock ?? systemClock;
  const boltLogger = toBoltLogger(logger);
  // Bolt's own calls (slash-command replies, Socket Mode) get the same timeout as the sender's: none may hang.
  const clientOptions = { slackApiUrl: slackApiBase(config.apiUrl), retryConfig: { retries: 2 }, timeout: SLACK_CALL_TIMEOUT_MS };
  const socketMode = config.mode === 'socket';
  let receiver: HTTPReceiver | undefined;
  if (!socketMode) {
    if (!config.signingSecret) throw new StartupError('SLACK_SIGNING_SECRET is required in Slack HTTP mode');
    // Verification happens in front of the receiver (start-slack-http-server.ts), with our clock and replay memory.
    receiver = new HTTPReceiver({ signingSecret: config.signingSecret, signatureVerification: false, logger: boltLogger });
  }
  const app = new App({
    token: config.botToken,
    logger: boltLogger,
    clientOptions,
    deferInitialization: true,
    // Socket Mode opens its connection with apps.connections.open on the same (possibly fake) Web API.
    ...(socketMode ? { socketMode: true, appToken: config.appToken, installerOptions: { clientOptions } } : { receiver }),
  });
  app.command(SLASH_COMMAND, async (args) => {
    await handleSlashCommand(args as unknown as SlashCommandArgs, {
      commands: opts.commands, allowedUsers: config.allowedUsers, logger,
      ...(opts.replyBudgetMs !== undefined ? { replyBudgetMs: opts.replyBudgetMs } : {}),
    });
  });
  // Every button listener here is also named in `handles` below: a press of any other button is answered 400.
  if (opts.commands.review) {
    const review = opts.commands.review;
    app.action(REVIEW_ACTION_ID, async (args) => {
      await handleReviewAction(args as unknown as ReviewActionArgs, { review, allowedUsers: config.allowedUsers, logger });
    });
  }
  app.action(SHARE_STATUS_ACTION_ID, async (args) => {
    await handleShareAction(args as unknown as Parameters<typeof handleShareAction>[0], { handle: opts.commands.handle, allowedUsers: config.allowedUsers, logger });
  });
  app.error(async (error) => {
    logger.error({ err: error }, 'Slack app error');
  });

  try {
    await app.init(); // auth.test: a wrong token stops start-up here with a message that says so
  } catch (error) {
    throw explainStartError(error, config.apiUrl);
  }

  let server: SlackHttpServer | undefined;
  if (receiver) {
    server = await startSlackHttpServer({
      boltListener: receiver.requestListener, signingSecret: config.signingSecret!, clock, logger,
      handles: { command: SLASH_COMMAND, actions: [SHARE_STATUS_ACTION_ID, ...(opts.commands.review ? [REVIEW_ACTION_ID] : [])] },
      ...(opts.httpHandler ? { extraHandler: opts.httpHandler } : {}),
    }, opts.port);
    logger.info({ port: server.port }, `Slack HTTP mode: listening on port ${server.port}, path /slack/events`);
  } else {
    try {
      await app.start();
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      throw new StartupError(code
        ? `Slack refused SLACK_APP_TOKEN (${code}): create an App-Level Token (xapp-…) with connections:write under Basic Information → App-Level Tokens, or use HTTP mode (SLACK_MODE=http)`
        : `could not open the Slack Socket Mode connection: ${(error as Error).message} (SLACK_APP_TOKEN must be an xapp-… app-level token with connections:write)`, { cause: error });
    }
  }

  const sender = new SlackSender(createSenderClient({ botToken: config.botToken, apiUrl: config.apiUrl, logger: boltLogger }), logger);
  let stopped = false;
  return {
    sender,
    ...(server ? { port: server.port } : {}),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      if (server) await server.close();
      else await app.stop();
    },
  };
}
