/**
 * "I can't pay everything": which open payments to make first with the money there is, so that the
 * least harm follows, why each, and the facts behind every consequence (issue 14 §4). A calculation
 * over the one list of open installments (`getOpenInstallments(...).items`, whose items carry their
 * effective penalty rate and grace): it writes nothing, and it is a suggestion from typical patterns.
 *
 * The order; each rule places what the ones before it left:
 * 1. `plan`: every installment of a negotiated plan (a missed one can cancel the plan and resume
 *    collection on the whole balance, N4), the soonest due first;
 * 2. `minimum`: each statement's minimum while paying it by its day still keeps the statement from
 *    being overdue (MP4, MP10; below it the statement is overdue, MP7), the soonest first;
 * 3. `boundary`: an amount whose next boundary (becoming late, a ladder stage, a credit-report status
 *    change CR7, the card criminal-risk day T1) falls before the next money comes, the soonest first;
 * 4. `cost`: by the cost of a day's delay (penalty rate × amount), the highest first, and amounts with
 *    an unknown rate after all of them (`cost-unknown`).
 * Ties: the smaller amount first (then the earlier day, the name and the key, so the order never
 * depends on storage order).
 *
 * Money goes to whole payment lines, never to a fraction of one: a plan installment whole (a plan is
 * kept only by paying each installment in full, N4), a statement's minimum and then its rest (the
 * minimum is the one part payment with an effect of its own: the statement is not overdue, MP4), any
 * other amount whole (part of an overdue amount stops neither the ladder nor the credit-report status).
 * A line the money does not cover is passed over for the next one that fits; what fits no line is
 * `unallocated`.
 *
 * Which payments: those overdue or due within TRIAGE_WINDOW_DAYS (to the payday if that is later), in
 * the money's currency. Money now goes to what falls due by the payday (everything in the window when
 * no payday is known); on the payday, the payday money and what is left of the money now go to what is
 * still open, as of that day. "Before the next money comes" is before the payday for money now, and
 * within DUE_SOON_DAYS of the day the money is paid otherwise (the week the popup calls due soon).
 */
import { addDaysToDay } from './day';
import { collect, isProblem, optional, parseAmount, parseDate, problem, type FieldProblem } from './fields';
import { assessDelay, planFactsFor, type PlanFacts, type ReportCode } from './delay';
import type { StageId } from './ladder';
import type { Day, DebtKind, Minor } from './model';
import type { OpenItem } from './open-installments';
import { DUE_SOON_DAYS, TOTALS_WINDOW_DAYS } from './overview';
import { SCAM_WARNINGS, type ScamWarning } from './scams';
import type { FactId, SourceId } from './sources';
import { STATEMENT_FACTS } from './statement';
import { minimumLeft } from './status';
import { payByDay, type WorkCalendar } from './work-calendar';

/** Payments due up to this many days ahead are ordered (the popup's "due in the next 30 days"). */
export const TRIAGE_WINDOW_DAYS = TOTALS_WINDOW_DAYS;

/** The rule that placed a payment (see the module comment). */
export type TriageRule = 'plan' | 'minimum' | 'boundary' | 'cost' | 'cost-unknown';
/** The rules in their order. */
export const TRIAGE_RULES: readonly TriageRule[] = ['plan', 'minimum', 'boundary', 'cost', 'cost-unknown'];

/** What part of an item a line is: all of what remains, its statement's minimum, or what remains beyond the minimum. */
export type TriagePart = 'whole' | 'minimum' | 'rest';

/** Which money pays a line: the money now, or (with a payday) the payday's together with what the money now left. */
export type TriagePhase = 'now' | 'payday';

/** Something that typically follows on `day` when a payment is still unpaid then, with its sources. */
export type TriageEvent =
  /** A plan installment late past the plan's grace: the lender may cancel the plan and resume collection on its whole balance (N4). */
  | { type: 'plan-break'; day: Day; facts: readonly SourceId[] }
  /** The collection ladder's stage `stage` begins. */
  | { type: 'stage'; day: Day; stage: StageId; facts: readonly SourceId[] }
  /** The credit report's status for the lateness becomes `code` (1: first late, CR7). */
  | { type: 'report'; day: Day; code: ReportCode; facts: readonly SourceId[] }
  /** The earliest day the credit-card malicious-overdraft conditions could all hold (T1). */
  | { type: 'card-risk'; day: Day; facts: readonly SourceId[] };

/** One line of one item. */
export interface TriageLine {
  item: OpenItem;
  amount: Minor;
  part: TriagePart;
}

/** "Pay `amount` to `item` by `by`, because …". */
export interface TriageAllocation extends TriageLine {
  phase: TriagePhase;
  /** The last day that still avoids the harm: the due day (its pay-by day if it falls on a weekend or holiday), the end of the grace, or the day of paying for what is late already. */
  by: Day;
  rule: TriageRule;
  /** For `boundary`: what the boundary day brings, which paying by `by` avoids. */
  avoids: TriageEvent[];
  /** Paid on the payday: what happens before then all the same. */
  before: TriageEvent[];
  /** The cost of one more day's delay of `amount`, in minor units (an estimate); null when the rate is unknown. */
  perDay: Minor | null;
  /** The sources of the consequence avoided. */
  facts: readonly SourceId[];
}

/** What no money reaches. */
export interface TriageLeftover {
  item: OpenItem;
  /** All that stays unpaid of the item. */
  amount: Minor;
  /** `rest` when its minimum is paid (the statement is not overdue; the rest accrues interest), else `whole`. */
  part: 'whole' | 'rest';
  /** What it is likely to trigger and when, soonest first, up to the horizon; a plan's break even when its day has passed. */
  events: TriageEvent[];
  perDay: Minor | null;
}

/** How much harm an order leaves, for comparing two. */
export interface TriageHarm {
  /** Plan installments left unpaid, or left for the payday past the plan's grace: each can cancel its plan (N4). */
  plansAtRisk: number;
  /** Other payments left unpaid below their line (the whole, or a statement's minimum): overdue or going to be. */
  unpaidLines: number;
  /** Boundaries (`TriageEvent`s) crossed after today, up to the horizon, before the payment that stops them. */
  crossings: number;
  /** What everything left unpaid costs a day where the rate is known (an estimate), in minor units. */
  perDay: Minor;
  /** Items left with something unpaid whose rate is unknown. */
  unknownRate: number;
  /** All left unpaid. */
  unpaid: Minor;
}

/** Where the money covers nothing (or leaves something): ask the lender yourself, never a paid agent. */
export interface NegotiateAdvice {
  /** Each debt or plan left unpaid, once, with what can be said about a plan for its kind. */
  lenders: { name: string; kind: DebtKind; plan: PlanFacts }[];
  /** The warning about paid "debt negotiation" (代理协商 / 停息挂账) agents. */
  scam: ScamWarning;
}

export type Triage =
  /** Nothing open in the window in this currency; `otherCurrency` items in the window are in others. */
  | { outcome: 'nothing-open'; until: Day; otherCurrency: number }
  | {
      /** `covers-nothing`: the money pays no line at all. */
      outcome: 'ordered' | 'covers-nothing';
      /** In the order to pay, the money now's first. */
      allocations: TriageAllocation[];
      leftovers: TriageLeftover[];
      /** Money that fits no remaining line. */
      unallocated: Minor;
      /** What this order leaves, against paying each whole amount in due-date order with the same money. */
      comparison: { triage: TriageHarm; dueOrder: TriageHarm };
      negotiate: NegotiateAdvice | null;
      /** The last due day ordered, and the last day consequences are looked at. */
      until: Day;
      horizon: Day;
      otherCurrency: number;
    };

/** What `triage` takes. */
export interface TriageInput {
  /** The open items, `getOpenInstallments(...).items`. */
  items: readonly OpenItem[];
  today: Day;
  /** The money's currency: items in another are left out (counted in `otherCurrency`). */
  currency: string;
  /** What can be paid now, in minor units. */
  now: Minor;
  /** What more can be paid from the next payday on, in minor units; 0 when nothing more is known. */
  byPayday: Minor;
  /** The next payday, after today; null when not known (then `byPayday` must be 0). */
  payday: Day | null;
  /** The working calendar for pay-by days (`workCalendar(settings.workCalendarYears)`). */
  calendar: WorkCalendar;
}

const RANK: Record<TriageRule, number> = { plan: 0, minimum: 1, boundary: 2, cost: 3, 'cost-unknown': 4 };

/** What paying a statement's minimum avoids: overdue below it (MP7), on time at it (MP4, MP10). */
const MINIMUM_FACTS: readonly FactId[] = [...STATEMENT_FACTS.minimumPaid, 'MP7'];
const PLAN_FACTS: readonly FactId[] = ['N4'];

const minDay = (a: Day, b: Day): Day => (a < b ? a : b);
const maxDay = (a: Day, b: Day): Day => (a > b ? a : b);

/** The last day a payment is still on time: the due day plus the grace. */
const lastOnTime = (item: OpenItem): Day => addDaysToDay(item.status.due, item.graceDays);

/**
 * The lines of an item once `extra` more is paid on it, in paying order: a statement's minimum left,
 * then its rest; otherwise the whole of what remains.
 */
function linesOf(item: OpenItem, extra: Minor): TriageLine[] {
  const { status } = item;
  const remaining = status.remaining - extra;
  if (remaining <= 0) return [];
  const minimum = status.cycle?.minimum ?? null;
  if (item.plan || minimum === null) return [{ item, amount: remaining, part: 'whole' }];
  const paid = status.paid + extra;
  if (paid >= minimum) return [{ item, amount: remaining, part: 'rest' }];
  const left = minimumLeft({ ...status, paid, remaining });
  // No minimum left short of what remains: the minimum is all of it.
  if (left === null) return [{ item, amount: remaining, part: 'minimum' }];
  return [
    { item, amount: left, part: 'minimum' },
    { item, amount: remaining - left, part: 'rest' },
  ];
}

/** True for a line whose non-payment makes the item late (a plan's installment, a minimum, a whole amount). */
const isLine = (part: TriagePart) => part !== 'rest';

/**
 * What follows for an item left unpaid after `from` up to `until`, soonest first, by the ladder and
 * the credit-report track of `assessDelay` (the stage explainer's): each stage with a typical start,
 * each status change, and the card criminal-risk day. A plan installment's consequence is the plan's
 * break (N4): what follows is the original debt's, on its whole balance.
 */
function eventsOf(item: OpenItem, unpaid: Minor, from: Day, until: Day): TriageEvent[] {
  if (item.plan) {
    const day = addDaysToDay(lastOnTime(item), 1);
    return day <= until ? [{ type: 'plan-break', day, facts: PLAN_FACTS }] : [];
  }
  const events: TriageEvent[] = [];
  const { kind, graceDays, dailyRatePpm } = item;
  for (let day = from; ;) {
    const a = assessDelay({ kind, amount: unpaid, due: item.status.due, graceDays, dailyRatePpm, today: day });
    const next: TriageEvent[] = [];
    if (a.next && !a.next.stage.noFixedStart) {
      const { stage } = a.next;
      const facts = [...stage.seeds.map((s) => s.seed), ...stage.facts, ...(stage.kindFacts[kind] ?? [])];
      next.push({ type: 'stage', day: a.next.startsOn, stage: stage.id, facts });
    }
    if (a.creditReport.nextCode) {
      next.push({ type: 'report', day: a.creditReport.nextCode.from, code: a.creditReport.nextCode.code, facts: a.creditReport.facts });
    }
    if (a.cardCriminalRisk && !a.cardCriminalRisk.possible) {
      next.push({ type: 'card-risk', day: a.cardCriminalRisk.notBefore, facts: a.cardCriminalRisk.facts });
    }
    const soonest = next.reduce<Day | null>((d, e) => (d === null ? e.day : minDay(d, e.day)), null);
    if (soonest === null || soonest > until) return events;
    events.push(...next.filter((e) => e.day === soonest));
    day = soonest;
  }
}

/** A day's delay of `amount` (the penalty estimate of `assessDelay`; null for an unknown rate), with the kind's rate facts. */
function costOf(item: OpenItem, amount: Minor): { perDay: Minor | null; facts: readonly SourceId[] } {
  const { kind, graceDays, dailyRatePpm } = item;
  const { due } = item.status;
  const cost = assessDelay({ kind, amount, due, graceDays, dailyRatePpm, today: due }).cost;
  return { perDay: cost.known ? cost.perDay : null, facts: cost.facts as readonly SourceId[] };
}

/** The last day to pay a line on day `on` (see TriageAllocation.by). */
function byDay(item: OpenItem, on: Day, calendar: WorkCalendar): Day {
  const { due } = item.status;
  if (on > lastOnTime(item)) return on;
  if (on > due) return lastOnTime(item);
  const payBy = payByDay(due, calendar);
  return payBy ? maxDay(payBy.day, on) : due;
}

/** A line placed by the rules on day `on`, with its sort keys. */
interface Ranked {
  line: TriageLine;
  rule: TriageRule;
  by: Day;
  avoids: TriageEvent[];
  perDay: Minor | null;
  facts: readonly SourceId[];
  /** amount × rate (ppm), exact, for the cost rule. */
  costKey: bigint;
  /** The day the rule orders by: the by-day, or for `boundary` the boundary's. */
  day: Day;
}

function rank(line: TriageLine, on: Day, nextMoney: Day, horizon: Day, calendar: WorkCalendar): Ranked {
  const { item, amount, part } = line;
  const by = byDay(item, on, calendar);
  const { perDay, facts } = costOf(item, amount);
  const costKey = item.dailyRatePpm === null ? 0n : BigInt(amount) * BigInt(item.dailyRatePpm);
  const base = { line, by, perDay, costKey, avoids: [] as TriageEvent[], day: by };
  if (item.plan) return { ...base, rule: 'plan', facts: PLAN_FACTS };
  if (part === 'minimum' && on <= lastOnTime(item)) return { ...base, rule: 'minimum', facts: MINIMUM_FACTS };
  if (isLine(part)) {
    const [first] = eventsOf(item, item.status.remaining, on, horizon);
    if (first && first.day <= nextMoney) {
      const avoids = eventsOf(item, item.status.remaining, on, first.day);
      return { ...base, rule: 'boundary', avoids, day: first.day, facts: [...new Set(avoids.flatMap((e) => e.facts))] };
    }
  }
  return { ...base, rule: perDay === null ? 'cost-unknown' : 'cost', facts };
}

function compareRanked(a: Ranked, b: Ranked): number {
  const byRule = RANK[a.rule] - RANK[b.rule];
  if (byRule) return byRule;
  if (a.rule === 'cost' && a.costKey !== b.costKey) return a.costKey > b.costKey ? -1 : 1;
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return a.line.amount - b.line.amount || byStable(a.line, b.line);
}

/** The last resort of every order: the earlier due, the name, the key, the minimum before the rest. */
function byStable(a: TriageLine, b: TriageLine): number {
  const { status: sa } = a.item;
  const { status: sb } = b.item;
  if (sa.due !== sb.due) return sa.due < sb.due ? -1 : 1;
  return a.item.name.localeCompare(b.item.name) || sa.key.localeCompare(sb.key) || Number(a.part === 'rest') - Number(b.part === 'rest');
}

/** A statement's rest only after its minimum: moved to just after its minimum when ranked before it. */
function restAfterMinimum(ranked: Ranked[]): Ranked[] {
  const out: Ranked[] = [];
  const held = new Map<string, Ranked>();
  for (const r of ranked) {
    const key = r.line.item.status.key;
    const hasMinimum = ranked.some((m) => m.line.item.status.key === key && m.line.part === 'minimum');
    if (r.line.part === 'rest' && hasMinimum && !out.some((m) => m.line.item.status.key === key)) {
      held.set(key, r);
      continue;
    }
    out.push(r);
    const rest = held.get(key);
    if (rest) {
      out.push(rest);
      held.delete(key);
    }
  }
  return out;
}

/** Money paid on each item by phase, by installment key. */
type Paid = Map<string, { now: Minor; payday: Minor }>;

const paidOn = (paid: Paid, item: OpenItem): Minor => {
  const p = paid.get(item.status.key);
  return p ? p.now + p.payday : 0;
};

function addPaid(paid: Paid, item: OpenItem, phase: TriagePhase, amount: Minor): void {
  const p = paid.get(item.status.key) ?? { now: 0, payday: 0 };
  p[phase] += amount;
  paid.set(item.status.key, p);
}

/** One phase of an order: spends `money` on the lines in `order`, whole lines only; answers what is left. */
function spend(lines: readonly TriageLine[], money: Minor, take: (line: TriageLine) => void): Minor {
  let left = money;
  for (const line of lines) {
    if (line.amount > left) continue;
    take(line);
    left -= line.amount;
  }
  return left;
}

/** The phases of an order: the day, the money and which items each may pay. */
interface Phase {
  phase: TriagePhase;
  on: Day;
  /** What this phase adds to the money. */
  money: Minor;
  dueBy: Day;
  nextMoney: Day;
}

/** The harm an allocation leaves over `items` (see TriageHarm). */
function harmOf(items: readonly OpenItem[], paid: Paid, today: Day, payday: Day | null, horizon: Day): TriageHarm {
  const harm: TriageHarm = { plansAtRisk: 0, unpaidLines: 0, crossings: 0, perDay: 0, unknownRate: 0, unpaid: 0 };
  for (const item of items) {
    const p = paid.get(item.status.key) ?? { now: 0, payday: 0 };
    // The day the item's line (the whole, or its minimum) is met: today, the payday or never.
    const metBy = (extra: Minor) => !linesOf(item, extra).some((l) => isLine(l.part));
    const lineDay = metBy(p.now) ? today : metBy(p.now + p.payday) ? payday : null;
    const left = item.status.remaining - p.now - p.payday;
    const events = eventsOf(item, item.status.remaining - p.now, today, lineDay ?? horizon).filter((e) => e.day > today);
    harm.crossings += events.length;
    if (item.plan) {
      // Late already and paid today is the most any order can do; waiting for the payday past the grace is not.
      if (lineDay === null || (lineDay !== today && lineDay > lastOnTime(item))) harm.plansAtRisk++;
    } else if (lineDay === null) harm.unpaidLines++;
    if (left > 0) {
      harm.unpaid += left;
      const perDay = costOf(item, left).perDay;
      if (perDay === null) harm.unknownRate++;
      else harm.perDay += perDay;
    }
  }
  return harm;
}

/**
 * What to pay first with `now` (and `byPayday` from `payday` on), and what is left (see the module
 * comment for the rules and the lines).
 * @throws RangeError when an amount is not a whole number ≥ 0, when `byPayday` is given without a
 * payday, or when the payday is not after today.
 * @example triage({ items, today: '2026-05-10', currency: 'CNY', now: 50_000, byPayday: 0, payday: null, calendar }).allocations[0]
 *          // { item: <the plan's installment>, amount: 30_000, rule: 'plan', by: '2026-05-12', facts: ['N4'], … }
 */
export function triage(input: TriageInput): Triage {
  const { today, currency, now, byPayday, payday } = input;
  for (const [name, value] of [
    ['now', now],
    ['byPayday', byPayday],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
  }
  if (payday !== null && payday <= today) throw new RangeError(`the payday must be after today, got ${payday}`);
  if (payday === null && byPayday > 0) throw new RangeError('money by the payday needs the payday');

  const until = maxDay(addDaysToDay(today, TRIAGE_WINDOW_DAYS), payday ?? today);
  const horizon = addDaysToDay(until, TRIAGE_WINDOW_DAYS);
  const inWindow = input.items.filter((item) => item.status.due <= until);
  const items = inWindow.filter((item) => item.currency === currency);
  const otherCurrency = inWindow.length - items.length;
  if (items.length === 0) return { outcome: 'nothing-open', until, otherCurrency };

  const phases: Phase[] = payday
    ? [
        { phase: 'now', on: today, money: now, dueBy: payday, nextMoney: payday },
        { phase: 'payday', on: payday, money: byPayday, dueBy: until, nextMoney: addDaysToDay(payday, DUE_SOON_DAYS) },
      ]
    : [{ phase: 'now', on: today, money: now, dueBy: until, nextMoney: addDaysToDay(today, DUE_SOON_DAYS) }];

  const allocations: TriageAllocation[] = [];
  const paid: Paid = new Map();
  const duePaid: Paid = new Map();
  let left = 0;
  let dueLeft = 0;
  for (const { phase, on, money, dueBy, nextMoney } of phases) {
    const open = items.filter((item) => item.status.due <= dueBy);
    const ranked = open.flatMap((item) =>
      linesOf(item, paidOn(paid, item)).map((line) => rank(line, on, nextMoney, horizon, input.calendar)),
    );
    const order = restAfterMinimum(ranked.sort(compareRanked));
    const byLine = new Map(order.map((r) => [r.line, r]));
    left = spend(
      order.map((r) => r.line),
      left + money,
      (line) => {
        const r = byLine.get(line)!;
        addPaid(paid, line.item, phase, line.amount);
        const before = phase === 'payday' ? eventsOf(line.item, line.item.status.remaining, today, on).filter((e) => e.day > today) : [];
        allocations.push({ ...line, phase, by: r.by, rule: r.rule, avoids: r.avoids, before, perDay: r.perDay, facts: r.facts });
      },
    );
    // Paying in due-date order: each whole amount, the earliest due first, the smaller first on a day.
    const dueOrder = open
      .map((item) => ({ item, amount: item.status.remaining - paidOn(duePaid, item), part: 'whole' as const }))
      .filter((line) => line.amount > 0)
      .sort((a, b) => (a.item.status.due !== b.item.status.due ? byStable(a, b) : a.amount - b.amount || byStable(a, b)));
    dueLeft = spend(dueOrder, dueLeft + money, (line) => addPaid(duePaid, line.item, phase, line.amount));
  }

  const leftovers = items.flatMap((item): TriageLeftover[] => {
    const lines = linesOf(item, paidOn(paid, item));
    if (lines.length === 0) return [];
    const amount = lines.reduce((sum, l) => sum + l.amount, 0);
    const part = lines.some((l) => isLine(l.part)) ? 'whole' : 'rest';
    const events = part === 'whole' ? eventsOf(item, amount, today, horizon) : [];
    return [{ item, amount, part, events, perDay: costOf(item, amount).perDay }];
  });
  const lenders = new Map<string, NegotiateAdvice['lenders'][number]>();
  for (const { item } of leftovers) {
    const key = `${item.status.target.type}:${item.status.target.id}`;
    if (!lenders.has(key)) lenders.set(key, { name: item.name, kind: item.kind, plan: planFactsFor(item.kind) });
  }

  return {
    outcome: allocations.length === 0 ? 'covers-nothing' : 'ordered',
    allocations,
    leftovers,
    unallocated: left,
    comparison: { triage: harmOf(items, paid, today, payday, horizon), dueOrder: harmOf(items, duePaid, today, payday, horizon) },
    negotiate: lenders.size > 0 ? { lenders: [...lenders.values()], scam: SCAM_WARNINGS.find((w) => w.id === 'paid-agents')! } : null,
    until,
    horizon,
    otherCurrency,
  };
}

/** What the form "What to pay first" holds, as typed. */
export interface TriageTexts {
  now: string;
  byPayday: string;
  payday: string;
}

/** The next payday: a date after today. */
function parsePayday(text: string, today: Day): Day | FieldProblem {
  const payday = parseDate(text);
  return isProblem(payday) || payday > today ? payday : problem('payday-not-after-today');
}

/**
 * The triage form's fields: the money now (more than 0), optionally the money by the next payday
 * (more than 0) and the payday, which that money needs (a date after today).
 * @example readTriageFields({ now: '¥500', byPayday: '', payday: '' }, '2026-06-01') // { ok: true, value: { now: 50_000, byPayday: null, payday: null } }
 * @example readTriageFields({ now: '0', byPayday: '', payday: '' }, today) // { ok: false, errors: { now: { reason: 'amount-zero' } } }
 */
export function readTriageFields(texts: TriageTexts, today: Day) {
  const byPayday = optional(texts.byPayday, (text) => parseAmount(text, { positive: true }));
  const needsPayday = texts.payday.trim() !== '' || (byPayday !== null && !isProblem(byPayday));
  return collect({
    now: parseAmount(texts.now, { positive: true }),
    byPayday,
    payday: needsPayday ? parsePayday(texts.payday, today) : null,
  });
}
