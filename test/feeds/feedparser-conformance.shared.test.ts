// Conformance against feedparser's test documents (../shared/corpora/feedparser, see its README): every document
// must be parsed or rejected with a clear one-line error, never crash or hang; and the simple expectations on feed
// title and entry title/link/id in the wellformed rss, rdf, atom and atom10 groups must hold for ≥ 95 %.
// Results and the remaining failures are recorded in docs/CONFORMANCE.md.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeedDocument, type ParseOutcome } from '../../src/feeds/parse-feed.ts';
import { htmlToText } from '../../src/feeds/html-to-text.ts';

const CORPUS = path.resolve('../shared/corpora/feedparser');
const SCORED_GROUPS = new Set(['rss', 'rss10', 'rdf', 'atom', 'atom10']);
// feedparser's names → ours: channel→feed, items→entries, guid→id.
const CHECK = /^(feed|channel)\.title$|^(entries|items)\[(\d+)\]\.(title|link|id|guid)$/;
const PER_DOC_LIMIT_MS = 5000;

interface ManifestLine { path: string; group: string; json: { bozo: boolean | null; checks: { path: string; equals: string }[] } | null }
interface Check { doc: string; path: string; expected: string; actual: string | null | undefined; pass: boolean; scored: boolean }

/** The headers the upstream mock server would send for an "http" document (from its Header: comment lines). */
function declaredHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const m of text.matchAll(/^Header:\s*([\w-]+):\s*(.*?)\s*$/gm)) headers.set(m[1]!.toLowerCase(), m[2]!);
  return headers;
}

function actualValue(out: ParseOutcome, check: RegExpExecArray): string | null | undefined {
  if (!out.ok) return undefined;
  if (check[1]) return out.feed.title;
  const entry = out.items[Number(check[3])];
  if (!entry) return undefined;
  const field = check[4] === 'guid' ? 'id' : check[4] as 'title' | 'link' | 'id';
  return entry[field];
}

// Titles are plain text by design; feedparser keeps markup. A title passes when it equals feedparser's value or
// that value reduced to plain text the same way (so 'Example <b>Atom</b>' expects 'Example Atom').
function matches(field: string, actual: string | null | undefined, expected: string): boolean {
  if (actual === expected) return true;
  return field === 'title' && typeof actual === 'string' && actual === htmlToText(expected);
}

function byFolder(list: Check[]): Map<string, Check[]> {
  const groups = new Map<string, Check[]>();
  for (const c of list) {
    const folder = c.doc.split('/').slice(0, 2).join('/');
    groups.set(folder, [...(groups.get(folder) ?? []), c]);
  }
  return groups;
}

async function runDocument(line: ManifestLine): Promise<{ out: ParseOutcome | null; crash: string | null }> {
  const body = await readFile(path.join(CORPUS, line.path));
  const isHttp = line.path.includes('http');
  const head = body.subarray(0, 2048).toString('latin1');
  const headers = isHttp ? declaredHeaders(head) : new Map<string, string>();
  const url = headers.get('content-location') ?? (isHttp ? `http://127.0.0.1:8097/tests/${line.path}` : null);
  const contentType = isHttp ? headers.get('content-type') ?? 'text/xml' : null;
  let timer: NodeJS.Timeout | undefined;
  try {
    const out = await Promise.race([
      parseFeedDocument(body, { url, contentType }),
      new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no result within ${PER_DOC_LIMIT_MS} ms`)), PER_DOC_LIMIT_MS); }),
    ]);
    return { out, crash: null };
  } catch (e) {
    return { out: null, crash: e instanceof Error ? e.stack ?? e.message : String(e) };
  } finally {
    clearTimeout(timer);
  }
}

describe('feedparser corpus conformance', () => {
  it('parses or clearly rejects all documents and meets the expectations on titles, links and ids', async () => {
    const manifest = (await readFile(path.join(CORPUS, 'manifest.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as ManifestLine);
    const crashes: string[] = [];
    const unclear: string[] = [];
    const checks: Check[] = [];
    let parsed = 0;
    for (const line of manifest) {
      const { out, crash } = await runDocument(line);
      if (!out) { crashes.push(`${line.path}: ${crash}`); continue; }
      if (out.ok) parsed++;
      else if (!out.error || out.error.includes('\n') || out.error.length > 300) unclear.push(`${line.path}: ${JSON.stringify(out.error)}`);
      const parts = line.path.split('/');
      const scored = parts[0] === 'wellformed' && SCORED_GROUPS.has(parts[1]!);
      for (const c of line.json?.checks ?? []) {
        const m = CHECK.exec(c.path);
        if (!m) continue;
        const actual = actualValue(out, m);
        checks.push({ doc: line.path, path: c.path, expected: c.equals, actual, pass: matches(m[4] ?? 'title', actual, c.equals), scored });
      }
    }
    const scored = checks.filter((c) => c.scored);
    const rate = scored.filter((c) => c.pass).length / scored.length;
    const all = checks.filter((c) => c.pass).length / checks.length;
    const show = (c: Check) => `  ${c.doc} ${c.path}: expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(c.actual)}`;
    console.log([
      `feedparser corpus: ${manifest.length} documents, ${parsed} parsed, ${manifest.length - parsed - crashes.length} rejected, ${crashes.length} crashed`,
      `scored checks (wellformed rss/rdf/atom/atom10; feed.title, entries[n].title/link/id): ${scored.filter((c) => c.pass).length}/${scored.length} = ${(rate * 100).toFixed(1)} %`,
      ...scored.filter((c) => !c.pass).map(show),
      `same fields over all groups (informational): ${checks.filter((c) => c.pass).length}/${checks.length} = ${(all * 100).toFixed(1)} %`,
      ...[...byFolder(checks.filter((c) => !c.pass && !c.scored))].map(([folder, list]) => `  ${folder}: ${list.length} (e.g. ${show(list[0]!).trim()})`),
    ].join('\n'));
    expect(crashes).toEqual([]);
    expect(unclear).toEqual([]);
    expect(manifest).toHaveLength(2107);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
