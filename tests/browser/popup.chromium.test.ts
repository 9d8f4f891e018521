// The built popup in headless Chromium: seeded through the real command channel, checked for the
// stage contract, screenshotted in both languages and both colour schemes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_DIST, CHROMIUM_PATH, artifactPath, browserAvailable, launchChromium, type ChromiumExtension } from './harness';
import { expectStageContract, readRowsInPage, seedCommands, sendInPage, type SeedCommand } from './popup-fixtures';

const run = browserAvailable(CHROMIUM_PATH, CHROME_DIST);

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

  it('marks every overdue row with its stage and no other row', async () => {
    const page = await openPopup(ext);
    expectStageContract(await page.evaluate(readRowsInPage));
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
    // The same page with the explainer of the most overdue debt open.
    await page.locator('li[data-stage="contacts"] .disclosure-toggle').click();
    await page.screenshot({ path: artifactPath(`popup-${lang}-${scheme}-explainer.png`), fullPage: true });
    await page.close();
  });

  it('has no errors in the worker or the pages', () => {
    expect(ext.errors).toEqual([]);
  });
});
