import { describe, expect, it } from 'vitest';
import { fromLocalDateTime, isValidTimeZone, toLocalDateTime } from '../../../src/core/digest/zoned-time.ts';
import { latestDigestSlot } from '../../../src/core/digest/digest-period.ts';

describe('zone math', () => {
  it('reads the wall clock of a zone, weekday included', () => {
    expect(toLocalDateTime(new Date('2026-03-02T01:00:00Z'), 'Asia/Shanghai')).toEqual({ year: 2026, month: 3, day: 2, hour: 9, minute: 0, weekday: 1 });
  });

  it('turns a wall-clock time into an instant, taking the first of a repeated hour and skipping a missing one', () => {
    expect(fromLocalDateTime({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(fromLocalDateTime({ year: 2026, month: 11, day: 1, hour: 9, minute: 0 }, 'America/New_York').toISOString()).toBe('2026-11-01T14:00:00.000Z');
    expect(fromLocalDateTime({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(fromLocalDateTime({ year: 2026, month: 3, day: 29, hour: 9, minute: 0 }, 'Europe/London').toISOString()).toBe('2026-03-29T08:00:00.000Z');
  });

  it('knows real zones from made-up ones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('latestDigestSlot', () => {
  const weekly = { cadence: 'weekly' as const, day: 0, hour: 23, timeZone: 'UTC' };
  it('finds a Sunday-night slot after the ISO week has turned', () => {
    const slot = latestDigestSlot(new Date('2026-03-09T00:30:00Z'), weekly);
    expect(slot).toMatchObject({ localDate: '2026-03-08', periodKey: 'weekly:2026-W10' });
    expect(slot!.at.toISOString()).toBe('2026-03-08T23:00:00.000Z');
  });

  it('has no slot when the digest is off', () => {
    expect(latestDigestSlot(new Date('2026-03-09T00:30:00Z'), { ...weekly, cadence: 'off' })).toBeNull();
  });
});
