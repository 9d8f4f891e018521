// Wakes of the background against the fake browser, with the clock under the test's control: the test
// fires the alarms itself, restarts the worker (re-import, storage kept), moves the clock forward past
// several reminders and back, closes the browser for days (catch-up summary), and checks quiet hours,
// localized texts, badge and title, notification clicks and buttons, and quarantine.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import corrupt from '../fixtures/storage/corrupt.json';
import {
  DATA_KEY,
  QUARANTINE_KEY,
  REMINDERS_KEY,
  SETTINGS_KEY,
  emptyData,
  type Data,
  type Day,
  type BillDebt,
  type Debt,
  type Plan,
  type ReminderState,
  type Settings,
} from '../../src/domain/model';
import { MIDNIGHT_ALARM, REMINDER_ALARM } from '../../src/platform/alarms';
import { statementDebt, plan as validPlan } from '../domain/fixtures';
import { debtInput, fakeLocales, send, startBackground, storedData } from './background-harness';

/** Local wall-clock time (the machine's zone, as the extension uses). */
const at = (month: number, day: number, hour = 9, minute = 0) => new Date(2026, month - 1, day, hour, minute).getTime();

const HUABEI: BillDebt = {
  id: 'hb',
  name: '花呗 11月账单',
  kind: 'huabei',
  currency: 'CNY',
  amount: 123456,
  recurrence: { type: 'once', dueDate: '2026-12-10' as Debt['createdAt'] },
  graceDays: 0,
  note: '',
  createdAt: '2026-11-20' as Debt['createdAt'],
};
const dueOn = (id: string, dueDate: string, over: Partial<BillDebt> = {}): BillDebt => ({
  ...HUABEI,
  id,
  name: id,
  recurrence: { type: 'once', dueDate: dueDate as Debt['createdAt'] },
  ...over,
});

const day = (d: string) => d as Plan['startDate'];
/** A negotiated Jiebei plan of ¥1,200 agreed on 2026-10-01, with the dates and terms given (the domain fixtures' builder). */
const jiebeiPlan = (over: Partial<Plan>): Plan =>
  validPlan({
    id: 'p',
    name: '借呗 协商还款',
    kind: 'jiebei',
    total: 120000,
    startDate: day('2026-10-01'),
    createdAt: day('2026-10-01'),
    ...over,
  });

let create: ReturnType<typeof spyOnCreate>;
const spyOnCreate = () => vi.spyOn(fakeBrowser.notifications, 'create');
/** Ids of every notification created so far, in order (a re-show would appear twice). */
const created = () => create.mock.calls.map((call) => call[0] as unknown as string);
const options = (id: string) => fakeBrowser.notifications.getAllCreateOptions()[id];
const reminderLog = async () => (await fakeBrowser.storage.local.get(REMINDERS_KEY))[REMINDERS_KEY] as ReminderState;
const alarmAt = async (name: string) => (await fakeBrowser.alarms.get(name))?.scheduledTime ?? null;
const badge = async () => ({
  text: await fakeBrowser.action.getBadgeText({}),
  color: await fakeBrowser.action.getBadgeBackgroundColor({}),
});

async function seed(debts: Debt[], settings: Partial<Settings> = {}, plans: Plan[] = []): Promise<void> {
  await fakeBrowser.storage.local.set({ [DATA_KEY]: { ...emptyData(), debts, plans } satisfies Data });
  await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { version: 1, ...settings } });
}

/** Sets the clock and wakes the worker the way the browser would at that time. */
async function wakeAt(time: number, event: 'alarm' | 'startup' | 'install' = 'alarm'): Promise<void> {
  vi.setSystemTime(time);
  if (event === 'alarm')
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: time, persistAcrossSessions: true });
  else if (event === 'startup') await fakeBrowser.runtime.onStartup.trigger();
  else await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: at(12, 1, 10) });
  fakeLocales('zh-CN');
  create = spyOnCreate();
  await startBackground();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a wake', () => {
  it('arms one alarm for the next reminder and one for midnight, and shows nothing early', async () => {
    await seed([HUABEI]);
    await wakeAt(at(12, 1, 10), 'install');
    expect(created()).toEqual([]);
    expect(await alarmAt(REMINDER_ALARM)).toBe(at(12, 3)); // 7 days before the 10th, 09:00
    expect(await alarmAt(MIDNIGHT_ALARM)).toBe(at(12, 2, 0));
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(2);
    expect(await badge()).toMatchObject({ text: '' });
    expect(await fakeBrowser.action.getTitle({})).toBe('DueGuard：下一笔：花呗 11月账单 ¥1,234.56，9 天后（12月10日）到期');
  });

  it('when the test fires the alarm, shows the localized reminder with buttons, records it and re-arms', async () => {
    await seed([HUABEI]);
    await wakeAt(at(12, 1, 10), 'install');
    await wakeAt(at(12, 7));
    const id = 'debt:hb:2026-12-10:lead:3';
    expect(created()).toEqual([id]);
    expect(options(id)).toMatchObject({
      type: 'basic',
      title: '3 天后到期：花呗 11月账单',
      message: '花呗 11月账单 ¥1,234.56 将于 3 天后（12月10日）到期。',
      buttons: [{ title: '标记为已还' }, { title: '明天再提醒' }],
      iconUrl: expect.stringMatching(/icons\/icon-128\.png$/),
    });
    expect((await reminderLog()).sent).toEqual({ [id]: at(12, 7) });
    expect(await alarmAt(REMINDER_ALARM)).toBe(at(12, 9));
    expect(await badge()).toEqual({ text: '3', color: [249, 171, 0, 255] });
  });

  it('words reminders in English when the settings say so', async () => {
    await seed([HUABEI], { language: 'en' });
    await wakeAt(at(12, 9));
    expect(options('debt:hb:2026-12-10:lead:1')).toMatchObject({
      title: 'Due tomorrow: 花呗 11月账单',
      message: '花呗 11月账单 CN¥1,234.56 is due tomorrow (Dec 10).',
      buttons: [{ title: 'Mark paid' }, { title: 'Remind me tomorrow' }],
    });
    expect(await fakeBrowser.action.getTitle({})).toBe('DueGuard: next: 花呗 11月账单 CN¥1,234.56, due tomorrow');
  });

  it('names the days overdue, the collection stage and when the next one begins', async () => {
    await seed([dueOn('card', '2026-11-11', { name: '招行信用卡', kind: 'credit-card' })], { language: 'en' });
    await wakeAt(at(12, 1, 10)); // 20 days overdue: "calls" (16-60), "contacts" from day 61
    const [id] = created();
    expect(id).toBe('debt:card:2026-11-11:overdue:2026-12-01');
    expect(options(id!)).toMatchObject({ title: '20 days overdue: 招行信用卡' });
    expect(options(id!)?.message).toBe(
      '招行信用卡 CN¥1,234.56 was due on Nov 11 and is 20 days overdue. Typically at this point: Phone calls (a common pattern, not a promise). Next, typically: Contacts and family from Jan 11, 2027 (in 41 days).',
    );
    expect(await badge()).toEqual({ text: '1', color: [179, 38, 30, 255] });
    expect(await fakeBrowser.action.getTitle({})).toBe('DueGuard: 1 overdue (CN¥1,234.56), longest: 招行信用卡, 20 days');
  });

  it.each([
    { name: 'a grace of 0 given on the debt: overdue, no grace', over: { graceDays: 0 }, inGrace: false },
    { name: 'no grace given: the card default of 3 days applies', over: { graceDays: undefined }, inGrace: true },
  ])('a card debt 2 days late when cards default to 3 grace days, $name', async ({ over, inGrace }) => {
    const { graceDays: _g, ...card } = dueOn('card', '2026-11-29', { name: '招行信用卡', kind: 'credit-card' });
    await seed([{ ...card, ...(over.graceDays === undefined ? {} : { graceDays: over.graceDays }) }], {
      language: 'en',
      kindDefaults: { 'credit-card': { dailyRatePpm: null, graceDays: 3 } },
    });
    await wakeAt(at(12, 1, 10));
    const message = options('debt:card:2026-11-29:overdue:2026-12-01')?.message;
    expect(message).toContain('is 2 days overdue');
    if (inGrace) expect(message).toContain('Within the grace period: paid by Dec 2, it should still count as on time.');
    else expect(message).not.toContain('grace');
  });

  it('warns that a late plan installment puts the plan at risk, then says when it counts as broken', async () => {
    const plan = jiebeiPlan({ count: 12, startDate: day('2026-10-01'), firstDue: day('2026-11-28'), graceDays: 5 });
    await seed([], { language: 'en' }, [plan]);
    await wakeAt(at(12, 1, 10)); // installment 1 (CN¥100.00) due Nov 28: 3 days late, within the 5-day grace
    const risk = 'plan:p:at-risk:plan:p:1';
    expect(created()).toEqual([risk]); // the overdue reminder came due too: the warning speaks for both
    expect(Object.keys((await reminderLog()).sent).sort()).toEqual(['plan:p:1:overdue:2026-12-01', risk]);
    expect(options(risk)).toMatchObject({
      title: 'Plan at risk: 借呗 协商还款',
      message:
        'installment 1 of your repayment plan (CN¥100.00, due Nov 28) is 3 days late. Still unpaid after Dec 3, the lender may treat the plan as broken: cancel it, restore interest and resume collection on the whole balance.',
    });
    await wakeAt(at(12, 4)); // 6 days late: past the grace
    expect(created()).toEqual([risk, 'plan:p:1:overdue:2026-12-04']);
    expect(options('plan:p:1:overdue:2026-12-04')?.message).toContain(
      'This is past the plan’s grace: the lender may treat the plan as broken',
    );
  });
});

describe('never lost, never doubled', () => {
  it('a restarted worker (storage kept) shows nothing again and keeps the alarms', async () => {
    await seed([HUABEI]);
    await wakeAt(at(12, 7));
    const log = await reminderLog();
    await fakeBrowser.notifications.clear('debt:hb:2026-12-10:lead:3'); // dismissed: a re-show would bring it back
    await startBackground();
    await wakeAt(at(12, 7, 9, 5), 'startup');
    expect(created()).toEqual(['debt:hb:2026-12-10:lead:3']);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect(await reminderLog()).toEqual(log);
    expect(await alarmAt(REMINDER_ALARM)).toBe(at(12, 9));
  });

  it('after days with the browser closed, shows one summary for everything missed, once', async () => {
    await seed([dueOn('a', '2026-12-05'), dueOn('b', '2026-12-06'), dueOn('later', '2026-12-20'), dueOn('late', '2026-11-28')]);
    await wakeAt(at(12, 4, 10), 'startup');
    expect(created()).toEqual(['summary:debt:b:2026-12-06:lead:3']); // named after the earliest reminder it gathers
    expect(options('summary:debt:b:2026-12-06:lead:3')).toEqual(
      expect.objectContaining({
        title: 'DueGuard：3 条还款提醒',
        message: 'b ¥1,234.56：2 天后（12月6日）到期\nlate ¥1,234.56：已逾期 6 天\na ¥1,234.56：明天到期',
      }),
    );
    expect(options('summary:debt:b:2026-12-06:lead:3')).not.toHaveProperty('buttons');
    expect(Object.keys((await reminderLog()).sent).sort()).toEqual(
      ['debt:a:2026-12-05:lead:1', 'debt:b:2026-12-06:lead:3', 'debt:late:2026-11-28:overdue:2026-12-04'].sort(),
    );
    await wakeAt(at(12, 4, 10, 5));
    expect(created()).toHaveLength(1);
  });

  it('moving the clock forward past several reminders shows the newest missed one, then each later one once', async () => {
    await seed([HUABEI]);
    await wakeAt(at(12, 1, 10), 'install');
    await wakeAt(at(12, 9, 12)); // lead 7, 3 and 1 have all passed
    await wakeAt(at(12, 9, 13));
    await wakeAt(at(12, 10));
    await wakeAt(at(12, 10, 9, 30));
    await wakeAt(at(12, 11));
    expect(created()).toEqual(['debt:hb:2026-12-10:lead:1', 'debt:hb:2026-12-10:lead:0', 'debt:hb:2026-12-10:overdue:2026-12-11']);
  });

  it('moving the clock back shows nothing twice and keeps the next reminder ahead', async () => {
    await seed([HUABEI]);
    await wakeAt(at(12, 7));
    vi.setSystemTime(at(12, 5, 10));
    await startBackground();
    await wakeAt(at(12, 5, 10), 'startup');
    expect(await alarmAt(REMINDER_ALARM)).toBe(at(12, 9));
    await wakeAt(at(12, 7, 9, 30));
    await wakeAt(at(12, 9));
    expect(created()).toEqual(['debt:hb:2026-12-10:lead:3', 'debt:hb:2026-12-10:lead:1']);
  });
});

describe('reminders come from every open installment, not from what the popup lists', () => {
  it('a debt added after its lead time has passed is not reminded at once for it, only at the next reminder', async () => {
    await seed([]);
    await wakeAt(at(12, 1, 10), 'install');
    // Added at 10:00 on Dec 1 for Dec 2: its "due tomorrow" time (09:00 today) came before it existed.
    expect((await send('addDebt', debtInput({ recurrence: { type: 'once', dueDate: '2026-12-02' as Day } }))).ok).toBe(true);
    expect(created()).toEqual([]);
    expect(await alarmAt(REMINDER_ALARM)).toBe(at(12, 2));
    await wakeAt(at(12, 2));
    expect(created()).toHaveLength(1);
    expect(created()[0]).toMatch(/:lead:0$/);
  });

  it('a debt added already overdue is reminded at once: being late is news', async () => {
    await seed([]);
    await wakeAt(at(12, 1, 10), 'install');
    expect((await send('addDebt', debtInput({ recurrence: { type: 'once', dueDate: '2026-11-28' as Day } }))).ok).toBe(true);
    await vi.waitFor(() => expect(created()).toHaveLength(1));
    expect(created()[0]).toMatch(/:overdue:/);
  });

  it('with the 14-day lead, a plan installment behind a down payment due this week is reminded on time', async () => {
    // Down payment due Dec 5 (within the popup's week); installment 1 due Dec 15, 14 days after Dec 1.
    const plan = jiebeiPlan({ downPayment: 20000, count: 10, startDate: day('2026-12-05'), firstDue: day('2026-12-15'), graceDays: 0 });
    await seed([], { leadDays: [14] }, [plan]);
    await wakeAt(at(12, 1, 8), 'install');
    expect(created()).toEqual(['plan:p:0:lead:14']); // the down payment's, missed on Nov 21: caught up
    expect(await alarmAt(REMINDER_ALARM)).toBe(at(12, 1, 9));
    await wakeAt(at(12, 1, 9));
    expect(created()).toEqual(['plan:p:0:lead:14', 'plan:p:1:lead:14']);
  });
});

describe('alarms are created only when their time changes', () => {
  const creates = () => vi.spyOn(fakeBrowser.alarms, 'create');
  const names = (spy: ReturnType<typeof creates>) => spy.mock.calls.map((call) => call[0]);

  it('a wake that moves neither alarm creates none; one that moves one creates that one', async () => {
    await seed([HUABEI]);
    const spy = creates();
    await wakeAt(at(12, 1, 10), 'install');
    expect(names(spy)).toEqual([REMINDER_ALARM, MIDNIGHT_ALARM]);
    spy.mockClear();
    await wakeAt(at(12, 1, 15), 'startup'); // same day, nothing due: both times stay
    await startBackground();
    await wakeAt(at(12, 1, 16), 'startup');
    expect(names(spy)).toEqual([]);
    await wakeAt(at(12, 2, 0)); // the midnight alarm: only midnight moves
    expect(names(spy)).toEqual([MIDNIGHT_ALARM]);
    expect(await alarmAt(REMINDER_ALARM)).toBe(at(12, 3));
    expect(await alarmAt(MIDNIGHT_ALARM)).toBe(at(12, 3, 0));
  });

  it('re-creates alarms the browser lost, and replaces a repeating one at the same time', async () => {
    await seed([HUABEI]);
    await wakeAt(at(12, 1, 10), 'install');
    await fakeBrowser.alarms.clear(REMINDER_ALARM);
    await fakeBrowser.alarms.create(MIDNIGHT_ALARM, { when: at(12, 2, 0), periodInMinutes: 60 });
    const spy = creates();
    await wakeAt(at(12, 1, 11), 'startup');
    expect(names(spy).sort()).toEqual([MIDNIGHT_ALARM, REMINDER_ALARM].sort());
    expect(await fakeBrowser.alarms.getAll()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: MIDNIGHT_ALARM, scheduledTime: at(12, 2, 0), periodInMinutes: undefined }),
        expect.objectContaining({ name: REMINDER_ALARM, scheduledTime: at(12, 3) }),
      ]),
    );
  });
});

describe('quiet hours', () => {
  it('defer a reminder that falls in them to their end', async () => {
    await seed([HUABEI], { reminderTime: '23:00', leadDays: [3] });
    await wakeAt(at(12, 1, 10), 'install');
    expect(await alarmAt(REMINDER_ALARM)).toBe(at(12, 8, 8));
    await wakeAt(at(12, 7, 23));
    expect(created()).toEqual([]);
    await wakeAt(at(12, 8, 8));
    expect(created()).toEqual(['debt:hb:2026-12-10:lead:3']);
  });
});

describe('a statement account', () => {
  /** A card whose statement closes on the 15th, due 20 days later; its November statement was entered. */
  const card = statementDebt({
    id: 'card',
    name: '招行信用卡',
    statementDay: 15,
    dueRule: { type: 'offset', days: 20 },
    firstStatement: day('2026-11-15'),
    statements: [{ statementDate: day('2026-11-15'), amount: 300000, minimum: 30000 }],
    graceDays: 0,
  });

  it('on its statement day, says the new statement is out (no buttons), and the click opens its account', async () => {
    await seed([card], { leadDays: [1] });
    await wakeAt(at(12, 1, 10), 'install');
    // The November cycle's lead 1, due Saturday 12-05: counted to the pay-by day, Friday 12-04.
    expect(await alarmAt(REMINDER_ALARM)).toBe(at(12, 3));
    await wakeAt(at(12, 3));
    // November's statement is paid in full, so December's new one is all there is to say.
    await send('recordPayment', { target: { type: 'debt', id: 'card' }, date: day('2026-12-03'), amount: 300000, note: '' });
    await wakeAt(at(12, 15));
    const id = 'debt:card:2027-01-04:statement:2026-12-15';
    expect(created()).toEqual(['debt:card:2026-12-05:lead:1', id]);
    expect(options(id)).toMatchObject({ title: '新账单已出：招行信用卡' });
    expect(options(id)!.message).toContain('¥3,000.00');
    expect(options(id)).not.toHaveProperty('buttons');
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(id);
    expect(tabs).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/options.html#debts/card' });
  });

  it('no statement-day reminder for a cycle whose statement is already entered', async () => {
    const entered = { ...card, statements: [...card.statements, { statementDate: day('2026-12-15'), amount: 120000 }] };
    await seed([entered], { leadDays: [3] });
    await wakeAt(at(12, 1, 10), 'install');
    await wakeAt(at(12, 15));
    expect(created().filter((id) => id.includes(':statement:'))).toEqual([]);
  });
});

describe('a due date on a holiday', () => {
  // 2026-10-03 is in the National Day holiday (10-01 to 10-07): the last working day before it is 09-30.
  it("counts a card bill's lead reminder to the pay-by day, and says by when to pay", async () => {
    await seed([dueOn('card', '2026-10-03', { kind: 'credit-card' })], { leadDays: [3] });
    await wakeAt(at(9, 20, 10), 'install');
    expect(await alarmAt(REMINDER_ALARM)).toBe(at(9, 27));
    await wakeAt(at(9, 27));
    expect(created()).toEqual(['debt:card:2026-10-03:lead:3']);
    expect(options('debt:card:2026-10-03:lead:3')!.message).toContain('建议在9月30日前还款');
  });

  it("keeps a Huabei bill's lead reminder on its due date (debited in the app on the day), unless the setting says otherwise", async () => {
    await seed([dueOn('hb', '2026-10-03')], { leadDays: [3] });
    await wakeAt(at(9, 20, 10), 'install');
    expect(await alarmAt(REMINDER_ALARM)).toBe(at(9, 30));
    await seed([dueOn('hb', '2026-10-03')], {
      leadDays: [3],
      kindDefaults: { huabei: { dailyRatePpm: 500, graceDays: 0, leadToPayBy: true } },
    });
    await wakeAt(at(9, 20, 11));
    expect(await alarmAt(REMINDER_ALARM)).toBe(at(9, 27));
  });
});

describe('notification clicks', () => {
  it('opens the popup page focused on the installment', async () => {
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await seed([HUABEI]);
    await wakeAt(at(12, 7));
    await fakeBrowser.notifications.onClicked.trigger('debt:hb:2026-12-10:lead:3');
    expect(tabs).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/popup.html?focus=debt%3Ahb%3A2026-12-10' });
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('"Mark paid" records a full payment of what remains and clears badge and reminders', async () => {
    await seed([HUABEI]);
    await wakeAt(at(12, 7));
    await fakeBrowser.notifications.onButtonClicked.trigger('debt:hb:2026-12-10:lead:3', 0);
    expect((await storedData()).payments).toEqual([
      { id: expect.any(String), target: { type: 'debt', id: 'hb' }, date: '2026-12-07', amount: 123456, note: '' },
    ]);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect(await badge()).toMatchObject({ text: '' });
    expect(await alarmAt(REMINDER_ALARM)).toBeNull();
  });

  it('a refused "Mark paid" says so in a notification of its own, in the user’s language', async () => {
    await seed([HUABEI]);
    await wakeAt(at(12, 7));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await fakeBrowser.notifications.onButtonClicked.trigger('debt:hb:2026-12-10:lead:3', 0);
    expect((await storedData()).payments).toEqual([]);
    expect(options('failed:debt:hb:2026-12-10:lead:3')).toMatchObject({
      title: 'DueGuard：操作未完成',
      message: '未能记录“花呗 11月账单”的还款，数据没有任何改动。请打开 DueGuard 在那里记录。',
    });
  });

  it('"Remind me tomorrow" snoozes to tomorrow\'s reminder time and reminds once then', async () => {
    await seed([HUABEI]);
    await wakeAt(at(12, 7));
    await fakeBrowser.notifications.onButtonClicked.trigger('debt:hb:2026-12-10:lead:3', 1);
    expect((await reminderLog()).snoozed).toEqual({ 'debt:hb:2026-12-10': at(12, 8) });
    expect(await alarmAt(REMINDER_ALARM)).toBe(at(12, 8));
    await wakeAt(at(12, 7, 18));
    await wakeAt(at(12, 8));
    await wakeAt(at(12, 8, 9, 10));
    expect(created()).toEqual(['debt:hb:2026-12-10:lead:3', 'debt:hb:2026-12-10:lead:3']);
    expect(options('debt:hb:2026-12-10:lead:3')?.message).toBe('花呗 11月账单 ¥1,234.56 将于 2 天后（12月10日）到期。');
  });
});

describe('browsers without notification buttons', () => {
  it('shows a basic notification where the button event is missing', async () => {
    await seed([HUABEI]);
    const notifications = fakeBrowser.notifications as { onButtonClicked?: unknown };
    const event = notifications.onButtonClicked;
    notifications.onButtonClicked = undefined;
    try {
      await startBackground();
      await wakeAt(at(12, 7));
    } finally {
      notifications.onButtonClicked = event;
    }
    expect(options('debt:hb:2026-12-10:lead:3')).toMatchObject({ title: '3 天后到期：花呗 11月账单' });
    expect(options('debt:hb:2026-12-10:lead:3')).not.toHaveProperty('buttons');
  });

  it('like Firefox, with the button event but no notifications.update: no buttons asked for, no button listener', async () => {
    await seed([HUABEI]);
    const notifications = fakeBrowser.notifications as { update?: unknown };
    const update = notifications.update;
    notifications.update = undefined;
    const listen = vi.spyOn(fakeBrowser.notifications.onButtonClicked, 'addListener');
    try {
      await startBackground();
      await wakeAt(at(12, 7));
    } finally {
      notifications.update = update;
    }
    expect(listen).not.toHaveBeenCalled();
    expect(create.mock.calls.map((call) => call[1])).toEqual([expect.not.objectContaining({ buttons: expect.anything() })]);
    expect(options('debt:hb:2026-12-10:lead:3')).toMatchObject({ title: '3 天后到期：花呗 11月账单' });
  });

  it('falls back to a basic notification when the browser refuses buttons', async () => {
    await seed([HUABEI]);
    create.mockRestore();
    const real = fakeBrowser.notifications.create.bind(fakeBrowser.notifications) as (id: string, opts: object) => Promise<string>;
    create = spyOnCreate().mockImplementation(((id: string, opts: { buttons?: unknown }) =>
      opts.buttons ? Promise.reject(new Error('Property "buttons" is unsupported by Firefox')) : real(id, opts)) as never);
    await wakeAt(at(12, 7));
    expect(options('debt:hb:2026-12-10:lead:3')).toMatchObject({ message: '花呗 11月账单 ¥1,234.56 将于 3 天后（12月10日）到期。' });
    expect(options('debt:hb:2026-12-10:lead:3')).not.toHaveProperty('buttons');
  });
});

describe('a corrupt record', () => {
  it('is quarantined and reported while the valid debts still get their reminders and badge', async () => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: corrupt[DATA_KEY] });
    await wakeAt(at(12, 1, 10), 'install');
    const quarantine = (await fakeBrowser.storage.local.get(QUARANTINE_KEY))[QUARANTINE_KEY] as unknown[];
    expect(quarantine).toHaveLength(4);
    expect((await storedData()).debts.map((d) => d.id)).toEqual(['good']);
    expect(created()).toHaveLength(1);
    expect((await badge()).text).toBe('11'); // monthly since January, never paid
  });
});
