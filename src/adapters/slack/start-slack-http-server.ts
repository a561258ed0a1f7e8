// The HTTP front of Slack's HTTP mode. We verify each request ourselves before Bolt sees it: with the injected
// clock (so the 5-minute window is testable), a constant-time compare, and a memory of recently accepted
// signatures so that a captured request replayed within the window is refused. Verified requests go on to
// Bolt's HTTPReceiver (its own verification is off, having been done here), which acks and dispatches.
import http, { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock, Logger } from '../../core/ports.ts';
import { SlackReplayGuard, verifySlackSignature } from './verify-slack-signature.ts';
import { explainListenFault } from '../../core/explain-startup-fault.ts';

export const SLACK_EVENTS_PATH = '/slack/events';
/** Slash command and interaction payloads are small; anything larger is not from Slack. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface SlackHttpServerOptions {
  /** Bolt's HTTPReceiver#requestListener. */
  boltListener: RequestListener;
  signingSecret: string;
  clock: Clock;
  logger: Logger;
  /** Other routes on the same port (e.g. /healthz and /metrics); resolves true when it answered. */
  extraHandler?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

export interface SlackHttpServer {
  port: number;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export async function startSlackHttpServer(opts: SlackHttpServerOptions, port: number): Promise<SlackHttpServer> {
  const { logger } = opts;
  const replays = new SlackReplayGuard(opts.clock);

  const onEvents = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    if (body === null) {
      res.writeHead(413).end();
      return;
    }
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
