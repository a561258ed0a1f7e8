// A local stand-in for Slack on 127.0.0.1, port 0: the Web API methods the bot calls (under /api/), the file
// upload URL that files.uploadV2 posts to, and response_url endpoints for slash-command replies. It records every
// request, answers like Slack, and can be scripted to fail (429 with Retry-After, channel_not_found, …). It also
// plays Slack's other side: sendSlashCommand() posts a correctly signed /tts form to the bot, like Slack does.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { EventEmitter, once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedCall {
  /** Web API method (chat.postMessage), or "upload" / "response" for the upload URL and response_url. */
  method: string;
  path: string;
  contentType: string;
  /** Form fields or JSON body; `blocks` is parsed from its JSON string. Uploads: { bytes }. */
  body: Record<string, any>;
  authorization: string | null;
  /** Status the fake answered with. */
  status: number;
}

export interface ScriptedResponse {
  method: string;
  status: number;
  body?: object;
  headers?: Record<string, string>;
  /** How many calls to answer this way (default 1). */
  times?: number;
}

export interface SlashCommandRequest {
  url: string;
  signingSecret: string;
  text: string;
  userId?: string;
  channelId?: string;
  command?: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Overrides the computed signature (for refusal tests). */
  signature?: string;
}

const BOT_TOKEN = 'xoxb-0000000000-fake-token-for-tests';
const APP_TOKEN = 'xapp-1-A0TEST-0000-fake-app-token';

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly unknownChannels = new Set<string>();
  readonly botToken = BOT_TOKEN;
  readonly appToken = APP_TOKEN;
  /** Socket Mode acknowledgements received ({ envelope_id, payload }). */
  readonly socketAcks: any[] = [];
  private readonly sockets = new Set<WebSocket>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private nextEnvelope = 1;
  private readonly scripted: ScriptedResponse[] = [];
  private readonly events = new EventEmitter();
  private nextTs = 1_700_000_000;
  /** Messages posted per channel (conversations.history answers from these, newest first like Slack). */
  readonly posted = new Map<string, { ts: string; text: string; metadata?: unknown }[]>();
  /** Delay before answering chat.postMessage, after the message is recorded (to crash a sender mid-call). */
  postDelayMs = 0;
  /** Faults: this many chat.postMessage calls are recorded as posted, then the connection is dropped unanswered. */
  dropPostAnswers = 0;
  /** Faults: channels whose chat.postMessage never gets an answer (the request hangs); it is posted all the same. */
  readonly hangingChannels = new Set<string>();
  /** Hung requests whose connection is still open (the client has not given up yet). */
  readonly openHungRequests = new Set<ServerResponse>();
  /** Faults: conversations.history refused per channel, like Slack does for a bot not in a public channel. */
  readonly historyErrors = new Map<string, 'not_in_channel' | 'missing_scope'>();
  /** The bot token's scopes, sent with every answer in x-oauth-scopes as Slack does; null: the header is left out. */
  scopes: string[] | null = null;
  /** Channels the bot joined with conversations.join. */
  readonly joined = new Set<string>();
  private nextResponse = 1;
  private nextFile = 1;

  private constructor(private readonly server: Server, readonly baseUrl: string) {
    server.on('request', (req, res) => void this.onRequest(req, res));
    server.on('upgrade', (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
  }

  /** Socket Mode: greets the client like Slack and records its acks. */
  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data));
      if (msg.envelope_id) {
        this.socketAcks.push(msg);
        this.events.emit('ack');
      }
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'A0TEST' } }));
    this.events.emit('socket');
  }

  /** Resolves once a Socket Mode client is connected. */
  async waitForSocket(timeoutMs = 5000): Promise<void> {
    if (this.sockets.size === 0) await once(this.events, 'socket', { signal: AbortSignal.timeout(timeoutMs) });
  }

  /** Socket Mode: pushes a /tts envelope to the connected client and resolves with its ack's payload. */
  async sendSocketSlashCommand(r: { text: string; userId?: string; channelId?: string }, timeoutMs = 5000): Promise<{ payload: any; responseUrl: string }> {
    const [ws] = this.sockets;
    if (!ws) throw new Error('fake Slack: no Socket Mode client connected');
    const responseUrl = this.newResponseUrl();
    const envelopeId = `env-${this.nextEnvelope++}`;
    ws.send(JSON.stringify({
      envelope_id: envelopeId, type: 'slash_commands', accepts_response_payload: true,
      payload: {
        token: 'verification-token-unused', team_id: 'T0TEST', team_domain: 'test', channel_id: r.channelId ?? 'C0ALERTS', channel_name: 'alerts',
        user_id: r.userId ?? 'U0MEMBER', user_name: 'member', command: '/tts', text: r.text, api_app_id: 'A0TEST', response_url: responseUrl, trigger_id: '1.2.3',
      },
    }));
    const signal = AbortSignal.timeout(timeoutMs);
    let ack = this.socketAcks.find((a) => a.envelope_id === envelopeId);
    while (!ack) {
      await once(this.events, 'ack', { signal });
      ack = this.socketAcks.find((a) => a.envelope_id === envelopeId);
    }
    return { payload: ack.payload, responseUrl };
  }

  static async start(): Promise<FakeSlack> {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    return new FakeSlack(server, `http://127.0.0.1:${port}`);
  }

  /** SLACK_API_URL for the bot. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  /** A fresh response_url, like the one Slack puts in each slash command. */
  newResponseUrl(): string {
    return `${this.baseUrl}/response/${this.nextResponse++}`;
  }

  /** The next `times` calls of `method` get this answer instead of the normal one. */
  script(response: ScriptedResponse): void {
    this.scripted.push({ ...response, times: response.times ?? 1 });
  }

  /** Forgets scripted answers not used yet (the outage is over). */
  clearScript(): void {
    this.scripted.length = 0;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves once `count` calls of `method` were recorded (replies via response_url come after the ack). */
  async waitForCalls(method: string, count = 1, timeoutMs = 5000): Promise<RecordedCall[]> {
    const signal = AbortSignal.timeout(timeoutMs);
    while (this.callsTo(method).length < count) {
      await once(this.events, 'call', { signal }).catch(() => {
        throw new Error(`fake Slack: expected ${count} ${method} call(s), got ${this.callsTo(method).length}`);
      });
    }
    return this.callsTo(method);
  }

  /** The form and headers Slack would post for a slash command (replay tests post it twice). */
  signedSlashCommand(r: Omit<SlashCommandRequest, 'url'>): { body: string; headers: Record<string, string>; responseUrl: string } {
    const responseUrl = this.newResponseUrl();
    const body = new URLSearchParams({
      token: 'verification-token-unused', team_id: 'T0TEST', team_domain: 'test', channel_id: r.channelId ?? 'C0ALERTS',
      channel_name: 'alerts', user_id: r.userId ?? 'U0MEMBER', user_name: 'member', command: r.command ?? '/tts', text: r.text,
      api_app_id: 'A0TEST', response_url: responseUrl, trigger_id: '1.2.3',
    }).toString();
    const timestamp = String(r.timestamp ?? Math.floor(Date.now() / 1000));
    const signature = r.signature ?? `v0=${createHmac('sha256', r.signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    return {
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature },
      responseUrl,
    };
  }

  /** Posts a signed slash command to the bot, as Slack does; returns the bot's HTTP answer. */
  async sendSlashCommand(r: SlashCommandRequest): Promise<{ status: number; body: any; responseUrl: string }> {
    const { body: form, headers, responseUrl } = this.signedSlashCommand(r);
    const res = await fetch(r.url, { method: 'POST', headers, body: form });
    const text = await res.text();
    let body: any = text;
    try { body = text ? JSON.parse(text) : null; } catch { /* plain text answer */ }
    return { status: res.status, body, responseUrl };
  }

  /**
   * Posts a signed block_actions request, as Slack does when someone presses a button of a message the bot posted
   * (the payload form field holds JSON); returns the bot's HTTP answer and the response_url it may answer on.
   */
  async sendBlockAction(r: {
    url: string; signingSecret: string; actionId: string; value: string; blockId?: string; userId?: string; channelId?: string;
    messageTs?: string; timestamp?: number;
  }): Promise<{ status: number; body: any; responseUrl: string }> {
    const responseUrl = this.newResponseUrl();
    const channelId = r.channelId ?? 'C0ALERTS';
    const messageTs = r.messageTs ?? '1700000000.000100';
    const payload = {
      type: 'block_actions', api_app_id: 'A0TEST', token: 'verification-token-unused', trigger_id: '1.2.3',
      team: { id: 'T0TEST', domain: 'test' }, enterprise: null, is_enterprise_install: false,
      user: { id: r.userId ?? 'U0MEMBER', username: 'member', name: 'member', team_id: 'T0TEST' },
      container: { type: 'message', message_ts: messageTs, channel_id: channelId, is_ephemeral: false },
      channel: { id: channelId, name: 'alerts' },
      message: { type: 'message', ts: messageTs, bot_id: 'B0BOT', text: 'alert' },
      state: { values: {} },
      response_url: responseUrl,
      actions: [{ type: 'button', action_id: r.actionId, block_id: r.blockId ?? 'tts_review', text: { type: 'plain_text', text: 'button' }, value: r.value, action_ts: '1700000001.000200' }],
    };
    const form = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const timestamp = String(r.timestamp ?? Math.floor(Date.now() / 1000));
    const signature = `v0=${createHmac('sha256', r.signingSecret).update(`v0:${timestamp}:${form}`).digest('hex')}`;
    const res = await fetch(r.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature },
      body: form,
    });
    const text = await res.text();
    let body: any = text;
    try { body = text ? JSON.parse(text) : null; } catch { /* plain text answer */ }
    return { status: res.status, body, responseUrl };
  }

  close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const path = new URL(req.url ?? '/', this.baseUrl).pathname;
    const contentType = String(req.headers['content-type'] ?? '');
    const method = path.startsWith('/api/') ? path.slice(5) : path.startsWith('/upload/') ? 'upload' : path.startsWith('/response/') ? 'response' : path;
    const body = method === 'upload' ? { bytes: raw.length } : parseBody(raw, contentType);
    const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : null;
    const token = authorization?.replace(/^Bearer /, '') ?? body.token;

    let status = 200;
    let headers: Record<string, string> = { 'content-type': 'application/json', ...(this.scopes ? { 'x-oauth-scopes': this.scopes.join(',') } : {}) };
    let answer: object | string;
    const scripted = this.scripted.find((s) => s.method === method && (s.times ?? 0) > 0);
    if (scripted) {
      scripted.times = (scripted.times ?? 1) - 1;
      status = scripted.status;
      headers = { ...headers, ...scripted.headers };
      answer = scripted.body ?? { ok: false, error: status === 429 ? 'ratelimited' : 'fatal_error' };
    } else if (method.includes('.') && token !== (method === 'apps.connections.open' ? APP_TOKEN : BOT_TOKEN)) {
      answer = { ok: false, error: 'invalid_auth' };
    } else {
      answer = this.answer(method, body);
    }
    this.calls.push({ method, path, contentType, body, authorization, status });
    if (method === 'chat.postMessage' && this.hangingChannels.has(body.channel)) {
      this.openHungRequests.add(res);
      res.on('close', () => this.openHungRequests.delete(res));
      this.events.emit('call');
      return; // never answered; close() drops the connection
    }
    if (method === 'chat.postMessage' && status === 200 && this.dropPostAnswers > 0) {
      this.dropPostAnswers--;
      this.events.emit('call');
      res.socket?.destroy(); // posted, but the answer is lost on the way back
      return;
    }
    if (method === 'chat.postMessage' && this.postDelayMs > 0) await new Promise((r) => setTimeout(r, this.postDelayMs));
    res.writeHead(status, headers).end(typeof answer === 'string' ? answer : JSON.stringify(answer));
    this.events.emit('call');
  }

  private answer(method: string, body: Record<string, any>): object | string {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'tts-radar', team_id: 'T0TEST', user_id: 'U0BOT', bot_id: 'B0BOT' };
      case 'chat.postMessage': {
        if (this.unknownChannels.has(body.channel)) return { ok: false, error: 'channel_not_found' };
        const ts = `${this.nextTs++}.000100`;
        const metadata = typeof body.metadata === 'string' ? JSON.parse(body.metadata) : body.metadata;
        this.posted.set(body.channel, [...(this.posted.get(body.channel) ?? []), { ts, text: body.text, ...(metadata ? { metadata } : {}) }]);
        return { ok: true, channel: body.channel, ts, message: { text: body.text, ts } };
      }
      case 'conversations.join':
        this.joined.add(body.channel);
        if (this.historyErrors.get(body.channel) === 'not_in_channel') this.historyErrors.delete(body.channel);
        return { ok: true, channel: { id: body.channel } };
      case 'conversations.history': {
        const refused = this.historyErrors.get(body.channel);
        if (refused) return { ok: false, error: refused };
        const messages = [...(this.posted.get(body.channel) ?? [])].reverse();
        return { ok: true, messages, has_more: false, response_metadata: { next_cursor: '' } };
      }
      case 'apps.connections.open':
        return { ok: true, url: `${this.baseUrl.replace('http', 'ws')}/socket` };
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      case 'files.getUploadURLExternal': {
        const id = `F${this.nextFile++}`;
        return { ok: true, upload_url: `${this.baseUrl}/upload/${id}`, file_id: id };
      }
      case 'upload':
        return `OK - ${body.bytes}`;
      case 'files.completeUploadExternal':
        return { ok: true, files: JSON.parse(body.files ?? '[]') };
      case 'response':
        return { ok: true };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function parseBody(raw: Buffer, contentType: string): Record<string, any> {
  const text = raw.toString('utf8');
  if (contentType.startsWith('application/json')) return text ? JSON.parse(text) : {};
  const body: Record<string, any> = Object.fromEntries(new URLSearchParams(text));
  for (const key of ['blocks', 'attachments']) {
    if (typeof body[key] === 'string') body[key] = JSON.parse(body[key]);
  }
  return body;
}
