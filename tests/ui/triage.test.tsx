// The options page's "What to pay first" (#triage) in happy-dom: the form's messages for 0, text and a
// missing payday (each keeping the last result), the order shown with its reasons and sources, the
// comparison table, the advice when the money covers nothing, no open payments, Chinese; no command sent.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandMessage } from '../../src/domain/commands';
import { addDaysToDay, toDay } from '../../src/domain/day';
import { emptyData, SettingsSchema, type Data, type Debt, type Plan } from '../../src/domain/model';
import { OptionsPage } from '../../src/options/app';
import { listenForCommands } from '../../src/platform/messaging';
import { appStore, type Snapshot } from '../../src/ui/store';
import { renderWithLocale } from './popup-render';

const today = toDay(new Date());
const at = (offset: number) => addDaysToDay(today, offset);
const bill = (id: string, name: string, amount: number, offset: number): Debt => ({
  id,
  name,
  kind: 'huabei',
  currency: 'CNY',
  amount,
  recurrence: { type: 'once', dueDate: at(offset) },
  note: '',
  createdAt: at(-60),
});
const PLAN: Plan = {
  id: 'p1',
  name: 'Card plan',
  kind: 'credit-card',
  currency: 'CNY',
  total: 30_000,
  downPayment: 0,
  fee: 0,
  count: 1,
  startDate: at(-30),
  firstDue: at(-2),
  note: '',
  createdAt: at(-30),
};
// Overdue 29 days (status 2 in two days), and a much older one past every near boundary.
const DATA: Data = {
  ...emptyData(),
  debts: [bill('old', 'Old Huabei', 50_000, -40), bill('d29', 'Baitiao bill', 20_000, -29)],
  plans: [PLAN],
};

const snapshot = (data: Data = DATA): Snapshot => ({
  data,
  settings: v.parse(SettingsSchema, {}),
  reminders: { sent: {}, snoozed: {} },
  quarantine: [],
  canUndoRestore: false,
});

let sent: CommandMessage[];
beforeEach(() => {
  sent = [];
  listenForCommands(async (message) => {
    sent.push(message);
    return { ok: true, value: null } as never;
  });
});
afterEach(() => {
  cleanup();
  location.hash = '';
});

function open(snap: Snapshot = snapshot(), lang: 'en' | 'zh_CN' = 'en') {
  location.hash = '#triage';
  act(() => appStore.setState({ status: 'ready', ...snap }, true));
  return renderWithLocale(<OptionsPage snapshot={snap} />, lang);
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Suggest an order' }));
/** The result's own status line (the toasts have one too). */
const status = () => document.querySelector('main [role="status"]')?.textContent;
const shownOrder = () =>
  [...document.querySelectorAll('ol.triage-list > li')].map((li) => `${li.getAttribute('data-key')} ${li.getAttribute('data-rule')}`);

describe('#triage', () => {
  it('sits right after Debts in the navigation, with the not-advice note', () => {
    open();
    const links = screen.getAllByRole('link').map((a) => a.textContent);
    expect(links.indexOf('What to pay first')).toBe(links.indexOf('Debts') + 1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('What to pay first');
    expect(screen.getByRole('note').textContent).toContain('not financial or legal advice');
  });

  it('orders the payments: the plan first, then the bill about to turn status 2, then by cost', () => {
    open();
    type('Available now', '¥1,000');
    submit();
    expect(shownOrder()).toEqual(['plan:p1:1 plan', `debt:d29:${at(-29)} boundary`, `debt:old:${at(-40)} cost`]);
    const [first, second] = document.querySelectorAll('ol.triage-list > li');
    expect(first!.textContent).toContain('Pay CN¥300.00 to Card plan 1/1 by today, because it keeps your repayment plan on track');
    expect(second!.textContent).toContain('its credit-report status would go from 1 to 2');
    expect(within(second as HTMLElement).getByRole('button', { name: /CR7/ })).toBeTruthy();
    expect(status()).toMatch(/^Pay 3 payments \(CN¥1,000\.00 in all\): that covers everything due by .+\.$/);
    const table = screen.getByRole('table', { name: /Compared with paying in due-date order/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['This order', 'Due-date order']);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(5);
    expect(sent).toEqual([]);
  });

  it('with less money, says what stays unpaid and what follows, and how to negotiate yourself', () => {
    open();
    type('Available now', '300');
    submit();
    expect(shownOrder()).toEqual(['plan:p1:1 plan']);
    expect(screen.getByText('What stays unpaid, and what typically follows')).toBeTruthy();
    expect(document.body.textContent).toContain('Baitiao bill: CN¥200.00 unpaid.');
    expect(document.querySelector('[data-negotiate] [data-scam="paid-agents"]')).not.toBeNull();
  });

  it('money that covers nothing: says so first, with the advice and the paid-agents warning', () => {
    open();
    type('Available now', '50');
    submit();
    expect(status()).toBe('This money does not cover any payment in full. Here is what you can do.');
    expect(shownOrder()).toEqual([]);
    const advice = document.querySelector('[data-negotiate]')!;
    expect(advice.textContent).toContain('Contact each lender yourself');
    expect(advice.textContent).toContain('Card plan');
  });

  it.each([
    ['0', 'The amount must be more than zero.'],
    ['abc', 'Enter an amount as digits, such as 1,234.56.'],
    ['-5', 'The amount cannot be negative.'],
    ['', 'Enter an amount.'],
  ])('an amount of %j: "%s", and the last result stays', async (text, message) => {
    open();
    type('Available now', '1000');
    submit();
    const before = shownOrder();
    expect(before).toHaveLength(3);
    // The form is busy until its (synchronous) submit has settled.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    type('Available now', text);
    submit();
    const field = screen.getByLabelText('Available now');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent).toBe(message);
    expect(shownOrder()).toEqual(before);
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(sent).toEqual([]);
  });

  it('money by the payday needs the payday, after today', () => {
    open();
    type('Available now', '100');
    type('More by the next payday (optional)', '500');
    submit();
    expect(screen.getByText('Enter a date.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Next payday'), { target: { value: today } });
    submit();
    expect(screen.getByText('The next payday is a day after today.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Next payday'), { target: { value: at(5) } });
    submit();
    expect(screen.getByRole('heading', { name: /On payday/ })).toBeTruthy();
  });

  it('no open payments: a clear message and no form', () => {
    open(snapshot(emptyData()));
    expect(status()).toContain('there is nothing to put in order');
    expect(screen.queryByLabelText('Available now')).toBeNull();
  });

  it('in Chinese', () => {
    open(snapshot(), 'zh_CN');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('先还哪笔');
    type('现在能还', '300');
    fireEvent.click(screen.getByRole('button', { name: '排出先后' }));
    expect(document.querySelector('ol.triage-list > li')!.textContent).toContain('向Card plan 第 1/1 期还¥300.00，最晚今天，因为');
  });
});

describe('the payday settings', () => {
  it('fill in the next payday and what it usually brings', () => {
    const base = snapshot();
    const dayOfMonth = Number(at(5).slice(8));
    open({ ...base, settings: v.parse(SettingsSchema, { paydays: { type: 'monthly', day: dayOfMonth }, availablePerPayday: 300000 }) });
    const fields = [...document.querySelectorAll<HTMLInputElement>('main form input')].map((input) => input.value);
    expect(fields).toEqual(['', '3000.00', at(5)]);
  });
});
