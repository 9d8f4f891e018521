// The options page's month view in each browser, with real key presses: the grid moves by day,
// week and month from the keyboard, National Day 2026 shows as a holiday (国庆节 in Chinese), a due
// date on a weekend ahead shows its pay-by day, and the collision of two payments is warned of.
// In Chromium, screenshots of the section in both languages and colour schemes (docs/screenshots).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CN_CALENDAR } from '../../src/domain/cn-calendar';
import type { Day } from '../../src/domain/model';
import { payByDay } from '../../src/domain/work-calendar';
import { BROWSERS, type ExtensionDriver, type ExtensionPage } from './driver';
import { artifactPath, launchChromium } from './harness';
import { dayFromToday, sendInPage } from './popup-fixtures';

/** The first Saturday at least two days ahead: due then, a bill has a pay-by day before it. */
function nextSaturday(): Day {
  for (let n = 2; ; n++) {
    const day = dayFromToday(n);
    if (new Date(`${day}T12:00:00`).getDay() === 6) return day as Day;
  }
}

const WEEKEND_DUE = nextSaturday();
const PAY_BY = payByDay(WEEKEND_DUE, CN_CALENDAR)!.day;

function seed(language: 'en' | 'zh_CN', theme: 'auto' | 'light' | 'dark' = 'auto') {
  const bill = (name: string, kind: string, amount: number, due: string) => ({
    name: 'addDebt',
    input: { name, kind, currency: 'CNY', amount, recurrence: { type: 'once', dueDate: due }, note: '' },
  });
  return [
    { name: 'updateSettings', input: { language, theme, paydays: { type: 'twice', days: [10, 25] }, availablePerPayday: 300_000 } },
    bill('Weekend bill', 'other', 50_000, WEEKEND_DUE),
    bill('花呗', 'huabei', 120_000, dayFromToday(12)),
    bill('Card', 'credit-card', 300_000, dayFromToday(13)),
  ];
}

/** In the page: a day cell's accessible name. */
const labelOf = (day: string) => document.querySelector(`td[data-day="${day}"]`)?.getAttribute('aria-label') ?? null;

describe.each(BROWSERS)('the month view in $name', ({ available, launch }) => {
  let ext: ExtensionDriver;

  async function open(rel: string): Promise<ExtensionPage> {
    const page = await ext.open(rel);
    await page.waitFor(() => document.body.dataset.ready === '1', undefined, `${rel} to be ready`);
    return page;
  }

  beforeAll(async () => {
    if (!available) return;
    ext = await launch();
    const page = await open('popup.html');
    expect(await page.run(sendInPage, seed('en'))).toEqual([true, true, true, true]);
    await page.close();
  });
  afterAll(() => ext?.close());

  it.runIf(available)('moves by day, week and month from the keyboard, and shows National Day', async () => {
    const page = await open('options.html#calendar/2026-10-08');
    await page.waitFor(() => document.querySelector('table[role="grid"] caption')?.textContent, undefined, 'the grid');
    expect(await page.run(labelOf, '2026-10-01')).toBe('1, National Day (holiday), Thursday, October 1');
    expect(await page.run(labelOf, '2026-10-10')).toContain('Make-up workday');
    await page.click('td[data-day="2026-10-08"]');
    for (const [key, day] of [
      ['ArrowRight', '2026-10-09'],
      ['ArrowDown', '2026-10-16'],
      ['Home', '2026-10-12'],
      ['End', '2026-10-18'],
      ['ArrowUp', '2026-10-11'],
      ['PageDown', '2026-11-11'],
      ['PageUp', '2026-10-11'],
      ['ArrowLeft', '2026-10-10'],
    ] as const) {
      await page.press(key);
      expect(
        await page.waitFor((d) => (document.activeElement as HTMLElement | null)?.dataset.day === d && d, day, `${key} to focus ${day}`),
      ).toBe(day);
    }
    expect(await page.run(() => [document.querySelector('caption')!.textContent, location.hash], undefined)).toEqual([
      'October 2026',
      '#calendar/2026-10',
    ]);
    await page.press('Enter');
    expect(await page.run(() => document.activeElement?.id, undefined)).toBe('calendar-day-title');
    expect(ext.errors).toEqual([]);
    await page.close();
  });

  it.runIf(available)('shows the pay-by day of a due date on a weekend, and the collision ahead', async () => {
    const page = await open(`options.html#calendar/${PAY_BY}`);
    expect(await page.waitFor(labelOf, PAY_BY, 'the pay-by day')).toContain('Pay by: Weekend bill');
    const panel = await page.run(() => document.querySelector('.calendar-day-panel')!.textContent, undefined);
    expect(panel).toMatch(/Weekend bill is due .+: pay by this day \(/);
    await page.close();
    const month = await open(`options.html#calendar/${dayFromToday(12)}`);
    const warnings = await month.waitFor(() => document.querySelector('.calendar-warnings')?.textContent, undefined, 'the warnings');
    expect(warnings).toMatch(/2 payments within 3 days, .+: 花呗 CN¥1,200\.00 \(.+\); Card CN¥3,000\.00 \(.+\)\. Together CN¥4,200\.00\./);
    await month.close();
  });

  it.runIf(available)('reads in Chinese', async () => {
    const popup = await open('popup.html');
    expect(await popup.run(sendInPage, [{ name: 'updateSettings', input: { language: 'zh_CN' } }])).toEqual([true]);
    const page = await open('options.html#calendar/2026-10');
    await popup.close();
    expect(await page.waitFor(() => document.querySelector('caption')?.textContent, undefined, 'the grid')).toBe('2026年10月');
    expect(await page.run(labelOf, '2026-10-01')).toContain('国庆节（休）');
    expect(await page.run(() => document.querySelector('td[data-day="2026-10-01"] .mark-holiday')?.textContent, undefined)).toBe(
      '国庆节（休）',
    );
    expect(await page.run(labelOf, '2026-10-10')).toContain('调休上班');
    expect(await page.run(() => document.querySelector('h1')!.textContent, undefined)).toBe('日历');
    expect(await page.run(sendInPage, [{ name: 'updateSettings', input: { language: 'en' } }])).toEqual([true]);
    await page.close();
  });
});

describe('calendar screenshots (Chromium)', () => {
  const chromium = BROWSERS.find((b) => b.id === 'chromium')!;
  it.runIf(chromium.available)('the section in English and Chinese, light and dark (artifacts/)', async () => {
    const ext = await launchChromium();
    try {
      for (const [lang, scheme] of [
        ['en', 'light'],
        ['zh_CN', 'dark'],
        ['en', 'dark'],
        ['zh_CN', 'light'],
      ] as const) {
        const page = await ext.open('popup.html');
        await page.waitForFunction(() => document.body.dataset.ready === '1');
        // Fresh data each round: the seed adds the same bills again.
        await page.evaluate(() => chrome.storage.local.remove('dueguard.data'));
        expect(await page.evaluate(sendInPage, seed(lang, scheme))).toEqual([true, true, true, true]);
        await page.close();
        const options = await ext.open(`options.html#calendar/${dayFromToday(12)}`, { width: 1100, height: 900, colorScheme: scheme });
        await options.waitForFunction(() => document.body.dataset.ready === '1' && document.querySelector('.calendar-warnings'));
        await options.click(`td[data-day="${dayFromToday(12)}"]`);
        await options.evaluate(() =>
          document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))),
        );
        await options.screenshot({ path: artifactPath(`calendar-${lang === 'en' ? 'en' : 'zh'}-${scheme}.png`), fullPage: true });
        if (lang === 'en' && scheme === 'light') {
          // Printed, the month fits on one page (landscape, the day's list left out).
          await options.emulateMedia({ media: 'print' });
          await options.screenshot({ path: artifactPath('calendar-en-print.png'), fullPage: true });
          const pdf = (await options.pdf({ preferCSSPageSize: true, path: artifactPath('calendar-en-print.pdf') })).toString('latin1');
          expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
        }
        await options.close();
      }
      expect(ext.errors).toEqual([]);
    } finally {
      await ext.close();
    }
  });
});
