/**
 * What a delay means for one overdue amount: where it stands on the collection ladder, when the next
 * stage begins, what the credit report may show, what the delay costs (an estimate), the credit-card
 * criminal-risk conditions and the negotiated-plan facts for the kind.
 * Every figure carries the fact ids behind it; the words live in the `domain` locale fragment.
 *
 * D (days overdue) counts from the day after the due date. Grace days do not move the ladder (the
 * reminders still come), but within grace the lender treats a payment as on time: no credit-report
 * record and no penalty (B7). Once grace has passed the delay counts from the due date again.
 */
import { addDaysToDay, daysBetween } from './day';
import { getStage, ladderDue, STAGES, type LadderPlaced, type Stage } from './ladder';
import type { Day, DebtKind, Minor } from './model';
import { mayBreakPlan } from './plan-status';
import { KIND_PRESETS } from './presets';
import type { FactId } from './sources';

/** What `assessDelay` needs about one amount. */
export interface DelayInput {
  kind: DebtKind;
  /** The unpaid amount, in minor units (fen). */
  amount: Minor;
  due: Day;
  /** Days after `due` the lender still treats as on time (0 = none, the default assumption). */
  graceDays: number;
  /** Daily penalty rate in parts per million (0.05 %/day = 500); null = unknown. */
  dailyRatePpm: number | null;
  today: Day;
}

/** Where a stage lies relative to today. */
export type StagePosition = 'past' | 'current' | 'future';

/** One stage on the debt's own calendar. */
export interface TimelineEntry {
  stage: Stage;
  startsOn: Day;
  /** The stage's last day; null for the open-ended last stage. */
  endsOn: Day | null;
  position: StagePosition;
}

/** A credit-report repayment status code (CR7): 1 = 1–30 days late, 2 = 31–60, … 7 = more than 180. */
export type ReportCode = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A table of figures with the facts behind them. */
type Cited = Record<string, unknown> & { facts: readonly FactId[] };

/** Credit-report figures that hold for every debt (征信业管理条例). */
export const CREDIT_REPORT_RULES = {
  /** Negative records are kept this many years after the debt is settled (CR1). */
  retentionYears: 5,
  /** The lender must tell you before it first reports negative information (CR2). */
  priorNotice: true,
  /** Free credit reports a year (CR3). */
  freeReportsPerYear: 2,
  /** A dispute (异议) with the credit reference center or the lender is answered within this many days (CR4). */
  disputeReplyDays: 20,
  /** A complaint to the local PBOC branch is answered within this many days (CR5). */
  complaintReplyDays: 30,
  facts: ['CR1', 'CR2', 'CR3', 'CR4', 'CR5', 'CR7'],
} as const satisfies Cited;

/**
 * The one-time credit repair announced by the PBOC on 2025-12-22 (CR12): an overdue item arising
 * between `arisingFrom` and `arisingUntil`, of at most `maxAmount` fen, repaid in full by `repaidBy`,
 * is not displayed. Automatic and free: a paid "credit repair" offer is a scam.
 */
export const CREDIT_REPAIR_2025 = {
  maxAmount: 1_000_000,
  arisingFrom: '2020-01-01' as Day,
  arisingUntil: '2025-12-31' as Day,
  repaidBy: '2026-03-31' as Day,
  facts: ['CR12'],
} as const satisfies Cited;

/** Why the one-time repair does not cover a debt. */
export type RepairMiss = 'amount-too-large' | 'arose-outside-window' | 'deadline-passed';

/** The credit-report track beside the ladder. */
export interface CreditReportTrack {
  /** The first day the lender treats as late: the day after the grace days. */
  lateFrom: Day;
  /**
   * Late past grace at a lender known to report: the lateness may be reported at the lender's next
   * reporting. When that is is not known (most report monthly, CR8/CR11, and it may be sooner), so no
   * day is given: a day would read as a safe window nothing supports.
   */
  mayBeReported: boolean;
  /** The status code the lateness corresponds to if reported (CR7); null while not late past grace or where reporting is unknown. */
  code: ReportCode | null;
  /** The next worse code and the day the lateness reaches it; null at code 7 or where reporting is unknown. */
  nextCode: { code: ReportCode; from: Day } | null;
  /** Whether this kind is known to report to the PBOC credit system (美团月付: unknown, CR10). */
  reporting: 'reported' | 'unknown';
  /** The one-time repair (CR12) for this debt. */
  repair: { covered: true; repayBy: Day } | { covered: false; misses: RepairMiss[] };
  /** Facts behind the track for this kind (the rules in CREDIT_REPORT_RULES add their own). */
  facts: FactId[];
}

/**
 * How sure a cost figure is, by its sources (facts.md §0): `sources-differ` (grade B, or conflicting:
 * check the contract), `contract-terms` (a company's published terms, grade C, which may have changed:
 * check the contract), or null (the user's own rate, or a rule).
 */
export type CostCaveat = 'sources-differ' | 'contract-terms' | null;

/** Penalty accrued by today (0 within grace) and one more day's, in fen, each rounded half up. */
export interface CostFigures {
  soFar: Minor;
  perDay: Minor;
}

/**
 * The cost of the delay: always an estimate (simple daily penalty, no compounding). `facts` are the
 * kind's penalty facts (KIND_PRESETS rateFacts). Where the sources give the kind's rate only as a
 * range and the kind's default is in use, `range` gives the figures at both bounds (the plain figures
 * are the lower bound's).
 */
export type DelayCost =
  | { estimate: true; known: false; ratePpm: null; facts: readonly string[] }
  | (CostFigures & {
      estimate: true;
      known: true;
      ratePpm: number;
      caveat: CostCaveat;
      range: { lowPpm: number; highPpm: number; high: CostFigures } | null;
      facts: readonly string[];
    });

/** What the law says about negotiating a plan (协商还款 / 个性化分期) for a kind. */
export interface PlanFacts {
  /** A rule lets the lender agree a plan (cards, N1); for other kinds plans are at the lender's discretion (N7). */
  statutory: boolean;
  /** Longest plan term in years (cards: 5, N1); null where no rule sets one. */
  maxYears: number | null;
  /** Once signed, the lender and its agencies must stop collecting unless the plan is broken (cards, N3). */
  collectionMustStop: boolean;
  /** A missed installment may cancel the plan, restore interest and resume collection on the whole balance (N4). */
  breakRestoresCollection: true;
  /** What can be said about a right to a plan: a card rule (N1), none for online credit (N7), or nothing known (loans, other). */
  right: 'card-rule' | 'none-online' | 'unknown';
  /** The facts behind `right` alone (the rest of `facts` back the other fields). */
  rightFacts: FactId[];
  facts: FactId[];
}

/**
 * Credit-card malicious overdraft (T1, 刑法 Art 196 with 法释〔2018〕19号): principal overdrawn of
 * ¥50,000 or more, still unpaid more than three months after two effective collection notices at
 * least 30 days apart, with intent to possess. DueGuard does not know when the notices came, so it
 * gives only the earliest day the conditions could all hold: a first notice the day after the due
 * day, the second 30 days later, then more than three months: due + 1 + 30 + 90 + 1.
 */
export const CARD_CRIMINAL_RISK = {
  /** ¥50,000 (数额较大), in fen. The law counts principal only (interest and fees do not), which DueGuard cannot separate: it compares what is unpaid. */
  minAmount: 5_000_000,
  /** Unpaid more than three months after the second notice. */
  afterDays: 90,
  /** Two effective collection notices at least 30 days apart. */
  notices: 2,
  noticeGapDays: 30,
  facts: ['T1'],
} as const satisfies Cited;

/** Days after the due day before which the conditions of CARD_CRIMINAL_RISK cannot all hold. */
const CARD_RISK_EARLIEST_DAYS = 1 + CARD_CRIMINAL_RISK.noticeGapDays + CARD_CRIMINAL_RISK.afterDays + 1;

/** A late installment of a negotiated plan: what the plan risks before anything else (N4). */
export interface PlanInstallmentDelay {
  /** Days the installment itself is late. */
  daysLate: number;
  /** Late past the plan's grace: the lender may treat the plan as broken (it decides, N4). */
  mayBeBroken: boolean;
  /** The settled debt's original due day the ladder counts from; null when not known (the ladder then counts from the installment). */
  originalDue: Day | null;
}

/** The whole assessment of one delay. */
export interface DelayAssessment {
  /** D: days after the due date; 0 when not overdue. */
  daysOverdue: number;
  /** The grace days given, whether today falls in them (1 ≤ D ≤ days: late, but on time if paid now), and what is reported about grace for the kind. */
  grace: { days: number; inGrace: boolean; facts: readonly string[] };
  /** The current ladder stage (with the kind's facts), null when not overdue. */
  stage: Stage | null;
  /** The next stage and the day it begins; null in the last stage. */
  next: { stage: Stage; startsOn: Day } | null;
  /** Every stage with its days on this debt's calendar. */
  timeline: TimelineEntry[];
  creditReport: CreditReportTrack;
  cost: DelayCost;
  /** Null when the threshold cannot apply (not a card, or under ¥50,000); else the earliest day its conditions could all hold, and whether that day has come. */
  cardCriminalRisk: { notBefore: Day; possible: boolean; facts: FactId[] } | null;
  plan: PlanFacts;
  /** Set when the delay is a late installment of a negotiated plan: the screens say first what that risks. */
  planInstallment: PlanInstallmentDelay | null;
}

const REPORT_FACTS: Record<DebtKind, FactId[]> = {
  huabei: ['CR8', 'CR9'],
  jiebei: ['CR8', 'CR9'],
  'credit-card': ['CR11'],
  baitiao: ['CR10'],
  meituan: ['CR10'],
  loan: [],
  other: [],
};

const CARD_PLAN: PlanFacts = {
  statutory: true,
  maxYears: 5,
  collectionMustStop: true,
  breakRestoresCollection: true,
  right: 'card-rule',
  rightFacts: ['N1'],
  facts: ['N1', 'N2', 'N3', 'N4', 'N5', 'N6'],
};
const ONLINE_PLAN: PlanFacts = {
  statutory: false,
  maxYears: null,
  collectionMustStop: false,
  breakRestoresCollection: true,
  right: 'none-online',
  rightFacts: ['N7'],
  facts: ['N7', 'N4', 'N6'],
};
const OTHER_PLAN: PlanFacts = { ...ONLINE_PLAN, right: 'unknown', rightFacts: [], facts: ['N4', 'N6'] };

const PLAN_FACTS: Record<DebtKind, PlanFacts> = {
  huabei: ONLINE_PLAN,
  jiebei: ONLINE_PLAN,
  baitiao: ONLINE_PLAN,
  meituan: ONLINE_PLAN,
  'credit-card': CARD_PLAN,
  loan: OTHER_PLAN,
  other: OTHER_PLAN,
};

/** What can be said about negotiating a plan for `kind` (the `plan` of its assessments). */
export const planFactsFor = (kind: DebtKind): PlanFacts => PLAN_FACTS[kind];

const REPORT_CODE_DAYS = 30;
const MAX_REPORT_CODE = 7;

/**
 * The credit-report status code for `daysOverdue` (CR7), or null when not late.
 * @example reportCode(30) // 1
 * @example reportCode(31) // 2
 * @example reportCode(181) // 7
 */
export function reportCode(daysOverdue: number): ReportCode | null {
  if (daysOverdue <= 0) return null;
  return Math.min(MAX_REPORT_CODE, Math.ceil(daysOverdue / REPORT_CODE_DAYS)) as ReportCode;
}

/** `amount × ppm × days / 10^6`, rounded half up, exact for any amount up to MAX_MINOR (BigInt). */
function penalty(amount: Minor, ppm: number, days: number): Minor {
  const numerator = BigInt(amount) * BigInt(ppm) * BigInt(days);
  return Number((numerator + 500_000n) / 1_000_000n);
}

function assertWhole(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}

function getCreditReport(input: DelayInput, d: number): CreditReportTrack {
  const { kind, amount, due, graceDays, today } = input;
  const lateFrom = addDaysToDay(due, graceDays + 1);
  const reporting = kind === 'meituan' ? 'unknown' : 'reported';
  const late = d > graceDays && reporting === 'reported';
  const code = late ? reportCode(d) : null;
  const nextCode: CreditReportTrack['nextCode'] =
    reporting === 'unknown'
      ? null
      : code === null
        ? { code: reportCode(graceDays + 1)!, from: lateFrom }
        : code < MAX_REPORT_CODE
          ? { code: (code + 1) as ReportCode, from: addDaysToDay(due, code * REPORT_CODE_DAYS + 1) }
          : null;

  const rp = CREDIT_REPAIR_2025;
  const misses: RepairMiss[] = [];
  if (amount > rp.maxAmount) misses.push('amount-too-large');
  if (lateFrom < rp.arisingFrom || lateFrom > rp.arisingUntil) misses.push('arose-outside-window');
  if (today > rp.repaidBy) misses.push('deadline-passed');

  return {
    lateFrom,
    mayBeReported: late,
    code,
    nextCode,
    reporting,
    repair: misses.length === 0 ? { covered: true, repayBy: rp.repaidBy } : { covered: false, misses },
    facts: ['CR7', ...REPORT_FACTS[kind]],
  };
}

function getCost(input: DelayInput, d: number): DelayCost {
  const { kind, amount, graceDays, dailyRatePpm } = input;
  const preset = KIND_PRESETS[kind];
  const facts = preset.rateFacts;
  if (dailyRatePpm === null) return { estimate: true, known: false, ratePpm: null, facts };
  const days = d > graceDays ? d : 0;
  const figures = (ppm: number): CostFigures => ({ soFar: penalty(amount, ppm, days), perDay: penalty(amount, ppm, 1) });
  // The kind's own default is in use: its certainty is the sources'. A rate the user typed is theirs.
  const isDefault = dailyRatePpm === preset.dailyRatePpm;
  const range = isDefault && preset.rateRangePpm ? preset.rateRangePpm : null;
  return {
    estimate: true,
    known: true,
    ratePpm: dailyRatePpm,
    ...figures(dailyRatePpm),
    caveat: isDefault ? preset.rateCaveat : null,
    range: range ? { lowPpm: range.low, highPpm: range.high, high: figures(range.high) } : null,
    facts,
  };
}

/**
 * Assesses the delay of one unpaid amount as of `today`.
 *
 * Cost: `soFar = amount × ratePpm × D / 1,000,000` fen (0 within grace), `perDay` the same for one
 * day; each rounded to the nearest fen, halves up, from the exact product (so `soFar` may differ from
 * `perDay × D` by rounding). An unknown rate gives `known: false`: ask the lender.
 *
 * @throws RangeError when amount, graceDays or dailyRatePpm is not a whole number ≥ 0.
 * @example
 * const a = assessDelay({ kind: 'huabei', amount: 100_000, due: '2026-03-09', graceDays: 0, dailyRatePpm: 500, today: '2026-03-25' });
 * a.daysOverdue // 16
 * a.stage?.id // 'calls'
 * a.next // { stage: <contacts>, startsOn: '2026-05-09' }
 * a.cost // { known: true, soFar: 800, perDay: 50, … } (¥8.00 so far, ¥0.50 a day)
 */
export function assessDelay(input: DelayInput): DelayAssessment {
  const { kind, amount, due, graceDays, dailyRatePpm, today } = input;
  assertWhole('amount', amount);
  assertWhole('graceDays', graceDays);
  if (dailyRatePpm !== null) assertWhole('dailyRatePpm', dailyRatePpm);

  const d = Math.max(0, daysBetween(due, today));
  const stage = getStage(d, kind);
  const timeline = STAGES.map((s): TimelineEntry => {
    const position: StagePosition = s.id === stage?.id ? 'current' : s.to !== null && d > s.to ? 'past' : 'future';
    return { stage: s, startsOn: addDaysToDay(due, s.from), endsOn: s.to === null ? null : addDaysToDay(due, s.to), position };
  });
  const upcoming = timeline.find((t) => t.position === 'future');
  const bigCard = kind === 'credit-card' && amount >= CARD_CRIMINAL_RISK.minAmount;

  return {
    daysOverdue: d,
    grace: { days: graceDays, inGrace: d >= 1 && d <= graceDays, facts: KIND_PRESETS[kind].graceFacts },
    stage,
    next: upcoming ? { stage: upcoming.stage, startsOn: upcoming.startsOn } : null,
    timeline,
    creditReport: getCreditReport(input, d),
    cost: getCost(input, d),
    cardCriminalRisk: bigCard
      ? {
          notBefore: addDaysToDay(due, CARD_RISK_EARLIEST_DAYS),
          possible: d >= CARD_RISK_EARLIEST_DAYS,
          facts: [...CARD_CRIMINAL_RISK.facts],
        }
      : null,
    plan: PLAN_FACTS[kind],
    planInstallment: null,
  };
}

/** What `assessOverdue` needs of each open amount: an `OpenItem` fits. */
export interface OverdueItem extends LadderPlaced {
  kind: DebtKind;
  graceDays: number;
  dailyRatePpm: number | null;
  status: { due: Day; remaining: Minor };
  /** For a plan installment: the plan's balance and the settled debt's original due day. */
  plan: { remaining: Minor; originalDue: Day | null } | null;
}

/**
 * The delay of one debt's or plan's open amounts as of `today` — the one rule the popup, the what-if
 * and the notifications share: the oldest decides the stage, the dates and the credit-report status;
 * the whole amount counts toward the credit-card threshold (so three missed ¥20,000 bills are a
 * ¥60,000 delay); the cost is the sum of each amount's own, each late by its own number of days.
 *
 * A plan's late installment is placed on the ladder by the settled debt's original delay
 * (`ladderDue`), with the plan's whole balance at stake (N4), and `planInstallment` says how late the
 * installment is and whether the plan may be broken. Items not yet overdue on `today` give no stage.
 * Throws RangeError when `items` is empty.
 * @example assessOverdue([novemberBill, decemberBill], '2026-12-20').stage?.id // the November bill's stage
 * @example assessOverdue([lateInstallment], today).planInstallment // { daysLate: 3, mayBeBroken: true, originalDue: '2026-05-10' }
 */
export function assessOverdue(items: readonly OverdueItem[], today: Day): DelayAssessment {
  const oldest = items.reduce<OverdueItem | undefined>((a, b) => (a && a.status.due <= b.status.due ? a : b), undefined);
  if (!oldest) throw new RangeError('assessOverdue needs at least one amount');
  const { kind, graceDays, dailyRatePpm, plan } = oldest;
  const assess = (due: Day, amount: Minor, grace: number) => assessDelay({ kind, amount, due, graceDays: grace, dailyRatePpm, today });
  const unpaid = items.reduce((sum, item) => sum + item.status.remaining, 0);
  const own = assess(oldest.status.due, unpaid, graceDays);
  const fromOriginal = plan?.originalDue && own.daysOverdue > 0;
  // Long past any grace of its own, the original debt is assessed without one; the installment keeps the plan's.
  const assessment = fromOriginal ? { ...assess(ladderDue(oldest), plan.remaining, 0), grace: own.grace } : own;
  const planInstallment: PlanInstallmentDelay | null =
    plan && own.daysOverdue > 0
      ? {
          daysLate: own.daysOverdue,
          mayBeBroken: mayBreakPlan(own, graceDays),
          originalDue: fromOriginal ? ladderDue(oldest) : null,
        }
      : null;
  if (!own.cost.known) return { ...assessment, cost: own.cost, planInstallment };
  const costs = items.map(({ status }) => assess(status.due, status.remaining, graceDays).cost);
  const sum = (pick: (cost: Extract<DelayCost, { known: true }>) => CostFigures | undefined): CostFigures =>
    costs.reduce(
      (total, cost) => {
        const figures = cost.known ? pick(cost) : undefined;
        return figures ? { soFar: total.soFar + figures.soFar, perDay: total.perDay + figures.perDay } : total;
      },
      { soFar: 0, perDay: 0 },
    );
  const cost = { ...own.cost, ...sum((c) => c), range: own.cost.range && { ...own.cost.range, high: sum((c) => c.range?.high) } };
  return { ...assessment, cost, planInstallment };
}

/**
 * The sources behind what an assessment says: the current stage's seeds and facts (with the kind's),
 * those of every stage its timeline shows, and each track's facts.
 */
export function assessmentSources(assessment: DelayAssessment): string[] {
  const { stage, timeline, cost, grace, creditReport, cardCriminalRisk, plan, planInstallment } = assessment;
  return [
    ...(stage ? stage.facts : []),
    ...timeline.flatMap(({ stage: s }) => [...s.seeds.map((ref) => ref.seed), ...s.facts]),
    ...cost.facts,
    ...grace.facts,
    ...creditReport.facts,
    ...CREDIT_REPORT_RULES.facts,
    ...(cardCriminalRisk?.facts ?? []),
    ...(planInstallment ? ['N4'] : []),
    ...plan.facts,
  ];
}
