// What the built popup does in Chromium beyond what both browsers check (popup.test.ts): the item a
// notification names, the keyboard, mark paid and undo, quick add, and screenshots in both
// languages and both colour schemes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_DIST, CHROMIUM_PATH, artifactPath, browserAvailable, launchChromium, type ChromiumExtension } from './harness';
import { LATE_CARD_PLAN, dayFromToday, seedCommands, sendInPage, type SeedCommand } from './popup-fixtures';

const run = browserAvailable(CHROMIUM_PATH, CHROME_DIST);
/** A row's own open/close button (an open row holds more disclosures inside). */
const ROW_TOGGLE = ':scope > .disclosure > .disclosure-toggle';

/** Sends commands from an extension page; true when all were applied. */
const send = async (page: Page, ...commands: SeedCommand[]) => (await page.evaluate(sendInPage, commands)).every(Boolean);

async function openPopup(ext: ChromiumExtension, init: Parameters<ChromiumExtension['open']>[1] = {}, query = '') {
  const page = await ext.open(`popup.html${query}`, init);
  await page.waitForSelector('body[data-ready="1"]');
  return page;
}

describe.runIf(run)('popup in Chromium', () => {
  let ext: ChromiumExtension;
  beforeAll(async () => {
    ext = await launchChromium();
    const page = await openPopup(ext);
    expect(await send(page, ...seedCommands())).toBe(true);
    await page.close();
  });
  afterAll(() => ext?.close());

  it('opens the item a notification names (?focus=)', async () => {
    const stored = await ext.worker.evaluate(
      async () =>
        (await chrome.storage.local.get('dueguard.data'))['dueguard.data'] as {
          debts: { id: string; name: string; recurrence: { dueDate: string } }[];
        },
    );
    const target = stored.debts.find((d) => d.name === '京东白条')!;
    const page = await openPopup(ext, {}, `?focus=${encodeURIComponent(`debt:${target.id}:${target.recurrence.dueDate}`)}`);
    const toggle = page.locator('li.row', { hasText: '京东白条' }).locator(ROW_TOGGLE);
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(toggle.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  it('works by keyboard alone: Tab reaches a row, Enter opens it, Escape closes it', async () => {
    const page = await openPopup(ext);
    const focused = () =>
      page.evaluate(
        () => document.activeElement?.closest('li.row')?.getAttribute('data-stage') ?? document.activeElement?.textContent ?? '',
      );
    for (let i = 0; i < 10 && (await focused()) !== 'legal'; i++) await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('legal');
    // The first legal row is the most overdue debt's (the late card plan's row is legal too, further down).
    const row = page.locator('li[data-stage="legal"]', { hasText: 'Car loan' });
    const toggle = row.locator(ROW_TOGGLE);
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    // The panel's content comes from its own chunk: Tab goes into it once it is there.
    await toggle.locator('xpath=../..').locator('.disclosure-body button').first().waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(toggle.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  it('marks an item paid through the background and undoes it', async () => {
    const page = await openPopup(ext);
    const row = page.locator('li.row', { hasText: 'Rent loan' });
    await row.locator(ROW_TOGGLE).click();
    await row.getByRole('button', { name: /^Mark paid/ }).click();
    await page
      .getByRole('status')
      .getByText(/Recorded .* paid on Rent loan/)
      .waitFor();
    await row.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('li.row', { hasText: 'Rent loan' }).waitFor();
    await page.close();
  });

  it.each([
    { lang: 'en', scheme: 'light' },
    { lang: 'en', scheme: 'dark' },
    { lang: 'zh_CN', scheme: 'light' },
    { lang: 'zh_CN', scheme: 'dark' },
  ] as const)('renders in $lang, $scheme', async ({ lang, scheme }) => {
    const setup = await openPopup(ext);
    expect(await send(setup, { name: 'updateSettings', input: { language: lang } })).toBe(true);
    await setup.close();
    const page = await openPopup(ext, { colorScheme: scheme, height: 600 });
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang === 'en' ? 'en' : 'zh-CN');
    await page.screenshot({ path: artifactPath(`popup-${lang}-${scheme}.png`) });
    // The explainer of the most overdue debt, as the popup first shows it, then the whole page.
    await page.locator('li[data-stage]').first().locator(ROW_TOGGLE).click();
    await page.locator('li[data-stage] .explainer').waitFor();
    await page.screenshot({ path: artifactPath(`popup-${lang}-${scheme}-explainer.png`) });
    await page.screenshot({ path: artifactPath(`popup-${lang}-${scheme}-full.png`), fullPage: true });
    // The late card plan: what it risks first, then where its debt stands.
    const planRow = page.locator('li.row[data-stage]', { hasText: LATE_CARD_PLAN.name });
    await planRow.locator(ROW_TOGGLE).click();
    await planRow.locator('.explainer .plan-late').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath(`popup-${lang}-${scheme}-plan.png`) });
    await page.close();
  });

  it('adds a debt from the quick-add form', async () => {
    const page = await openPopup(ext);
    expect(await send(page, { name: 'updateSettings', input: { language: 'en' } })).toBe(true);
    await page.getByRole('button', { name: 'Add debt' }).click();
    const panel = page.getByRole('region', { name: 'Add a debt' });
    await panel.getByLabel('Name').fill('Quick card');
    await panel.getByLabel('Amount due').fill('88.80');
    await panel.getByLabel('Due date').fill(dayFromToday(2));
    await panel.getByRole('button', { name: 'Add a debt' }).click();
    await page.getByRole('status').getByText('Added “Quick card”.').waitFor();
    await page.getByRole('region', { name: 'Due soon' }).locator('li.row', { hasText: 'Quick card' }).waitFor();
    await page.close();
  });

  it('has no errors in the worker or the pages', () => {
    expect(ext.errors).toEqual([]);
  });
});
