import { describe, expect, it } from 'vitest';
import { addDaysToDay, atLocalTime } from '../../src/domain/day';
import { LEAD_DAY_CHOICES, type Day, type ReminderState } from '../../src/domain/model';
import {
  CATCH_UP_DAYS,
  PLAN_AHEAD_DAYS,
  deferForQuietHours,
  getDueReminders,
  getNextWake,
  markSent,
  withShown,
  planReminders,
  pruneReminderState,
  SENT_RETENTION_DAYS,
  snoozeUntilTomorrow,
  type Reminder,
  type ReminderItem,
  type ReminderPlan,
  type ReminderSettings,
} from '../../src/domain/reminders';
import { planNotices } from '../../src/domain/notices';

const day = (s: string) => s as Day;
const at = (d: string, hhmm: string) => atLocalTime(day(d), hhmm);
const local = (ms: number) => {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
};
const HOUR = 3_600_000;
const DAY_MS = 24 * HOUR;

const settings: ReminderSettings = {
  leadDays: [7, 3, 1, 0],
  reminderTime: '09:00',
  quietHours: { enabled: true, start: '22:00', end: '08:00' },
  dailyOverdue: true,
};
const empty = (): ReminderState => ({ sent: {}, snoozed: {} });

/** An item as the status module would give it on the local day of `now`. */
function item(key: string, due: string, now: number, over: Partial<ReminderItem> = {}): ReminderItem {
  const today = local(now).slice(0, 10);
  const state = today < due ? 'upcoming' : today === due ? 'due-today' : 'overdue';
  const daysOverdue = state === 'overdue' ? Math.round((at(today, '12:00') - at(due, '12:00')) / DAY_MS) : 0;
  return { key, due: day(due), remaining: 10_000, state, daysOverdue, ...over };
}

const plan = (dues: Record<string, string>, now: number, s: ReminderSettings = settings, plans: ReminderPlan[] = []) =>
  planReminders({ items: Object.entries(dues).map(([key, due]) => item(key, due, now)), plans, settings: s, now });

/** One wake of the background: plan, show what is due, record it. */
function wake(dues: Record<string, string>, state: ReminderState, now: number) {
  const reminders = plan(dues, now);
  const show = getDueReminders(reminders, state, now);
  const summary = planNotices(show, new Map(show.map((r) => [r.installmentKey, r])))[0]?.type === 'summary';
  return { reminders, show, summary, state: markSent(state, show, now) };
}

/** Wakes at every next-wake time from `from` to `to` (and at `from` itself), as the alarms would. */
function run(dues: Record<string, string>, state: ReminderState, from: number, to: number) {
  const shown: { at: string; keys: string[]; summary: boolean }[] = [];
  let now = from;
  for (let guard = 0; guard < 1000 && now <= to; guard++) {
    const w = wake(dues, state, now);
    if (w.show.length) shown.push({ at: local(now), keys: w.show.map((r) => r.key), summary: w.summary });
    state = w.state;
    // The background also wakes at local midnight to re-plan.
    const next = Math.min(getNextWake(w.reminders, state, now) ?? Infinity, at(addDaysToDay(day(local(now).slice(0, 10)), 1), '00:00'));
    now = next;
  }
  return { shown, state };
}

describe('planReminders: lead reminders', () => {
  it.each(LEAD_DAY_CHOICES)('%i days before at the reminder time', (n) => {
    const r = plan({ a: '2026-03-20' }, at('2026-03-01', '10:00'), { ...settings, leadDays: [n] }).filter((x) => x.type === 'lead');
    const d = addDaysToDay(day('2026-03-20'), -n);
    expect(r).toEqual([{ key: `a:lead:${n}`, installmentKey: 'a', type: 'lead', leadDays: n, day: d, fireAt: at(d, '09:00') }]);
  });

  it('plans every lead time, earliest first', () => {
    expect(plan({ a: '2026-03-20' }, at('2026-03-01', '10:00')).map((r) => [r.key, local(r.fireAt)])).toEqual([
      ['a:lead:7', '2026-03-13 09:00'],
      ['a:lead:3', '2026-03-17 09:00'],
      ['a:lead:1', '2026-03-19 09:00'],
      ['a:lead:0', '2026-03-20 09:00'],
    ]);
  });

  it('keeps only the latest lead reminder whose time has passed (catch-up), none older', () => {
    expect(plan({ a: '2026-03-20' }, at('2026-03-18', '10:00')).map((r) => r.key)).toEqual(['a:lead:3', 'a:lead:1', 'a:lead:0']);
  });

  it('merges repeated lead days', () => {
    expect(plan({ a: '2026-03-20' }, at('2026-03-01', '10:00'), { ...settings, leadDays: [3, 3] }).map((r) => r.key)).toEqual(['a:lead:3']);
  });

  it('reminds on the due day, and not a minute early', () => {
    const s = { ...settings, leadDays: [0] as ReminderSettings['leadDays'] };
    const dues = { a: '2026-03-20' };
    const before = at('2026-03-20', '08:59');
    expect(getDueReminders(plan(dues, before, s), empty(), before)).toEqual([]);
    const onTime = at('2026-03-20', '09:00');
    expect(getDueReminders(plan(dues, onTime, s), empty(), onTime).map((r) => r.key)).toEqual(['a:lead:0']);
  });
});

describe('planReminders: overdue and plans', () => {
  it('plans one overdue reminder a day around today, no lead reminder', () => {
    expect(plan({ a: '2026-03-01' }, at('2026-03-05', '10:00')).map((r) => [r.key, local(r.fireAt)])).toEqual([
      ['a:overdue:2026-03-04', '2026-03-04 09:00'],
      ['a:overdue:2026-03-05', '2026-03-05 09:00'],
      ['a:overdue:2026-03-06', '2026-03-06 09:00'],
    ]);
  });

  it('plans the first overdue day for an item due today', () => {
    expect(plan({ a: '2026-03-05' }, at('2026-03-05', '10:00')).map((r) => r.key)).toEqual(['a:lead:0', 'a:overdue:2026-03-06']);
  });

  it('with daily overdue reminders off, reminds once, on the first day overdue', () => {
    const off = { ...settings, dailyOverdue: false };
    expect(plan({ a: '2026-03-01' }, at('2026-03-05', '10:00'), off).map((r) => r.key)).toEqual(['a:overdue:2026-03-02']);
  });

  it('stops catching up after CATCH_UP_DAYS', () => {
    const off = { ...settings, dailyOverdue: false };
    const now = at('2026-03-02', '09:00') + CATCH_UP_DAYS * DAY_MS + 1;
    expect(plan({ a: '2026-03-01' }, now, off)).toEqual([]);
  });

  it.each([
    ['paid', { state: 'paid' as const, remaining: 0 }],
    ['nothing remaining', { remaining: 0 }],
  ])('plans nothing for a %s item', (_name, over) => {
    for (const due of ['2026-03-01', '2026-03-05', '2026-03-20']) {
      const now = at('2026-03-05', '10:00');
      expect(planReminders({ items: [item('a', due, now, over)], plans: [], settings, now })).toEqual([]);
    }
  });

  it.each([
    ['at risk', 'at-risk', true],
    ['broken', 'broken', true],
    ['on track', 'on-track', false],
    ['completed', 'completed', false],
  ] as const)('plan %s → warning %s', (_name, state, warned) => {
    const now = at('2026-03-05', '10:00');
    const plans: ReminderPlan[] = [{ plan: { id: 'p1' }, state, late: { key: 'plan:p1:2', due: day('2026-03-03') } }];
    const r = planReminders({ items: [], plans, settings, now });
    expect(r).toEqual(
      warned
        ? [
            {
              key: 'plan:p1:at-risk:plan:p1:2',
              installmentKey: 'plan:p1:2',
              type: 'plan-at-risk',
              day: '2026-03-04',
              fireAt: at('2026-03-04', '09:00'),
            },
          ]
        : [],
    );
  });

  it('warns about a plan without a late installment never', () => {
    const now = at('2026-03-05', '10:00');
    expect(planReminders({ items: [], plans: [{ plan: { id: 'p1' }, state: 'at-risk', late: null }], settings, now })).toEqual([]);
  });
});

describe('quiet hours', () => {
  const night = { enabled: true, start: '22:00', end: '08:00' };
  it.each([
    ['09:00 is outside 22:00–08:00', '09:00', night, '2026-03-07 09:00'],
    ['23:30 waits for the next morning', '23:30', night, '2026-03-08 08:00'],
    ['22:00 starts the quiet hours', '22:00', night, '2026-03-08 08:00'],
    ['07:00 waits until 08:00', '07:00', night, '2026-03-07 08:00'],
    ['08:00 ends them', '08:00', night, '2026-03-07 08:00'],
    ['00:00 waits until 08:00', '00:00', night, '2026-03-07 08:00'],
    ['a window that does not wrap', '13:00', { enabled: true, start: '12:00', end: '14:00' }, '2026-03-07 14:00'],
    ['its end is outside it', '14:00', { enabled: true, start: '12:00', end: '14:00' }, '2026-03-07 14:00'],
    ['disabled', '23:30', { ...night, enabled: false }, '2026-03-07 23:30'],
    ['start = end is no window', '23:30', { enabled: true, start: '08:00', end: '08:00' }, '2026-03-07 23:30'],
  ])('%s', (_name, time, quiet, expected) => {
    expect(local(deferForQuietHours(at('2026-03-07', time), quiet))).toBe(expected);
  });

  it('defers planned reminders, keeping their key and day', () => {
    const r = plan({ a: '2026-03-20' }, at('2026-03-01', '10:00'), { ...settings, leadDays: [1], reminderTime: '23:00' });
    expect(r.map((x) => [x.key, x.day, local(x.fireAt)])).toEqual([['a:lead:1', '2026-03-19', '2026-03-20 08:00']]);
  });
});

describe('planning window', () => {
  it(`plans no further than ${PLAN_AHEAD_DAYS} days ahead: a payment two months away gets its reminders on a later wake`, () => {
    const leadDays: ReminderSettings = { ...settings, leadDays: [7, 0] };
    expect(plan({ a: '2026-03-01' }, at('2026-01-01', '10:00'), leadDays)).toEqual([]);
    expect(plan({ a: '2026-03-01' }, at('2026-01-25', '10:00'), leadDays).map((r) => r.key)).toEqual(['a:lead:7']);
    expect(plan({ a: '2026-03-01' }, at('2026-02-01', '10:00'), leadDays).map((r) => r.key)).toEqual(['a:lead:7', 'a:lead:0']);
  });
});

describe('DST days (New York: 2026-03-08 springs forward, 2026-11-01 falls back)', () => {
  const nyOffset = (d: string) => (process.env.TZ === 'America/New_York' ? ({ '2026-03-08': -HOUR, '2026-11-01': HOUR }[d] ?? 0) : 0);

  it.each([['2026-03-08'], ['2026-11-01']])('reminds at 09:00 local on %s and the day before', (d) => {
    const r = plan({ a: d }, at(addDaysToDay(day(d), -7), '10:00'), { ...settings, leadDays: [1, 0] });
    expect(r.map((x) => local(x.fireAt))).toEqual([`${addDaysToDay(day(d), -1)} 09:00`, `${d} 09:00`]);
    expect(r[1]!.fireAt - r[0]!.fireAt).toBe(DAY_MS + nyOffset(d));
  });

  it.each([['2026-03-08'], ['2026-11-01']])('quiet hours over the night into %s end at 08:00 local', (d) => {
    expect(local(deferForQuietHours(at(addDaysToDay(day(d), -1), '23:30'), settings.quietHours))).toBe(`${d} 08:00`);
  });

  it('a reminder time missing on the spring-forward day still fires that day', () => {
    const r = plan({ a: '2026-03-08' }, at('2026-03-01', '10:00'), {
      ...settings,
      leadDays: [0],
      reminderTime: '02:30',
      quietHours: { ...settings.quietHours, enabled: false },
    });
    expect(local(r[0]!.fireAt).slice(0, 10)).toBe('2026-03-08');
  });

  it('overdue reminders across the DST night are one a day', () => {
    const { shown } = run({ a: '2026-03-06' }, empty(), at('2026-03-06', '10:00'), at('2026-03-10', '10:00'));
    expect(shown.map((s) => [s.at, s.keys])).toEqual([
      ['2026-03-06 10:00', ['a:lead:0']],
      ['2026-03-07 09:00', ['a:overdue:2026-03-07']],
      ['2026-03-08 09:00', ['a:overdue:2026-03-08']],
      ['2026-03-09 09:00', ['a:overdue:2026-03-09']],
      ['2026-03-10 09:00', ['a:overdue:2026-03-10']],
    ]);
  });
});

describe('getDueReminders and getNextWake, over time', () => {
  const dues = { a: '2026-03-10', b: '2026-03-08', c: '2026-03-06' };

  it('an open browser shows each reminder once, on time; several at once as one summary', () => {
    const { shown } = run(dues, empty(), at('2026-03-01', '10:00'), at('2026-03-12', '10:00'));
    expect(shown).toEqual([
      // Opened at 10:00: c's lead-7 (Feb 27) stands for what was missed before, b's lead-7 was due at 09:00.
      { at: '2026-03-01 10:00', keys: ['c:lead:7', 'b:lead:7'], summary: true },
      { at: '2026-03-03 09:00', keys: ['a:lead:7', 'c:lead:3'], summary: true },
      { at: '2026-03-05 09:00', keys: ['b:lead:3', 'c:lead:1'], summary: true },
      { at: '2026-03-06 09:00', keys: ['c:lead:0'], summary: false },
      { at: '2026-03-07 09:00', keys: ['a:lead:3', 'b:lead:1', 'c:overdue:2026-03-07'], summary: true },
      { at: '2026-03-08 09:00', keys: ['b:lead:0', 'c:overdue:2026-03-08'], summary: true },
      { at: '2026-03-09 09:00', keys: ['a:lead:1', 'b:overdue:2026-03-09', 'c:overdue:2026-03-09'], summary: true },
      { at: '2026-03-10 09:00', keys: ['a:lead:0', 'b:overdue:2026-03-10', 'c:overdue:2026-03-10'], summary: true },
      { at: '2026-03-11 09:00', keys: ['a:overdue:2026-03-11', 'b:overdue:2026-03-11', 'c:overdue:2026-03-11'], summary: true },
      { at: '2026-03-12 09:00', keys: ['a:overdue:2026-03-12', 'b:overdue:2026-03-12', 'c:overdue:2026-03-12'], summary: true },
    ]);
  });

  it('after three days closed, shows one summary with the newest reminder of each item', () => {
    const before = run(dues, empty(), at('2026-03-01', '10:00'), at('2026-03-05', '10:00')).state;
    const now = at('2026-03-08', '10:00');
    const w = wake(dues, before, now);
    expect(w.summary).toBe(true);
    expect(w.show.map((r) => r.key)).toEqual(['a:lead:3', 'c:overdue:2026-03-08', 'b:lead:0']);
    expect(getDueReminders(w.reminders, w.state, now)).toEqual([]);
  });

  it('one missed reminder alone is no summary', () => {
    const now = at('2026-03-20', '10:00');
    const w = wake({ a: '2026-03-20' }, empty(), now);
    expect([w.show.map((r) => r.key), w.summary]).toEqual([['a:lead:0'], false]);
  });

  it('clock moved back: nothing shown again', () => {
    const { state } = run(dues, empty(), at('2026-03-01', '10:00'), at('2026-03-09', '10:00'));
    const again = run(dues, state, at('2026-03-04', '10:00'), at('2026-03-09', '10:00'));
    expect(again.shown).toEqual([]);
  });

  it('clock moved back after the browser was closed: older reminders of an item already reminded stay silent', () => {
    const opened = wake(dues, empty(), at('2026-03-09', '10:00'));
    expect(opened.show.map((r) => r.key).sort()).toEqual(['a:lead:1', 'b:overdue:2026-03-09', 'c:overdue:2026-03-09']);
    const back = run(dues, opened.state, at('2026-03-07', '10:00'), at('2026-03-09', '10:00'));
    expect(back.shown).toEqual([]);
  });

  it('clock moved forward past several reminders: every item is reminded, once', () => {
    const { state } = run(dues, empty(), at('2026-03-01', '10:00'), at('2026-03-01', '10:00'));
    const w = wake(dues, state, at('2026-03-09', '10:00'));
    expect(w.show.map((r) => r.key).sort()).toEqual(['a:lead:1', 'b:overdue:2026-03-09', 'c:overdue:2026-03-09']);
    expect(w.summary).toBe(true);
    const later = run(dues, w.state, at('2026-03-09', '10:00'), at('2026-03-09', '23:00'));
    expect(later.shown).toEqual([]);
  });

  it('snooze silences an item until its end, then shows its newest reminder', () => {
    const now = at('2026-03-09', '10:00');
    const state: ReminderState = { sent: {}, snoozed: { c: at('2026-03-10', '12:00') } };
    const reminders = plan({ c: '2026-03-06' }, now);
    expect(getDueReminders(reminders, state, now)).toEqual([]);
    expect(local(getNextWake(reminders, state, now)!)).toBe('2026-03-10 12:00');
    const then = at('2026-03-10', '12:00');
    expect(getDueReminders(plan({ c: '2026-03-06' }, then), state, then).map((r) => r.key)).toEqual(['c:overdue:2026-03-10']);
  });

  it('snoozing one item leaves the others', () => {
    const now = at('2026-03-09', '10:00');
    const state: ReminderState = { sent: {}, snoozed: { c: at('2026-03-10', '12:00') } };
    expect(
      getDueReminders(plan(dues, now), state, now)
        .map((r) => r.installmentKey)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  it('a plan warning is shown beside the installment’s own overdue reminder', () => {
    const now = at('2026-03-05', '10:00');
    const plans: ReminderPlan[] = [{ plan: { id: 'p1' }, state: 'broken', late: { key: 'plan:p1:1', due: day('2026-03-03') } }];
    const reminders = planReminders({ items: [item('plan:p1:1', '2026-03-03', now)], plans, settings, now });
    expect(getDueReminders(reminders, empty(), now).map((r) => r.type)).toEqual(['plan-at-risk', 'overdue']);
  });

  it.each([
    ['nothing planned', {}, empty(), null],
    ['the first future reminder', { a: '2026-03-20' }, empty(), '2026-03-13 09:00'],
    ['skips sent reminders', { a: '2026-03-20' }, { sent: { 'a:lead:7': at('2026-03-01', '10:00') }, snoozed: {} }, '2026-03-17 09:00'],
  ])('getNextWake: %s', (_name, itemDues, state, expected) => {
    const now = at('2026-03-01', '10:00');
    const wakeAt = getNextWake(plan(itemDues, now), state, now);
    expect(wakeAt === null ? null : local(wakeAt)).toBe(expected);
  });

  it('getNextWake is after now, never a due reminder', () => {
    const now = at('2026-03-09', '10:00');
    const next = getNextWake(plan(dues, now), empty(), now);
    expect(local(next!)).toBe('2026-03-10 09:00');
  });
});

describe('markSent and pruneReminderState', () => {
  const now = at('2026-06-01', '10:00');
  const r = (key: string) => ({ key }) as Reminder;

  it('markSent records the time, keeping what was there', () => {
    expect(markSent({ sent: { x: 1 }, snoozed: { y: 2 } }, [r('a:lead:3'), r('b:lead:0')], now)).toEqual({
      sent: { x: 1, 'a:lead:3': now, 'b:lead:0': now },
      snoozed: { y: 2 },
    });
  });

  it('withShown takes in what the alarm path showed, each at its later time, and leaves an unchanged log as it is', () => {
    const log = { sent: { a: 1, b: 5 }, snoozed: { y: 2 } };
    expect(withShown(log, { a: 3, b: 4, c: 6 })).toEqual({ sent: { a: 3, b: 5, c: 6 }, snoozed: { y: 2 } });
    expect(withShown(log, {})).toBe(log);
    expect(withShown(log, { b: 5 })).toBe(log);
  });

  it.each([
    ['keeps a live item’s recent entry', 'debt:a:2026-05-30:overdue:2026-05-31', now - DAY_MS, true],
    ['drops a paid or deleted item’s entry', 'debt:gone:2026-05-30:lead:0', now - DAY_MS, false],
    ['drops an entry older than the retention', 'debt:a:2026-05-30:lead:3', now - SENT_RETENTION_DAYS * DAY_MS - 1, false],
    ['keeps an entry just inside the retention', 'debt:a:2026-05-30:lead:3', now - SENT_RETENTION_DAYS * DAY_MS, true],
    ['keeps a plan warning while its late installment is open', 'plan:p:at-risk:plan:p:2', now - DAY_MS, true],
    ['drops a plan warning once its installment is paid', 'plan:p:at-risk:plan:p:1', now - DAY_MS, false],
    ['keeps an entry from the future (clock moved back)', 'debt:a:2026-05-30:lead:0', now + DAY_MS, true],
  ])('%s', (_name, key, sentAt, kept) => {
    const pruned = pruneReminderState({ sent: { [key]: sentAt }, snoozed: {} }, ['debt:a:2026-05-30', 'plan:p:2'], now);
    expect(key in pruned.sent).toBe(kept);
  });

  it.each([
    ['keeps a running snooze of a live item', 'debt:a:2026-05-30', now + HOUR, true],
    ['drops a snooze that is over', 'debt:a:2026-05-30', now, false],
    ['drops a snooze of a paid item', 'debt:gone:2026-05-30', now + HOUR, false],
  ])('%s', (_name, key, until, kept) => {
    expect(key in pruneReminderState({ sent: {}, snoozed: { [key]: until } }, ['debt:a:2026-05-30'], now).snoozed).toBe(kept);
  });

  it('never forgets a reminder that could still be planned (retention > catch-up)', () => {
    expect(SENT_RETENTION_DAYS).toBeGreaterThan(CATCH_UP_DAYS);
  });
});

describe('snoozeUntilTomorrow', () => {
  it('is tomorrow at the reminder time, across a month end', () => {
    expect(snoozeUntilTomorrow(day('2026-03-31'), { reminderTime: '21:30' })).toBe(atLocalTime(day('2026-04-01'), '21:30'));
  });
});
