// A clock tests move by hand, and a sleep that moves it instead of waiting, so retries and schedules are exact.
import type { Clock } from '../../src/core/ports.ts';

export class FakeClock implements Clock {
  private t: number;
  /** Every sleep asked for, in ms, in order (for pacing assertions). */
  readonly sleeps: number[] = [];

  constructor(start: Date | string) {
    this.t = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.t);
  }

  set(to: Date | string): void {
    this.t = new Date(to).getTime();
  }

  advance(ms: number): void {
    this.t += ms;
  }

  /** A `sleep(ms)` for code under test: advances this clock by `ms` and resolves at once. */
  readonly sleep = async (ms: number): Promise<void> => {
    this.sleeps.push(ms);
    this.t += ms;
  };
}
