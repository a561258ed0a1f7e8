// `check-feed <URL|PATH>... [--json]`: tells a user why a feed "doesn't work" — fetch errors, bad XML, unknown
// encodings, no items, missing links, unreadable dates — one input at a time, in one process (a whole corpus works).
import { readFile } from 'node:fs/promises';
import type { LookupFunction } from '../feeds/address-guard.ts';
import { fetchFeed, type FetchOptions } from '../feeds/fetch-feed.ts';
import { parseFeedDocument, type ParseOutcome } from '../feeds/parse-feed.ts';
import { htmlToText, truncateText } from '../feeds/html-to-text.ts';

const USAGE = 'usage: npm run cli -- check-feed <URL|PATH>... [--json]\n';
const SHOWN_ITEMS = 5;

interface CheckResult {
  input: string;
  ok: boolean;
  error: string | null;
  feed: { title: string | null; link: string | null };
  items: { id: string | null; title: string | null; link: string | null; published: string | null; summary: string | null }[];
  problems: string[];
  detail: string | null;
}

const isUrl = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

async function checkOne(input: string, opts: { allowPrivate: boolean; lookup?: LookupFunction; fetchOptions?: Partial<FetchOptions> }): Promise<CheckResult> {
  const failed = (error: string, problems: string[] = []): CheckResult => ({ input, ok: false, error, feed: { title: null, link: null }, items: [], problems, detail: null });
  let body: Buffer;
  let contentType: string | null = null;
  let url: string | null = null;
  let detail: string | null = null;
  if (isUrl(input)) {
    const fetched = await fetchFeed(input, { etag: null, lastModified: null }, { ...opts.fetchOptions, allowPrivate: opts.allowPrivate, ...(opts.lookup ? { lookup: opts.lookup } : {}) });
    if (fetched.kind === 'not_modified') return failed('the server answered 304 Not Modified to a request without validators');
    if (fetched.kind === 'error') return failed(`fetch failed (${fetched.reason}): ${fetched.message}`);
    ({ body, contentType } = fetched);
    url = fetched.finalUrl;
    detail = `HTTP ${fetched.status}, ${body.length} bytes, ${contentType ?? 'no Content-Type'}${fetched.finalUrl !== input ? `, redirected to ${fetched.finalUrl}` : ''}`;
  } else {
    try {
      body = await readFile(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return failed(code === 'ENOENT' ? `no such file: ${input}` : `cannot read ${input}: ${code ?? String(e)}`);
    }
    detail = `file, ${body.length} bytes`;
  }
  let parsed: ParseOutcome;
  try {
    parsed = await parseFeedDocument(body, { url, contentType });
  } catch (e) {
    // Never expected; reported per input so one odd document does not stop a batch.
    return failed(`internal error while parsing: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!parsed.ok) return { ...failed(parsed.error, parsed.problems), detail };
  return {
    input, ok: true, error: null, feed: parsed.feed, problems: parsed.problems, detail,
    items: parsed.items.map((it) => ({
      id: it.id, title: it.title, link: it.link,
      published: it.publishedAt,
      summary: it.summary ? truncateText(htmlToText(it.summary), 300) : null,
    })),
  };
}

function renderHuman(r: CheckResult): string {
  const lines = [`${r.ok ? '✓' : '✗'} ${r.input}`];
  if (r.detail) lines.push(`  source: ${r.detail}`);
  if (!r.ok) lines.push(`  not parsed: ${r.error}`);
  else {
    lines.push(`  parsed: "${r.feed.title ?? '(no title)'}"${r.feed.link ? ` <${r.feed.link}>` : ''}, ${r.items.length} item${r.items.length === 1 ? '' : 's'}`);
    for (const it of r.items.slice(0, SHOWN_ITEMS)) {
      lines.push(`  - ${it.title ?? '(no title)'}`, `    link: ${it.link ?? '(none)'} · id: ${it.id ?? '(none)'} · date: ${it.published ?? '(none)'}`);
    }
    if (r.items.length > SHOWN_ITEMS) lines.push(`  … and ${r.items.length - SHOWN_ITEMS} more`);
  }
  if (r.problems.length > 0) lines.push('  problems:', ...r.problems.map((p) => `    ! ${p}`));
  else if (r.ok) lines.push('  no problems found');
  return `${lines.join('\n')}\n`;
}

/** Runs the command; 0 when every input parsed, 1 when some did not, 2 for bad arguments. */
export async function runCheckFeedCommand(
  args: string[],
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
  opts: { allowPrivate: boolean; lookup?: LookupFunction; fetchOptions?: Partial<FetchOptions> },
): Promise<number> {
  const inputs: string[] = [];
  let json = false;
  for (const a of args) {
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') { io.stdout(USAGE); return 0; }
    else if (a.startsWith('-') && a !== '-') { io.stderr(`check-feed: unknown option ${a}\n${USAGE}`); return 2; }
    else inputs.push(a);
  }
  if (inputs.length === 0) { io.stderr(`check-feed: give at least one feed URL or file\n${USAGE}`); return 2; }
  let failures = 0;
  for (const input of inputs) {
    const r = await checkOne(input, opts);
    if (!r.ok) failures++;
    if (json) io.stdout(`${JSON.stringify({ input: r.input, ok: r.ok, error: r.error, feed: r.feed, items: r.items })}\n`);
    else io.stdout(renderHuman(r));
  }
  if (!json && inputs.length > 1) io.stdout(`${inputs.length - failures} of ${inputs.length} parsed\n`);
  return failures === 0 ? 0 : 1;
}
