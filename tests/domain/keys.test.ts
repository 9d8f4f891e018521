import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  debtOccurrenceKey,
  installmentKeyOf,
  notificationInstallmentKey,
  parseReminderKey,
  planInstallmentKey,
  reminderKey,
  summaryNotificationId,
  targetKey,
  type ReminderKey,
} from '../../src/domain/keys';
import type { Day } from '../../src/domain/model';

const day = (s: string) => s as Day;

describe('target and installment keys', () => {
  it('builds each shape', () => {
    expect([targetKey({ type: 'debt', id: 'a' }), debtOccurrenceKey('a', day('2026-03-09')), planInstallmentKey('p', 0)]).toEqual([
      'debt:a',
      'debt:a:2026-03-09',
      'plan:p:0',
    ]);
  });
});

describe('reminder keys', () => {
  const variants: ReminderKey[] = [
    { type: 'lead', installmentKey: 'debt:a:2026-03-09', leadDays: 3 },
    { type: 'lead', installmentKey: 'plan:p:0', leadDays: 0 },
    { type: 'overdue', installmentKey: 'debt:a:2026-03-09', day: day('2026-03-11') },
    { type: 'plan-at-risk', planId: 'p', installmentKey: 'plan:p:2' },
  ];

  it.each(variants)('parseReminderKey reads back what reminderKey built: %o', (key) => {
    expect(parseReminderKey(reminderKey(key))).toEqual(key);
  });

  it.each(['debt:a:2026-03-09', 'debt:a:lead:x', 'debt:a:overdue:soon', ':lead:3', 'debt:a:at-risk:plan:p:1'])(
    'parseReminderKey: %s is no reminder key',
    (key) => {
      expect(parseReminderKey(key)).toBeNull();
    },
  );

  it('installmentKeyOf agrees with the parser on every reminder key', () => {
    for (const key of variants) expect(installmentKeyOf(reminderKey(key))).toBe(key.installmentKey);
  });

  it('a summary notification is about no one installment; any other is about its reminder’s', () => {
    const lead = reminderKey(variants[0]!);
    expect([notificationInstallmentKey(summaryNotificationId(lead)), notificationInstallmentKey(lead)]).toEqual([
      null,
      'debt:a:2026-03-09',
    ]);
  });

  it.each([
    ['lead', 'debt:a:2026-03-09:lead:3', 'debt:a:2026-03-09'],
    ['overdue', 'debt:a:2026-03-09:overdue:2026-03-11', 'debt:a:2026-03-09'],
    ['plan installment', 'plan:p:3:lead:0', 'plan:p:3'],
    ['plan warning', 'plan:p:at-risk:plan:p:2', 'plan:p:2'],
    ['an id with colons', 'debt:a:b:2026-03-09:lead:1', 'debt:a:b:2026-03-09'],
    ['no type', 'debt:a:2026-03-09', 'debt:a:2026-03-09'],
    ['nothing after the type', 'debt:a:lead:', 'debt:a:lead:'],
    ['a type only', ':lead:3', ''],
    ['another word', 'debt:a:leads:3', 'debt:a:leads:3'],
  ])('installmentKeyOf: %s', (_name, key, expected) => {
    expect(installmentKeyOf(key)).toBe(expected);
  });

  it('installmentKeyOf strips `:lead:<x>` or `:overdue:<x>` exactly where /:(?:lead|overdue):[^:]+$/ matches', () => {
    const part = fc.constantFrom('a', ':', 'lead', 'overdue', '3', '2026-03-09');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const key = parts.join('');
        expect(installmentKeyOf(key)).toBe(key.replace(/:(?:lead|overdue):[^:]+$/, ''));
      }),
      { numRuns: 2000 },
    );
  });
});
