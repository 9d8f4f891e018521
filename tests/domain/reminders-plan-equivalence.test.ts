// planReminders is built for speed (work shared per due day, reminders gathered per instant, items
// taken in key order). This checks it against the plain definition it replaced, on random items,
// settings and instants, under each test time zone: same reminders, same fields, same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDay, atLocalTime, toDay } from '../../src/domain/day';
import { LEAD_DAY_CHOICES, type Day } from '../../src/domain/model';
import {
  CATCH_UP_DAYS,
  PLAN_AHEAD_DAYS,
  deferForQuietHours,
  planReminders,
  type Reminder,
  type ReminderItem,
  type ReminderPlan,
  type ReminderSettings,
} from '../../src/domain/reminders';

const DAY_MS = 86_400_000;

/** The definition: every lead reminder of each open item, the overdue ones, the statement days, the plan warnings, within the window; then one sort. */
function planRemindersPlainly({
  items,
  plans,
  settings,
  now,
  aheadDays = PLAN_AHEAD_DAYS,
}: {
  items: readonly ReminderItem[];
  plans: readonly ReminderPlan[];
  settings: ReminderSettings;
  now: number;
  aheadDays?: number;
}): Reminder[] {
  const today = toDay(new Date(now));
  const at = (day: Day) => deferForQuietHours(atLocalTime(day, settings.reminderTime), settings.quietHours);
  const out: Reminder[] = [];
  for (const item of items) {
    if (item.state === 'paid' || item.remaining <= 0) continue;
    if (item.due >= today) {
      const leads = [...new Set(settings.leadDays)].map((n): Reminder => {
        // Counted to the pay-by day when the item has one.
        const day = addDaysToDay(item.leadTo ?? item.due, -n);
        const lead = { key: `${item.key}:lead:${n}`, installmentKey: item.key, type: 'lead', leadDays: n, day, fireAt: at(day) } as const;
        return item.leadTo ? { ...lead, payBy: item.leadTo } : lead;
      });
      const past = leads.filter((r) => r.fireAt <= now);
      const latestPast = past.reduce<Reminder | null>((a, r) => (a && a.fireAt >= r.fireAt ? a : r), null);
      out.push(...leads.filter((r) => r.fireAt > now || r === latestPast));
    }
    const firstLate = addDaysToDay(item.due, 1);
    const lateDays = settings.dailyOverdue ? [-1, 0, 1].map((n) => addDaysToDay(today, n)).filter((d) => d >= firstLate) : [firstLate];
    for (const day of lateDays)
      out.push({ key: `${item.key}:overdue:${day}`, installmentKey: item.key, type: 'overdue', day, fireAt: at(day) });
  }
  for (const item of items) {
    if (item.state === 'paid' || item.remaining <= 0 || !item.cycle?.estimated || item.due < today) continue;
    const day = item.cycle.statementDate;
    out.push({ key: `${item.key}:statement:${day}`, installmentKey: item.key, type: 'statement', day, fireAt: at(day) });
  }
  for (const { plan, state, late } of plans) {
    if (!late || (state !== 'at-risk' && state !== 'broken')) continue;
    const day = addDaysToDay(late.due, 1);
    out.push({ key: `plan:${plan.id}:at-risk:${late.key}`, installmentKey: late.key, type: 'plan-at-risk', day, fireAt: at(day) });
  }
  const oldest = now - CATCH_UP_DAYS * DAY_MS;
  const latest = now + aheadDays * DAY_MS;
  return out
    .filter((r) => r.fireAt >= oldest && r.fireAt <= latest)
    .sort((a, b) => a.fireAt - b.fireAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

// Instants through 2026, DST changes of both test zones included; due days 60 days either side.
const START = new Date(2026, 0, 1).getTime();
const nowArb = fc.integer({ min: START, max: START + 365 * DAY_MS });
const timeArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30, 59))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const settingsArb: fc.Arbitrary<ReminderSettings> = fc.record({
  leadDays: fc.array(fc.constantFrom(...LEAD_DAY_CHOICES), { maxLength: 6 }),
  reminderTime: fc.oneof(timeArb, fc.constantFrom('09:00', '02:30', '23:30')),
  quietHours: fc.record({
    enabled: fc.boolean(),
    start: fc.oneof(timeArb, fc.constant('22:00')),
    end: fc.oneof(timeArb, fc.constant('08:00')),
  }),
  dailyOverdue: fc.boolean(),
});
// Few short keys, so duplicates and keys that are prefixes of others (`a` and `a:lead`) come up.
const keyArb = fc.oneof(
  fc.constantFrom('a', 'a:b', 'a:lead', 'b', 'plan:p:1', 'debt:x:2026-03-08'),
  fc.string({ unit: fc.constantFrom('a', 'b', ':', '1'), maxLength: 5 }),
);

function scenarioArb() {
  return nowArb.chain((now) => {
    const today = toDay(new Date(now));
    const dueArb = fc.integer({ min: -60, max: 60 }).map((n) => addDaysToDay(today, n));
    const itemArb: fc.Arbitrary<ReminderItem> = fc
      .record({
        key: keyArb,
        due: dueArb,
        remaining: fc.constantFrom(0, 5000),
        state: fc.constantFrom('paid', 'upcoming', 'due-today', 'overdue'),
        daysOverdue: fc.constant(0),
        cycle: fc.option(fc.record({ statementDate: dueArb, estimated: fc.boolean() }), { nil: undefined }),
        // A pay-by day 1-9 days before the due day (a weekend, a long holiday), or none.
        payByGap: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
      })
      .map(({ payByGap, ...item }) => (payByGap ? { ...item, leadTo: addDaysToDay(item.due, -payByGap) } : item));
    const planArb: fc.Arbitrary<ReminderPlan> = fc.record({
      plan: fc.record({ id: fc.constantFrom('p', 'q', 'a') }),
      state: fc.constantFrom('on-track', 'at-risk', 'broken', 'completed'),
      late: fc.option(fc.record({ key: keyArb, due: dueArb })),
    });
    // The planning window: the default, none, or short ones that cut through the lead reminders.
    const aheadArb = fc.option(fc.constantFrom(0, 1, 3, 10, Infinity), { nil: undefined });
    return fc.record(
      {
        items: fc.array(itemArb, { maxLength: 40 }),
        plans: fc.array(planArb, { maxLength: 4 }),
        settings: settingsArb,
        now: fc.constant(now),
        aheadDays: aheadArb,
      },
      { requiredKeys: ['items', 'plans', 'settings', 'now'] },
    );
  });
}

describe(`planReminders equals its plain definition (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('over more than 10,000 instants (reminders on 12,000 days, items not in key order)', () => {
    const now = new Date(2026, 2, 1, 10).getTime();
    const today = toDay(new Date(now));
    const items: ReminderItem[] = Array.from({ length: 12_000 }, (_, i) => {
      const due = addDaysToDay(today, 1 + ((i * 7919) % 12_000));
      return { key: `debt:${(i * 7) % 12_000}:${due}`, due, remaining: 100, state: 'upcoming', daysOverdue: 0 };
    });
    const settings: ReminderSettings = {
      leadDays: [0, 1],
      reminderTime: '09:00',
      quietHours: { enabled: false, start: '22:00', end: '08:00' },
      dailyOverdue: true,
    };
    const scenario = { items, plans: [], settings, now, aheadDays: Infinity };
    const planned = planReminders(scenario);
    expect(planned).toHaveLength(24_000);
    // By default only the next PLAN_AHEAD_DAYS are planned.
    expect(planReminders({ ...scenario, aheadDays: undefined }).every((r) => r.fireAt <= now + PLAN_AHEAD_DAYS * DAY_MS)).toBe(true);
    expect(planReminders({ ...scenario, aheadDays: undefined })).toStrictEqual(planRemindersPlainly({ ...scenario, aheadDays: undefined }));
    expect(planned).toStrictEqual(planRemindersPlainly(scenario));
  });

  it('on random items, plans, settings and instants', () => {
    fc.assert(
      fc.property(scenarioArb(), (scenario) => {
        expect(planReminders(scenario)).toStrictEqual(planRemindersPlainly(scenario));
      }),
      { numRuns: 500 },
    );
  });

  it('on many items sharing due days (each item once, keys unique and prefix-free)', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ items, ...rest }) => {
        // Ids out of key order (7 and 41 are coprime: 41 distinct ids).
        const unique = items.map((item, i) => ({ ...item, key: `debt:${(i * 7) % 41}:${item.due}` }));
        expect(planReminders({ items: unique, ...rest })).toStrictEqual(planRemindersPlainly({ items: unique, ...rest }));
      }),
      { numRuns: 300 },
    );
  });
});
