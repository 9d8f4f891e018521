/// <reference types="chrome" />
// The built popup in headless Chromium: seeded through the real command channel, checked for the
// stage contract, screenshotted in both languages and both colour schemes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_DIST, CHROMIUM_PATH, artifactPath, browserAvailable, launchChromium, type ChromiumExtension } from './harness';
import { OVERDUE_DEBTS, UPCOMING_DEBTS, seedCommands } from './popup-seed';

const run = browserAvailable(CHROMIUM_PATH, CHROME_DIST);

/** Sends one command from an extension page, as the popup does, and returns its result. */
function send(page: Page, name: string, input: unknown) {
  return page.evaluate(([name, input]) => chrome.runtime.sendMessage({ kind: 'dueguard/command', id: crypto.randomUUID(), name, input }), [name, input] as const);
}

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
    for (const { name, input } of seedCommands()) expect(await send(page, name, input)).toMatchObject({ ok: true });
    await page.close();
  });
  afterAll(() => ext?.close());

  it('marks every overdue row with its stage and no other row', async () => {
    const page = await openPopup(ext);
    for (const debt of OVERDUE_DEBTS) {
      const row = page.locator(`li[data-stage="${debt.stage}"]`, { hasText: debt.name });
      await expect(row.count()).resolves.toBe(1);
    }
    for (const debt of UPCOMING_DEBTS) {
      const row = page.locator('li.row', { hasText: debt.name });
      await expect(row.count()).resolves.toBe(1);
      await expect(row.getAttribute('data-stage')).resolves.toBeNull();
    }
    await page.close();
  });

  it.each([
    { lang: 'en', scheme: 'light' },
    { lang: 'en', scheme: 'dark' },
    { lang: 'zh_CN', scheme: 'light' },
    { lang: 'zh_CN', scheme: 'dark' },
  ] as const)('renders in $lang, $scheme', async ({ lang, scheme }) => {
    const setup = await openPopup(ext);
    expect(await send(setup, 'updateSettings', { language: lang })).toMatchObject({ ok: true });
    await setup.close();
    const page = await openPopup(ext, { colorScheme: scheme, height: 600 });
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang === 'en' ? 'en' : 'zh-CN');
    await page.screenshot({ path: artifactPath(`popup-${lang}-${scheme}.png`) });
    // The same page with the explainer of the most overdue debt open.
    await page.locator('li[data-stage="contacts"] .disclosure-toggle').click();
    await page.screenshot({ path: artifactPath(`popup-${lang}-${scheme}-explainer.png`), fullPage: true });
    await page.close();
  });

  it('has no errors in the worker or the pages', () => {
    expect(ext.errors).toEqual([]);
  });
});
