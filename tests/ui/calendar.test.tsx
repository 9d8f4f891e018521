// The options page's month view and the paydays settings in happy-dom: the grid as a table, its
// keyboard, holidays and pay-by days, the day's items and their actions, the warnings, and the
// settings form's paydays (a payday of 31, an amount of 0 or of text).
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandMessage } from '../../src/domain/commands';
import { addDaysToDay, toDay } from '../../src/domain/day';
import { emptyData, SettingsSchema, type Data, type Debt, type Settings } from '../../src/domain/model';
import { OptionsPage } from '../../src/options/app';
import { listenForCommands } from '../../src/platform/messaging';
import { appStore, type Snapshot } from '../../src/ui/store';
import { renderWithLocale } from './popup-render';

const TODAY = toDay(new Date());
const day = (n: number) => addDaysToDay(TODAY, n);
const bill = (id: string, name: string, due: string, amount: number): Debt => ({
  id,
  name,
  kind: 'other',
  currency: 'CNY',
  amount,
  recurrence: { type: 'once', dueDate: due as Debt['createdAt'] },
  note: '',
  createdAt: day(-30),
});

function snapshot(data: Partial<Data> = {}, settings: Partial<Settings> = {}): Snapshot {
  return {
    data: { ...emptyData(), ...data },
    settings: v.parse(SettingsSchema, settings),
    reminders: { sent: {}, snoozed: {} },
    quarantine: [],
    canUndoRestore: false,
  };
}

let sent: CommandMessage[];
beforeEach(() => {
  sent = [];
  listenForCommands(async (message) => {
    sent.push(message);
    return { ok: true, value: message.name === 'recordPayment' ? { id: 'pay1' } : null } as never;
  });
});
afterEach(() => {
  cleanup();
  location.hash = '';
});

function open(hash: string, snap: Snapshot = snapshot(), lang: 'en' | 'zh_CN' = 'en') {
  location.hash = hash;
  act(() => appStore.setState({ status: 'ready', ...snap }, true));
  return renderWithLocale(<OptionsPage snapshot={snap} />, lang);
}

const cell = (d: string) => document.querySelector<HTMLElement>(`td[data-day="${d}"]`)!;
const grid = () => screen.getByRole('grid');

describe('#calendar: the grid', () => {
  it('is a table with a caption and the weekdays as column headers, Monday first', () => {
    open('#calendar/2026-10');
    expect(grid().querySelector('caption')!.textContent).toBe('October 2026');
    expect(
      within(grid())
        .getAllByRole('columnheader')
        .map((th) => th.querySelector('.sr-only')!.textContent),
    ).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    // October 1, 2026 is a Thursday: the fourth cell of the first row.
    expect(grid().querySelectorAll('tbody tr')[0]!.querySelectorAll('td')[3]!.dataset.day).toBe('2026-10-01');
  });

  it('names each day with its holiday or make-up workday, and is one tab stop', () => {
    open('#calendar/2026-10');
    expect(cell('2026-10-01').getAttribute('aria-label')).toBe('1, National Day (holiday), Thursday, October 1');
    expect(cell('2026-10-10').getAttribute('aria-label')).toBe('10, Make-up workday, Saturday, October 10');
    expect(cell('2026-10-12').getAttribute('aria-label')).toBe('12, Monday, October 12');
    expect([...grid().querySelectorAll('td[tabindex="0"]')].map((td) => (td as HTMLElement).dataset.day)).toEqual(['2026-10-01']);
    expect(screen.queryByText(/holiday arrangement not yet included/)).toBeNull();
  });

  it.each([
    ['ArrowRight', '2026-10-09'],
    ['ArrowLeft', '2026-10-07'],
    ['ArrowDown', '2026-10-15'],
    ['ArrowUp', '2026-10-01'],
    ['Home', '2026-10-05'],
    ['End', '2026-10-11'],
    ['PageDown', '2026-11-08'],
    ['PageUp', '2026-09-08'],
  ])('%s moves the focus to %s', async (key, to) => {
    open('#calendar/2026-10-08');
    cell('2026-10-08').focus();
    fireEvent.keyDown(cell('2026-10-08'), { key });
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.day).toBe(to));
    expect(cell(to).getAttribute('aria-selected')).toBe('true');
    expect(cell(to).tabIndex).toBe(0);
    expect(location.hash).toBe(`#calendar/${to.slice(0, 7)}`);
  });

  it('previous and next month buttons change the month; Enter moves to the day’s list', async () => {
    open('#calendar/2026-10');
    fireEvent.click(screen.getByRole('button', { name: 'Next month ›' }));
    expect(grid().querySelector('caption')!.textContent).toBe('November 2026');
    fireEvent.click(screen.getByRole('button', { name: '‹ Previous month' }));
    fireEvent.click(screen.getByRole('button', { name: '‹ Previous month' }));
    expect(grid().querySelector('caption')!.textContent).toBe('September 2026');
    fireEvent.keyDown(cell('2026-09-01'), { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Tuesday, September 1, 2026' }));
  });

  it('says when the year has no holiday arrangement', () => {
    open('#calendar/2027-05');
    expect(screen.getByRole('note').textContent).toBe('2027 holiday arrangement not yet included: weekends only');
    expect(cell('2027-05-01').getAttribute('aria-label')).toBe('1, Saturday, May 1');
  });

  it('reads in Chinese', () => {
    open('#calendar/2026-10', snapshot(), 'zh_CN');
    expect(grid().querySelector('caption')!.textContent).toBe('2026年10月');
    expect(cell('2026-10-01').getAttribute('aria-label')).toContain('国庆节（休）');
    expect(cell('2026-10-10').getAttribute('aria-label')).toContain('调休上班');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('日历');
  });
});

describe('#calendar: items', () => {
  it('shows a due day with its count and total, and lists it with its actions', async () => {
    const due = day(3);
    open(`#calendar/${due}`, snapshot({ debts: [bill('d1', 'Huabei', due, 123_456), bill('d2', 'Card', due, 10_000)] }));
    expect(cell(due).getAttribute('aria-label')).toMatch(
      /^\d+, To pay: CN¥1,334\.56, Huabei, Card, \w+day, \w+ \d+, 2 payments \(Due soon, Due soon\)$/,
    );
    const item = screen.getByText('Huabei', { selector: 'strong' }).closest('li')!;
    expect(item.textContent).toContain('Due soon');
    expect(within(item).getByRole('link', { name: 'Payments and history' }).getAttribute('href')).toBe('#debts/d1');
    fireEvent.click(within(item).getByRole('button', { name: 'Mark paid (CN¥1,234.56)' }));
    await waitFor(() => expect(sent.map((m) => m.name)).toEqual(['recordPayment']));
    expect(sent[0]!.input).toEqual({ target: { type: 'debt', id: 'd1' }, date: TODAY, amount: 123_456, note: '' });
  });

  it('shows the pay-by day of a due date in the National Day holiday, with the reason', () => {
    // Seen from before the holiday, so the item is still ahead.
    const snap = snapshot({ debts: [bill('d1', 'Loan', '2026-10-03', 50_000)] });
    if (TODAY > '2026-10-02') {
      // The pay-by day is shown only for items still ahead: from a later day, there is none.
      open('#calendar/2026-09-30', snap);
      expect(cell('2026-09-30').getAttribute('aria-label')).not.toContain('Pay by');
      return;
    }
    open('#calendar/2026-09-30', snap);
    expect(cell('2026-09-30').getAttribute('aria-label')).toContain('Pay by: Loan');
    expect(screen.getByText(/Loan is due Oct 3: pay by this day \(National Day holiday/)).toBeTruthy();
  });

  it('shows the pay-by day of a due date on a weekend ahead', () => {
    // The first Saturday at least two days ahead; its pay-by day is a day or more before it.
    let due = day(2);
    while (new Date(`${due}T12:00:00`).getDay() !== 6) due = addDaysToDay(due, 1);
    open(`#calendar/${due}`, snapshot({ debts: [bill('d1', 'Weekend bill', due, 50_000)] }));
    const payByCell = [...document.querySelectorAll<HTMLElement>('td[data-day]')].find((td) =>
      td.getAttribute('aria-label')!.includes('Pay by: Weekend bill'),
    );
    // Friday, or earlier when it is a holiday; in the month before when the Saturday is a 1st or 2nd.
    if (payByCell) expect(payByCell.dataset.day! < due).toBe(true);
    else expect(Number(due.slice(8))).toBeLessThanOrEqual(2);
    expect(screen.getByText('Weekend bill', { selector: 'strong' }).closest('li')!.textContent).toMatch(/pay by .+\(a weekend/);
  });

  it('warns of a collision and a cash crunch, naming the items and how much', () => {
    const first = day(10);
    const snap = snapshot(
      { debts: [bill('d1', 'Huabei', first, 120_000), bill('d2', 'Card', day(11), 300_000)] },
      // Paid on the day of the month 20 days from now: both payments fall before the next payday.
      { paydays: { type: 'monthly', day: Number(day(20).slice(8)) }, availablePerPayday: 100_000 },
    );
    open(`#calendar/${first}`, snap);
    const warnings = screen.getByRole('region', { name: 'Warnings for this month' });
    expect(warnings.textContent).toMatch(
      /2 payments within 3 days, .+: Huabei CN¥1,200\.00 \(.+\); Card CN¥3,000\.00 \(.+\)\. Together CN¥4,200\.00\./,
    );
    expect(warnings.textContent).toMatch(
      /Before your next payday \(.+\), CN¥4,200\.00 falls due but CN¥1,000\.00 is left for debts: CN¥3,200\.00 short\. Huabei CN¥1,200\.00/,
    );
  });

  it('without paydays, points to the settings for cash-crunch warnings', () => {
    open('#calendar/2026-10');
    expect(screen.getByRole('link', { name: /Set your paydays/ }).getAttribute('href')).toBe('#settings');
  });
});

describe('#settings: paydays', () => {
  const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;

  it('says which months pay earlier for a payday of 31, and saves it', async () => {
    open('#settings');
    fireEvent.click(screen.getByLabelText('Once a month'));
    fireEvent.input(field(/^Payday \(day of the month\)/), { target: { value: '31' } });
    expect(
      screen.getByText(/Months with fewer than 31 days pay on their last day: February 28 \(29 in a leap year\), April 30/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(sent.map((m) => m.name)).toEqual(['updateSettings']));
    expect(sent[0]!.input).toMatchObject({ paydays: { type: 'monthly', day: 31 }, availablePerPayday: null });
  });

  it.each([
    ['0', 'Enter an amount more than zero, or leave the field empty if you do not know it.'],
    ['some', 'Enter an amount as digits, such as 1,234.56.'],
  ])('refuses an available amount of %s with a message, and sends nothing', async (text, message) => {
    open('#settings');
    fireEvent.input(field(/^Usually available for debts each payday/), { target: { value: text } });
    expect(screen.getByText(new RegExp(message.replace(/[.()]/g, '\\$&')))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toEqual([]);
    expect(field(/^Usually available for debts each payday/).getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses the same day twice on the second payday', () => {
    open('#settings');
    fireEvent.click(screen.getByLabelText('Twice a month'));
    fireEvent.input(field(/^First payday/), { target: { value: '15' } });
    fireEvent.input(field(/^Second payday/), { target: { value: '15' } });
    expect(screen.getByText('The two paydays must be different days (both are day 15).')).toBeTruthy();
  });
});
