// A local news wire for the replica test: several RSS feeds on 127.0.0.1 whose content grows over time (one new
// story per feed per stage), answering each request after a short delay so a poll holds its feed lease long
// enough to be seen (and killed) mid-fetch. Every request is logged with its time, to check the poll schedule.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Distinct, tagged stories (launches, bans, GMV figures, seller thresholds) in different markets and wordings, so
 * the classifier tags each one and the clustering never folds two of them into one alert.
 */
export const STORIES: [title: string, summary: string][] = [
  ['TikTok Shop officially launches in Mexico', 'Shoppers and local sellers in Mexico can now use TikTok Shop, which went live this week.'],
  ['Indonesia bans e-commerce transactions on social media', 'Jakarta ordered social platforms to stop processing payments for online purchases.'],
  ['TikTok Shop UK daily GMV hits $5 million', 'British buyers spend roughly $5 million a day through the app, the company told investors.'],
  ['TikTok Shop Philippines now requires a tax registration certificate from sellers', 'Merchants in Manila must submit a BIR certificate before opening a storefront.'],
  ['TikTok Shop launches in Brazil for local merchants', 'Brazilian retailers from Sao Paulo may register as vendors after the debut.'],
  ['Vietnam bans livestream sales of unlicensed cosmetics', 'Hanoi regulators prohibited selling skincare without permits during live broadcasts.'],
  ['TikTok Shop Thailand GMV reached $1.2 billion in the first half', 'Bangkok sales through the platform totalled $1.2 billion between January and June.'],
  ['TikTok Shop Malaysia sellers need a minimum of 1,000 followers to go live', 'Kuala Lumpur vendors require 1,000 followers before hosting shopping streams.'],
  ['TikTok Shop launches in Japan', 'Tokyo users gained access to in-app checkout as Japanese brands signed up for the debut.'],
  ['TikTok bans links to Amazon in videos for US users', 'American viewers will no longer see external storefront links such as Amazon in clips.'],
  ['TikTok Shop Indonesia GMV climbs to $9 billion', 'Tokopedia and TikTok combined commerce in Indonesia grew to $9 billion annually.'],
  ['TikTok Shop Spain launch opens registration for Spanish sellers', 'Madrid merchants were invited to onboard as the Spain marketplace opened its doors.'],
  ['TikTok Shop Singapore raises the deposit for new sellers to S$500', 'Singapore vendors now need a S$500 security deposit before they can list products.'],
  ['Germany launch: TikTok Shop goes live for German shoppers', 'Berlin and Munich consumers can buy directly in the app after the German rollout.'],
  ['TikTok Shop US GMV doubled to $30 billion', 'American gross merchandise volume on the platform doubled, reaching $30 billion.'],
  ['Italy launch of TikTok Shop brings in-app checkout to Italian users', 'Milan and Rome shoppers now see product tags as the service arrives in Italy.'],
  ['France launches TikTok Shop for French brands', 'Paris retailers can open storefronts following the arrival of the shop in France.'],
  ['Kenya bans TikTok Shop payouts to unregistered merchants', 'Nairobi authorities barred payouts to sellers without business registration.'],
  ['Pakistan bans cross-border parcels sold through TikTok', 'Karachi customs will seize imported packages bought on the video app, officials said.'],
  ['TikTok Shop Canada launch confirmed for Canadian merchants', 'Toronto and Vancouver sellers may apply as TikTok Shop launched in Canada.'],
];

export interface FeedRequest {
  feed: number;
  at: number;
}

export interface ReplicaFeedServer {
  port: number;
  /** The feed URL for feed `i`. */
  url(i: number): string;
  requests: FeedRequest[];
  /** Stories feed `i` serves at `now` (for counting the alerts to expect). */
  storiesServed(i: number, now: number): number;
  close(): Promise<void>;
}

/**
 * `feeds` feeds; feed i serves stories i, i+feeds, i+2·feeds, …: `initial` of them at start, one more every
 * `growEveryMs`, up to `final`. Items carry the current time as pubDate, so they count as fresh.
 */
export async function startReplicaFeedServer(opts: { feeds: number; initial: number; final: number; growEveryMs: number; delayMs: number; startedAt: number }): Promise<ReplicaFeedServer> {
  if (opts.feeds * opts.final > STORIES.length) throw new Error(`only ${STORIES.length} stories for ${opts.feeds} feeds × ${opts.final}`);
  const requests: FeedRequest[] = [];
  const storiesServed = (_feed: number, now: number) =>
    Math.min(opts.final, opts.initial + Math.max(0, Math.floor((now - opts.startedAt) / opts.growEveryMs)));
  const published = new Date(opts.startedAt).toUTCString();
  const server = http.createServer((req, res) => {
    const m = /^\/feed-(\d+)\.xml$/.exec(req.url ?? '');
    const feed = m ? Number(m[1]) : -1;
    if (feed < 0 || feed >= opts.feeds) return void res.writeHead(404).end();
    const now = Date.now();
    requests.push({ feed, at: now });
    const items = Array.from({ length: storiesServed(feed, now) }, (_, k) => {
      const n = feed + k * opts.feeds;
      const [title, summary] = STORIES[n]!;
      return `<item><title>${title}</title><link>http://127.0.0.1/story-${n}</link><guid>story-${n}</guid><pubDate>${published}</pubDate><description>${summary}</description></item>`;
    });
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Replica Wire ${feed}</title><link>http://127.0.0.1/</link>${items.join('')}</channel></rss>`;
    setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss), opts.delayMs);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (i) => `http://127.0.0.1:${port}/feed-${i}.xml`,
    requests,
    storiesServed,
    close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}
