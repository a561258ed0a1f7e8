// Wall-clock time in an IANA zone, with nothing but Intl: digests fire at "Monday 09:00 in the channel's zone",
// which moves against UTC twice a year, so every schedule decision goes through these two conversions.

/** A calendar date and time as a clock on the wall of `timeZone` shows it. */
export interface LocalDateTime {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone: callers validate zones when a subscription is made.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when Intl knows the zone (e.g. "Asia/Shanghai"; "Mars/Olympus" is false). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function toLocalDateTime(instant: Date, timeZone: string): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour) % 24, minute: Number(parts.minute), weekday: WEEKDAYS[parts.weekday!] ?? 0,
  };
}

/** Zone offset (local minus UTC) in ms at an instant. */
function offsetAt(utcMs: number, timeZone: string): number {
  const l = toLocalDateTime(new Date(utcMs), timeZone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute);
  return asUtc - Math.floor(utcMs / 60_000) * 60_000;
}

/**
 * The instant at which the wall clock of `timeZone` shows the given time. When the time occurs twice (autumn
 * fall-back) the first occurrence wins; when it does not exist (spring-forward gap) the clock's next valid
 * minute after the gap is used, so a 02:30 digest still fires on that day.
 */
export function fromLocalDateTime(local: Omit<LocalDateTime, 'weekday'>, timeZone: string): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const o1 = offsetAt(wall, timeZone);
  const o2 = offsetAt(wall - o1, timeZone);
  const candidates = [...new Set([wall - o1, wall - o2])].sort((a, b) => a - b);
  for (const c of candidates) {
    const l = toLocalDateTime(new Date(c), timeZone);
    if (l.hour === local.hour && l.minute === local.minute && l.day === local.day) return new Date(c);
  }
  return new Date(wall - Math.min(o1, o2));
}

/** "YYYY-MM-DD" of a local date. */
export function formatLocalDate(d: { year: number; month: number; day: number }): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Calendar arithmetic on a plain date (no zone involved: days are days). */
export function addDays(d: { year: number; month: number; day: number }, days: number): { year: number; month: number; day: number; weekday: number } {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), weekday: t.getUTCDay() };
}

export function parseLocalDate(text: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${text}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}
