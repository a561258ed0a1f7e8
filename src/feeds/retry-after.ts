// A throttled server says when to come back (RFC 9110 §10.2.3): either delta-seconds or an HTTP date.

/** Seconds until the Retry-After moment (≥ 0), or null when the header is absent or unreadable. */
export function parseRetryAfter(value: string | undefined | null, now: Date): number | null {
  if (value === undefined || value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (!/[a-z]/i.test(text) || Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}
