// One feed download with the limits a poller on the open internet needs: a total deadline (slow drip included), a
// body cap on the decompressed bytes, a bounded redirect chain, conditional GET, and the SSRF guard on the resolved
// address of every hop. Uses node:http/https directly so the guard can sit in the socket's own DNS lookup.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { Clock } from '../core/ports.ts';
import { BlockedAddressError, blockedAddressReason, guardedLookup, type LookupFunction } from './address-guard.ts';
import { readCappedBody } from './read-capped-body.ts';
import { parseRetryAfter } from './retry-after.ts';

export interface FetchOptions {
  /** Total time for the whole fetch, redirects and a slowly dripping body included (default 15,000). */
  timeoutMs?: number;
  /** Body cap in bytes, on the wire and after decompression (default 5 MiB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /** False = refuse loopback, private, link-local, CGNAT and unique-local addresses (the SSRF guard). */
  allowPrivate: boolean;
  /** DNS lookup with node:dns `lookup`'s signature; tests inject one that maps test names to fixed addresses. */
  lookup?: LookupFunction;
  userAgent?: string;
  /** For Retry-After given as an HTTP date. */
  clock?: Clock;
  /** Said after a refusal by the guard: how to allow such feeds (the composition root names its setting). */
  blockedHint?: string;
}

export const DEFAULT_FETCH_OPTIONS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, userAgent: 'tts-radar/0.1' } as const;

export type FetchErrorReason = 'http_status' | 'timeout' | 'too_large' | 'too_many_redirects' | 'blocked_address' | 'network' | 'bad_url';

export type FetchOutcome =
  | { kind: 'ok'; body: Buffer; contentType: string | null; etag: string | null; lastModified: string | null; finalUrl: string; status: number }
  | { kind: 'not_modified' }
  | { kind: 'error'; reason: FetchErrorReason; status?: number; retryAfterSeconds?: number | null; message: string };

type FetchError = Extract<FetchOutcome, { kind: 'error' }>;
type Hop = { kind: 'response'; res: http.IncomingMessage } | FetchError;

const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const DEFAULT_BLOCKED_HINT = 'private feeds are not allowed';

const fail = (reason: FetchErrorReason, message: string, extra: Partial<FetchError> = {}): FetchError => ({ kind: 'error', reason, message, ...extra });

function headerText(v: string | string[] | undefined): string | null {
  if (v === undefined) return null;
  return Array.isArray(v) ? (v[0] ?? null) : v;
}

/** Checks the URL's scheme and, for an IP-literal host (which skips DNS), the address itself. */
function checkUrl(raw: string, allowPrivate: boolean, hint: string): URL | FetchError {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('bad_url', `not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('bad_url', `only http:// and https:// URLs can be fetched, not ${url.protocol}// (${raw})`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && net.isIP(host)) {
    const reason = blockedAddressReason(host);
    if (reason) return fail('blocked_address', `refused to fetch ${url.href}: ${host} is a ${reason} address (${hint})`);
  }
  return url;
}

function networkMessage(url: URL, e: NodeJS.ErrnoException): string {
  const where = `${url.hostname}${url.port ? `:${url.port}` : ''}`;
  switch (e.code) {
    case 'ENOTFOUND': case 'EAI_AGAIN': return `cannot resolve the host name ${url.hostname} (${e.code})`;
    case 'ECONNREFUSED': return `connection refused by ${where} (nothing listens there)`;
    case 'ECONNRESET': return `connection to ${where} was reset`;
    default: return `network error talking to ${where}: ${e.code ? `${e.code} ` : ''}${e.message}`;
  }
}

function requestOnce(url: URL, headers: Record<string, string>, opts: FetchOptions, signal: AbortSignal): Promise<Hop> {
  return new Promise((resolve) => {
    const lookup = opts.allowPrivate ? opts.lookup : guardedLookup(opts.lookup);
    const mod = url.protocol === 'https:' ? https : http;
    // agent: false gives each hop its own connection, so every hop goes through the guarded lookup.
    const req = mod.request(url, { method: 'GET', headers, agent: false, signal, ...(lookup ? { lookup } : {}) }, (res) => resolve({ kind: 'response', res }));
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (e instanceof BlockedAddressError) {
        resolve(fail('blocked_address', `refused to fetch ${url.href}: ${e.host} resolves to ${e.address}, a ${e.reason} address (${opts.blockedHint ?? DEFAULT_BLOCKED_HINT})`));
      } else if (signal.aborted) {
        resolve(fail('timeout', 'timeout'));
      } else {
        resolve(fail('network', networkMessage(url, e)));
      }
    });
    req.end();
  });
}

/**
 * GETs `url` with the stored validators. Expected failures (HTTP errors, limits, the guard) are returned as
 * `{ kind: 'error' }` with a one-line message; it never throws for a feed's misbehaviour.
 */
export async function fetchFeed(url: string, validators: { etag: string | null; lastModified: string | null }, opts: FetchOptions): Promise<FetchOutcome> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_FETCH_OPTIONS.timeoutMs;
  const maxBytes = opts.maxBytes ?? DEFAULT_FETCH_OPTIONS.maxBytes;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_FETCH_OPTIONS.maxRedirects;
  const now = () => (opts.clock ?? { now: () => new Date() }).now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = (): FetchError => fail('timeout', `no complete answer from ${url} within ${timeoutMs} ms`);
  const headers: Record<string, string> = {
    'user-agent': opts.userAgent ?? DEFAULT_FETCH_OPTIONS.userAgent,
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  try {
    let current = checkUrl(url, opts.allowPrivate, opts.blockedHint ?? DEFAULT_BLOCKED_HINT);
    for (let redirects = 0; ; redirects++) {
      if (!(current instanceof URL)) return current;
      const hop = await requestOnce(current, headers, opts, controller.signal);
      if (hop.kind === 'error') return hop.reason === 'timeout' ? timedOut() : hop;
      const { res } = hop;
      const status = res.statusCode ?? 0;
      const location = headerText(res.headers.location);
      if (REDIRECTS.has(status) && location) {
        res.resume();
        res.destroy();
        if (redirects >= maxRedirects) return fail('too_many_redirects', `gave up after ${maxRedirects} redirects (last one from ${current.href} to ${location})`);
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          return fail('bad_url', `redirect from ${current.href} to an invalid URL: ${location}`);
        }
        current = checkUrl(next.href, opts.allowPrivate, opts.blockedHint ?? DEFAULT_BLOCKED_HINT);
        continue;
      }
      if (status === 304) {
        res.resume();
        return { kind: 'not_modified' };
      }
      if (status < 200 || status > 299) {
        res.resume();
        res.destroy();
        const retryAfterSeconds = status === 429 || status === 503 ? parseRetryAfter(headerText(res.headers['retry-after']), now()) : null;
        const wait = retryAfterSeconds !== null ? ` (Retry-After: ${retryAfterSeconds} s)` : '';
        return fail('http_status', `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''} from ${current.href}${wait}`, { status, retryAfterSeconds });
      }
      const declared = Number(headerText(res.headers['content-length']) ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        res.destroy();
        return fail('too_large', `${current.href} is ${declared} bytes (Content-Length), over the limit of ${maxBytes} bytes`);
      }
      const read = await readCappedBody(res, maxBytes);
      if (controller.signal.aborted) return timedOut();
      if (read.kind === 'too_large') return fail('too_large', `${current.href}: ${read.message}`);
      if (read.kind !== 'ok') return fail('network', `${current.href}: ${read.message}`);
      return {
        kind: 'ok', body: read.body, status, finalUrl: current.href,
        contentType: headerText(res.headers['content-type']),
        etag: headerText(res.headers.etag),
        lastModified: headerText(res.headers['last-modified']),
      };
    }
  } finally {
    clearTimeout(timer);
  }
}
