/// <reference types="chrome" />
// The built popup in Firefox ESR (puppeteer over WebDriver BiDi): seeded through the command channel
// (Firefox answers to `chrome.*` too), checked for the stage contract, the language setting and a screenshot.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_DIST, FIREFOX_PATH, artifactPath, browserAvailable, launchFirefox, poll, type FirefoxExtension } from './harness';
import { OVERDUE_DEBTS, UPCOMING_DEBTS, seedCommands } from './popup-seed';

const run = browserAvailable(FIREFOX_PATH, FIREFOX_DIST);

function send(page: Page, name: string, input: unknown) {
  return page.evaluate((name, input) => chrome.runtime.sendMessage({ kind: 'dueguard/command', id: crypto.randomUUID(), name, input }), name, input as never);
}

async function openPopup(ext: FirefoxExtension): Promise<Page> {
  const page = await ext.open('popup.html');
  await poll(() => page.evaluate(() => document.body.dataset.ready === '1'), { what: 'the popup to be ready' });
  return page;
}

/** For every row: its data-stage (or null) and its text. */
function rows(page: Page) {
  return page.evaluate(() => [...document.querySelectorAll('li.row')].map((li) => ({ stage: li.getAttribute('data-stage'), text: li.textContent ?? '' })));
}

describe.runIf(run)('popup in Firefox ESR', () => {
  let ext: FirefoxExtension;
  beforeAll(async () => {
    ext = await launchFirefox();
    const page = await openPopup(ext);
    for (const { name, input } of seedCommands()) expect(await send(page, name, input)).toMatchObject({ ok: true });
    await page.close();
  });
  afterAll(() => ext?.close());

  it('marks every overdue row with its stage and no other row', async () => {
    const page = await openPopup(ext);
    const found = await rows(page);
    for (const debt of OVERDUE_DEBTS) expect(found.filter((r) => r.stage === debt.stage && r.text.includes(debt.name))).toHaveLength(1);
    for (const debt of UPCOMING_DEBTS) expect(found.filter((r) => r.text.includes(debt.name)).map((r) => r.stage)).toEqual([null]);
    await page.close();
  });

  it('follows the language setting while open, and renders in Chinese', async () => {
    const page = await openPopup(ext);
    expect(await send(page, 'updateSettings', { language: 'zh_CN' })).toMatchObject({ ok: true });
    await poll(() => page.evaluate(() => document.documentElement.lang === 'zh-CN' && document.body.textContent!.includes('已逾期')), { what: 'the popup in Chinese' });
    await page.setViewport({ width: 400, height: 600 });
    await page.screenshot({ path: artifactPath('popup-firefox-zh_CN.png') });
    await page.close();
  });
});
