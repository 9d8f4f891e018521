// The popup's warning line: a cash crunch before the next payday and payments bunched within a few
// days, each with how much, linked to the month view; nothing when neither applies.
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BillDebt, Settings } from '../../src/domain/model';
import { PaymentWarnings } from '../../src/popup/lazy-parts';
import { Popup } from '../../src/popup/popup';
import { data, day, debt, settings } from '../domain/fixtures';
import { renderWithLocale } from './popup-render';

const TODAY = day('2026-10-12');
const once = (id: string, due: string, amount: number): BillDebt =>
  debt({ id, name: id, kind: 'other', amount, recurrence: { type: 'once', dueDate: day(due) } });

// Loaded before the tests, so a line that is not there is one the part did not draw.
beforeAll(() => PaymentWarnings.preload());
afterEach(cleanup);

function renderPopup(debts: BillDebt[], fields: Partial<Settings> = {}, lang: 'en' | 'zh_CN' = 'en') {
  const snapshot = {
    data: data({ debts }),
    settings: settings(fields),
    reminders: { sent: {}, snoozed: {} },
    quarantine: [],
    canUndoRestore: false,
  };
  return renderWithLocale(<Popup snapshot={snapshot} today={TODAY} focusKey={null} />, lang);
}

const warning = () => waitFor(() => document.querySelector<HTMLElement>('.payment-warnings') ?? Promise.reject(new Error('no warning')));

describe('popup warning line', () => {
  it('names a collision within the week and a cash crunch before the next payday, with how much', async () => {
    renderPopup([once('Huabei', '2026-10-15', 120_000), once('Card', '2026-10-16', 300_000)], {
      paydays: { type: 'twice', days: [10, 25] },
      availablePerPayday: 200_000,
    });
    const line = await warning();
    expect(line.textContent).toBe(
      'Before payday (Oct 25): CN¥2,200.00 short of the CN¥4,200.00 due; 2 payments within 3 days from Oct 15, CN¥4,200.00 together. See the calendar',
    );
    expect(screen.getByRole('link', { name: 'See the calendar' }).getAttribute('href')).toBe('options.html#calendar/2026-10-12');
  });

  it('says it in Chinese', async () => {
    renderPopup([once('Huabei', '2026-10-15', 120_000), once('Card', '2026-10-16', 300_000)], {}, 'zh_CN');
    expect((await warning()).textContent).toBe('10月15日起3天内有2笔还款，合计¥4,200.00。查看日历');
  });

  it('shows nothing when payments are spread out and money suffices', async () => {
    renderPopup([once('Huabei', '2026-10-15', 120_000), once('Card', '2026-10-20', 30_000)], {
      paydays: { type: 'monthly', day: 25 },
      availablePerPayday: 200_000,
    });
    expect(document.querySelector('.payment-warnings')).toBeNull();
    expect(screen.getByText('Huabei')).toBeTruthy();
  });

  it('a collision more than a week ahead waits for the month view', async () => {
    renderPopup([once('Huabei', '2026-10-25', 120_000), once('Card', '2026-10-26', 300_000)]);
    expect(document.querySelector('.payment-warnings')).toBeNull();
  });
});
