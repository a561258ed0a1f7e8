// Prometheus metrics (prom-client) on a registry of our own, so tests can create several without clashes.
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  feedsPolled: Counter<'result'>;
  fetchErrors: Counter<'reason'>;
  itemsClassified: Counter<'tag'>;
  alertsDelivered: Counter<'platform'>;
  alertsFailed: Counter<'platform'>;
  /** In-doubt entries that could not be looked up on the platform before being sent again (may be duplicates). */
  deliveryLookupsFailed: Counter<'platform'>;
  outboxDepth: Gauge<'status'>;
  lastSuccessfulFetch: Gauge;
}

export function createMetrics(opts: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: 'tts_radar_' });
  const m: Metrics = {
    registry,
    feedsPolled: new Counter({ name: 'tts_radar_feeds_polled_total', help: 'Feed polls by result (ok, not_modified, error); not_modified/total is the 304 ratio', labelNames: ['result'], registers: [registry] }),
    fetchErrors: new Counter({ name: 'tts_radar_fetch_errors_total', help: 'Failed feed polls by reason', labelNames: ['reason'], registers: [registry] }),
    itemsClassified: new Counter({ name: 'tts_radar_items_classified_total', help: 'Stored tagged items by tag', labelNames: ['tag'], registers: [registry] }),
    alertsDelivered: new Counter({ name: 'tts_radar_messages_delivered_total', help: 'Messages delivered by platform', labelNames: ['platform'], registers: [registry] }),
    alertsFailed: new Counter({ name: 'tts_radar_messages_failed_total', help: 'Failed delivery attempts by platform', labelNames: ['platform'], registers: [registry] }),
    deliveryLookupsFailed: new Counter({ name: 'tts_radar_delivery_lookups_failed_total', help: 'Messages whose earlier send may have arrived but could not be checked on the platform before sending again (possible duplicates)', labelNames: ['platform'], registers: [registry] }),
    outboxDepth: new Gauge({ name: 'tts_radar_outbox_depth', help: 'Outbox entries by status', labelNames: ['status'], registers: [registry] }),
    lastSuccessfulFetch: new Gauge({ name: 'tts_radar_last_successful_fetch_timestamp_seconds', help: 'Unix time of the last successful feed fetch', registers: [registry] }),
  };
  for (const r of ['ok', 'not_modified', 'error']) m.feedsPolled.inc({ result: r }, 0);
  return m;
}
