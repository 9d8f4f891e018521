/**
 * The rules that bind debt collectors, and where to get help, as data with fact ids
 * (shared/domain/collection-stages.md, "Rules that bind collectors" and "Where to get help").
 * Words for each id live in the locales: `rule_<id>` and `help_<id>` (hyphens as underscores).
 *
 * China has two sets of numeric rules: one for online consumer credit (GB/T 45251—2025 and the NIFA
 * guideline before it) and one for banks (CBA 2026 guideline; credit cards also 信用卡办法). Kinds map
 * onto them through ONLINE_CREDIT_KINDS and BANK_KINDS; `other` (a lender DueGuard cannot classify)
 * is in both, so either limit being exceeded is worth noting.
 */
import { DEBT_KINDS, type DebtKind } from './model';
import type { FactId } from './sources';

/** Kinds served by online consumer-credit rules (K1, K2, K3, K5, K10). */
export const ONLINE_CREDIT_KINDS: readonly DebtKind[] = ['huabei', 'jiebei', 'baitiao', 'meituan', 'other'];
/** Kinds served by the banks' rules (K6–K9; credit cards also L1). */
export const BANK_KINDS: readonly DebtKind[] = ['credit-card', 'loan', 'other'];

/** `HH:mm` local time. */
type Time = string;

interface RuleBase {
  id: string;
  kinds: readonly DebtKind[];
  facts: readonly FactId[];
}

/** A rule that binds collectors, by shape. */
export type CollectorRule = RuleBase &
  (
    | {
        type: 'hours';
        /** Contact allowed from this local time… */ allowedFrom: Time;
        /** …until just before this one. */ allowedUntil: Time;
      }
    | { type: 'daily-count'; limit: number; counts: 'answered-calls' | 'unanswered-attempts-per-method' }
    | {
        type: 'third-party';
        conditions: readonly ('debtor-unreachable' | 'no-debt-details' | 'stop-on-objection')[];
      }
    | { type: 'conduct'; prohibits: 'violence' | 'threats' | 'insults' | 'impersonation' | 'privacy-leak' }
    | { type: 'duty'; requires: 'state-identity' | 'notice-before-outsourcing' | 'stop-during-plan' }
  );

/** Every rule DueGuard explains and checks contact-log entries against. */
export const COLLECTOR_RULES = [
  { id: 'hours', type: 'hours', allowedFrom: '08:00', allowedUntil: '22:00', kinds: DEBT_KINDS, facts: ['K1', 'K5', 'K6'] },
  {
    id: 'daily-conversations',

    type: 'daily-count',
    limit: 3,
    counts: 'answered-calls',
    kinds: ONLINE_CREDIT_KINDS,
    facts: ['K2', 'K5'],
  },
  {
    id: 'daily-attempts',

    type: 'daily-count',
    limit: 6,
    counts: 'unanswered-attempts-per-method',
    kinds: BANK_KINDS,
    facts: ['K7'],
  },
  {
    id: 'third-party',

    type: 'third-party',
    conditions: ['debtor-unreachable', 'no-debt-details', 'stop-on-objection'],
    kinds: DEBT_KINDS,
    facts: ['K3', 'K8', 'K10', 'L1'],
  },
  { id: 'no-violence', type: 'conduct', prohibits: 'violence', kinds: DEBT_KINDS, facts: ['L1', 'L2', 'K9', 'L6'] },
  { id: 'no-threats', type: 'conduct', prohibits: 'threats', kinds: DEBT_KINDS, facts: ['L1', 'L2', 'K9', 'K10', 'L6'] },
  { id: 'no-insults', type: 'conduct', prohibits: 'insults', kinds: DEBT_KINDS, facts: ['L1', 'K9', 'K10', 'L6'] },
  { id: 'no-impersonation', type: 'conduct', prohibits: 'impersonation', kinds: DEBT_KINDS, facts: ['L2', 'K9', 'L6'] },
  { id: 'no-privacy-leak', type: 'conduct', prohibits: 'privacy-leak', kinds: DEBT_KINDS, facts: ['K9', 'L6', 'L8'] },
  { id: 'state-identity', type: 'duty', requires: 'state-identity', kinds: BANK_KINDS, facts: ['K9'] },
  { id: 'outsourcing-notice', type: 'duty', requires: 'notice-before-outsourcing', kinds: BANK_KINDS, facts: ['L2'] },
  { id: 'plan-stops-collection', type: 'duty', requires: 'stop-during-plan', kinds: ['credit-card'], facts: ['N3'] },
] as const satisfies readonly CollectorRule[];

/** The id of a rule in COLLECTOR_RULES; words in `rule_<id>`. */
export type CollectorRuleId = (typeof COLLECTOR_RULES)[number]['id'];

/** A rule with its id type narrowed: `getRule('hours').allowedFrom` is typed. */
export type RuleById<Id extends CollectorRuleId> = Extract<(typeof COLLECTOR_RULES)[number], { id: Id }>;

/**
 * The rule with `id`.
 * @example getRule('daily-attempts').limit // 6
 */
export function getRule<Id extends CollectorRuleId>(id: Id): RuleById<Id> {
  return COLLECTOR_RULES.find((r) => r.id === id) as RuleById<Id>;
}

/**
 * The rules that apply to a debt of `kind`, in table order.
 * @example getRulesFor('huabei').some((r) => r.id === 'daily-attempts') // false
 */
export function getRulesFor(kind: DebtKind): CollectorRule[] {
  return COLLECTOR_RULES.filter((r) => (r.kinds as readonly DebtKind[]).includes(kind));
}

/** What a help channel is for; words in `help_topic_<id>`. */
export type HelpTopic = 'negotiate' | 'collection-abuse' | 'fees' | 'credit-report' | 'disputes' | 'court-notice' | 'danger' | 'spam';

/** Somewhere to turn, with its phone number where it has one. */
export interface HelpChannel {
  id: string;
  /** A phone number to dial as shown; absent for channels reached in writing or online. */
  number?: string;
  /** Days within which a written answer is due, where a rule sets it. */
  replyDays?: number;
  kinds: readonly DebtKind[];
  topics: readonly HelpTopic[];
  facts: readonly FactId[];
}

/** Where to get help, in the order to try: the lender first, then regulators, then the police. */
export const HELP_CHANNELS = [
  { id: 'alipay', number: '95188', kinds: ['huabei', 'jiebei'], topics: ['negotiate', 'fees'], facts: ['H1'] },
  { id: 'nfra', number: '12378', kinds: DEBT_KINDS, topics: ['collection-abuse', 'fees', 'credit-report'], facts: ['H2'] },
  { id: 'pboc', number: '12363', kinds: DEBT_KINDS, topics: ['credit-report', 'fees'], facts: ['H3'] },
  { id: 'credit-dispute', replyDays: 20, kinds: DEBT_KINDS, topics: ['credit-report'], facts: ['H4', 'CR4', 'CR5'] },
  // Free and voluntary (SC7); a "调解中心" that charges or threatens is not one (SC6).
  { id: 'mediation', kinds: DEBT_KINDS, topics: ['disputes', 'fees'], facts: ['SC13', 'SC7'] },
  { id: 'nifa', kinds: ONLINE_CREDIT_KINDS, topics: ['collection-abuse'], facts: ['H5'] },
  { id: 'court', number: '12368', kinds: DEBT_KINDS, topics: ['court-notice'], facts: ['SC3', 'SC4'] },
  { id: 'police', number: '110', kinds: DEBT_KINDS, topics: ['danger'], facts: ['H7', 'L6'] },
  { id: 'spam', number: '12321', kinds: DEBT_KINDS, topics: ['spam'], facts: ['H8'] },
] as const satisfies readonly HelpChannel[];

/**
 * The help channels that apply to a debt of `kind`, in the order to try.
 * @example getHelpFor('credit-card').map((h) => h.id) // ['nfra', 'pboc', 'credit-dispute', 'police', 'spam']
 */
export function getHelpFor(kind: DebtKind): HelpChannel[] {
  return HELP_CHANNELS.filter((h) => (h.kinds as readonly DebtKind[]).includes(kind));
}
