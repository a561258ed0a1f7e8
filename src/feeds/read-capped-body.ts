// Reads a response body without ever holding more than `maxBytes`: the cap applies to the bytes on the wire AND to
// the decompressed stream, so neither a lying/absent Content-Length nor a compression bomb can exhaust memory.
import type { IncomingMessage } from 'node:http';
import zlib from 'node:zlib';
import type { Transform } from 'node:stream';

export type CappedBodyResult =
  | { kind: 'ok'; body: Buffer }
  | { kind: 'too_large'; message: string }
  | { kind: 'bad_encoding'; message: string }
  | { kind: 'aborted'; message: string };

function decoderFor(encoding: string, firstByte: number | undefined): Transform | null | 'unknown' {
  switch (encoding) {
    case '': case 'identity': return null;
    case 'gzip': case 'x-gzip': return zlib.createGunzip();
    // "deflate" should be zlib-wrapped, but some servers send raw deflate; the zlib header's first byte tells them apart.
    case 'deflate': return firstByte !== undefined && (firstByte & 0x0f) === 8 ? zlib.createInflate() : zlib.createInflateRaw();
    case 'br': return zlib.createBrotliDecompress();
    default: return 'unknown';
  }
}

/** Collects `res` (decoding Content-Encoding) up to `maxBytes`; stops reading and destroys the stream beyond it. */
export function readCappedBody(res: IncomingMessage, maxBytes: number): Promise<CappedBodyResult> {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const limitText = `${maxBytes} bytes`;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let decodedBytes = 0;
    let wireBytes = 0;
    let decoder: Transform | null = null;
    let decided = false;
    let settled = false;
    const finish = (r: CappedBodyResult) => {
      if (settled) return;
      settled = true;
      if (r.kind !== 'ok') {
        decoder?.destroy();
        res.destroy();
      }
      resolve(r);
    };
    const collect = (chunk: Buffer) => {
      if (settled) return;
      decodedBytes += chunk.length;
      if (decodedBytes > maxBytes) {
        const what = decoder ? 'decompressed body' : 'body';
        return finish({ kind: 'too_large', message: `the ${what} is larger than the limit of ${limitText}` });
      }
      chunks.push(chunk);
    };
    const startDecoder = (first: Buffer) => {
      decided = true;
      const d = decoderFor(encoding, first[0]);
      if (d === 'unknown') return finish({ kind: 'bad_encoding', message: `unsupported Content-Encoding "${encoding}"` });
      decoder = d;
      if (decoder) {
        decoder.on('data', collect);
        decoder.on('error', (e) => finish({ kind: 'bad_encoding', message: `cannot decompress the ${encoding} body: ${e.message}` }));
        decoder.on('end', () => finish({ kind: 'ok', body: Buffer.concat(chunks) }));
      }
    };
    res.on('data', (chunk: Buffer) => {
      if (settled) return;
      wireBytes += chunk.length;
      if (wireBytes > maxBytes) return finish({ kind: 'too_large', message: `the body is larger than the limit of ${limitText}` });
      if (!decided) startDecoder(chunk);
      if (settled) return;
      if (decoder) decoder.write(chunk);
      else collect(chunk);
    });
    res.on('end', () => {
      if (!decided) startDecoder(Buffer.alloc(0));
      if (decoder) decoder.end();
      else finish({ kind: 'ok', body: Buffer.concat(chunks) });
    });
    res.on('close', () => {
      if (!res.complete) finish({ kind: 'aborted', message: 'the connection closed before the body was complete' });
    });
    res.on('aborted', () => finish({ kind: 'aborted', message: 'the server closed the connection before the body was complete' }));
    res.on('error', (e) => finish({ kind: 'aborted', message: `the body could not be read: ${e.message}` }));
  });
}
