/**
 * What DueGuard assumes about each kind of debt until the user says otherwise: the due days lenders
 * use, the default daily penalty for the cost-of-delay estimate and the grace period, each with the
 * ids of the facts behind it (`FactId`s of sources.ts, from `shared/domain/facts.md`). Settings can
 * override the rate and grace per kind; a debt's or plan's own figures override both.
 */
import type { DebtKind, Settings } from './model';
import type { FactId } from './sources';

/** What DueGuard assumes about one kind of debt, with the facts behind each figure. */
export interface KindPreset {
  /** Days of the month the lender's bills fall due, for a picker; null = the user enters their own day. */
  dueDays: readonly number[] | null;
  dueDayFacts: readonly FactId[];
  /** Default daily penalty in ppm of the overdue amount (500 = 0.05 %/day); null = unknown. */
  dailyRatePpm: number | null;
  /** True when the rate depends on the user's contract or the sources conflict: ask the user to check it. */
  ask: boolean;
  /**
   * For a rate the sources give only as a range (grade B, facts.md §0): its bounds, so costs are shown
   * as a range; `dailyRatePpm` is the lower bound. Absent when the sources agree on one figure.
   */
  rateRangePpm?: { low: number; high: number };
  /**
   * How sure the default rate is, by the grade of `rateFacts` (facts.md §0; a test keeps the two in
   * step): `sources-differ` for conflicting or B sources, `contract-terms` for a company's published
   * terms (C), null for none. Kept here, not looked up, so the worker does not carry the sources table.
   */
  rateCaveat: 'sources-differ' | 'contract-terms' | null;
  rateFacts: readonly FactId[];
  /** Days after the due date treated as on time. 0 for every kind: DueGuard warns from day 1 (B5-B7). */
  graceDays: number;
  graceFacts: readonly FactId[];
  /**
   * How such a debt is usually paid, which decides whether lead reminders count to the pay-by day by
   * default: by bank transfer or autopay from a bank account (cards, bank loans), which can land late
   * over a holiday (HD2), or in the lender's app, debited on the due day itself (ST6).
   */
  paidBy: 'transfer' | 'in-app';
  paidByFacts: readonly FactId[];
}

/** The per-kind presets, from collection-stages.md ("Due-date facts for presets", "Cost of delay", "Grace"). */
export const KIND_PRESETS: Readonly<Record<DebtKind, KindPreset>> = {
  // Due the 8th, 9th or 10th (system-assigned, B1-B2); after a change, the 15th, 20th or 25th (B3).
  // 0.05 %/day (P1). Grace conflicting (B6): none assumed.
  huabei: {
    dueDays: [8, 9, 10, 15, 20, 25],
    dueDayFacts: ['B1', 'B2', 'B3'],
    dailyRatePpm: 500,
    ask: false,
    rateCaveat: 'contract-terms',
    rateFacts: ['P1'],
    graceDays: 0,
    graceFacts: ['B6'],
    paidBy: 'in-app',
    paidByFacts: ['ST6'],
  },
  // Due on the first drawdown's day of month, 29-31 mapped by jiebeiDueDay (B4). Penalty 1.5× the
  // loan's own daily rate (P2), which DueGuard does not know. No grace (B5).
  jiebei: {
    dueDays: null,
    dueDayFacts: ['B4'],
    dailyRatePpm: null,
    ask: true,
    rateCaveat: 'contract-terms',
    rateFacts: ['P2'],
    graceDays: 0,
    graceFacts: ['B5'],
    paidBy: 'in-app',
    paidByFacts: ['ST6'],
  },
  // The bank's own day; interest and 违约金 by contract (P6-P7); grace is bank policy (B7), none assumed.
  'credit-card': {
    dueDays: null,
    dueDayFacts: [],
    dailyRatePpm: null,
    ask: true,
    rateCaveat: null,
    rateFacts: ['P6', 'P7'],
    graceDays: 0,
    graceFacts: ['B7'],
    paidBy: 'transfer',
    paidByFacts: ['HD2'],
  },
  // Sources conflict between 0.015 % and 0.07 %/day (P3): costs shown as that range, with a check-your-contract flag.
  baitiao: {
    dueDays: null,
    dueDayFacts: [],
    dailyRatePpm: 150,
    ask: true,
    rateRangePpm: { low: 150, high: 700 },
    rateCaveat: 'sources-differ',
    rateFacts: ['P3'],
    graceDays: 0,
    graceFacts: [],
    paidBy: 'in-app',
    paidByFacts: ['ST6'],
  },
  // Bill on the 1st, due the 8th (B9); 0.05 %/day (P4).
  meituan: {
    dueDays: [8],
    dueDayFacts: ['B9'],
    dailyRatePpm: 500,
    ask: false,
    rateCaveat: 'contract-terms',
    rateFacts: ['P4'],
    graceDays: 0,
    graceFacts: [],
    paidBy: 'in-app',
    paidByFacts: ['ST6'],
  },
  loan: {
    dueDays: null,
    dueDayFacts: [],
    dailyRatePpm: null,
    ask: false,
    rateCaveat: null,
    rateFacts: [],
    graceDays: 0,
    graceFacts: [],
    paidBy: 'transfer',
    paidByFacts: ['HD2'],
  },
  other: {
    dueDays: null,
    dueDayFacts: [],
    dailyRatePpm: null,
    ask: false,
    rateCaveat: null,
    rateFacts: [],
    graceDays: 0,
    graceFacts: [],
    paidBy: 'transfer',
    paidByFacts: ['HD2'],
  },
};

/**
 * Jiebei's monthly due day for a first drawdown on day `drawdownDay` of a month: the same day,
 * except that 29, 30 and 31 become 25, 26 and 27 (B4). Throws RangeError outside 1..31.
 * @example jiebeiDueDay(30) // 26
 */
export function jiebeiDueDay(drawdownDay: number): number {
  if (!Number.isInteger(drawdownDay) || drawdownDay < 1 || drawdownDay > 31)
    throw new RangeError(`day of month must be 1..31, got ${drawdownDay}`);
  return drawdownDay >= 29 ? drawdownDay - 4 : drawdownDay;
}

/** The penalty rate and grace in force for a kind (settings over presets). */
export interface KindDefaults {
  dailyRatePpm: number | null;
  graceDays: number;
}

/**
 * The rate and grace that apply to a kind: the user's settings for that kind, else the preset.
 * @example kindDefaults(settings, 'huabei') // { dailyRatePpm: 500, graceDays: 0 } unless changed in settings
 */
export function kindDefaults(settings: Settings, kind: DebtKind): KindDefaults {
  const preset = KIND_PRESETS[kind];
  return settings.kindDefaults[kind] ?? { dailyRatePpm: preset.dailyRatePpm, graceDays: preset.graceDays };
}

/**
 * Whether a kind's lead reminders count to the pay-by day of a due date on a weekend or holiday: the
 * user's setting, else on for kinds paid by transfer or autopay (`paidBy`).
 * @example leadsToPayBy(DEFAULT_SETTINGS, 'credit-card') // true
 */
export function leadsToPayBy(settings: Settings, kind: DebtKind): boolean {
  return settings.kindDefaults[kind]?.leadToPayBy ?? KIND_PRESETS[kind].paidBy === 'transfer';
}

/**
 * The daily penalty rate (ppm) for a debt or plan: its own, else its kind's default; null = unknown.
 * @example effectiveRatePpm({ kind: 'huabei' }, settings) // 500
 */
export function effectiveRatePpm(item: { kind: DebtKind; dailyRatePpm?: number | undefined }, settings: Settings): number | null {
  return item.dailyRatePpm ?? kindDefaults(settings, item.kind).dailyRatePpm;
}

/**
 * The grace days for a debt or plan: its own when it has any (0 included: "no grace"), else its
 * kind's default. Absent is how the forms, the CSV and backups say "not given".
 * @example effectiveGrace({ kind: 'credit-card' }, settingsWithCardGrace3) // 3
 * @example effectiveGrace({ kind: 'credit-card', graceDays: 0 }, settingsWithCardGrace3) // 0
 */
export function effectiveGrace(item: { kind: DebtKind; graceDays?: number | undefined }, settings: Settings): number {
  return item.graceDays ?? kindDefaults(settings, item.kind).graceDays;
}
