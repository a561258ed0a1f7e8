// The one reader of HTTP request bodies for the platform endpoints (Slack events, Discord interactions): it
// stops at a size limit (a declared Content-Length over it is refused unread) and settles when a client
// disconnects mid-body, so neither an oversized nor an abandoned request holds memory or a promise forever.
import type http from 'node:http';

export type BodyResult = { ok: true; body: Buffer } | { ok: false; status: 413 | 400 };

/** Reads the raw body, giving up as soon as it passes `limit`: 413 for too large, 400 for a client gone mid-body. */
export function readBoundedBody(req: http.IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false, status: 413 });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish({ ok: false, status: 413 });
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks) });
    // A client that disconnects mid-body ends with 'error' or just 'close', never 'end'.
    const onError = () => finish({ ok: false, status: 400 });
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onError);
  });
}
