// Plain-text tables for the benchmark's console output (and to paste into docs/BENCHMARKS.md as Markdown).

export type Cell = string | number | null;

function show(c: Cell): string {
  if (c === null) return '—';
  if (typeof c === 'number') {
    if (!Number.isFinite(c)) return '—';
    if (Number.isInteger(c)) return c.toLocaleString('en');
    return Math.abs(c) >= 100 ? c.toFixed(0) : Math.abs(c) >= 10 ? c.toFixed(1) : c.toFixed(2);
  }
  return c;
}

/** A Markdown table (which also reads well in a terminal), preceded by a heading line. */
export function formatTable(title: string, headers: string[], rows: Cell[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(show))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
  return [`\n### ${title}\n`, line(cells[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

/** "ok" or "MISSED by X" for a goal that a lower value meets. */
export function verdictAtMost(value: number, goal: number, unit: string): string {
  if (!Number.isFinite(value)) return 'not measured';
  return value <= goal ? 'ok' : `MISSED by ${show(value - goal)} ${unit} (${show(value / goal)}×)`;
}

/** Same for a goal that a higher value meets. */
export function verdictAtLeast(value: number, goal: number): string {
  if (!Number.isFinite(value)) return 'not measured';
  return value >= goal ? 'ok' : `MISSED (${show(value)} < ${show(goal)})`;
}
