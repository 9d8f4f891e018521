// The built popup in each browser: seeded through the real command channel (popup-fixtures.ts),
// checked for the stage contract, its lazily loaded parts, and the language setting, with a
// screenshot in Chinese. What needs Playwright's locators (keyboard, focus, both colour schemes)
// is in popup.chromium.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath } from './harness';
import { BROWSERS, type ExtensionDriver, type ExtensionPage } from './driver';
import { LATE_CARD_PLAN, expectStageContract, readRowsInPage, seedCommands, sendInPage, type SeedCommand } from './popup-fixtures';

/** Sends commands from an extension page; true when all were applied. */
const send = async (page: ExtensionPage, ...commands: SeedCommand[]) => (await page.run(sendInPage, commands)).every(Boolean);

describe.each(BROWSERS)('popup in $name', ({ id, available, launch }) => {
  let ext: ExtensionDriver;

  async function openPopup(): Promise<ExtensionPage> {
    const page = await ext.open('popup.html');
    await page.waitFor(() => document.body.dataset.ready === '1', undefined, 'the popup to be ready');
    return page;
  }

  beforeAll(async () => {
    if (!available) return;
    ext = await launch();
    const page = await openPopup();
    expect(await send(page, ...seedCommands(), { name: 'updateSettings', input: { language: 'en' } })).toBe(true);
    await page.close();
  });
  afterAll(() => ext?.close());

  it.runIf(available)('marks every overdue row with its stage and no other row', async () => {
    const page = await openPopup();
    expectStageContract(await page.run(readRowsInPage, undefined));
    await page.close();
  });

  it.runIf(available)('opens an overdue row into its stage explainer and the quick-add form, each from its own chunk', async () => {
    const page = await openPopup();
    await page.click('li[data-stage="legal"] .disclosure-toggle');
    const stage = await page.waitFor(
      () => document.querySelector('li[data-stage="legal"] .explainer')?.getAttribute('data-explainer-stage'),
      undefined,
      'the stage explainer',
    );
    expect(stage).toBe('legal');
    await page.click('.popup-header button');
    await page.waitFor(() => document.querySelector('.popup form input') !== null, undefined, 'the quick-add form');
    await page.close();
  });

  it.runIf(available)('places a late plan installment by its debt’s original delay, saying first that the plan may be broken', async () => {
    const page = await openPopup();
    const row = await page.run((name) => {
      const li = [...document.querySelectorAll('li.row')].find((r) => r.textContent!.includes(name));
      li?.querySelector<HTMLButtonElement>('.disclosure-toggle')?.click();
      return li ? { stage: li.getAttribute('data-stage'), chip: li.querySelector('.stage-chip')?.textContent } : null;
    }, LATE_CARD_PLAN.name);
    expect(row).toEqual({ stage: LATE_CARD_PLAN.stage, chip: 'May be broken' });
    const first = await page.waitFor(
      (name) =>
        [...document.querySelectorAll('li.row')].find((r) => r.textContent!.includes(name))?.querySelector('.explainer')?.firstElementChild
          ?.textContent,
      LATE_CARD_PLAN.name,
      'the plan’s explainer',
    );
    expect(first).toContain(`${LATE_CARD_PLAN.daysLate} days late, past the plan’s grace`);
    expect(first).toContain(`${LATE_CARD_PLAN.originalDays} days overdue since`);
    await page.close();
  });

  it.runIf(available)(
    'the what-if of an upcoming row shows the stage of a late payment, its sources and that it is not a promise',
    async () => {
      const page = await openPopup();
      await page.run(() => {
        const li = [...document.querySelectorAll('li.row')].find((r) => r.textContent!.includes('Rent loan'))!;
        li.querySelector<HTMLButtonElement>('.disclosure-toggle')!.click();
      }, undefined);
      await page.waitFor(() => document.querySelector('.what-if input[type="range"]') !== null, undefined, 'the what-if');
      await page.run(() => {
        const slider = document.querySelector<HTMLInputElement>('.what-if input[type="range"]')!;
        slider.value = '100';
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      }, undefined);
      const result = await page.waitFor(
        () => {
          const whatIf = document.querySelector('.what-if');
          const caveat = whatIf?.querySelector('.not-a-promise')?.textContent;
          return caveat && { caveat, text: whatIf!.textContent!, sources: whatIf!.querySelectorAll('button.cite').length };
        },
        undefined,
        'the what-if at 100 days',
      );
      expect(result.caveat).toContain('not a promise');
      expect(result.text).toContain('If I pay 100 days late');
      expect(result.text).toContain('typically the “Agencies and visits” stage');
      expect(result.sources).toBeGreaterThan(0);
      await page.close();
    },
  );

  it.runIf(available)('follows the language setting while open, and renders in Chinese', async () => {
    const page = await openPopup();
    expect(await send(page, { name: 'updateSettings', input: { language: 'zh_CN' } })).toBe(true);
    await page.waitFor(
      () => document.documentElement.lang === 'zh-CN' && document.body.textContent!.includes('已逾期'),
      undefined,
      'the popup in Chinese',
    );
    // What the toolbar popup shows: its 400 × 600 px around the centred popup (Firefox 140's WebDriver
    // BiDi cannot resize the page: it lacks the orientation command puppeteer sends with it).
    const left = await page.run(() => document.querySelector('.popup')!.getBoundingClientRect().left, undefined);
    await page.screenshot(artifactPath(`popup-${id}-zh_CN.png`), { x: Math.max(0, left - 10), y: 0, width: 400, height: 600 });
    await page.close();
  });

  it.runIf(available)('prints no error', () => {
    expect(ext.errors).toEqual([]);
  });
});
