// A debt's account view on the options page (#debts/<id>), by billing: what it shows and the one
// updateDebt each change sends (entered statement, early repayment, skip, postpone), or the field a
// refused change names.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandMessage } from '../../src/domain/commands';
import { emptyData, SettingsSchema, type Day, type Debt } from '../../src/domain/model';
import { OptionsPage } from '../../src/options/app';
import { listenForCommands } from '../../src/platform/messaging';
import type { Snapshot } from '../../src/ui/store';
import { appStore } from '../../src/ui/store';
import { CN_CALENDAR } from '../../src/domain/cn-calendar';
import { payByDay } from '../../src/domain/work-calendar';
import { debt, loanDebt, statementDebt } from '../domain/fixtures';
import { renderWithLocale } from './popup-render';

const TODAY = new Date();
const day = (offset: number): Day => {
  const d = new Date(TODAY);
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` as Day;
};
/** The statement day of the month `n` months from this one, on the 1st. */
const firstOf = (n: number): Day => {
  const d = new Date(TODAY.getFullYear(), TODAY.getMonth() + n, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-01` as Day;
};

const CARD = statementDebt({
  id: 'card',
  name: 'Card',
  firstStatement: firstOf(-2),
  statements: [{ statementDate: firstOf(-2), amount: 100_000, minimum: 10_000 }],
  dueRule: { type: 'offset', days: 20 },
});
const LOAN = loanDebt({ id: 'loan', name: 'Jiebei', startDate: day(-40), firstDue: day(-10), rate: { basis: 'annual', ppm: 146_000 } });
const RENT = debt({ id: 'rent', name: 'Rent', kind: 'other', recurrence: { type: 'monthly', firstDue: day(5), count: 12 } });

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

function open(id: string, debts: Debt[] = [CARD, LOAN, RENT]) {
  const snap: Snapshot = {
    data: { ...emptyData(), debts },
    settings: v.parse(SettingsSchema, {}),
    reminders: { sent: {}, snoozed: {} },
    quarantine: [],
    canUndoRestore: false,
  };
  location.hash = `#debts/${id}`;
  act(() => appStore.setState({ status: 'ready', ...snap }, true));
  return renderWithLocale(<OptionsPage snapshot={snap} />, 'en');
}
const updated = () => sent.filter((m) => m.name === 'updateDebt').map((m) => m.input as Debt);

describe('a statement account', () => {
  it('lists its cycles, entered and estimated, and enters the newest one, prefilled with the estimate', async () => {
    open('card');
    const statements = screen.getByRole('heading', { name: 'Statements of Card' }).nextElementSibling!;
    const rows = within(statements as HTMLElement)
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.textContent!.includes('estimate'))).toEqual([true, true, false]);
    const form = screen.getByRole('heading', { name: /Enter a statement/ }).closest('form')!;
    expect((within(form).getByLabelText('This statement (amount due)') as HTMLInputElement).value).toBe('1000.00');
    fireEvent.input(within(form).getByLabelText('This statement (amount due)'), { target: { value: '800' } });
    fireEvent.input(within(form).getByLabelText('Minimum payment'), { target: { value: '80' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save statement' }));
    await waitFor(() => expect(updated()).toHaveLength(1));
    expect(updated()[0]).toMatchObject({ statements: [CARD.statements[0], { statementDate: firstOf(0), amount: 80_000, minimum: 8_000 }] });
  });

  it('refuses a minimum above the statement on its field, sending nothing', async () => {
    open('card');
    const form = screen.getByRole('heading', { name: /Enter a statement/ }).closest('form')!;
    fireEvent.input(within(form).getByLabelText('Minimum payment'), { target: { value: '5000' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save statement' }));
    await waitFor(() => expect(within(form).getByLabelText('Minimum payment').getAttribute('aria-invalid')).toBe('true'));
    expect(updated()).toEqual([]);
  });

  it('says how long a purchase today is interest-free, and switches the interest basis', async () => {
    open('card');
    expect(screen.getByText(/A purchase made today is interest-free for about \d+ days/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/the unpaid part only/));
    await waitFor(() => expect(updated()).toHaveLength(1));
    const [saved] = updated();
    expect(saved?.billing === 'statement' && saved.interestOn).toBe('unpaid');
  });
});

describe('a loan', () => {
  it('shows its annual rate by IRR, its totals and its schedule', () => {
    open('loan');
    const facts = document.querySelector('.debt-account .facts')!.textContent!;
    expect(facts).toContain('Annual rate (IRR)14.6%');
    expect(document.querySelectorAll('.loan-schedule tbody tr')).toHaveLength(12);
  });

  it('flags a rate above the 24 % line for a licensed lender, with its source', () => {
    open('loan', [{ ...LOAN, rate: { basis: 'daily' as const, ppm: 1_000 } }]);
    const note = screen.getByText(/courts grant a borrower’s request to reduce/).closest('p')!;
    expect(note.textContent).toContain('24%');
    expect(note.textContent).toContain('IN13');
  });

  it('records an early repayment; one above the balance is refused on its field, sending nothing', async () => {
    open('loan');
    const form = screen.getByRole('heading', { name: /Repay early/ }).closest('form')!;
    fireEvent.input(within(form).getByLabelText('Amount repaid early'), { target: { value: '50000' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save early repayment' }));
    await waitFor(() => expect(within(form).getByLabelText('Amount repaid early').getAttribute('aria-invalid')).toBe('true'));
    expect(updated()).toEqual([]);
    fireEvent.input(within(form).getByLabelText('Amount repaid early'), { target: { value: '3000' } });
    fireEvent.input(within(form).getByLabelText('Early-repayment fee (%)'), { target: { value: 'abc' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save early repayment' }));
    await waitFor(() => expect(within(form).getByLabelText('Early-repayment fee (%)').getAttribute('aria-invalid')).toBe('true'));
    fireEvent.input(within(form).getByLabelText('Early-repayment fee (%)'), { target: { value: '1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save early repayment' }));
    await waitFor(() => expect(updated()).toHaveLength(1));
    expect(updated()[0]).toMatchObject({ prepayments: [{ date: day(0), amount: 300_000 }], prepaymentFeePpm: 10_000 });
  });
});

describe('the debts table', () => {
  it('gives a due date on a weekend its pay-by day, the last working day before it', () => {
    const ahead = (6 - TODAY.getDay() + 7) % 7 || 7;
    const saturday = debt({ id: 'sat', name: 'Saturday bill', kind: 'other', recurrence: { type: 'once', dueDate: day(ahead) } });
    location.hash = '';
    open('none', [saturday]);
    const row = screen.getByRole('rowheader', { name: /Saturday bill/ }).closest('tr')!;
    // The day itself is the calendar's (a make-up Saturday has none; the domain tests pin the rule).
    const payBy = payByDay(day(ahead), CN_CALENDAR);
    const [y, m, d] = payBy ? payBy.day.split('-').map(Number) : [];
    const expected = payBy
      ? `pay by ${new Date(y!, m! - 1, d).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' })}`
      : 'pay by';
    if (payBy) expect(row.textContent).toContain(expected);
    else expect(row.textContent).not.toContain(expected);
  });
});

describe('a recurring bill', () => {
  it('skips one occurrence, and postpones another to a later day, kept in the recurrence', async () => {
    open('rent');
    const list = document.querySelector('.occurrences')!;
    fireEvent.click(within(list as HTMLElement).getAllByRole('button', { name: 'Skip' })[0]!);
    await waitFor(() => expect(updated()).toHaveLength(1));
    expect(updated()[0]).toMatchObject({ recurrence: { changes: [{ due: day(5), action: 'skip' }] } });
    fireEvent.click(within(list as HTMLElement).getAllByRole('button', { name: 'Postpone' })[1]!);
    const form = document.querySelector('form.postpone') as HTMLFormElement;
    fireEvent.input(within(form).getByLabelText('New due date'), { target: { value: day(-100) } });
    fireEvent.click(within(form).getByRole('button', { name: 'Postpone' }));
    await waitFor(() => expect(within(form).getByLabelText('New due date').getAttribute('aria-invalid')).toBe('true'));
    expect(updated()).toHaveLength(1);
  });
});
