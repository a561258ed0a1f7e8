// The SSRF guard: a feed URL is user input (config, chat), so the fetcher must not be steered at the host itself,
// the private network or the cloud metadata service. The check runs on the RESOLVED address, at connect time, on
// every redirect hop, so DNS names pointing inward and redirects to inner addresses are refused too.
import dns from 'node:dns';
import net from 'node:net';

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;
/** The shape of node:dns `lookup` as net.connect calls it (options always given). */
export type LookupFunction = (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => void;

const V4_BLOCKS: [string, number, string][] = [
  ['0.0.0.0', 8, 'unspecified ("this network")'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

function v4Reason(ip: string): string | null {
  const n = v4ToInt(ip);
  for (const [base, bits, label] of V4_BLOCKS) {
    const size = 2 ** (32 - bits);
    const start = v4ToInt(base);
    if (n >= start && n < start + size) return label;
  }
  return null;
}

/** Eight 16-bit groups of an IPv6 address (embedded dotted IPv4 tail allowed), or null if it is not one. */
function v6Groups(ip: string): number[] | null {
  let text = ip.toLowerCase().replace(/%.*$/, '');
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4Tail) {
    const n = v4ToInt(v4Tail[1]!);
    text = text.slice(0, -v4Tail[1]!.length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function v4FromGroups(hi: number, lo: number): string {
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
}

function v6Reason(ip: string): string | null {
  const g = v6Groups(ip);
  if (!g) return 'not a valid IPv6 address';
  const zeroUntil = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUntil(8)) return 'unspecified';
  if (zeroUntil(7) && g[7] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d) and the deprecated IPv4-compatible (::a.b.c.d) forms reach the IPv4 address.
  if (zeroUntil(5) && g[5] === 0xffff) return embedded(v4FromGroups(g[6]!, g[7]!));
  if (zeroUntil(6)) return embedded(v4FromGroups(g[6]!, g[7]!));
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) also carry an IPv4 address that a gateway would reach.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return embedded(v4FromGroups(g[6]!, g[7]!));
  if (g[0] === 0x2002) return embedded(v4FromGroups(g[1]!, g[2]!));
  if ((g[0]! & 0xfe00) === 0xfc00) return 'unique-local';
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0]! & 0xffc0) === 0xfec0) return 'site-local';
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast';
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'documentation';
  return null;
}

function embedded(v4: string): string | null {
  const r = v4Reason(v4);
  return r ? `${r} (IPv4 ${v4} inside IPv6)` : null;
}

/** Why an IP address must not be fetched from (e.g. "loopback"), or null when it is a public address. */
export function blockedAddressReason(ip: string): string | null {
  const bare = ip.replace(/^\[|\]$/g, '');
  const kind = net.isIP(bare);
  if (kind === 4) return v4Reason(bare);
  if (kind === 6) return v6Reason(bare);
  return 'not an IP address';
}

/** Raised (as a lookup error) when a host name resolves to a refused address. */
export class BlockedAddressError extends Error {
  readonly code = 'EBLOCKEDADDRESS';
  constructor(readonly host: string, readonly address: string, readonly reason: string) {
    super(`refused to connect to ${host} (${address}): ${reason} address`);
  }
}

/**
 * Wraps a DNS lookup so that any answer containing a refused address fails the connection before a socket connects.
 * Every address is checked, not only the first, so a name answering with one public and one inner address is refused.
 */
export function guardedLookup(inner: LookupFunction = dns.lookup as unknown as LookupFunction): LookupFunction {
  return (hostname, options, callback) => {
    inner(hostname, options, (err, address, family) => {
      if (err) return callback(err, address, family);
      const list = Array.isArray(address) ? address.map((a) => a.address) : [address];
      for (const a of list) {
        const reason = blockedAddressReason(a);
        if (reason) return callback(new BlockedAddressError(hostname, a, reason), address, family);
      }
      callback(null, address, family);
    });
  };
}
