/// <reference types="chrome" />
// The built background in each browser (a service worker in Chromium, an event page in Firefox): it
// loads, answers commands, writes storage, arms the reminder alarm at the expected time, sets the
// badge, and refuses a bad command. Time is controlled through the data only: a due date weeks
// ahead (whose first reminder time is known), or an overdue debt (due now). What only Chromium can
// show (notifications, a stopped worker) is in background.chromium.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysToDay, atLocalTime, nextLocalMidnight } from '../../src/domain/day';
import type { CommandName, CommandResult } from '../../src/domain/commands';
import { DATA_KEY, type BillDebt, type Data } from '../../src/domain/model';
import { BROWSERS, type ExtensionDriver, type ExtensionPage } from './driver';
import { MIDNIGHT_ALARM, REMINDER_ALARM, commandMessage, debtInput, today } from './background-helpers';

describe.each(BROWSERS)('background in $name', ({ available, launch }) => {
  let ext: ExtensionDriver;
  let page: ExtensionPage;

  const command = (name: CommandName, input: unknown) =>
    page.run((message) => chrome.runtime.sendMessage(message) as Promise<CommandResult>, commandMessage(name, input));
  const alarmAt = (name: string) => page.run(async (n) => (await chrome.alarms.get(n))?.scheduledTime ?? null, name);
  const storedData = () => page.run(async (key) => (await chrome.storage.local.get<Record<string, unknown>>(key))[key] as Data, DATA_KEY);
  const badge = () => page.run(() => chrome.action.getBadgeText({}), undefined);

  beforeAll(async () => {
    if (!available) return;
    ext = await launch();
    page = await ext.open('popup.html');
    // Reminders at a fixed time of day, outside quiet hours, so the expected alarm time is known.
    expect(await command('updateSettings', { reminderTime: '09:00', leadDays: [3, 1, 0] })).toEqual({ ok: true, value: null });
  });
  afterAll(() => ext?.close());

  it.runIf(available)('arms the midnight alarm on install', async () => {
    expect(await page.waitFor((n) => chrome.alarms.get(n), MIDNIGHT_ALARM, 'the midnight alarm')).toMatchObject({
      scheduledTime: nextLocalMidnight(Date.now()),
    });
  });

  it.runIf(available)('a command adds a debt, writes storage and arms the reminder alarm at its first reminder time', async () => {
    const due = addDaysToDay(today(), 20);
    expect((await command('addDebt', debtInput('借呗', due, 'jiebei'))).ok).toBe(true);
    expect(((await storedData()).debts.find((d) => d.name === '借呗') as BillDebt | undefined)?.recurrence).toEqual({
      type: 'once',
      dueDate: due,
    });
    expect(await alarmAt(REMINDER_ALARM)).toBe(atLocalTime(addDaysToDay(due, -3), '09:00'));
  });

  it.runIf(available)('sets the badge and title for an overdue debt', async () => {
    const overdueBefore = Number((await badge()) || 0);
    expect((await command('addDebt', debtInput('Overdue', addDaysToDay(today(), -2), 'jiebei'))).ok).toBe(true);
    const expected = String(overdueBefore + 1);
    expect(await page.waitFor(async (n) => (await chrome.action.getBadgeText({})) === n, expected, 'the badge')).toBe(true);
    expect(await page.run(() => chrome.action.getTitle({}), undefined)).toMatch(new RegExp(`^DueGuard: ${expected} overdue`));
  });

  it.runIf(available)('refuses an invalid command with a clear error and changes nothing', async () => {
    const before = await storedData();
    const result = await command('addDebt', { ...debtInput('x', today(), 'jiebei'), amount: -1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await storedData()).toEqual(before);
  });

  it.runIf(available)('prints no error', () => {
    expect(ext.errors).toEqual([]);
  });
});
