// News items every fault test feeds to the real program: each one is a distinct story that alerts, so a test can
// count deliveries per alert on the fake platform (exactly one each).
export const FAULT_STORIES: [title: string, text: string][] = [
  ['TikTok Shop officially launches in Mexico', 'TikTok Shop opened to shoppers and local sellers in Mexico this week.'],
  ['TikTok Shop opens in Brazil to local merchants', 'Brazilian merchants can now register on TikTok Shop, which launched in Brazil.'],
  ['Indonesia bans e-commerce transactions on social media', 'The Indonesian government banned social media platforms from processing e-commerce payments.'],
  ['TikTok Shop UK daily GMV hits $5 million', 'British shoppers spend about $5 million a day on TikTok Shop, the company said.'],
  ['Temu GMV reached $18 billion last year', 'Temu generated gross merchandise volume of $18 billion in the full year.'],
  ['TikTok Shop Philippines now requires a tax registration certificate from sellers', 'Sellers in the Philippines must submit a BIR tax registration certificate to open a shop.'],
  ['TikTok Shop launches in Japan', 'TikTok Shop started operating in Japan, opening registration to Japanese sellers.'],
  ['TikTok bans links to Amazon in videos for US users', 'TikTok will ban links to external shops such as Amazon for viewers in the US.'],
];

/** An RSS document with the stories, published at `at`. */
export function faultFeedXml(at: Date, stories = FAULT_STORIES, prefix = 'fault'): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Fault Wire</title><link>http://127.0.0.1/</link>${stories.map(([t, d], i) =>
    `<item><title>${t}</title><link>http://127.0.0.1/${prefix}/${i}</link><guid>${prefix}-${i}</guid><pubDate>${at.toUTCString()}</pubDate><description>${d}</description></item>`).join('')}</channel></rss>`;
}

/** How often each value occurs: deliveries per alert key. */
export function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
