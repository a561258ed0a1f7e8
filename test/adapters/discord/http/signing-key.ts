// A throwaway Ed25519 key pair standing in for a Discord application's, and signing the way Discord does.
import crypto from 'node:crypto';

export interface SigningKey {
  publicKeyHex: string;
  sign: (timestamp: string, body: string) => string;
}

export function newSigningKey(): SigningKey {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  // The raw key is the JWK's `x`; the developer portal shows the same 32 bytes as hex.
  const x = publicKey.export({ format: 'jwk' }).x!;
  return {
    publicKeyHex: Buffer.from(x, 'base64url').toString('hex'),
    sign: (timestamp, body) => crypto.sign(null, Buffer.from(timestamp + body, 'utf8'), privateKey).toString('hex'),
  };
}

/** Unix seconds as Discord sends them in X-Signature-Timestamp. */
export function unixSeconds(d: Date): string {
  return String(Math.floor(d.getTime() / 1000));
}
