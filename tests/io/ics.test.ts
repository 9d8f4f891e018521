import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  emptyData,
  type BillDebt,
  type Data,
  type Day,
  type Debt,
  type Plan,
  type StatementDebt,
} from '../../src/domain/model';
import {
  alarmOffsetSeconds,
  buildIcs,
  calendarMinimum,
  eventUid,
  exportSequence,
  getCalendarItems,
  getStatementDays,
  statementDayKey,
  type CalendarEntry,
  type CalendarOptions,
} from '../../src/io/ics';

const NOW = Date.UTC(2026, 2, 1, 9, 30);
const OPTIONS: CalendarOptions = {
  name: 'DueGuard',
  leadDays: [7, 3, 1, 0],
  reminderTime: '09:00',
  alarmText: (lead, e) => `${e.title} in ${lead} days`,
};
const ENTRIES: CalendarEntry[] = [
  { key: 'debt:d1:2026-03-10', due: '2026-03-10' as Day, title: '花呗 ¥1,234.56', description: 'Huabei, March bill; note: "a, b; c"' },
  { key: 'plan:p1:1', due: '2026-03-31' as Day, title: '借呗 plan 1/12 ¥1,000.00', description: '' },
  { key: 'plan:p1:2', due: '2026-04-30' as Day, title: '借呗 plan 2/12 ¥1,000.00', description: 'line one\nline two' },
];

function events(text: string) {
  const vcalendar = new ICAL.Component(ICAL.parse(text));
  return { vcalendar, events: vcalendar.getAllSubcomponents('vevent') };
}

describe('buildIcs', () => {
  const text = buildIcs(ENTRIES, OPTIONS, NOW);
  const { vcalendar, events: vevents } = events(text);

  it('is a VCALENDAR 2.0 with the product id and name', () => {
    expect(vcalendar.name).toBe('vcalendar');
    expect(vcalendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(vcalendar.getFirstPropertyValue('prodid'))).toContain('DueGuard');
    expect(vcalendar.getFirstPropertyValue('x-wr-calname')).toBe('DueGuard');
  });

  it('has one all-day event per entry, on its due date, with stable UIDs', () => {
    expect(vevents.map((e) => e.getFirstPropertyValue('uid'))).toEqual(ENTRIES.map((e) => `${e.key}@dueguard`));
    for (const [i, vevent] of vevents.entries()) {
      const event = new ICAL.Event(vevent);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(ENTRIES[i]!.due);
      expect(event.summary).toBe(ENTRIES[i]!.title);
      expect(event.description).toBe(ENTRIES[i]!.description);
      expect(vevent.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    }
  });

  it('stamps every event with the export time and the export sequence', () => {
    for (const vevent of vevents) {
      expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime()).toBe(NOW);
      expect(vevent.getFirstPropertyValue('sequence')).toBe(exportSequence(NOW));
    }
  });

  it('has a display alarm per lead time at the reminder time, relative to the start', () => {
    const alarms = vevents[0]!.getAllSubcomponents('valarm');
    expect(alarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY', 'DISPLAY', 'DISPLAY']);
    const triggers = alarms.map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds());
    // 7, 3 and 1 days before at 09:00, and 09:00 on the day itself.
    // Relative to the start of the day, never to its end (a day later).
    expect(alarms.map((a) => a.getFirstProperty('trigger')!.getParameter('related') ?? 'START')).toEqual([
      'START',
      'START',
      'START',
      'START',
    ]);
    expect(triggers).toEqual([-(6 * 86_400 + 15 * 3600), -(2 * 86_400 + 15 * 3600), -15 * 3600, 9 * 3600]);
    expect(alarms[1]!.getFirstPropertyValue('description')).toBe('花呗 ¥1,234.56 in 3 days');
  });

  it('re-export of the same entries keeps UIDs and raises SEQUENCE', () => {
    const later = events(buildIcs(ENTRIES, OPTIONS, NOW + 3_600_000)).events;
    expect(later.map((e) => e.getFirstPropertyValue('uid'))).toEqual(vevents.map((e) => e.getFirstPropertyValue('uid')));
    expect(Number(later[0]!.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(vevents[0]!.getFirstPropertyValue('sequence')));
  });

  it('writes CRLF lines folded at 75 octets', () => {
    const long = buildIcs([{ ...ENTRIES[0]!, description: '很长的备注'.repeat(40) }], OPTIONS, NOW);
    const lines = long.split('\r\n');
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(new ICAL.Event(events(long).events[0]!).description).toBe('很长的备注'.repeat(40));
  });

  it('with no lead times writes events without alarms; with no entries an empty calendar', () => {
    expect(events(buildIcs(ENTRIES, { ...OPTIONS, leadDays: [] }, NOW)).events[0]!.getAllSubcomponents('valarm')).toEqual([]);
    expect(events(buildIcs([], OPTIONS, NOW)).events).toEqual([]);
  });
});

describe('buildIcs: statement days', () => {
  const statementDay: CalendarEntry = {
    key: 'statement:card:2026-03-20',
    due: '2026-03-20' as Day,
    title: 'Card: statement day',
    description: 'The new statement is out: enter it.',
    type: 'statement',
  };

  it('writes a statement day as an all-day event with its own UID and one alarm, on the day at the reminder time', () => {
    const [due, statement] = events(buildIcs([ENTRIES[0]!, statementDay], OPTIONS, NOW)).events;
    expect(statement!.getFirstPropertyValue('uid')).toBe('statement:card:2026-03-20@dueguard');
    const event = new ICAL.Event(statement!);
    expect([event.startDate.isDate, event.startDate.toString(), event.summary, event.description]).toEqual([
      true,
      '2026-03-20',
      'Card: statement day',
      'The new statement is out: enter it.',
    ]);
    const alarms = statement!.getAllSubcomponents('valarm');
    expect(alarms.map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())).toEqual([9 * 3600]);
    expect(alarms[0]!.getFirstPropertyValue('description')).toBe('Card: statement day in 0 days');
    // A due day beside it keeps an alarm per lead time.
    expect(due!.getAllSubcomponents('valarm')).toHaveLength(4);
  });

  it.each([
    { name: 'no lead times: no alarm', leadDays: [], alarms: 0 },
    { name: 'only days ahead chosen: still one, on the day', leadDays: [7, 3], alarms: 1 },
  ])('$name', ({ leadDays, alarms }) => {
    const [statement] = events(buildIcs([statementDay], { ...OPTIONS, leadDays }, NOW)).events;
    expect(statement!.getAllSubcomponents('valarm')).toHaveLength(alarms);
  });
});

describe('statement accounts in the calendar', () => {
  const TODAY = '2026-03-01' as Day;
  const UNTIL = '2026-06-01' as Day;
  const account = (id: string, changes: Partial<StatementDebt> = {}): StatementDebt => ({
    id,
    name: id,
    kind: 'credit-card',
    currency: 'CNY',
    billing: 'statement',
    statementDay: 20,
    dueRule: { type: 'offset', days: 20 },
    firstStatement: '2026-02-20' as Day,
    minimumRule: { percentPpm: 100_000, floor: 0 },
    interestOn: 'whole',
    statements: [{ statementDate: '2026-02-20' as Day, amount: 500_000, minimum: 40_000 }],
    note: '',
    createdAt: '2026-02-20' as Day,
    ...changes,
  });
  const data: Data = {
    ...emptyData(),
    debts: [
      account('card'),
      account('month-end', {
        statementDay: 31,
        firstStatement: '2026-03-31' as Day,
        statements: [{ statementDate: '2026-03-31' as Day, amount: 1_000 }],
      }),
      account('settled'),
      account('no-minimum', { kind: 'meituan', minimumRule: null, statements: [{ statementDate: '2026-02-20' as Day, amount: 9_000 }] }),
    ],
    plans: [
      {
        id: 'p',
        name: 'plan',
        kind: 'credit-card',
        currency: 'CNY',
        debtId: 'settled',
        total: 100_000,
        downPayment: 0,
        fee: 0,
        count: 2,
        startDate: '2026-02-25' as Day,
        firstDue: '2026-03-25' as Day,
        note: '',
        createdAt: '2026-02-25' as Day,
      },
    ],
  };

  it.each([
    { name: 'each statement day of the window', key: statementDayKey('card', '2026-03-20' as Day), listed: true },
    { name: 'the last one before the horizon', key: statementDayKey('card', '2026-05-20' as Day), listed: true },
    { name: 'one past the horizon', key: statementDayKey('card', '2026-06-20' as Day), listed: false },
    { name: 'a cycle before today', key: statementDayKey('card', '2026-02-20' as Day), listed: false },
    { name: 'a cycle already entered', key: statementDayKey('month-end', '2026-03-31' as Day), listed: false },
    { name: 'a statement day of 31 in a 30-day month', key: statementDayKey('month-end', '2026-04-30' as Day), listed: true },
    { name: 'a cycle before the first tracked one', key: statementDayKey('month-end', '2026-02-28' as Day), listed: false },
    { name: 'an account a plan settles', key: statementDayKey('settled', '2026-03-20' as Day), listed: false },
  ])('getStatementDays lists $name: $listed', ({ key, listed }) => {
    expect(
      getStatementDays(data, TODAY, UNTIL)
        .map((s) => s.key)
        .includes(key),
    ).toBe(listed);
  });

  it('getStatementDays: soonest first, each with its account and the due day of its statement', () => {
    const days = getStatementDays(data, TODAY, UNTIL);
    expect(days.map((d) => d.statementDate)).toEqual([...days.map((d) => d.statementDate)].sort());
    expect(days[0]).toEqual({
      key: 'statement:card:2026-03-20',
      debtId: 'card',
      name: 'card',
      kind: 'credit-card',
      currency: 'CNY',
      statementDate: '2026-03-20',
      due: '2026-04-09',
    });
    expect(getStatementDays(emptyData(), TODAY, UNTIL)).toEqual([]);
  });

  const minimumOf = (d: Data, key: string) => {
    const item = getCalendarItems(d, DEFAULT_SETTINGS, TODAY, UNTIL).find((i) => i.status.key === key);
    if (!item) throw new Error(`${key} is not listed`);
    return calendarMinimum(item);
  };
  const paid = (amount: number): Data => ({
    ...data,
    payments: [{ id: 'pay', target: { type: 'debt', id: 'card' }, date: '2026-02-28' as Day, amount, note: '' }],
  });

  it.each([
    { name: 'an entered statement: its minimum', d: data, key: 'debt:card:2026-03-12', expected: { minimum: 40_000, estimated: false } },
    { name: 'a cycle not entered yet: the estimate', d: data, key: 'debt:card:2026-04-09', expected: { minimum: 50_000, estimated: true } },
    {
      name: 'part of the minimum paid: what is left of it',
      d: paid(15_000),
      key: 'debt:card:2026-03-12',
      expected: { minimum: 25_000, estimated: false },
    },
    { name: 'the minimum paid', d: paid(40_000), key: 'debt:card:2026-03-12', expected: null },
    { name: 'an account without a minimum', d: data, key: 'debt:no-minimum:2026-03-12', expected: null },
  ])('calendarMinimum: $name', ({ d, key, expected }) => {
    expect(minimumOf(d, key)).toEqual(expected);
  });

  it('calendarMinimum: none for a bill or a plan installment', () => {
    const bill: Debt = {
      id: 'x',
      name: 'x',
      kind: 'other',
      currency: 'CNY',
      amount: 1_000,
      recurrence: { type: 'once', dueDate: '2026-03-10' as Day },
      note: '',
      createdAt: '2026-02-01' as Day,
    };
    const withBill: Data = { ...data, debts: [...data.debts, bill] };
    expect(minimumOf(withBill, 'debt:x:2026-03-10')).toBeNull();
    expect(minimumOf(data, 'plan:p:1')).toBeNull();
  });
});

describe('helpers', () => {
  it.each([
    { lead: 0, time: '09:00', seconds: -9 * 3600 },
    { lead: 1, time: '09:00', seconds: 15 * 3600 },
    { lead: 3, time: '09:00', seconds: 3 * 86_400 - 9 * 3600 },
    { lead: 14, time: '00:00', seconds: 14 * 86_400 },
    { lead: 7, time: '23:59', seconds: 7 * 86_400 - (23 * 3600 + 59 * 60) },
  ])('alarmOffsetSeconds($lead, $time) = $seconds', ({ lead, time, seconds }) => {
    expect(alarmOffsetSeconds(lead, time)).toBe(seconds);
  });

  it('exportSequence grows with time and is never negative', () => {
    expect(exportSequence(Date.UTC(2023, 0, 1))).toBe(0);
    expect(exportSequence(Date.UTC(2024, 0, 1, 0, 1))).toBe(1);
    expect(exportSequence(NOW + 60_000)).toBe(exportSequence(NOW) + 1);
  });

  it('eventUid', () => {
    expect(eventUid('plan:p1:3')).toBe('plan:p1:3@dueguard');
  });
});

describe('getCalendarItems', () => {
  const debt = (id: string, recurrence: BillDebt['recurrence'], amount = 10_000): Debt => ({
    id,
    name: id,
    kind: 'huabei',
    currency: 'CNY',
    amount,
    recurrence,
    graceDays: 0,
    note: '',
    createdAt: '2026-01-01' as Day,
  });
  const plan: Plan = {
    id: 'p1',
    name: 'plan',
    kind: 'jiebei',
    currency: 'CNY',
    debtId: 'settled',
    total: 30_000,
    downPayment: 6_000,
    fee: 0,
    count: 3,
    startDate: '2026-02-20' as Day,
    firstDue: '2026-03-20' as Day,
    graceDays: 0,
    note: '',
    createdAt: '2026-02-20' as Day,
  };
  const data: Data = {
    ...emptyData(),
    debts: [
      debt('future-once', { type: 'once', dueDate: '2026-03-10' as Day }),
      debt('past-once', { type: 'once', dueDate: '2026-02-10' as Day }),
      debt('today-once', { type: 'once', dueDate: '2026-03-01' as Day }),
      debt('card', { type: 'monthly', firstDue: '2026-01-31' as Day }),
      debt('settled', { type: 'once', dueDate: '2026-03-05' as Day }),
      debt('prepaid', { type: 'monthly', firstDue: '2026-03-15' as Day, count: 2 }),
    ],
    plans: [plan],
    payments: [
      { id: 'down', target: { type: 'plan', id: 'p1' }, date: '2026-02-20' as Day, amount: 6_000, note: '' },
      { id: 'part', target: { type: 'plan', id: 'p1' }, date: '2026-02-25' as Day, amount: 3_000, note: '' },
      // Pays the February occurrence of the card, so March onwards stays open.
      { id: 'card-feb', target: { type: 'debt', id: 'card' }, date: '2026-02-27' as Day, amount: 20_000, note: '' },
      { id: 'pre', target: { type: 'debt', id: 'prepaid' }, date: '2026-02-27' as Day, amount: 10_000, note: '' },
    ],
  };
  const items = getCalendarItems(data, DEFAULT_SETTINGS, '2026-03-01' as Day, '2026-06-01' as Day);
  const keys = items.map((i) => i.status.key);

  it.each([
    { name: 'a future one-off debt', key: 'debt:future-once:2026-03-10', listed: true },
    { name: 'a one-off debt due today', key: 'debt:today-once:2026-03-01', listed: true },
    { name: 'an overdue debt (not a future date)', key: 'debt:past-once:2026-02-10', listed: false },
    { name: 'a debt settled by a plan', key: 'debt:settled:2026-03-05', listed: false },
    { name: 'an open-ended card bill, month-end clamped', key: 'debt:card:2026-04-30', listed: true },
    { name: 'a card bill after the horizon', key: 'debt:card:2026-06-30', listed: false },
    { name: 'a paid-ahead occurrence', key: 'debt:prepaid:2026-03-15', listed: false },
    { name: 'the next occurrence after it', key: 'debt:prepaid:2026-04-15', listed: true },
    { name: "a plan's paid down payment", key: 'plan:p1:0', listed: false },
    { name: "a plan's partly paid installment", key: 'plan:p1:1', listed: true },
    { name: "a plan's last installment", key: 'plan:p1:3', listed: true },
  ])('$name: listed $listed', ({ key, listed }) => {
    expect(keys.includes(key)).toBe(listed);
  });

  it('lists soonest first, with what is left to pay and the plan count', () => {
    expect(keys).toEqual([...keys].sort((a, b) => items[keys.indexOf(a)]!.status.due.localeCompare(items[keys.indexOf(b)]!.status.due)));
    const first = items.find((i) => i.status.key === 'plan:p1:1')!;
    expect(first).toMatchObject({ name: 'plan', plan: { count: 3 }, status: { amount: 8_000, remaining: 5_000 } });
    expect(items.find((i) => i.status.key === 'debt:future-once:2026-03-10')!.plan).toBeNull();
  });
});
