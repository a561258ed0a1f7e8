// `npx tsx bench/summarise-cpu-profile.ts FILE.cpuprofile [N]`: self time by function and by file of a V8 CPU
// profile (from `node --cpu-prof`), to see what dominates a benchmark section without opening DevTools.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

function shortUrl(url: string): string {
  const m = /\/(src|bench|node_modules)\/(.*)$/.exec(url.replace(/^file:\/\//, ''));
  if (!m) return url || '(native)';
  return m[1] === 'node_modules' ? `node_modules/${m[2]!.split('/').slice(0, m[2]!.startsWith('@') ? 2 : 1).join('/')}` : `${m[1]}/${m[2]}`;
}

export function summariseCpuProfile(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const where = shortUrl(n.callFrame.url);
    const key = `${n.callFrame.functionName || '(anonymous)'}  ${where}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    file.set(where, (file.get(where) ?? 0) + us);
  }
  // Inclusive time of our own functions (src/): what a call costs with everything it calls.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}  ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const inclusive = new Map<string, number>();
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      if (!shortUrl(n.callFrame.url).startsWith('src/')) continue;
      const k = keyOf(n);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + us);
    }
  }
  const rows = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([k, us]) => `${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
  return `total sampled ${(total / 1000).toFixed(0)} ms\n\nself time by file:\n${rows(file)}\n\nself time by function:\n${rows(fn)}\n\ninclusive time of src/ functions:\n${rows(inclusive)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const [file, n] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: npx tsx bench/summarise-cpu-profile.ts FILE.cpuprofile [N]\n');
    process.exit(2);
  }
  process.stdout.write(summariseCpuProfile(JSON.parse(readFileSync(file, 'utf8')) as Profile, n ? Number(n) : 25));
}
