// Feed dates come as RFC 822 (RSS), W3C/ISO 8601 (Atom, Dublin Core) and a long tail of near-misses. Parsing is
// explicit so the result never depends on the machine's time zone; a date without a zone is read as UTC.

const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  CET: 60, CEST: 120, BST: 60, EET: 120, EEST: 180, MSK: 180, IST: 330, SGT: 480, HKT: 480, JST: 540, KST: 540, AEST: 600, AEDT: 660,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function offsetMinutes(zone: string | undefined): number | null {
  if (!zone) return 0;
  const named = ZONES[zone.toUpperCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return /^[A-Z]$/i.test(zone) ? 0 : null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number | null): string | null {
  if (offset === null || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - offset * 60_000;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCDate() !== d || Number.isNaN(t)) return null;
  return new Date(t).toISOString();
}

const ISO = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T ]\s*(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const RFC822 = /^(?:[A-Za-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2,4})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})(?:\s*\(.*\))?)?$/;
const CJK = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2}))?)?/;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;

/**
 * ISO 8601 UTC timestamp for a feed's date text, or null when it cannot be read with confidence. The parser reads
 * each entry's date once (RawEntry.publishedAt), for everything after it.
 */
export function parseFeedDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const s = text.trim().replace(/\s+/g, ' ');
  if (!s) return null;
  let m = ISO.exec(s);
  if (m) {
    const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
    return build(Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms, offsetMinutes(m[8]));
  }
  m = RFC822.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
    let year = Number(m[3]);
    if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
    if (month === 0) return null;
    return build(year, month, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, offsetMinutes(m[7]));
  }
  m = CJK.exec(s);
  // Chinese-language sites give local (UTC+8) times without a zone.
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, 480);
  m = SLASHED.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, offsetMinutes(m[7]));
  // Last resort for "March 1, 2024 10:00 GMT"-like text; a zone is appended so the host's zone never matters.
  const zoned = /(?:\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\b)/.test(s) ? s : `${s} UTC`;
  const t = Date.parse(zoned);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  return year >= 1970 && year <= 2200 ? new Date(t).toISOString() : null;
}
