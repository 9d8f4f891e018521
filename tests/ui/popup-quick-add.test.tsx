// Quick add in the popup: the shared debt and plan forms, sent as commands; a plan started from an
// overdue debt is pre-filled with what is left to pay on it.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CommandMessage, CommandResult } from '../../src/domain/commands';
import type { Data } from '../../src/domain/model';
import { listenForCommands } from '../../src/platform/messaging';
import { preloadParts } from '../../src/popup/lazy-parts';
import { Popup } from '../../src/popup/popup';
import { data, day, debt, payment, settings } from '../domain/fixtures';
import { renderWithLocale } from './popup-render';

// The parts a click opens come from their own chunks (tests/ui/lazy.test.tsx covers the loading itself).
beforeAll(preloadParts);

const TODAY = day('2026-05-10');

afterEach(cleanup);

function renderPopup(d: Data) {
  const snapshot = { data: d, settings: settings(), reminders: { sent: {}, snoozed: {} }, quarantine: [], canUndoRestore: false };
  return renderWithLocale(<Popup snapshot={snapshot} today={TODAY} focusKey={null} />);
}

function fakeBackground(answer: (m: CommandMessage) => CommandResult = (m) => ({ ok: true, value: { id: m.id } })) {
  const sent: CommandMessage[] = [];
  listenForCommands(async (message) => {
    sent.push(message);
    return answer(message);
  });
  return sent;
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('quick add of a debt', () => {
  it('sends a valid debt, says so and closes: a Huabei bill becomes a statement account due on the day typed', async () => {
    const sent = fakeBackground();
    renderPopup(data());
    fireEvent.click(screen.getByRole('button', { name: 'Add debt' }));
    const panel = screen.getByRole('region', { name: 'Add a debt' });
    // The short form: name, kind, amount and due date only; the statement terms follow the kind.
    expect(['Statement day', 'Grace days', 'Note'].map((label) => screen.queryByLabelText(label, { exact: false }))).toEqual([
      null,
      null,
      null,
    ]);
    type('Name', '花呗 5月账单');
    type('Amount due', '1,234.56');
    type('Due date', '2026-06-09');
    fireEvent.submit(panel.querySelector('form')!);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      name: 'addDebt',
      input: {
        name: '花呗 5月账单',
        billing: 'statement',
        statementDay: 1,
        dueRule: { type: 'fixed', day: 9 },
        firstStatement: '2026-06-01',
        statements: [{ statementDate: '2026-06-01', amount: 123_456 }],
      },
    });
    expect(await screen.findByText('Added “花呗 5月账单”.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Add a debt' })).toBeNull();
  });

  it('refuses an incomplete debt without sending anything', async () => {
    const sent = fakeBackground();
    renderPopup(data());
    fireEvent.click(screen.getByRole('button', { name: 'Add debt' }));
    fireEvent.submit(screen.getByRole('region', { name: 'Add a debt' }).querySelector('form')!);
    await waitFor(() => expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true'));
    expect(sent).toHaveLength(0);
  });

  it('keeps the form open and shows why the background refused it', async () => {
    fakeBackground(() => ({ ok: false, error: { code: 'quota', message: 'full' } }));
    renderPopup(data());
    fireEvent.click(screen.getByRole('button', { name: 'Add debt' }));
    type('Name', 'Card');
    type('Amount due', '100');
    type('Due date', '2026-06-09');
    fireEvent.submit(screen.getByRole('region', { name: 'Add a debt' }).querySelector('form')!);
    expect(await screen.findByText(/storage for DueGuard is full/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Add a debt' })).toBeTruthy();
  });

  it('closes on Escape', () => {
    renderPopup(data());
    fireEvent.click(screen.getByRole('button', { name: 'Add debt' }));
    fireEvent.keyDown(screen.getByLabelText('Name'), { key: 'Escape' });
    expect(screen.queryByRole('region', { name: 'Add a debt' })).toBeNull();
  });
});

describe('quick add of a plan', () => {
  it('starts from an overdue debt with what is left to pay on it', async () => {
    const sent = fakeBackground();
    renderPopup(
      data({
        debts: [
          debt({
            id: 'card',
            name: 'CMB card',
            kind: 'credit-card',
            amount: 880_000,
            recurrence: { type: 'once', dueDate: day('2026-03-01') },
          }),
        ],
        payments: [payment('2026-04-01', 80_000, { type: 'debt', id: 'card' })],
      }),
    );
    fireEvent.click(within(screen.getByText('CMB card').closest('li')!).getAllByRole('button')[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Negotiate a plan' }));
    const panel = screen.getByRole('region', { name: 'Add a plan' });
    expect((within(panel).getByLabelText('Name') as HTMLInputElement).value).toBe('CMB card');
    expect((within(panel).getByLabelText('Total agreed') as HTMLInputElement).value).toBe('8000.00');
    fireEvent.submit(panel.querySelector('form')!);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ name: 'addPlan', input: { name: 'CMB card', kind: 'credit-card', debtId: 'card', total: 800_000 } });
  });
});
