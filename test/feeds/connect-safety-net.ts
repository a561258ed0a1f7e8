// Test-only safety net for the SSRF tests: wraps every outgoing socket's DNS lookup so that, should the guard under
// test ever let a non-loopback address through, the connection fails here instead of leaving the machine, and the
// address is recorded for the test to assert on. Installed per test file, removed afterwards.
import dns from 'node:dns';
import net from 'node:net';

type AnyLookup = (host: string, options: object, cb: (err: Error | null, address: unknown, family?: number) => void) => void;

const isLoopback = (a: string) => a.startsWith('127.') || a === '::1' || a === '::ffff:127.0.0.1';

export function installConnectSafetyNet(): { attempts: string[]; uninstall: () => void } {
  const attempts: string[] = [];
  const original = net.Socket.prototype.connect;
  const wrap = (inner: AnyLookup): AnyLookup => (host, options, cb) =>
    inner(host, options, (err, address, family) => {
      if (err) return cb(err, address, family);
      const list = Array.isArray(address) ? (address as { address: string }[]).map((a) => a.address) : [String(address)];
      const outside = list.filter((a) => !isLoopback(a));
      if (outside.length > 0) {
        attempts.push(...outside);
        return cb(Object.assign(new Error(`safety net: test tried to connect to ${outside.join(', ')}`), { code: 'ESAFETYNET' }), address, family);
      }
      cb(null, address, family);
    });
  net.Socket.prototype.connect = function patched(this: net.Socket, ...args: unknown[]) {
    const first = args[0];
    const options = (Array.isArray(first) ? first[0] : first) as { lookup?: AnyLookup } | undefined;
    if (options && typeof options === 'object') options.lookup = wrap(options.lookup ?? (dns.lookup as unknown as AnyLookup));
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof original;
  return { attempts, uninstall: () => { net.Socket.prototype.connect = original; } };
}
