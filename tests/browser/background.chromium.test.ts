/// <reference types="chrome" />
// What only Chromium can show of the built service worker (what both browsers do is in
// background.test.ts): an alarm coming due shows the notification and sets the badge; a stopped
// worker wakes to the same state, re-arms its alarms and shows nothing twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDaysToDay, nextLocalMidnight } from '../../src/domain/day';
import type { CommandName, CommandResult } from '../../src/domain/commands';
import { DATA_KEY, DERIVED_KEY, REMINDERS_KEY, type Data, type ReminderState } from '../../src/domain/model';
import { CHROME_DIST, CHROMIUM_PATH, browserAvailable, launchChromium, poll, type ChromiumExtension } from './harness';
import { MIDNIGHT_ALARM, REMINDER_ALARM, commandMessage, debtInput, today } from './background-helpers';

const run = browserAvailable(CHROMIUM_PATH, CHROME_DIST);

describe.runIf(run)('background: dist/chrome in Chromium', () => {
  let ext: ChromiumExtension;
  let page: Page;

  /** Sends a command from an extension page, exactly as the popup does. */
  const command = (name: CommandName, input: unknown) =>
    page.evaluate((message) => chrome.runtime.sendMessage(message) as Promise<CommandResult>, commandMessage(name, input));
  const alarms = () => ext.worker.evaluate(() => chrome.alarms.getAll());
  const alarmAt = async (name: string) => (await alarms()).find((a) => a.name === name)?.scheduledTime ?? null;
  const notifications = () => ext.worker.evaluate(() => chrome.notifications.getAll() as Promise<Record<string, boolean>>);
  type Stored = { [DATA_KEY]?: Data; [REMINDERS_KEY]?: ReminderState };
  const stored = async () =>
    (await ext.worker.evaluate(
      (keys: string[]) => chrome.storage.local.get<Record<string, unknown>>(keys),
      [DATA_KEY, REMINDERS_KEY],
    )) as Stored;
  /** Makes the armed reminder alarm come due now, as the browser would at its time. */
  const fireReminderAlarm = () => page.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 200 }), REMINDER_ALARM);

  beforeAll(async () => {
    ext = await launchChromium();
    page = await ext.open('popup.html');
    // Reminders at a fixed time of day, outside quiet hours, so the expected alarm time is known.
    expect(await command('updateSettings', { reminderTime: '09:00', leadDays: [7, 3, 1, 0] })).toEqual({ ok: true, value: null });
    // A debt a month ahead: the data exists, and a reminder alarm is armed for it.
    expect((await command('addDebt', debtInput('花呗 账单', addDaysToDay(today(), 30)))).ok).toBe(true);
    expect(await notifications()).toEqual({});
  });
  afterAll(() => ext?.close());

  it('when the alarm comes due, shows the notification and sets the badge', async () => {
    // An overdue debt written straight to storage: no command, so nothing reconciles until the alarm.
    // Written as the one writer writes data, voiding the derived record in the same set, so the alarm
    // takes the full wake (the derived record is trusted only as the background writes it).
    const overdue = { ...debtInput('Card', addDaysToDay(today(), -3)), id: 'overdue-card', createdAt: addDaysToDay(today(), -40) };
    await ext.worker.evaluate(
      async ([key, derivedKey, d]) => {
        const data = (await chrome.storage.local.get(key))[key] as { debts: unknown[] };
        await chrome.storage.local.set({ [key]: { ...data, debts: [...data.debts, d] }, [derivedKey]: null });
      },
      [DATA_KEY, DERIVED_KEY, overdue] as const,
    );
    expect(await notifications()).toEqual({});
    await fireReminderAlarm();
    const shown = await poll(async () => Object.keys(await notifications()).length > 0 && notifications(), { what: 'a notification' });
    expect(Object.keys(shown).some((id) => id.includes('overdue-card'))).toBe(true);
    expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    expect(await ext.worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([179, 38, 30, 255]);
    expect(await ext.worker.evaluate(() => chrome.action.getTitle({}))).toMatch(/^DueGuard: 1 overdue/);
    const sent = (await stored())[REMINDERS_KEY]?.sent ?? {};
    expect(Object.keys(sent)).toEqual(Object.keys(shown));
    // Re-armed for the next reminder, not left at the one that just fired.
    expect(await alarmAt(REMINDER_ALARM)).toBeGreaterThan(Date.now());
  });

  it('after the worker is stopped, the next event finds the same state, re-arms, and shows nothing twice', async () => {
    const before = await stored();
    const armed = await alarmAt(REMINDER_ALARM);
    // The user dismissed the notification: a duplicate would bring it back.
    for (const id of Object.keys(await notifications())) await ext.worker.evaluate((n) => chrome.notifications.clear(n), id);
    await ext.worker.evaluate(() => ((globalThis as { dueguardTestMarker?: number }).dueguardTestMarker = 1));
    await ext.stopWorker();

    await fireReminderAlarm();
    await poll(async () => (await alarmAt(REMINDER_ALARM)) === armed, { what: 'the reminder alarm to be re-armed' });
    expect(await ext.worker.evaluate(() => (globalThis as { dueguardTestMarker?: number }).dueguardTestMarker)).toBeUndefined();
    expect(await stored()).toEqual(before);
    expect(await notifications()).toEqual({});
    expect(await alarmAt(MIDNIGHT_ALARM)).toBe(nextLocalMidnight(Date.now()));
    expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    expect(ext.errors).toEqual([]);
  });

  it('a restarted worker loads the full worker (importScripts) for a command, and an alarm wake does not', async () => {
    await ext.stopWorker();
    await fireReminderAlarm();
    // Re-armed past the alarm that just fired: the wake is over.
    await poll(async () => ((await alarmAt(REMINDER_ALARM)) ?? 0) > Date.now() + 60_000, { what: 'the alarm wake to re-arm' });
    expect(await ext.worker.evaluate(() => 'dueguardFull' in globalThis)).toBe(false);
    await ext.stopWorker();
    expect(await command('snooze', { installmentKey: 'none', until: Date.now() + 86_400_000 })).toMatchObject({ ok: true });
    expect(await ext.worker.evaluate(() => 'dueguardFull' in globalThis)).toBe(true);
    expect(ext.errors).toEqual([]);
  });
});
