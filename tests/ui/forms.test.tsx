// The debt form and the plan builder as users meet them: labels, live reasons, errors tied to their
// fields for screen readers, focus on the first error, presets, and what is submitted.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanInput } from '../../src/domain/commands';
import { toDay } from '../../src/domain/day';
import { emptyData, SettingsSchema, type Day, type Plan } from '../../src/domain/model';
import { nextDueDay } from '../../src/domain/day';
import { DebtForm } from '../../src/ui/forms/debt-form';
import { PlanBuilder } from '../../src/ui/forms/plan-builder';
import { appStore } from '../../src/ui/store';
import { renderWithLocale } from './popup-render';

afterEach(cleanup);
beforeEach(() => appStore.setState({ status: 'loading' }, true));

const input = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string | RegExp, value: string) => fireEvent.input(input(label), { target: { value } });
/** A new debt follows its kind's usual billing (Huabei: a statement account); these tests fill in a bill. */
const asBill = (label = 'A bill (a set amount)') => fireEvent.click(screen.getByLabelText(label));

/** The text of the elements that describe a control (its error and hint). */
function description(control: HTMLElement): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
}

describe('DebtForm', () => {
  it('refuses an empty form: each error next to its field, described for screen readers, focus on the first', async () => {
    const onSubmit = vi.fn();
    renderWithLocale(<DebtForm onSubmit={onSubmit} />);
    asBill();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.activeElement).toBe(input('Name')));
    expect(onSubmit).not.toHaveBeenCalled();
    for (const [label, message] of [
      ['Name', 'Enter a name.'],
      ['Amount due', 'Enter an amount.'],
      ['Due date', 'Enter a date.'],
    ] as const) {
      expect(input(label).getAttribute('aria-invalid')).toBe('true');
      expect(description(input(label))).toContain(message);
    }
    expect(input('Kind').getAttribute('aria-invalid')).toBeNull();
  });

  it('says why an amount cannot be read while it is typed, and what a good one reads as', () => {
    renderWithLocale(<DebtForm onSubmit={vi.fn()} />);
    asBill();
    type('Amount due', '1,23');
    expect(description(input('Amount due'))).toContain('Commas go between groups of three digits');
    type('Amount due', '¥1,234.5');
    expect(input('Amount due').getAttribute('aria-invalid')).toBeNull();
    expect(description(input('Amount due'))).toContain('Reads as CN¥1,234.50.');
  });

  it('submits a valid debt as a DebtInput', async () => {
    const onSubmit = vi.fn();
    renderWithLocale(<DebtForm onSubmit={onSubmit} />);
    type('Name', 'Phone');
    fireEvent.change(input('Kind'), { target: { value: 'other' } });
    type('Amount due', '99');
    fireEvent.click(screen.getByLabelText('Every month'));
    type('First due date', '2026-04-08');
    type('Number of months', '24');
    type(/^Grace days/, '2');
    type(/^Penalty per day/, '0.1');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      name: 'Phone',
      kind: 'other',
      currency: 'CNY',
      amount: 9900,
      recurrence: { type: 'monthly', firstDue: '2026-04-08', count: 24 },
      graceDays: 2,
      dailyRatePpm: 1000,
      note: '',
    });
  });

  it("offers Huabei's due days and fills the next such date", () => {
    renderWithLocale(<DebtForm onSubmit={vi.fn()} />);
    asBill();
    const group = screen.getByRole('group', { name: 'Huabei bills usually fall due on day:' });
    fireEvent.click(group.querySelectorAll('button')[1]!);
    expect(input('Due date').value).toBe(nextDueDay(toDay(new Date()), 9));
  });

  it('suggests the day Jiebei really uses for a drawdown on the 30th', () => {
    renderWithLocale(
      <DebtForm onSubmit={vi.fn()} initial={{ kind: 'jiebei', recurrence: { type: 'monthly', firstDue: '2026-04-30' as Day } }} />,
    );
    expect(screen.getByText('Jiebei moves due day 30 to day 26 of the month.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use day 26' }));
    expect(input('First due date').value).toBe('2026-04-26');
  });

  it("shows the kind's default rate and grace from settings as what an empty field means", () => {
    const settings = v.parse(SettingsSchema, { kindDefaults: { huabei: { dailyRatePpm: 700, graceDays: 2 } } });
    act(() =>
      appStore.setState(
        { status: 'ready', data: emptyData(), settings, reminders: { sent: {}, snoozed: {} }, quarantine: [], canUndoRestore: false },
        true,
      ),
    );
    renderWithLocale(<DebtForm onSubmit={vi.fn()} />);
    expect(description(input(/^Penalty per day/))).toContain('Empty = 0.07% a day');
    expect(description(input(/^Grace days/))).toContain('Empty = 2');
  });

  it.each([
    { name: 'a grace of 0 shows 0 and is saved as 0, not as the kind’s 3', graceDays: 0, shown: '0', typed: null, saved: 0 },
    { name: 'none given shows an empty field and is saved as none given', graceDays: undefined, shown: '', typed: null, saved: undefined },
    { name: 'clearing a grace of 2 saves none given', graceDays: 2, shown: '2', typed: '', saved: undefined },
    { name: 'typing 0 over none given saves 0', graceDays: undefined, shown: '', typed: '0', saved: 0 },
  ])('editing a card debt whose kind defaults to 3 grace days: $name', async ({ graceDays, shown, typed, saved }) => {
    const settings = v.parse(SettingsSchema, { kindDefaults: { 'credit-card': { dailyRatePpm: null, graceDays: 3 } } });
    act(() =>
      appStore.setState(
        { status: 'ready', data: emptyData(), settings, reminders: { sent: {}, snoozed: {} }, quarantine: [], canUndoRestore: false },
        true,
      ),
    );
    const onSubmit = vi.fn();
    const debt = {
      name: 'Card',
      kind: 'credit-card',
      currency: 'CNY',
      amount: 5000,
      recurrence: { type: 'once', dueDate: '2026-04-01' as Day },
      note: '',
      ...(graceDays === undefined ? {} : { graceDays }),
    } as const;
    renderWithLocale(<DebtForm initial={debt} onSubmit={onSubmit} />);
    expect(input(/^Grace days/).value).toBe(shown);
    expect(input(/^Grace days/).placeholder).toBe('3');
    if (typed !== null) type(/^Grace days/, typed);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0].graceDays).toBe(saved);
    expect('graceDays' in onSubmit.mock.calls[0]![0]).toBe(saved !== undefined);
  });

  it('shows a command error from onSubmit inside the form, and edits keep their values', async () => {
    renderWithLocale(
      <DebtForm
        initial={{
          name: 'Card',
          kind: 'credit-card',
          currency: 'CNY',
          amount: 5000,
          recurrence: { type: 'once', dueDate: '2026-04-01' as Day },
          graceDays: 0,
          note: '',
        }}
        onSubmit={() => Promise.resolve({ code: 'quota', message: 'full' })}
      />,
    );
    expect(input('Amount due').value).toBe('50.00');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const message = await screen.findByText(/The browser's storage for DueGuard is full/);
    expect(message.closest('[role="alert"]')?.closest('form')).toBeTruthy();
  });

  it("a new Huabei debt is a statement account with the kind's terms; it submits the current statement and minimum", async () => {
    const onSubmit = vi.fn();
    renderWithLocale(<DebtForm onSubmit={onSubmit} />);
    expect((screen.getByLabelText('Statement account (card, Huabei, Baitiao…)') as HTMLInputElement).checked).toBe(true);
    expect([input('Statement day').value, input('Day of the month').value]).toEqual(['1', '10']);
    type('Name', '花呗');
    type('This statement (amount due)', '1,000');
    type('Minimum payment', '100');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const today = toDay(new Date());
    const statementDate = `${today.slice(0, 8)}01`;
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      billing: 'statement',
      statementDay: 1,
      dueRule: { type: 'fixed', day: 10 },
      firstStatement: statementDate,
      minimumRule: { percentPpm: 100_000, floor: 0 },
      statements: [{ statementDate, amount: 100_000, minimum: 10_000 }],
    });
  });

  it.each([
    ['a statement day of 0', { 'Statement day': '0' }, 'Statement day', 'is not a day of the month (1-31)'],
    ['a statement day of 32', { 'Statement day': '32' }, 'Statement day', 'is not a day of the month (1-31)'],
    [
      'a minimum above the statement',
      { 'This statement (amount due)': '100', 'Minimum payment': '200' },
      'Minimum payment',
      'cannot be more than the statement',
    ],
  ])('refuses %s on its field, sending nothing', async (_name, typed, field, message) => {
    const onSubmit = vi.fn();
    renderWithLocale(<DebtForm onSubmit={onSubmit} />);
    type('Name', '花呗');
    type('This statement (amount due)', '1000');
    for (const [label, value] of Object.entries(typed)) type(label, value);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(input(field).getAttribute('aria-invalid')).toBe('true'));
    expect(description(input(field))).toContain(message);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('a Jiebei loan: its terms are submitted as a loan', async () => {
    const onSubmit = vi.fn();
    renderWithLocale(<DebtForm onSubmit={onSubmit} />);
    fireEvent.change(input('Kind'), { target: { value: 'jiebei' } });
    expect((screen.getByLabelText('Installment loan (Jiebei, bank loan…)') as HTMLInputElement).checked).toBe(true);
    type('Name', '借呗');
    type('Principal', '12,000');
    type('Interest rate (%)', '0.04');
    fireEvent.change(input('Per'), { target: { value: 'daily' } });
    type('Months', '12');
    type('Received on', '2026-01-10');
    type('First due date', '2026-02-10');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      billing: 'loan',
      principal: 1_200_000,
      rate: { basis: 'daily', ppm: 400 },
      term: 12,
      startDate: '2026-01-10',
      firstDue: '2026-02-10',
      method: 'equal-payment',
      feePerPeriodPpm: 0,
      lender: 'licensed',
    });
  });

  it.each([
    ['a rate of "abc"', 'Interest rate (%)', 'abc', 'is not a rate from 0 to 100 %'],
    ['a rate of 1000 %', 'Interest rate (%)', '1000', 'is not a rate from 0 to 100 %'],
    ['a term of 0', 'Months', '0', 'is not a whole number of months from 1 to 360'],
  ])('refuses a loan with %s on that field', async (_name, field, value, message) => {
    const onSubmit = vi.fn();
    renderWithLocale(<DebtForm onSubmit={onSubmit} />);
    fireEvent.change(input('Kind'), { target: { value: 'jiebei' } });
    type('Name', '借呗');
    type('Principal', '12000');
    type('Interest rate (%)', '14.6');
    type('Months', '12');
    type('Received on', '2026-01-10');
    type('First due date', '2026-02-10');
    type(field, value);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(input(field).getAttribute('aria-invalid')).toBe('true'));
    expect(description(input(field))).toContain(message);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('speaks Chinese', () => {
    renderWithLocale(<DebtForm onSubmit={vi.fn()} />, 'zh_CN');
    asBill('普通账单（金额固定）');
    type('应还金额', '1.234');
    expect(description(input('应还金额'))).toContain('最多保留两位小数');
    expect(screen.getByRole('button', { name: '保存' })).toBeTruthy();
  });
});

describe('PlanBuilder', () => {
  it('previews the schedule from the terms and submits the plan', async () => {
    const onSubmit = vi.fn();
    renderWithLocale(<PlanBuilder onSubmit={onSubmit} initial={{ startDate: '2026-03-01' as Day, firstDue: '2026-04-01' as Day }} />);
    expect(screen.getByText(/The schedule appears here/)).toBeTruthy();
    type('Name', '借呗 协商还款');
    type('Total agreed', '1,000');
    type('Installments', '3');
    type('Down payment', '100');
    const table = await screen.findByRole('table', { name: 'Schedule: CN¥1,000.00 in all' });
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['Down payment', 'Mar 1, 2026', 'CN¥100.00'],
      ['1 / 3', 'Apr 1, 2026', 'CN¥300.00'],
      ['2 / 3', 'May 1, 2026', 'CN¥300.00'],
      ['3 / 3', 'Jun 1, 2026', 'CN¥300.00'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      name: '借呗 协商还款',
      total: 100_000,
      count: 3,
      downPayment: 100_00,
      fee: 0,
    } satisfies Partial<PlanInput>);
  });

  it('refuses a first installment before the agreement, on that field', async () => {
    renderWithLocale(
      <PlanBuilder
        onSubmit={vi.fn()}
        initial={{ name: 'P', total: 1000, startDate: '2026-03-01' as Day, firstDue: '2026-02-01' as Day }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(document.activeElement).toBe(input('First installment due')));
    expect(description(input('First installment due'))).toContain('cannot be before the day the plan was agreed');
  });

  it("shows the kind's default grace from settings as what an empty field means, and saves a typed 0 as 0", async () => {
    const settings = v.parse(SettingsSchema, { kindDefaults: { jiebei: { dailyRatePpm: null, graceDays: 5 } } });
    act(() =>
      appStore.setState(
        { status: 'ready', data: emptyData(), settings, reminders: { sent: {}, snoozed: {} }, quarantine: [], canUndoRestore: false },
        true,
      ),
    );
    const onSubmit = vi.fn();
    renderWithLocale(
      <PlanBuilder
        onSubmit={onSubmit}
        initial={{ name: 'P', kind: 'jiebei', total: 1000, startDate: '2026-03-01' as Day, firstDue: '2026-04-01' as Day }}
      />,
    );
    expect(description(input(/^Grace days/))).toContain('Empty = 5');
    expect(input(/^Grace days/).placeholder).toBe('5');
    type(/^Grace days/, '0');
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ graceDays: 0 });
  });

  it('editing a plan says its payments are kept', () => {
    const plan: Plan = {
      id: 'p1',
      name: 'P',
      kind: 'jiebei',
      currency: 'CNY',
      total: 120_000,
      downPayment: 0,
      fee: 0,
      count: 12,
      startDate: '2026-03-01' as Day,
      firstDue: '2026-04-01' as Day,
      graceDays: 0,
      note: '',
      createdAt: '2026-03-01' as Day,
    };
    const settings = v.parse(SettingsSchema, {});
    const data = {
      ...emptyData(),
      plans: [plan],
      payments: [{ id: 'x', target: { type: 'plan' as const, id: 'p1' }, date: '2026-04-01' as Day, amount: 10_000, note: '' }],
    };
    act(() =>
      appStore.setState(
        { status: 'ready', data, settings, reminders: { sent: {}, snoozed: {} }, quarantine: [], canUndoRestore: false },
        true,
      ),
    );
    renderWithLocale(<PlanBuilder onSubmit={vi.fn()} initial={plan} />);
    expect(screen.getByText(/The CN¥100.00 already paid on this plan stays recorded/)).toBeTruthy();
  });
});
