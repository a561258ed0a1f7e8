// Which digest period a moment belongs to, and when its slot is. The period key makes a digest idempotent: one
// weekly digest per ISO week and one daily digest per local day, whatever the restarts or DST changes.
import type { DigestCadence } from '../types.ts';
import {
  addDays, formatLocalDate, fromLocalDateTime, parseLocalDate, toLocalDateTime,
} from './zoned-time.ts';

/** ISO 8601 week ("2026-W45") of a plain date: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(localDate: string): string {
  const d = parseLocalDate(localDate);
  const weekday = addDays(d, 0).weekday || 7; // Monday = 1 … Sunday = 7
  const thursday = addDays(d, 4 - weekday);
  const jan1 = Date.UTC(thursday.year, 0, 1);
  const week = Math.floor((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - jan1) / 86_400_000 / 7) + 1;
  return `${thursday.year}-W${String(week).padStart(2, '0')}`;
}

/**
 * Idempotency key of the digest period that contains `localDate` (the channel's local "YYYY-MM-DD"):
 * "weekly:2026-W45" or "daily:2026-11-02".
 */
export function digestPeriodKey(cadence: 'weekly' | 'daily', localDate: string): string {
  return cadence === 'weekly' ? `weekly:${isoWeek(localDate)}` : `daily:${localDate}`;
}

export interface DigestSchedule {
  cadence: DigestCadence;
  /** 0 = Sunday … 6 = Saturday (weekly only). */
  day: number;
  hour: number;
  timeZone: string;
}

export interface DigestSlot {
  /** The instant the slot starts (e.g. Monday 09:00 local, as UTC). */
  at: Date;
  /** The slot's local date, "YYYY-MM-DD". */
  localDate: string;
  periodKey: string;
  cadence: 'weekly' | 'daily';
}

function slotOn(date: { year: number; month: number; day: number }, schedule: DigestSchedule, cadence: 'weekly' | 'daily'): DigestSlot {
  const localDate = formatLocalDate(date);
  return {
    at: fromLocalDateTime({ ...date, hour: schedule.hour, minute: 0 }, schedule.timeZone),
    localDate,
    periodKey: digestPeriodKey(cadence, localDate),
    cadence,
  };
}

/**
 * The most recent slot at or before `now` (null when the digest is off). Looks back one period too, so a slot on
 * Sunday 23:00 is still found at Monday 00:30 when the ISO week has already turned.
 */
export function latestDigestSlot(now: Date, schedule: DigestSchedule): DigestSlot | null {
  if (schedule.cadence === 'off') return null;
  const cadence = schedule.cadence;
  const today = toLocalDateTime(now, schedule.timeZone);
  let candidates: DigestSlot[];
  if (cadence === 'daily') {
    candidates = [slotOn(today, schedule, cadence), slotOn(addDays(today, -1), schedule, cadence)];
  } else {
    // Offset of the scheduled weekday from this ISO week's Monday (Sunday is the week's last day).
    const mondayOffset = (today.weekday + 6) % 7;
    const slotOffset = (schedule.day + 6) % 7;
    const thisWeek = addDays(today, slotOffset - mondayOffset);
    candidates = [slotOn(thisWeek, schedule, cadence), slotOn(addDays(thisWeek, -7), schedule, cadence)];
  }
  return candidates.find((s) => s.at.getTime() <= now.getTime()) ?? null;
}

/** Length of a period, for "what happened since the last digest". */
export function periodLengthMs(cadence: 'weekly' | 'daily'): number {
  return (cadence === 'weekly' ? 7 : 1) * 86_400_000;
}
