/// <reference types="chrome" />
// The built background in headless Firefox ESR (an event page there): it loads, answers commands,
// writes storage, arms the reminder alarm at the expected time and sets the badge. Firefox closes
// notifications at once in headless mode, so they are not asserted here (the Chromium suite does).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { addDaysToDay, atLocalTime, nextLocalMidnight } from '../../src/domain/day';
import type { CommandName, CommandResult } from '../../src/domain/commands';
import { DATA_KEY, type Data } from '../../src/domain/model';
import { FIREFOX_DIST, FIREFOX_PATH, browserAvailable, launchFirefox, poll, type FirefoxExtension } from './harness';
import { MIDNIGHT_ALARM, REMINDER_ALARM, commandMessage, debtInput, today } from './background-helpers';

const run = browserAvailable(FIREFOX_PATH, FIREFOX_DIST);

describe.runIf(run)('background: dist/firefox in Firefox ESR', () => {
  let ext: FirefoxExtension;
  let page: Page;

  const command = (name: CommandName, input: unknown) =>
    page.evaluate((message) => chrome.runtime.sendMessage(message) as Promise<CommandResult>, commandMessage(name, input));
  const alarmAt = (name: string) => page.evaluate(async (n) => (await chrome.alarms.get(n))?.scheduledTime ?? null, name);

  beforeAll(async () => {
    ext = await launchFirefox();
    page = await ext.open('popup.html');
  });
  afterAll(() => ext?.close());

  it('loads and arms the midnight alarm', async () => {
    expect(await poll(() => alarmAt(MIDNIGHT_ALARM), { what: 'the midnight alarm' })).toBe(nextLocalMidnight(Date.now()));
  });

  it('answers a command, writes storage and arms the reminder alarm', async () => {
    expect(await command('updateSettings', { reminderTime: '09:00', leadDays: [3, 1, 0] })).toEqual({ ok: true, value: null });
    const due = addDaysToDay(today(), 20);
    const result = await command('addDebt', debtInput('借呗', due, 'jiebei'));
    expect(result.ok).toBe(true);
    const data = (await page.evaluate((key) => chrome.storage.local.get<Record<string, unknown>>(key), DATA_KEY))[DATA_KEY] as Data;
    expect(data.debts.map((d) => d.name)).toEqual(['借呗']);
    expect(await alarmAt(REMINDER_ALARM)).toBe(atLocalTime(addDaysToDay(due, -3), '09:00'));
  });

  it('sets the badge and title for an overdue debt', async () => {
    expect(await page.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    expect((await command('addDebt', debtInput('Overdue', addDaysToDay(today(), -2), 'jiebei'))).ok).toBe(true);
    expect(await poll(() => page.evaluate(() => chrome.action.getBadgeText({})), { what: 'the badge' })).toBe('1');
    expect(await page.evaluate(() => chrome.action.getTitle({}))).toMatch(/1 overdue/);
  });

  it('rejects an invalid command with a clear error and changes nothing', async () => {
    const result = await command('addDebt', { ...debtInput('x', today(), 'jiebei'), amount: -1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const data = (await page.evaluate((key) => chrome.storage.local.get<Record<string, unknown>>(key), DATA_KEY))[DATA_KEY] as Data;
    expect(data.debts).toHaveLength(2);
  });
});
