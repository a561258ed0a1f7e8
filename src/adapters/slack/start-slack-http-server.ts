// The HTTP front of Slack's HTTP mode. We verify each request ourselves before Bolt sees it: with the injected
// clock (so the 5-minute window is testable), a constant-time compare, and a memory of recently accepted
// signatures so that a captured request replayed within the window is refused. Verified requests go on to
// Bolt's HTTPReceiver (its own verification is off, having been done here), which acks and dispatches.
import http, { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock, Logger } from '../../core/ports.ts';
import { SlackReplayGuard, verifySlackSignature } from './verify-slack-signature.ts';
import { explainListenFault } from '../../core/explain-startup-fault.ts';
import { readBoundedBody } from '../read-bounded-body.ts';
import { checkSlackRequestShape, type HandledRequests } from './slack-request-shape.ts';

export const SLACK_EVENTS_PATH = '/slack/events';
/** Slash command and interaction payloads are small; anything larger is not from Slack. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface SlackHttpServerOptions {
  /** Bolt's HTTPReceiver#requestListener. */
  boltListener: RequestListener;
  signingSecret: string;
  /** What Bolt has listeners for: a verified request for anything else is answered 400 at once. */
  handles: HandledRequests;
  clock: Clock;
  logger: Logger;
  /** Other routes on the same port (e.g. /healthz and /metrics); resolves true when it answered. */
  extraHandler?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

export interface SlackHttpServer {
  port: number;
  close(): Promise<void>;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export async function startSlackHttpServer(opts: SlackHttpServerOptions, port: number): Promise<SlackHttpServer> {
  const { logger } = opts;
  const replays = new SlackReplayGuard(opts.clock);

  const onEvents = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBoundedBody(req, MAX_BODY_BYTES);
    if (!raw.ok) {
      // Answer before closing (a reset tells the sender nothing); the connection is not reused.
      res.writeHead(raw.status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' })
        .end(raw.status === 413 ? 'request body too large (Slack sends at most 1 MB)' : 'could not read the request body');
      return;
    }
    const body = raw.body;
    // Slack's SSL check carries no signature and needs nothing but a 200; it never reaches Bolt.
    if ((header(req, 'content-type') ?? '').startsWith('application/x-www-form-urlencoded')
      && new URLSearchParams(body.toString('utf8')).get('ssl_check') === '1') {
      res.writeHead(200).end();
      return;
    }
    const signature = header(req, 'x-slack-signature');
    const check = verifySlackSignature({
      signingSecret: opts.signingSecret, rawBody: body, timestamp: header(req, 'x-slack-request-timestamp'), signature,
    }, opts.clock);
    if (!check.ok || !replays.accept(check.timestamp, signature!)) {
      const reason = check.ok ? 'replayed request' : check.reason;
      logger.warn({ reason, remote: req.socket.remoteAddress }, 'Slack request refused (401): check SLACK_SIGNING_SECRET and the server clock');
      res.writeHead(401).end();
      return;
    }
    const shape = checkSlackRequestShape(header(req, 'content-type') ?? '', body, opts.handles);
    if (!shape.ok) {
      logger.warn({ reason: shape.reason }, 'Slack request refused (400): signed, but not a request this app answers');
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(shape.reason);
      return;
    }
    // Bolt buffers the body itself unless it finds it already read (BufferedIncomingMessage).
    Object.assign(req, { rawBody: body });
    opts.boltListener(req, res);
  };

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handle = async () => {
      if (path === SLACK_EVENTS_PATH && req.method === 'POST') return onEvents(req, res);
      if (opts.extraHandler && (await opts.extraHandler(req, res))) return;
      res.writeHead(404).end();
    };
    handle().catch((error: unknown) => {
      logger.error({ err: error, path }, 'Slack HTTP request failed');
      if (!res.headersSent) res.writeHead(500).end();
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    const fail = (e: Error) => reject(explainListenFault(e, port));
    server.once('error', fail);
    server.listen(port, () => {
      server.off('error', fail);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
