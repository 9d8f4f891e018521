/**
 * Flags on the user's log of collection contacts: which rules a logged contact may have broken.
 * A flag is a reason to look closer and keep the evidence, not a verdict; each names the rules
 * (collector-rules.ts) behind it.
 *
 * Decisions the data does not make for us:
 * - Times are the wall-clock times the user logged, in their own zone (the rules speak of local time).
 * - A letter's logged time is when it was read, not sent: letters are never flagged for hours.
 * - Daily counts are per debt or plan (the log's target) and calendar day, over calls to the debtor
 *   (third-party calls are flagged on their own). Online credit (K2) counts answered calls: the 4th
 *   and later are flagged. Banks (K7) count unanswered attempts "per contact method"; the log does not
 *   record which of the user's numbers was called, so all calls count as one method: the 7th and later
 *   are flagged. Credit cards and bank loans follow the bank rule; `other` follows both.
 * - "During plan" uses the plan's state now (a card plan on track) and flags contacts on or after the
 *   day the plan was agreed.
 */
import { getRulesFor, type CollectorRuleId } from './collector-rules';
import { targetKey } from './keys';
import type { ContactEntry, Data, Day, DebtKind } from './model';
import type { PlanSummary } from './open-installments';
import type { PlanState } from './plan-status';

/** Every flag, in display order; words in `flag_<id>` (hyphens as underscores). */
export const CONTACT_FLAG_IDS = [
  'outside-hours',
  'over-daily-count',
  'third-party',
  'agency-not-listed',
  'during-plan',
  'threat',
  'insult',
  'impersonation',
] as const;
/** One of CONTACT_FLAG_IDS. */
export type ContactFlagId = (typeof CONTACT_FLAG_IDS)[number];

/** One flag on a contact and the rules that make it worth noting. */
export interface ContactFlag {
  id: ContactFlagId;
  rules: CollectorRuleId[];
}

/** What the flags need to know about the debt or plan a contact was about. */
export interface ContactTargetInfo {
  kind: DebtKind;
  /** The plan that settles this debt (or the plan itself), if any. */
  plan?: { state: PlanState; startDate: Day };
}

/** Per target (`targetKey(target)`), its kind and plan. A target missing here is treated as kind `other`. */
export interface ContactContext {
  targets: Readonly<Record<string, ContactTargetInfo>>;
}

/**
 * What the flags need of the data: each target's kind, and the plan (with its state today, from the
 * open installments' plan summaries) that covers it.
 * @example contactContext(data, getOpenInstallments(data, settings, today).plans).targets['debt:d1'] // { kind: 'huabei' }
 */
export function contactContext(data: Pick<Data, 'debts'>, plans: readonly PlanSummary[]): ContactContext {
  const targets: Record<string, ContactTargetInfo> = {};
  const byDebt = new Map<string, ContactTargetInfo['plan']>();
  for (const { plan, state } of plans) {
    const info = { state, startDate: plan.startDate };
    targets[targetKey({ type: 'plan', id: plan.id })] = { kind: plan.kind, plan: info };
    if (plan.debtId !== undefined && !byDebt.has(plan.debtId)) byDebt.set(plan.debtId, info);
  }
  for (const debt of data.debts) {
    const plan = byDebt.get(debt.id);
    targets[targetKey({ type: 'debt', id: debt.id })] = plan ? { kind: debt.kind, plan } : { kind: debt.kind };
  }
  return { targets };
}

const USER_FLAG_RULES = {
  threat: ['no-threats'],
  insult: ['no-insults'],
  impersonation: ['no-impersonation'],
} as const satisfies Record<string, CollectorRuleId[]>;

const byTime = (a: ContactEntry, b: ContactEntry) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const dayGroup = (e: ContactEntry) => `${targetKey(e.target)}|${e.at.slice(0, 10)}`;
const isDebtorCall = (e: ContactEntry) => e.channel === 'call' && !e.thirdParty;

/** Flags of `entry`, given the calls to the debtor on the same target and day, sorted by time. */
function flagsOf(entry: ContactEntry, sameDayCalls: readonly ContactEntry[], context: ContactContext): ContactFlag[] {
  const info = context.targets[targetKey(entry.target)];
  const rules = new Map(getRulesFor(info?.kind ?? 'other').map((r) => [r.id, r]));
  const flags: ContactFlag[] = [];

  const hours = rules.get('hours');
  const time = entry.at.slice(11, 16);
  if (hours?.type === 'hours' && entry.channel !== 'letter' && (time < hours.allowedFrom || time >= hours.allowedUntil))
    flags.push({ id: 'outside-hours', rules: ['hours'] });

  if (isDebtorCall(entry)) {
    const over: CollectorRuleId[] = [];
    const peers = sameDayCalls.filter((e) => e.answered === entry.answered);
    const rank = peers.findIndex((e) => e.id === entry.id) + 1;
    for (const id of ['daily-conversations', 'daily-attempts'] as const) {
      const rule = rules.get(id);
      const counted = rule?.type === 'daily-count' && (rule.counts === 'answered-calls') === entry.answered;
      if (counted && rank > rule.limit) over.push(id);
    }
    if (over.length) flags.push({ id: 'over-daily-count', rules: over });
  }

  if (entry.thirdParty || entry.channel === 'third-party') flags.push({ id: 'third-party', rules: ['third-party'] });

  // Not on the lender's published list (SC8): possibly not acting for the lender at all (SC9).
  if (entry.agencyListed === 'no')
    flags.push({ id: 'agency-not-listed', rules: (['outsourcing-notice', 'state-identity'] as const).filter((id) => rules.has(id)) });

  const plan = info?.plan;
  if (rules.has('plan-stops-collection') && plan?.state === 'on-track' && entry.at.slice(0, 10) >= plan.startDate)
    flags.push({ id: 'during-plan', rules: ['plan-stops-collection'] });

  for (const id of ['threat', 'insult', 'impersonation'] as const)
    if (entry.userFlags.includes(id)) flags.push({ id, rules: [...USER_FLAG_RULES[id]] });
  return flags;
}

/**
 * The flags of one contact-log entry, in CONTACT_FLAG_IDS order; [] when nothing stands out.
 * `allEntries` is the whole log (with or without `entry`): the daily counts need it.
 *
 * @example
 * flagContact({ id: 'c1', target: { type: 'debt', id: 'd1' }, at: '2026-03-02T22:30', channel: 'call', answered: true, thirdParty: false, who: '', summary: '', userFlags: ['insult'] }, [], { targets: { 'debt:d1': { kind: 'huabei' } } })
 * // [{ id: 'outside-hours', rules: ['hours'] }, { id: 'insult', rules: ['no-insults'] }]
 */
export function flagContact(entry: ContactEntry, allEntries: readonly ContactEntry[], context: ContactContext): ContactFlag[] {
  const group = dayGroup(entry);
  const sameDay = allEntries.filter((e) => e.id !== entry.id && dayGroup(e) === group && isDebtorCall(e));
  return flagsOf(entry, [...sameDay, entry].sort(byTime), context);
}

/**
 * The flags of every entry of a log, by entry id (entries with no flag map to []). Same result as
 * `flagContact` on each entry, in one pass over the log.
 * @example flagLog(data.contacts, context)['c1'] // [{ id: 'third-party', rules: ['third-party'] }]
 */
export function flagLog(entries: readonly ContactEntry[], context: ContactContext): Record<string, ContactFlag[]> {
  const calls = new Map<string, ContactEntry[]>();
  for (const e of entries.filter(isDebtorCall).sort(byTime)) {
    const group = dayGroup(e);
    const list = calls.get(group);
    if (list) list.push(e);
    else calls.set(group, [e]);
  }
  return Object.fromEntries(entries.map((e) => [e.id, flagsOf(e, calls.get(dayGroup(e)) ?? [], context)]));
}
