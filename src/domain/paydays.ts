/**
 * Paydays, and the two warnings they make possible: payments bunched within a few days of each other
 * (a collision) and payments due before the next payday that exceed what is available for debts (a
 * cash crunch). Pure: the day, the settings and the open items are parameters.
 */
import { addDaysToDay, compareDays, daysBetween } from './day';
import { targetKey } from './keys';
import type { Data, Day, Minor, Paydays, Settings } from './model';
import type { OpenItem } from './open-installments';
import { totalsByCurrency, type MoneyTotal } from './overview';
import { statementDateIn } from './statement';

/**
 * Payments whose due days lie within this many calendar days (the first and the last at most 2 days
 * apart) collide: a weekend and the day after it, about the time a transfer can take to land, so the
 * money for all of them is needed at once rather than spread over the pay period.
 */
export const COLLISION_WINDOW_DAYS = 3;

/** The days of the month `paydays` names, ascending; empty for none. */
const daysOf = (paydays: Paydays): readonly number[] =>
  paydays.type === 'none' ? [] : paydays.type === 'monthly' ? [paydays.day] : paydays.days;

/**
 * The paydays from `from` to `to` (both included), ascending. A payday of 29-31 falls on the last day
 * of a shorter month (31 → Feb 28, or 29 in a leap year), as a statement day does; two paydays that
 * fall on the same last day count once.
 * @example paydaysBetween({ type: 'monthly', day: 31 }, '2026-02-01', '2026-03-31') // ['2026-02-28', '2026-03-31']
 */
export function paydaysBetween(paydays: Paydays, from: Day, to: Day): Day[] {
  const days = daysOf(paydays);
  const out: Day[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const lastIndex = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  for (; year * 12 + month <= lastIndex; month === 12 ? ((month = 1), year++) : month++) {
    for (const d of days) {
      const day = statementDateIn(d, year, month);
      if (day >= from && day <= to && out[out.length - 1] !== day) out.push(day);
    }
  }
  return out;
}

/** Every payday is at most a month after the one before: a window of 32 days always holds the next. */
const PAYDAY_SEARCH_DAYS = 32;

/**
 * The first payday strictly after `day`; null without paydays.
 * @example nextPayday({ type: 'twice', days: [10, 25] }, '2026-10-10') // '2026-10-25'
 */
export function nextPayday(paydays: Paydays, day: Day): Day | null {
  return paydaysBetween(paydays, addDaysToDay(day, 1), addDaysToDay(day, PAYDAY_SEARCH_DAYS))[0] ?? null;
}

/**
 * The last payday on or before `day`; null without paydays.
 * @example lastPayday({ type: 'monthly', day: 15 }, '2026-10-14') // '2026-09-15'
 */
export function lastPayday(paydays: Paydays, day: Day): Day | null {
  return paydaysBetween(paydays, addDaysToDay(day, -PAYDAY_SEARCH_DAYS), day).at(-1) ?? null;
}

/** Payments due within COLLISION_WINDOW_DAYS of each other, from more than one debt or plan. */
export interface Collision {
  /** The first and last due days. */
  start: Day;
  end: Day;
  /** Due order. */
  items: OpenItem[];
  /** What they ask for together, per currency. */
  totals: MoneyTotal[];
}

const byDue = (a: OpenItem, b: OpenItem) => compareDays(a.status.due, b.status.due);

/** Still to pay and not late: a collision and a cash crunch look ahead; what is overdue is already due. */
const isAhead = (item: OpenItem) => item.status.state === 'upcoming' || item.status.state === 'due-today';

/**
 * The collisions among the items still ahead (upcoming or due today), soonest first. Taken in due
 * order: from each item, the items due within COLLISION_WINDOW_DAYS of it form a collision when they
 * belong to at least two debts or plans, and the next search starts after them; otherwise it starts at
 * the next item. So collisions never overlap and each payment is in at most one.
 * @example findCollisions([huabeiOct9, cardOct10, loanOct20], 'CNY') // [{ start: '2026-10-09', end: '2026-10-10', items: [huabei, card], … }]
 */
export function findCollisions(items: readonly OpenItem[], mainCurrency: string, windowDays = COLLISION_WINDOW_DAYS): Collision[] {
  const ahead = items.filter(isAhead).sort(byDue);
  const collisions: Collision[] = [];
  let i = 0;
  while (i < ahead.length) {
    const start = ahead[i]!.status.due;
    let j = i;
    while (j + 1 < ahead.length && daysBetween(start, ahead[j + 1]!.status.due) < windowDays) j++;
    const group = ahead.slice(i, j + 1);
    if (new Set(group.map((item) => targetKey(item.status.target))).size >= 2) {
      collisions.push({ start, end: group.at(-1)!.status.due, items: group, totals: totalsByCurrency(group, mainCurrency) });
      i = j + 1;
    } else i++;
  }
  return collisions;
}

/** A pay period whose payments exceed what is available for debts. */
export interface CashCrunch {
  /** The period: today for the current one, else a payday, to the day before the next payday. */
  start: Day;
  end: Day;
  /** The payday that ends the period. */
  nextPayday: Day;
  /** True for the period that holds today. */
  current: boolean;
  /** What falls due in the period and is still to pay, in due order. */
  items: OpenItem[];
  /** Their sum. */
  due: Minor;
  /** For the current period what is left of the payday's amount after the payments since it; else the whole amount. */
  available: Minor;
  /** due − available: how much is missing. */
  short: Minor;
}

/** What the payments recorded from `from` to `to` put into debts and plans in `currency`. */
function paidBetween(data: Data, currency: string, from: Day, to: Day): Minor {
  const inCurrency = new Set([
    ...data.debts.filter((d) => d.currency === currency).map((d) => targetKey({ type: 'debt', id: d.id })),
    ...data.plans.filter((p) => p.currency === currency).map((p) => targetKey({ type: 'plan', id: p.id })),
  ]);
  return data.payments
    .filter((p) => p.date >= from && p.date <= to && inCurrency.has(targetKey(p.target)))
    .reduce((sum, p) => sum + p.amount, 0);
}

/**
 * The pay periods from today to `through` in which the payments due exceed what is available, in
 * the user's currency (`settings.currency`; items in other currencies are not counted). The current
 * period runs from today to the day before the next payday, and has what is left of
 * `availablePerPayday` after the payments recorded since the last payday (today's included); each later
 * period runs from a payday to the day before the next and has all of it. A period's payments are the
 * open items due in it, overdue ones not included (they are due already: what to pay first is another
 * question). Empty without paydays or without an amount.
 * @example // paid on the 10th and 25th, ¥3,000 each; today the 12th, ¥2,000 paid on the 10th; a ¥1,500 bill due the 20th:
 * getCashCrunches(items, data, settings, '2026-10-12', '2026-10-12') // [{ start: '2026-10-12', end: '2026-10-24', due: 150000, available: 100000, short: 50000, … }]
 */
export function getCashCrunches(items: readonly OpenItem[], data: Data, settings: Settings, today: Day, through: Day): CashCrunch[] {
  const available = settings.availablePerPayday;
  if (available === null || settings.paydays.type === 'none') return [];
  const own = items.filter((item) => isAhead(item) && item.currency === settings.currency);
  const last = lastPayday(settings.paydays, today);
  const spent = last ? paidBetween(data, settings.currency, last, today) : 0;
  const crunches: CashCrunch[] = [];
  for (let start = today, current = true; start <= through; current = false) {
    const next = nextPayday(settings.paydays, start)!;
    const end = addDaysToDay(next, -1);
    const due = own.filter((item) => item.status.due >= start && item.status.due <= end).sort(byDue);
    const sum = due.reduce((total, item) => total + item.status.remaining, 0);
    const has = current ? Math.max(0, available - spent) : available;
    if (sum > has) crunches.push({ start, end, nextPayday: next, current, items: due, due: sum, available: has, short: sum - has });
    start = next;
  }
  return crunches;
}

/** What the popup warns of: a collision starting within DUE_SOON_DAYS, and the current period's crunch. */
export interface SoonWarnings {
  collision: Collision | null;
  crunch: CashCrunch | null;
}

/**
 * The first collision that starts within the next `days` days, and the cash crunch of the current pay
 * period, if any: the popup's one warning line.
 * @example getSoonWarnings(items, data, settings, '2026-10-05', 7).collision?.start // '2026-10-09'
 */
export function getSoonWarnings(items: readonly OpenItem[], data: Data, settings: Settings, today: Day, days: number): SoonWarnings {
  const until = addDaysToDay(today, days);
  return {
    collision: findCollisions(items, settings.currency).find((c) => c.start <= until) ?? null,
    crunch: getCashCrunches(items, data, settings, today, today)[0] ?? null,
  };
}
