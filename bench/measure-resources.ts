// Wall time, CPU time (user + system, this process only) and peak RSS of one awaited piece of work.
// Peak RSS: on Linux the kernel's high-water mark (VmHWM) is reset before the work (/proc/self/clear_refs = 5),
// so it is the true peak of this work alone; a 50 ms sampler of process.memoryUsage.rss() runs as well, and as
// the fallback elsewhere. The larger of the two is reported.
import { readFileSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';

export interface Measured<T> {
  value: T;
  wallS: number;
  cpuS: number;
  userS: number;
  systemS: number;
  peakRssMb: number;
  /** RSS when the work started (what earlier work left resident), MB. */
  startRssMb: number;
  /** How peak RSS was obtained. */
  rssMethod: 'VmHWM' | 'sampled';
}

function readHwmKb(): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function resetHwm(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** A full garbage collection, without --expose-gc on the command line (npm run bench starts plain node). */
function collectGarbage(): void {
  try {
    v8.setFlagsFromString('--expose-gc');
    (vm.runInNewContext('gc') as () => void)();
  } catch { /* not available: measure without */ }
}

/** Runs `work` and reports what it cost, after a full GC so that garbage of earlier work is not counted. */
export async function measureResources<T>(work: () => Promise<T>): Promise<Measured<T>> {
  collectGarbage();
  const hwm = resetHwm();
  const startRss = process.memoryUsage.rss();
  let peak = startRss;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 50);
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let value: T;
  try {
    value = await work();
  } finally {
    clearInterval(sampler);
  }
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  peak = Math.max(peak, process.memoryUsage.rss());
  const hwmKb = hwm ? readHwmKb() : null;
  const peakBytes = Math.max(peak, (hwmKb ?? 0) * 1024);
  return {
    value,
    wallS,
    cpuS: (cpu.user + cpu.system) / 1e6,
    userS: cpu.user / 1e6,
    systemS: cpu.system / 1e6,
    peakRssMb: peakBytes / (1024 * 1024),
    startRssMb: startRss / (1024 * 1024),
    rssMethod: hwmKb !== null ? 'VmHWM' : 'sampled',
  };
}
