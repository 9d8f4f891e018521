// What to pay first (#triage) in each browser: seeded debts and a plan, an amount typed into the
// options page, the order shown (the plan, then the bill about to turn status 2, then the older one by
// its cost); an amount of 0 and one of text each get their field's message and leave the order shown
// as it was; nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath } from './harness';
import { BROWSERS, type ExtensionDriver, type ExtensionPage } from './driver';
import { dayFromToday, sendInPage } from './popup-fixtures';

const once = (days: number) => ({ type: 'once', dueDate: dayFromToday(days) });
const SEED = [
  {
    name: 'addDebt',
    input: { name: 'Old Huabei', kind: 'huabei', currency: 'CNY', amount: 50_000, recurrence: once(-40), graceDays: 0, note: '' },
  },
  // 29 days late: credit-report status 2 in two days (CR7).
  {
    name: 'addDebt',
    input: { name: 'Late Huabei', kind: 'huabei', currency: 'CNY', amount: 20_000, recurrence: once(-29), graceDays: 0, note: '' },
  },
  {
    name: 'addPlan',
    input: {
      name: 'Card plan',
      kind: 'credit-card',
      currency: 'CNY',
      total: 30_000,
      downPayment: 0,
      fee: 0,
      count: 1,
      startDate: dayFromToday(-30),
      firstDue: dayFromToday(-2),
      graceDays: 0,
      note: '',
    },
  },
];

/** In the page: types `value` into the field named `name` and submits the form as a click does. */
function typeAndSubmit({ name, value }: { name: string; value: string }): void {
  const input = document.querySelector<HTMLInputElement>(`form.triage-form [name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** In the page: each suggested payment's rule and text, in order. */
const readOrder = () =>
  [...document.querySelectorAll('ol.triage-list > li')].map(
    (li) => `${li.getAttribute('data-rule')}: ${li.querySelector('strong')?.textContent}`,
  );

/** In the page: the message under the field named `name`, if it is in error. */
const fieldError = (name: string) => {
  const input = document.querySelector<HTMLInputElement>(`form.triage-form [name="${name}"]`);
  return input?.getAttribute('aria-invalid') === 'true' ? input.closest('.field')?.querySelector('.field-error')?.textContent : null;
};

/** In the page: the stored data, to check triage wrote nothing. */
const storedData = () => chrome.storage.local.get('dueguard.data').then((stored) => JSON.stringify(stored['dueguard.data']));

describe.each(BROWSERS)('what to pay first in $name', ({ id, available, launch }) => {
  let ext: ExtensionDriver;
  let page: ExtensionPage;

  beforeAll(async () => {
    if (!available) return;
    ext = await launch();
    const seeding = await ext.open('popup.html');
    await seeding.waitFor(() => document.body.dataset.ready === '1', undefined, 'the popup');
    expect(await seeding.run(sendInPage, [{ name: 'updateSettings', input: { language: 'en' } }, ...SEED])).toEqual([
      true,
      true,
      true,
      true,
    ]);
    // A fresh page reads the seeded state; the seeding one closes after it (Firefox's window closes with its last tab).
    page = await ext.open('options.html#triage');
    await seeding.close();
    // A boolean: Firefox's driver cannot hand back an element.
    await page.waitFor(() => document.querySelector('form.triage-form') !== null, undefined, 'the triage form');
  });
  afterAll(() => ext?.close());

  it.runIf(available)('orders the payments for an amount typed, then refuses 0 and text on the field, changing nothing', async () => {
    const before = await page.run(storedData, undefined);
    await page.run(typeAndSubmit, { name: 'now', value: '1,000' });
    await page.click('form.triage-form button[type="submit"]');
    await page.waitFor((n) => document.querySelectorAll('ol.triage-list > li').length === n, 3, 'three suggested payments');
    const order = await page.run(readOrder, undefined);
    expect(order).toEqual([
      'plan: Pay CN¥300.00 to Card plan 1/1 by today',
      'boundary: Pay CN¥200.00 to Late Huabei by today',
      'cost: Pay CN¥500.00 to Old Huabei by today',
    ]);
    const second = await page.run(() => document.querySelectorAll('ol.triage-list > li')[1]!.textContent, undefined);
    expect(second).toContain('its credit-report status would go from 1 to 2');
    expect(await page.run(() => document.querySelector('table.triage-compare caption')?.textContent, undefined)).toContain(
      'Compared with paying in due-date order',
    );
    await page.screenshot(artifactPath(`triage-${id}.png`));

    for (const [value, message] of [
      ['0', 'The amount must be more than zero.'],
      ['abc', 'Enter an amount as digits, such as 1,234.56.'],
    ] as const) {
      await page.run(typeAndSubmit, { name: 'now', value });
      await page.click('form.triage-form button[type="submit"]');
      expect(await page.waitFor(fieldError, 'now', `the message for ${value}`)).toBe(message);
      // The message can show from typing alone, before the submit's render moves the focus: wait for that too.
      await page.waitFor((n) => document.activeElement?.getAttribute('name') === n, 'now', `the focus on the field after ${value}`);
      expect(await page.run(readOrder, undefined)).toEqual(order);
    }
    expect(await page.run(storedData, undefined)).toBe(before);
  });

  it.runIf(available)('money that covers nothing says to negotiate yourself, with the paid-agents warning', async () => {
    await page.run(typeAndSubmit, { name: 'now', value: '50' });
    await page.click('form.triage-form button[type="submit"]');
    const advice = await page.waitFor(
      () => document.querySelector('.triage[data-outcome="covers-nothing"] [data-negotiate]')?.textContent,
      undefined,
      'the advice',
    );
    expect(advice).toContain('Contact each lender yourself');
    expect(await page.run(() => document.querySelector('[data-negotiate] [data-scam="paid-agents"]') !== null, undefined)).toBe(true);
  });
});
