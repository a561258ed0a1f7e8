// A reported change: a fact that would change the baseline (a new subject or a different value), recorded with the
// outlet that reported it. One outlet's word is *pending*: `status` keeps the confirmed value and lists the report
// beneath it. A second independent outlet with the same value, a trusted source, or a user's accept puts it in the
// baseline; a reject takes it out again and brings back the value it replaced.
import type { Market } from '../taxonomy.ts';
import type { BaselineEntry, Fact, Comparison } from '../types.ts';

/**
 * pending: one outlet's word, not in the baseline · confirmed: in the baseline on a second outlet's word or a
 * trusted source · accepted: a user said it is right · rejected: a user said it is wrong (not in the baseline).
 */
export type ReportState = 'pending' | 'confirmed' | 'accepted' | 'rejected';

export interface ReportedChange {
  /** Short number users type: `/tts accept 12`. */
  id: number;
  market: Market;
  /** Subject key (see subject-key.ts). */
  key: string;
  fact: Fact;
  /** When it was reported (YYYY-MM-DD). */
  date: string;
  /** The article's link, else the outlet's name (what `status` shows as the source). */
  source: string;
  /** The outlet's name for people ("Reuters"). */
  outlet: string;
  /** The outlet's identity for counting independent outlets (host without www., else lowercased name). */
  outletKey: string;
  itemId: string | null;
  clusterId: string | null;
  state: ReportState;
  /** Why it is in the baseline or settled: "a second outlet, Bloomberg", "trusted source: TikTok Newsroom", "accepted by U123". */
  reason: string | null;
  /** True while its value is in the baseline because of it. */
  applied: boolean;
  /** The baseline entry it replaced when it entered the baseline (null: the subject was new to the baseline). */
  replaced: BaselineEntry | null;
  createdAt: string;
  settledAt: string | null;
  settledBy: string | null;
}

export type NewReportedChange = Omit<ReportedChange, 'id' | 'settledAt' | 'settledBy'>;

export interface ReportQuery {
  market?: Market;
  key?: string;
  states?: ReportState[];
  clusterId?: string;
  itemId?: string;
  /** At most this many, newest first (default 100). */
  limit?: number;
  /**
   * Of those newest `limit`, only the reports whose fact states the same value as this one
   * (`sameValue(report.fact, sameValueAs)`, compare-facts.ts): the store need not read the others.
   */
  sameValueAs?: Fact;
  /** Of those newest `limit`, only the reports of another outlet than this outlet key. */
  notFromOutletKey?: string;
}

export interface ReportStore {
  addReport(r: NewReportedChange): Promise<ReportedChange>;
  getReport(id: number): Promise<ReportedChange | null>;
  listReports(q: ReportQuery): Promise<ReportedChange[]>;
  updateReport(id: number, patch: Partial<Pick<ReportedChange, 'state' | 'reason' | 'applied' | 'replaced' | 'settledAt' | 'settledBy'>>): Promise<void>;
  /**
   * Takes a rejected item's value out of the baseline: its history rows for the subject stop counting, and the
   * latest value becomes `restore` (the subject is removed when `restore` is null; 'keep' leaves it as it is).
   */
  revertBaselineEntry(market: Market, key: string, itemId: string | null, restore: BaselineEntry | null | 'keep'): Promise<void>;
}

/** A comparison that would change the baseline (a new subject or a different value), not a repeat or history. */
export function isReportedChange(c: Comparison): boolean {
  return !c.history && (c.status === 'new' || c.status === 'changes');
}
