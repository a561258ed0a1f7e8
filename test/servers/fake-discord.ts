// A local stand-in for Discord: the REST API (under /api/v10) and the gateway (JSON encoding, no compression),
// both on 127.0.0.1, port 0. It records every request, answers like Discord for the routes the bot uses, and
// can be scripted to fail (429 with retry_after and X-RateLimit-* headers, Unknown Channel, …). Tests push
// INTERACTION_CREATE dispatches through the gateway to the real discord.js client.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { EventEmitter, once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedFile { field: string; name: string; contentType: string; size: number }

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, e.g. /channels/123/messages. */
  path: string;
  query: URLSearchParams;
  authorization: string | null;
  /** JSON body, or the payload_json of a multipart body. */
  body: any;
  files: RecordedFile[];
  /** Status the fake answered with. */
  status: number;
  /** Id of the message created or edited, when the route makes one. */
  messageId: string | null;
  /** Set when Discord's nonce check returned an earlier message instead of posting a new one. */
  duplicateOf?: string;
}

export interface ScriptedFailure {
  method: string;
  /** Matched against the path (after /api/v10). */
  path: RegExp;
  status: number;
  body: object;
  headers?: Record<string, string>;
  /** How many requests to fail (default 1). */
  times?: number;
  /** How many matching requests to let through before failing (default 0). */
  after?: number;
}

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  guildId?: string;
  /** Large by default so that no heartbeat happens during a short test unless asked for. */
  heartbeatIntervalMs?: number;
}

const API_PREFIX = '/api/v10';

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** channel/nonce → message id, for enforce_nonce. */
  private readonly nonces = new Map<string, string>();
  /** IDENTIFY payloads (op 2) received on the gateway. */
  readonly identifies: any[] = [];
  /** Query strings the gateway was opened with (v, encoding, compress). */
  readonly gatewayQueries: URLSearchParams[] = [];
  readonly heartbeats: (number | null)[] = [];
  readonly unknownChannels = new Set<string>();
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string;
  readonly botUser: { id: string; username: string; discriminator: string; global_name: string; avatar: null; bot: true };
  private readonly failures: ScriptedFailure[] = [];
  private readonly events = new EventEmitter();
  private readonly sockets = new Set<WebSocket>();
  private nextId = 1_200_000_000_000_000_000n;
  private seq = 0;

  private constructor(
    private readonly http: Server,
    private readonly wss: WebSocketServer,
    private readonly heartbeatIntervalMs: number,
    opts: FakeDiscordOptions,
  ) {
    this.token = opts.token ?? 'fake-bot-token.for-tests-only.0000000000';
    this.applicationId = opts.applicationId ?? '1100000000000000001';
    this.guildId = opts.guildId ?? '1100000000000000002';
    this.botUser = { id: this.applicationId, username: 'tts-radar', discriminator: '0', global_name: 'tts-radar', avatar: null, bot: true };
    http.on('request', (req, res) => void this.onHttp(req, res));
    wss.on('connection', (socket, req) => this.onGateway(socket, req));
  }

  static async start(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const http = createServer();
    http.listen(0, '127.0.0.1');
    await once(http, 'listening');
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(wss, 'listening');
    return new FakeDiscord(http, wss, opts.heartbeatIntervalMs ?? 600_000, opts);
  }

  /** REST base URL to configure (DISCORD_API_URL); @discordjs/rest appends /v10. */
  get apiUrl(): string {
    return `http://127.0.0.1:${(this.http.address() as AddressInfo).port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${(this.wss.address() as AddressInfo).port}`;
  }

  snowflake(): string {
    return String(this.nextId++);
  }

  /** Makes the next matching request(s) fail with the given answer. */
  failNext(failure: ScriptedFailure): void {
    this.failures.push({ times: 1, ...failure });
  }

  /** Answers the next matching request(s) with a 429 as Discord does (body retry_after and headers). */
  rateLimitNext(method: string, path: RegExp, opts: { retryAfterSeconds: number; global?: boolean; times?: number }): void {
    const s = opts.retryAfterSeconds;
    this.failNext({
      method, path, status: 429, times: opts.times ?? 1,
      body: { message: 'You are being rate limited.', retry_after: s, global: opts.global ?? false, ...(opts.global ? { code: 0 } : {}) },
      headers: {
        'retry-after': String(s),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': String(s),
        'x-ratelimit-reset': String(Date.now() / 1000 + s),
        'x-ratelimit-bucket': 'fakebucket0001',
        'x-ratelimit-scope': opts.global ? 'global' : 'user',
        ...(opts.global ? { 'x-ratelimit-global': 'true' } : {}),
      },
    });
  }

  /** Requests matching method and path, in order. */
  find(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Messages the fake accepted in a channel (what its members would see). */
  channelMessages(channelId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages` && r.status === 200 && !r.duplicateOf);
  }

  /** Resolves with the first request (past or future) that matches. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { this.events.off('request', listener); reject(new Error('fake Discord: expected request did not arrive')); }, timeoutMs);
      const listener = (r: RecordedRequest) => {
        if (!match(r)) return;
        clearTimeout(timer);
        this.events.off('request', listener);
        resolve(r);
      };
      this.events.on('request', listener);
    });
  }

  /** Sends a gateway dispatch (op 0) to every connected client. */
  dispatch(t: string, d: unknown): void {
    for (const socket of this.sockets) this.sendTo(socket, { op: 0, t, s: ++this.seq, d });
  }

  /** Delivers an INTERACTION_CREATE and returns its id and token (the callback route's key). */
  sendInteraction(interaction: { id: string; token: string }): { id: string; token: string } {
    this.dispatch('INTERACTION_CREATE', interaction);
    return { id: interaction.id, token: interaction.token };
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  // --- gateway -------------------------------------------------------------------------------------------

  private sendTo(socket: WebSocket, payload: object): void {
    socket.send(JSON.stringify(payload));
  }

  private onGateway(socket: WebSocket, req: IncomingMessage): void {
    this.sockets.add(socket);
    this.gatewayQueries.push(new URL(req.url ?? '/', 'ws://x').searchParams);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('message', (raw) => {
      let msg: { op: number; d: any };
      try { msg = JSON.parse(String(raw)); } catch { socket.close(4002, 'Decode error'); return; }
      switch (msg.op) {
        case 1: // heartbeat → ACK
          this.heartbeats.push(msg.d);
          this.sendTo(socket, { op: 11 });
          break;
        case 2: // IDENTIFY → READY, then the guild it announced as unavailable
          if (msg.d?.token !== this.token) { socket.close(4004, 'Authentication failed.'); return; }
          this.identifies.push(msg.d);
          this.seq = 0;
          this.sendTo(socket, {
            op: 0, t: 'READY', s: ++this.seq,
            d: {
              v: 10, user: { ...this.botUser, flags: 0, mfa_enabled: false, verified: true },
              guilds: [{ id: this.guildId, unavailable: true }], session_id: 'fake-session-1',
              resume_gateway_url: this.gatewayUrl, shard: msg.d.shard ?? [0, 1],
              application: { id: this.applicationId, flags: 0 },
            },
          });
          this.sendTo(socket, { op: 0, t: 'GUILD_CREATE', s: ++this.seq, d: this.guild() });
          break;
        case 6: // RESUME
          this.sendTo(socket, { op: 0, t: 'RESUMED', s: ++this.seq, d: {} });
          break;
        default:
          break;
      }
    });
    this.sendTo(socket, { op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }

  private guild(): object {
    return {
      id: this.guildId, name: 'Radar Test Server', icon: null, owner_id: '1100000000000000009', unavailable: false,
      member_count: 2, large: false, joined_at: new Date().toISOString(), features: [], roles: [], emojis: [], stickers: [],
      members: [], presences: [], voice_states: [], threads: [], stage_instances: [], guild_scheduled_events: [],
      channels: [{ id: '1100000000000000010', type: 0, name: 'tiktok-shop-news', guild_id: this.guildId, position: 0, permission_overwrites: [] }],
      preferred_locale: 'en-US', verification_level: 0, premium_tier: 0, nsfw_level: 0, mfa_level: 0, system_channel_flags: 0,
    };
  }

  // --- REST ----------------------------------------------------------------------------------------------

  private message(channelId: string, id: string, body: any, files: RecordedFile[]): object {
    return {
      id, channel_id: channelId, type: 0, content: body?.content ?? '', author: this.botUser, embeds: body?.embeds ?? [],
      attachments: files.map((f, i) => ({ id: this.snowflake(), filename: f.name, size: f.size, url: `https://cdn.example.invalid/${i}/${f.name}`, proxy_url: `https://cdn.example.invalid/${i}/${f.name}`, content_type: f.contentType })),
      mentions: [], mention_roles: [], mention_everyone: false, pinned: false, tts: false, components: [],
      timestamp: new Date().toISOString(), edited_timestamp: null, flags: body?.flags ?? 0,
    };
  }

  private async readBody(req: IncomingMessage): Promise<{ body: any; files: RecordedFile[] }> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const buf = Buffer.concat(chunks);
    const type = req.headers['content-type'] ?? '';
    if (buf.length === 0) return { body: null, files: [] };
    if (type.startsWith('multipart/form-data')) {
      const form = await new Response(buf, { headers: { 'content-type': type } }).formData();
      const files: RecordedFile[] = [];
      let body: any = null;
      for (const [field, value] of form) {
        if (typeof value === 'string') { if (field === 'payload_json') body = JSON.parse(value); }
        else files.push({ field, name: value.name, contentType: value.type, size: value.size });
      }
      return { body, files };
    }
    return { body: JSON.parse(buf.toString('utf8')), files: [] };
  }

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const pathname = decodeURIComponent(url.pathname);
    const path = pathname.startsWith(API_PREFIX) ? pathname.slice(API_PREFIX.length) : pathname;
    let parsed: { body: any; files: RecordedFile[] };
    try { parsed = await this.readBody(req); } catch { parsed = { body: '<unreadable>', files: [] }; }
    const record: RecordedRequest = {
      method, path, query: url.searchParams, authorization: req.headers.authorization ?? null,
      body: parsed.body, files: parsed.files, status: 0, messageId: null,
    };
    const reply = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      this.requests.push(record);
      res.writeHead(status, { ...(data === null ? {} : { 'content-type': 'application/json' }), ...headers });
      res.end(data === null ? undefined : JSON.stringify(data));
      this.events.emit('request', record);
    };
    const failure = this.failures.find((f) => f.method === method && f.path.test(path) && (f.times ?? 1) > 0);
    if (failure && (failure.after ?? 0) > 0) failure.after = failure.after! - 1;
    else if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      reply(failure.status, failure.body, failure.headers);
      return;
    }
    const needsBotAuth = !path.startsWith('/interactions/') && !path.startsWith('/webhooks/');
    if (needsBotAuth && record.authorization !== `Bot ${this.token}`) {
      reply(401, { message: '401: Unauthorized', code: 0 });
      return;
    }
    this.route(method, path, record, reply);
  }

  private route(method: string, path: string, record: RecordedRequest, reply: (status: number, data: unknown) => void): void {
    let m: RegExpMatchArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      reply(200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } });
    } else if (method === 'GET' && path === '/users/@me') {
      reply(200, this.botUser);
    } else if (method === 'PUT' && (m = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      if (m[1] !== this.applicationId) { reply(403, { message: 'Missing Access', code: 50001 }); return; }
      const commands = (record.body as any[]).map((c) => ({ ...c, id: this.snowflake(), application_id: m![1], ...(m![2] ? { guild_id: m![2] } : {}), version: this.snowflake() }));
      reply(200, commands);
    } else if ((m = path.match(/^\/channels\/(\d+)\/messages(?:\/(\d+))?$/)) && (method === 'POST' || method === 'PATCH')) {
      const [, channelId, editId] = m;
      if (this.unknownChannels.has(channelId!)) { reply(404, { message: 'Unknown Channel', code: 10003 }); return; }
      if ((method === 'PATCH') !== (editId !== undefined)) { reply(405, { message: '405: Method Not Allowed', code: 0 }); return; }
      // Like Discord: a message with enforce_nonce and a nonce seen before in this channel is not posted again;
      // the earlier message is returned instead.
      const b = record.body as { nonce?: string; enforce_nonce?: boolean } | null;
      const nonceKey = method === 'POST' && b?.enforce_nonce && b.nonce ? `${channelId}/${b.nonce}` : null;
      const earlier = nonceKey ? this.nonces.get(nonceKey) : undefined;
      record.messageId = earlier ?? editId ?? this.snowflake();
      if (nonceKey && !earlier) this.nonces.set(nonceKey, record.messageId);
      if (earlier) record.duplicateOf = earlier;
      reply(200, this.message(channelId!, record.messageId, record.body, record.files));
    } else if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      reply(204, null);
    } else if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/))) {
      if (method === 'DELETE') { reply(204, null); return; }
      record.messageId = m[3] === '@original' ? this.snowflake() : m[3] ?? this.snowflake();
      reply(200, this.message('1100000000000000010', record.messageId, record.body, record.files));
    } else {
      reply(404, { message: '404: Not Found', code: 0 });
    }
  }
}
