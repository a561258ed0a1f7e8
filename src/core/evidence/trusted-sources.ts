// Sources whose word alone puts a reported change in the baseline (TikTok's newsroom, seller-centre announcements),
// from config/trusted-sources.yaml. Matched on the host of the outlet or article, a subdomain included.
import type { Outlet } from './outlet-of.ts';

export interface TrustedSource {
  /** Shown in alerts: "trusted source: TikTok Newsroom". */
  name: string;
  /** Hosts without "www.", e.g. "newsroom.tiktok.com"; "seller-us.tiktok.com" also matches "x.seller-us.tiktok.com". */
  domains: string[];
}

export function trustedSourceFor(outlet: Outlet, trusted: readonly TrustedSource[]): TrustedSource | null {
  const host = outlet.host;
  if (!host) return null;
  return trusted.find((t) => t.domains.some((d) => host === d || host.endsWith(`.${d}`))) ?? null;
}
