/**
 * The collection ladder (shared/domain/collection-stages.md) as data: what typically happens to an
 * overdue consumer-credit debt in China as the days overdue D grow, with the seed articles and fact
 * ids behind each stage. Typical patterns, not a promise about any one lender.
 *
 * D counts from the day after the due date: paid one day late is D = 1. D ≤ 0 has no stage.
 *
 * One threshold table serves every kind. facts.md gives no consistent reason for kind-specific day
 * counts: the card asset classes (T2: 关注 1–90, 次级 91–120, 可疑 121–180, 损失 >180) coincide with the
 * default `visits` and `legal` thresholds, and the other differences it reports (human calls "from
 * ~D+13" vs "from ~1 month", card suits "~120 days") are contradictory blog figures (grade B). What
 * does differ by kind is which facts apply: T2 only to credit cards, hence `kindFacts`.
 */
import type { Day, DebtKind } from './model';
import type { FactId, SeedId } from './sources';

/** The stage ids, in ladder order. A contract: the popup marks overdue rows with `data-stage=<id>`. */
export const STAGE_IDS = ['reminders', 'calls', 'contacts', 'visits', 'legal'] as const;
/** One of STAGE_IDS. */
export type StageId = (typeof STAGE_IDS)[number];

/** What a lender or its collectors typically do; words in `channel_<id>` (hyphens as underscores). */
export const CHANNEL_IDS = [
  'sms',
  'app-push',
  'in-app-message',
  'email',
  'robot-call',
  'service-call',
  'collector-call',
  'account-frozen',
  'emergency-contacts',
  'agency',
  'lawyer-letter',
  'home-visit',
  'workplace-visit',
  'lawsuit',
  'write-off',
] as const;
/** One of CHANNEL_IDS. */
export type ChannelId = (typeof CHANNEL_IDS)[number];

/** A passage of a seed article: sections as numbered in the article (`三.1` = §三, item 1); none = the whole article. */
export interface SeedRef {
  seed: SeedId;
  sections: readonly string[];
}

/** One rung of the ladder. `to` is the last day overdue of the stage, `null` for the open-ended last one. */
export interface Stage {
  id: StageId;
  from: number;
  to: number | null;
  channels: readonly ChannelId[];
  seeds: readonly SeedRef[];
  /** Facts that hold for every kind (empty where only the seeds and blogs back the stage). */
  facts: readonly FactId[];
  /** Facts that hold only for some kinds. */
  kindFacts: Readonly<Partial<Record<DebtKind, readonly FactId[]>>>;
  /** The stage has no typical start day (T5: "no rule"): `from` only orders it, the screens give no date. */
  noFixedStart?: true;
}

/** The ladder, one row per stage, in order; consecutive ranges with no gap. */
export const STAGES: readonly Stage[] = [
  {
    id: 'reminders',
    from: 1,
    to: 15,
    channels: ['sms', 'app-push', 'in-app-message', 'email', 'robot-call'],
    seeds: [
      { seed: '000', sections: ['一'] },
      { seed: '001', sections: ['一', '四'] },
      { seed: '003', sections: [] },
    ],
    facts: [],
    kindFacts: {},
  },
  {
    id: 'calls',
    from: 16,
    to: 60,
    channels: ['service-call', 'collector-call', 'account-frozen'],
    seeds: [
      { seed: '000', sections: ['二'] },
      { seed: '001', sections: ['二'] },
      { seed: '002', sections: ['三.1'] },
      { seed: '003', sections: [] },
    ],
    facts: [],
    kindFacts: {},
  },
  {
    id: 'contacts',
    from: 61,
    to: 90,
    channels: ['collector-call', 'emergency-contacts'],
    seeds: [{ seed: '003', sections: [] }],
    facts: ['K3', 'K8', 'K10'],
    kindFacts: {},
  },
  {
    id: 'visits',
    from: 91,
    to: 180,
    channels: ['agency', 'lawyer-letter', 'home-visit', 'workplace-visit'],
    seeds: [
      { seed: '000', sections: ['三'] },
      { seed: '001', sections: ['三'] },
      { seed: '002', sections: ['四.3'] },
      { seed: '003', sections: ['五'] },
    ],
    // Visits are rarer for small online loans, and a lawsuit is possible for larger amounts from ~3-6 months (T5).
    facts: ['T5'],
    kindFacts: { 'credit-card': ['T2'] },
  },
  {
    id: 'legal',
    from: 181,
    to: null,
    channels: ['lawsuit', 'write-off'],
    seeds: [
      { seed: '000', sections: ['四.2'] },
      { seed: '003', sections: ['四'] },
    ],
    facts: ['T5'],
    kindFacts: { 'credit-card': ['T2'] },
    noFixedStart: true,
  },
];

/**
 * The stage a debt `daysOverdue` days late is typically in, or `null` when it is not overdue (D ≤ 0).
 * With `kind`, the returned stage's `facts` include the facts that hold only for that kind.
 *
 * @param daysOverdue D, counted from the day after the due date.
 * @throws RangeError when `daysOverdue` is not an integer.
 * @example getStage(16)?.id // 'calls'
 * @example getStage(0) // null
 * @example getStage(200, 'credit-card')?.facts // ['T5', 'T2']
 */
export function getStage(daysOverdue: number, kind?: DebtKind): Stage | null {
  if (!Number.isInteger(daysOverdue)) throw new RangeError(`days overdue must be a whole number, got ${daysOverdue}`);
  if (daysOverdue <= 0) return null;
  const stage = STAGES.find((s) => daysOverdue >= s.from && (s.to === null || daysOverdue <= s.to)) ?? null;
  const extra = kind && stage ? stage.kindFacts[kind] : undefined;
  return stage && extra ? { ...stage, facts: [...stage.facts, ...extra] } : stage;
}

/** What places an overdue amount on the ladder: its own due day, and for a plan installment, the plan's. */
export interface LadderPlaced {
  status: { due: Day };
  plan: { originalDue: Day | null } | null;
}

/**
 * The day the ladder counts D from. A late installment of a plan agreed on an overdue debt does not
 * start a fresh delay: it can cancel the plan and resume collection on the whole balance (N4), whose
 * record is already on the report, so it counts from the debt's original due day; otherwise from the
 * amount's own due day.
 * @example ladderDue({ status: { due: '2026-12-01' }, plan: { originalDue: '2026-05-10' } }) // '2026-05-10'
 */
export const ladderDue = (item: LadderPlaced): Day => item.plan?.originalDue ?? item.status.due;
