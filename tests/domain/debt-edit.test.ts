// The account view's changes to one debt, as whole debts for updateDebt: an edit that keeps what the
// form does not show, a statement entered, an early repayment, an occurrence skipped or postponed.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { DebtInput } from '../../src/domain/commands';
import { addPrepayment, changeOccurrence, enterStatement, mergeEdit, removePrepayment } from '../../src/domain/debt-edit';
import { DebtSchema } from '../../src/domain/model';
import { day, debt, loanDebt, statementDebt } from './fixtures';

const withoutIds = ({ id: _id, createdAt: _c, ...rest }: { id: string; createdAt: string }) => rest as unknown as DebtInput;

describe('mergeEdit', () => {
  const card = statementDebt({
    statements: [
      { statementDate: day('2026-01-01'), amount: 100_000 },
      { statementDate: day('2026-02-01'), amount: 50_000, minimum: 5_000 },
    ],
  });

  it('a statement account with the same terms keeps its history; the form’s statement replaces the latest', () => {
    const edited = {
      ...withoutIds(card),
      name: 'Renamed',
      statements: [{ statementDate: day('2026-03-01'), amount: 60_000 }],
    } as DebtInput;
    const merged = mergeEdit(card, edited);
    expect(merged).toMatchObject({ id: card.id, name: 'Renamed', firstStatement: '2026-01-01' });
    expect(merged.billing === 'statement' && merged.statements).toEqual([
      { statementDate: '2026-01-01', amount: 100_000 },
      { statementDate: '2026-02-01', amount: 60_000 },
    ]);
    expect(v.safeParse(DebtSchema, merged).success).toBe(true);
  });

  it('a new statement day starts the history again at the form’s cycle', () => {
    const edited = {
      ...withoutIds(card),
      statementDay: 5,
      firstStatement: day('2026-03-05'),
      statements: [{ statementDate: day('2026-03-05'), amount: 1 }],
    } as DebtInput;
    expect(mergeEdit(card, edited)).toMatchObject({
      statementDay: 5,
      firstStatement: '2026-03-05',
      statements: [{ statementDate: '2026-03-05', amount: 1 }],
    });
  });

  it('a loan keeps its early repayments', () => {
    const loan = loanDebt({ prepayments: [{ date: day('2026-04-25'), amount: 300_000 }] });
    expect(mergeEdit(loan, { ...withoutIds(loan), name: 'x', prepayments: [] } as DebtInput)).toMatchObject({
      prepayments: loan.prepayments,
    });
  });

  it('a bill keeps the changes of days its new schedule still has', () => {
    const rent = debt({
      recurrence: {
        type: 'monthly',
        firstDue: day('2026-01-10'),
        count: 6,
        changes: [
          { due: day('2026-02-10'), action: 'skip' },
          { due: day('2026-05-10'), action: 'postpone', to: day('2026-05-20') },
        ],
      },
    });
    const shorter = { ...withoutIds(rent), recurrence: { type: 'monthly', firstDue: day('2026-01-10'), count: 3 } } as DebtInput;
    expect(mergeEdit(rent, shorter)).toMatchObject({ recurrence: { count: 3, changes: [{ due: '2026-02-10', action: 'skip' }] } });
  });
});

describe('the account view’s changes', () => {
  it('enterStatement adds a cycle’s statement, or replaces the one entered, in date order', () => {
    const card = statementDebt();
    const next = enterStatement(card, { statementDate: day('2026-02-01'), amount: 70_000 });
    expect(enterStatement(next, { statementDate: day('2026-02-01'), amount: 71_000, minimum: 7_100 }).statements).toEqual([
      card.statements[0],
      { statementDate: '2026-02-01', amount: 71_000, minimum: 7_100 },
    ]);
  });

  it('addPrepayment keeps them in date order; removePrepayment takes one back', () => {
    const loan = addPrepayment(addPrepayment(loanDebt(), { date: day('2026-06-01'), amount: 1 }), { date: day('2026-04-01'), amount: 2 });
    expect(loan.prepayments.map((p) => p.date)).toEqual(['2026-04-01', '2026-06-01']);
    expect(removePrepayment(loan, 0).prepayments.map((p) => p.date)).toEqual(['2026-06-01']);
  });

  it('changeOccurrence skips, postpones (replacing the occurrence’s earlier change) and undoes', () => {
    const rent = debt({ recurrence: { type: 'monthly', firstDue: day('2026-01-10'), count: 3 } });
    const skipped = changeOccurrence(rent, day('2026-02-10'), { action: 'skip' });
    const moved = changeOccurrence(skipped, day('2026-02-10'), { action: 'postpone', to: day('2026-02-15') });
    expect(moved.recurrence).toMatchObject({ changes: [{ due: '2026-02-10', action: 'postpone', to: '2026-02-15' }] });
    expect(changeOccurrence(moved, day('2026-02-10'), null).recurrence).toEqual(rent.recurrence);
    expect(v.safeParse(DebtSchema, moved).success).toBe(true);
    expect(v.safeParse(DebtSchema, changeOccurrence(rent, day('2026-02-11'), { action: 'skip' })).success).toBe(false);
  });
});

describe('addPrepayment and the contract’s early-repayment fee', () => {
  it.each([
    ['kept when not given', { prepaymentFeePpm: 10_000 }, undefined, 10_000],
    ['set', {}, 20_000, 20_000],
    ['cleared by null', { prepaymentFeePpm: 10_000 }, null, undefined],
  ] as const)('%s', (_name, fields, fee, expected) => {
    const loan = addPrepayment(loanDebt(fields), { date: day('2026-04-01'), amount: 1 }, ...(fee === undefined ? [] : [fee]));
    expect(loan.prepaymentFeePpm).toBe(expected);
  });
});
