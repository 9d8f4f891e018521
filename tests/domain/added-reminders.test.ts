import { describe, expect, it } from 'vitest';
import { skipPassedLeads } from '../../src/domain/added-reminders';
import { data, day, debt, settings } from './fixtures';

const NOW = new Date(2026, 4, 10, 10, 0).getTime(); // 2026-05-10 10:00, after the 09:00 reminder time
const state = (dueDate: string) => ({
  data: data({ debts: [debt({ id: 'new', recurrence: { type: 'once', dueDate: day(dueDate) } })] }),
  settings: settings({ leadDays: [7, 3, 1, 0], reminderTime: '09:00' }),
  reminders: { sent: {}, snoozed: {} },
});

describe('skipPassedLeads', () => {
  it('records the lead reminder whose time came before the debt was added as sent, and no later one', () => {
    expect(skipPassedLeads(state('2026-05-11'), [{ type: 'debt', id: 'new' }], NOW).sent).toEqual({ 'debt:new:2026-05-11:lead:1': NOW });
  });

  it('keeps an overdue debt’s reminders: being late is news', () => {
    expect(skipPassedLeads(state('2026-05-08'), [{ type: 'debt', id: 'new' }], NOW).sent).toEqual({});
  });

  it('leaves the log as it is when nothing had passed, or for debts not just added', () => {
    const later = state('2026-05-20'); // its first lead, 7 days before, is on the 13th
    expect(skipPassedLeads(later, [{ type: 'debt', id: 'new' }], NOW)).toBe(later.reminders);
    const tomorrow = state('2026-05-11');
    expect(skipPassedLeads(tomorrow, [{ type: 'debt', id: 'other' }], NOW)).toBe(tomorrow.reminders);
  });
});
