// Child-process entry of the benchmark feed server, so serving 2,000 feeds does not count towards the CPU time
// and memory the benchmark measures in the parent. Listens on 127.0.0.1, port 0; driven by IPC messages.
import http from 'node:http';
import { BenchFeedSite } from './bench-feed-site.ts';
import type { FeedServerRequest, FeedServerReply } from './start-feed-server.ts';

const site = new BenchFeedSite();
const server = http.createServer((req, res) => site.handle(req, res));
server.keepAliveTimeout = 30_000;

function reply(msg: FeedServerReply): void {
  process.send?.(msg);
}

process.on('message', (msg: FeedServerRequest) => {
  switch (msg.type) {
    case 'configure':
      site.configure(msg.feedCount, msg.itemsPerFeed, new Date(msg.newest));
      reply({ type: 'done', id: msg.id });
      break;
    case 'publish':
      reply({ type: 'published', id: msg.id, items: site.publish(msg.feedIndexes, msg.perFeed, new Date(msg.at)) });
      break;
    case 'stats':
      reply({ type: 'stats', id: msg.id, stats: { ...site.stats }, cpuS: (process.cpuUsage().user + process.cpuUsage().system) / 1e6 });
      site.resetStats();
      break;
    case 'close':
      server.close(() => process.exit(0));
      server.closeAllConnections();
      break;
  }
});

process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  reply({ type: 'ready', port: typeof addr === 'object' && addr ? addr.port : 0 });
});
