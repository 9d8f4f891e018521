// The built popup in Firefox ESR (puppeteer over WebDriver BiDi): seeded through the command channel
// (popup-fixtures.ts), checked for the stage contract, the language setting and a screenshot.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_DIST, FIREFOX_PATH, artifactPath, browserAvailable, launchFirefox, poll, type FirefoxExtension } from './harness';
import { expectStageContract, readRowsInPage, seedCommands, sendInPage, type SeedCommand } from './popup-fixtures';

const run = browserAvailable(FIREFOX_PATH, FIREFOX_DIST);

/** Sends commands from an extension page; true when all were applied. */
const send = async (page: Page, ...commands: SeedCommand[]) => (await page.evaluate(sendInPage, commands)).every(Boolean);

async function openPopup(ext: FirefoxExtension): Promise<Page> {
  const page = await ext.open('popup.html');
  await poll(() => page.evaluate(() => document.body.dataset.ready === '1'), { what: 'the popup to be ready' });
  return page;
}

describe.runIf(run)('popup in Firefox ESR', () => {
  let ext: FirefoxExtension;
  beforeAll(async () => {
    ext = await launchFirefox();
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

  it('opens an overdue row into its stage explainer and the quick-add form, each from its own chunk', async () => {
    const page = await openPopup(ext);
    await page.click('li[data-stage="legal"] .disclosure-toggle');
    await poll(
      () => page.evaluate(() => document.querySelector('li[data-stage="legal"] .explainer')?.getAttribute('data-explainer-stage')),
      { what: 'the stage explainer' },
    ).then((stage) => expect(stage).toBe('legal'));
    await page.click('.popup-header button');
    await poll(() => page.evaluate(() => document.querySelector('.popup form input') !== null), { what: 'the quick-add form' });
    await page.close();
  });

  it('follows the language setting while open, and renders in Chinese', async () => {
    const page = await openPopup(ext);
    expect(await send(page, { name: 'updateSettings', input: { language: 'zh_CN' } })).toBe(true);
    await poll(() => page.evaluate(() => document.documentElement.lang === 'zh-CN' && document.body.textContent!.includes('已逾期')), {
      what: 'the popup in Chinese',
    });
    // What the toolbar popup would show: its 400 × 600 px around the centred popup (Firefox 140's
    // WebDriver BiDi cannot resize the page: it lacks the orientation command puppeteer sends with it).
    const left = await page.evaluate(() => document.querySelector('.popup')!.getBoundingClientRect().left);
    await page.screenshot({
      path: artifactPath('popup-firefox-zh_CN.png'),
      clip: { x: Math.max(0, left - 10), y: 0, width: 400, height: 600 },
    });
    await page.close();
  });
});
