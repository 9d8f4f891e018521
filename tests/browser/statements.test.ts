// Bills as lenders issue them, in each browser, through the real forms: a card entered with its
// statement and paid at its minimum reads "minimum paid" with the interest estimate in the popup; a
// Jiebei loan shows its schedule and annual rate on the options page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath } from './harness';
import { BROWSERS, type ExtensionDriver, type ExtensionPage } from './driver';
import { dayFromToday, sendInPage } from './popup-fixtures';

/** In the page: sets each field by name in the form as typing does (input and change events). */
function fill({ form, fields }: { form: string; fields: [string, string][] }): void {
  const root = document.querySelector<HTMLFormElement>(form)!;
  for (const [name, value] of fields) {
    const radio = root.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"][value="${value}"]`);
    if (radio) {
      radio.click();
      continue;
    }
    const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

/** In the page: the stored debt named `name`, if any. */
const storedDebt = (name: string) =>
  chrome.storage.local
    .get('dueguard.data')
    .then((stored) => (stored['dueguard.data'] as { debts: { id: string; name: string }[] }).debts.find((d) => d.name === name) ?? null);

describe.each(BROWSERS)('statements and loans in $name', ({ id, available, launch }) => {
  let ext: ExtensionDriver;

  async function open(rel: string): Promise<ExtensionPage> {
    const page = await ext.open(rel);
    await page.waitFor(() => document.body.dataset.ready === '1', undefined, `${rel} to be ready`);
    return page;
  }

  /**
   * Fills the options page's debt form (the kind first: it re-renders the form) and waits for the debt.
   * The page is left open for the caller to close once it has opened the next one (Firefox's window
   * closes with its last tab).
   */
  async function addThroughForm(name: string, fields: [string, string][]): Promise<{ debtId: string; page: ExtensionPage }> {
    const page = await open('options.html#debts/new');
    await page.waitFor(() => document.querySelector('form.debt-form') !== null, undefined, 'the debt form');
    const [kind, ...rest] = fields;
    await page.run(fill, { form: 'form.debt-form', fields: [kind!] });
    await page.run(fill, { form: 'form.debt-form', fields: [['name', name], ...rest] });
    // Submitted on its own, once the form has rendered what was typed.
    await page.click('form.debt-form button[type="submit"]');
    const debt = await page.waitFor(storedDebt, name, `“${name}” to be stored`).catch(async (e: unknown) => {
      const invalid = await page.run(
        () => [
          ...[...document.querySelectorAll('[aria-invalid="true"]')].map(
            (el) => `${el.getAttribute('name')}=${(el as HTMLInputElement).value}`,
          ),
          document.querySelector('[role="alert"]')?.textContent ?? 'no alert',
          document.querySelector('form.debt-form') ? 'form open' : 'form closed',
          JSON.stringify(
            [...document.querySelectorAll('form.debt-form input, form.debt-form select')].map((e) => [
              (e as HTMLInputElement).name,
              (e as HTMLInputElement).value,
              (e as HTMLInputElement).checked,
            ]),
          ),
        ],
        undefined,
      );
      throw new Error(`${String(e)}; fields in error: ${invalid.join(', ')}`);
    });
    return { debtId: debt.id, page };
  }

  beforeAll(async () => {
    if (!available) return;
    ext = await launch();
    const page = await open('popup.html');
    expect(await page.run(sendInPage, [{ name: 'updateSettings', input: { language: 'en' } }])).toEqual([true]);
    await page.close();
  });
  afterAll(() => ext?.close());

  it.runIf(available)(
    'a card entered with its statement, paid at its minimum, reads "minimum paid" with the interest estimate',
    async () => {
      // A statement that closed 20 days ago, due 10 days later: overdue now, past the card's usual grace.
      const statementDay = String(Number(dayFromToday(-20).slice(8, 10)));
      const options = await addThroughForm('Test card', [
        ['kind', 'credit-card'],
        ['statementDay', statementDay],
        ['dueRule', 'offset'],
        ['dueDays', '10'],
        ['amount', '3,000'],
        ['minimum', '300'],
      ]);
      const popup = await open('popup.html');
      await options.page.close();
      await popup.run((name) => {
        const li = [...document.querySelectorAll('li.row')].find((r) => r.textContent!.includes(name))!;
        li.querySelector<HTMLButtonElement>('.disclosure-toggle')!.click();
      }, 'Test card');
      const button = await popup.waitFor(
        (name) =>
          [...([...document.querySelectorAll('li.row')].find((li) => li.textContent!.includes(name))?.querySelectorAll('button') ?? [])]
            .map((b) => b.textContent)
            .find((text) => text?.startsWith('Mark minimum paid')),
        'Test card',
        'the minimum button',
      );
      expect(button).toContain('300.00');
      await popup.run((name) => {
        const li = [...document.querySelectorAll('li.row')].find((r) => r.textContent!.includes(name))!;
        [...li.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Mark minimum paid'))!.click();
      }, 'Test card');
      const text = await popup.waitFor(
        (name) => {
          const li = [...document.querySelectorAll('li.row')].find((r) => r.textContent!.includes(name));
          return li?.querySelector('.phase-minimum-paid') ? li.closest('section')!.textContent : null;
        },
        'Test card',
        'the row to say minimum paid',
      );
      expect(text).toContain('Minimum paid: not overdue');
      expect(text).toMatch(/but the rest accrues interest from .+, about .+1\.50 a day \(an estimate\)/);
      await popup.screenshot(artifactPath(`statements-minimum-paid-${id}.png`));
      // The same row in Chinese.
      expect(await popup.run(sendInPage, [{ name: 'updateSettings', input: { language: 'zh_CN' } }])).toEqual([true]);
      const zh = await open('popup.html');
      await popup.close();
      const zhText = await zh.waitFor(() => document.querySelector('.phase-minimum-paid')?.textContent, undefined, 'the row in Chinese');
      expect(zhText).toContain('已还最低还款额：不算逾期');
      await zh.screenshot(artifactPath(`statements-minimum-paid-${id}-zh_CN.png`));
      expect(await zh.run(sendInPage, [{ name: 'updateSettings', input: { language: 'en' } }])).toEqual([true]);
      await zh.close();
    },
  );

  it.runIf(available)('a Jiebei loan shows its schedule and annual rate', async () => {
    const { debtId, page: form } = await addThroughForm('Test Jiebei', [
      ['kind', 'jiebei'],
      ['principal', '12,000'],
      ['loanRate', '14.6'],
      ['rateBasis', 'annual'],
      ['term', '12'],
      ['startDate', dayFromToday(-5)],
      ['due', dayFromToday(25)],
    ]);
    const page = await open(`options.html#debts/${debtId}`);
    await form.close();
    const rows = await page.waitFor(
      () => document.querySelectorAll('.loan-schedule tbody tr').length || null,
      undefined,
      'the loan schedule',
    );
    expect(rows).toBe(12);
    const facts = await page.run(() => document.querySelector('.debt-account .facts')?.textContent ?? '', undefined);
    expect(facts).toContain('Annual rate (IRR)14.6%');
    await page.screenshot(artifactPath(`statements-loan-${id}.png`));
    await page.close();
  });
});
