// A statement account as the rest of DueGuard sees it: one installment per cycle (estimated until its
// statement is entered), payments against cycles (a cycle's rest beyond its minimum moves to the next
// statement), the minimum-paid state, the v3 → v4 migration and the terms taken from a due day.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DATA_MIGRATIONS } from '../../src/domain/migrations';
import { DebtSchema } from '../../src/domain/model';
import { getDebtInstallments, headlineAmount } from '../../src/domain/schedule';
import { getInstallmentStatuses, minimumLeft } from '../../src/domain/status';
import { termsFromDue } from '../../src/domain/statement-terms';
import { recurrenceOccurrences } from '../../src/domain/recurrence';
import { day, payment, statementDebt } from './fixtures';

const pay = (date: string, amount: number) => payment(date, amount, { type: 'debt', id: 'c1' });

describe('the installments of a statement account', () => {
  it('one per cycle from the first statement, each due by the rule; cycles not entered are estimated from the latest before them', () => {
    const card = statementDebt({
      statements: [
        { statementDate: day('2026-01-01'), amount: 100_000 },
        { statementDate: day('2026-03-01'), amount: 50_000, minimum: 7_000 },
      ],
    });
    const cycles = getDebtInstallments(card, day('2026-04-15'));
    expect(cycles.map((c) => [c.due, c.amount, c.cycle?.minimum, c.cycle?.estimated])).toEqual([
      ['2026-01-10', 100_000, 10_000, false],
      ['2026-02-10', 100_000, 10_000, true],
      ['2026-03-10', 50_000, 7_000, false],
      ['2026-04-10', 50_000, 5_000, true],
      ['2026-05-10', 50_000, 5_000, true],
    ]);
    expect(cycles.map((c) => c.cycle?.nextStatementDate)).toEqual(['2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01']);
    expect(headlineAmount(card)).toBe(50_000);
  });

  it('an offset rule moves the due day with the month (ST3); a statement day of 31 clamps', () => {
    const card = statementDebt({
      statementDay: 31,
      dueRule: { type: 'offset', days: 20 },
      firstStatement: day('2026-01-31'),
      statements: [{ statementDate: day('2026-01-31'), amount: 100 }],
    });
    expect(getDebtInstallments(card, day('2026-04-01')).map((c) => [c.cycle?.statementDate, c.due])).toEqual([
      ['2026-01-31', '2026-02-20'],
      ['2026-02-28', '2026-03-20'],
      ['2026-03-31', '2026-04-20'],
    ]);
  });

  it('refuses a first statement that is not on the statement day, and a statement of a cycle it does not have', () => {
    const base = { ...statementDebt() };
    expect(v.safeParse(DebtSchema, { ...base, firstStatement: '2026-01-02' }).success).toBe(false);
    expect(v.safeParse(DebtSchema, { ...base, statements: [{ statementDate: '2026-01-05', amount: 1 }] }).success).toBe(false);
    expect(v.safeParse(DebtSchema, { ...base, statements: [{ statementDate: '2025-12-01', amount: 1 }] }).success).toBe(false);
    expect(v.safeParse(DebtSchema, { ...base, statements: [{ statementDate: '2026-01-01', amount: 100, minimum: 101 }] }).success).toBe(
      false,
    );
    expect(v.safeParse(DebtSchema, { ...base, statements: [] }).success).toBe(false);
    expect(v.safeParse(DebtSchema, { ...base, statementDay: 0 }).success).toBe(false);
    expect(v.safeParse(DebtSchema, { ...base, statementDay: 32 }).success).toBe(false);
  });
});

describe('paying a statement: in full, at least the minimum, less', () => {
  const card = statementDebt({ statements: [{ statementDate: day('2026-01-01'), amount: 100_000, minimum: 10_000 }] });
  const statusOn = (today: string, ...payments: ReturnType<typeof pay>[]) =>
    getInstallmentStatuses(getDebtInstallments(card, day(today)), payments, day(today))[0]!;

  it.each([
    ['nothing paid, before the due day', '2026-01-05', [], 'upcoming', 100_000],
    ['nothing paid, on the due day', '2026-01-10', [], 'due-today', 100_000],
    ['nothing paid, after it: overdue', '2026-01-11', [], 'overdue', 100_000],
    ['less than the minimum: overdue (MP7)', '2026-01-11', [pay('2026-01-09', 9_999)], 'overdue', 90_001],
    ['exactly the minimum: not overdue (MP4)', '2026-01-11', [pay('2026-01-09', 10_000)], 'minimum-paid', 90_000],
    ['more than the minimum', '2026-01-20', [pay('2026-01-09', 40_000)], 'minimum-paid', 60_000],
    ['in full: settled', '2026-01-11', [pay('2026-01-09', 100_000)], 'paid', 0],
    ['the minimum, once the next statement is out: the rest is on it', '2026-02-01', [pay('2026-01-09', 10_000)], 'paid', 0],
    [
      'below the minimum, once the next statement is out: the minimum stays overdue',
      '2026-02-01',
      [pay('2026-01-09', 4_000)],
      'overdue',
      6_000,
    ],
  ] as const)('%s', (_name, today, payments, state, remaining) => {
    const status = statusOn(today, ...payments);
    expect([status.state, status.remaining]).toEqual([state, remaining]);
  });

  it('a payment after the next statement is out pays the new cycle, not the rest carried from the old one', () => {
    const statuses = getInstallmentStatuses(
      getDebtInstallments(card, day('2026-02-05')),
      [pay('2026-01-09', 10_000), pay('2026-02-03', 100_000)],
      day('2026-02-05'),
    );
    expect(statuses.slice(0, 2).map((s) => [s.state, s.paid])).toEqual([
      ['paid', 10_000],
      ['paid', 100_000],
    ]);
  });
});

describe('termsFromDue: the due days stay exactly the old ones', () => {
  it.each([
    ['huabei', '2026-03-09', 1, 9, '2026-03-01'],
    ['credit-card', '2026-03-05', 13, 5, '2026-02-13'],
    ['credit-card', '2026-01-31', 11, 31, '2026-01-11'],
    ['baitiao', '2026-02-10', 1, 10, '2026-02-01'],
    ['meituan', '2026-01-08', 1, 8, '2026-01-01'],
  ] as const)('%s due %s', (kind, due, statementDay, dueDay, firstStatement) => {
    expect(termsFromDue(kind, day(due))).toEqual({ statementDay, dueRule: { type: 'fixed', day: dueDay }, firstStatement });
  });
});

describe('the v3 → v4 migration', () => {
  const v3 = (debts: unknown[]) => ({ version: 3, debts, plans: [], payments: [], contacts: [] });
  const migrate = (record: Record<string, unknown>) => DATA_MIGRATIONS[3]!(record) as { version: number; debts: unknown[] };
  const monthly = (kind: string, firstDue: string, count?: number) => ({
    id: 'd',
    name: 'x',
    kind,
    currency: 'CNY',
    amount: 250_000,
    recurrence: { type: 'monthly', firstDue, ...(count ? { count } : {}) },
    note: '',
    createdAt: '2026-01-01',
  });

  it.each(['credit-card', 'huabei', 'baitiao', 'meituan'])(
    'an open-ended monthly %s debt becomes a statement account with the same due days and amounts',
    (kind) => {
      const old = monthly(kind, '2026-01-31');
      const [migrated] = migrate(v3([old])).debts;
      const debt = v.parse(DebtSchema, migrated);
      expect(debt.billing).toBe('statement');
      const before = recurrenceOccurrences({ type: 'monthly', firstDue: day('2026-01-31') }, day('2026-12-31')).map((o) => o.due);
      const after = getDebtInstallments(debt, day('2026-12-31'));
      expect(after.map((i) => i.due)).toEqual(before);
      expect(new Set(after.map((i) => i.amount))).toEqual(new Set([250_000]));
    },
  );

  it.each([
    ['a card debt with an end (an installment plan)', monthly('credit-card', '2026-01-31', 6)],
    ['a monthly debt of another kind', monthly('other', '2026-01-31')],
    ['a one-off card bill', { ...monthly('credit-card', '2026-01-31'), recurrence: { type: 'once', dueDate: '2026-01-31' } }],
    ['a record it cannot read (left for validation to quarantine)', { ...monthly('credit-card', '2026-02-30') }],
  ])('%s stays as it was', (_name, old) => {
    expect(migrate(v3([old]))).toEqual({ ...v3([old]), version: 4 });
  });
});

describe('minimumLeft', () => {
  const card = statementDebt({ statements: [{ statementDate: day('2026-01-01'), amount: 100_000, minimum: 10_000 }] });
  const leftAfter = (paid: number) =>
    minimumLeft(
      getInstallmentStatuses(getDebtInstallments(card, day('2026-01-05')), paid ? [pay('2026-01-03', paid)] : [], day('2026-01-05'))[0]!,
    );
  it.each([
    ['nothing paid: the whole minimum', 0, 10_000],
    ['part of it paid: the rest', 4_000, 6_000],
    ['met: none', 10_000, null],
  ])('%s', (_name, paid, expected) => {
    expect(leftAfter(paid)).toBe(expected);
  });
  it('a bill has none', () => {
    expect(
      minimumLeft({ ...getInstallmentStatuses(getDebtInstallments(card, day('2026-01-05')), [], day('2026-01-05'))[0]!, cycle: undefined }),
    ).toBe(null);
  });
});
