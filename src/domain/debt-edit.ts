/**
 * Changes to one debt that the account view makes: a debt edited in the form, merged with what the
 * form does not show (so an edit loses nothing it can keep: a statement account's earlier statements,
 * a loan's early repayments, a bill's skipped and postponed occurrences), a statement entered, an
 * early repayment, an occurrence skipped or postponed. Each returns the whole debt for `updateDebt`,
 * whose validation refuses what does not fit (a prepayment above the balance, a skip of a day the
 * schedule does not have).
 */
import type { DebtInput } from './commands';
import type { BillDebt, Day, Debt, LoanDebt, Minor, Statement, StatementDebt } from './model';
import { isScheduledDay } from './recurrence';

const sameTerms = (a: { statementDay: number; dueRule: unknown }, b: { statementDay: number; dueRule: unknown }) =>
  a.statementDay === b.statementDay && JSON.stringify(a.dueRule) === JSON.stringify(b.dueRule);

/**
 * `edited` (the form's debt) as the stored `debt` becomes:
 * - a statement account with the same terms keeps its history; the form's statement replaces the
 *   latest one. With a new statement day or due rule the old cycles no longer exist: the history
 *   starts again at the current cycle, as the form says.
 * - a loan keeps its early repayments (the loan's check then refuses terms they no longer fit).
 * - a bill keeps the skips and postponements of days its new schedule still has.
 * A debt whose billing changes is taken as edited.
 * @example mergeEdit(card, { ...cardInput, statements: [{ statementDate: '2026-03-01', amount: 5000 }] }).statements.length // all of card's
 */
export function mergeEdit(debt: Debt, edited: DebtInput): Debt {
  const ids = { id: debt.id, createdAt: debt.createdAt };
  if (edited.billing === 'statement' && debt.billing === 'statement' && sameTerms(debt, edited)) {
    const typed = edited.statements[0]!;
    const latest = debt.statements.reduce((a, b) => (a.statementDate >= b.statementDate ? a : b));
    const kept = debt.statements.filter((s) => s !== latest);
    return {
      ...edited,
      ...ids,
      firstStatement: debt.firstStatement,
      statements: [...kept, { ...typed, statementDate: latest.statementDate }],
    };
  }
  if (edited.billing === 'loan' && debt.billing === 'loan') return { ...edited, ...ids, prepayments: debt.prepayments };
  if (edited.billing !== 'statement' && edited.billing !== 'loan' && debt.billing !== 'statement' && debt.billing !== 'loan') {
    const changes = debt.recurrence.type === 'once' ? [] : (debt.recurrence.changes ?? []);
    const r = edited.recurrence;
    const keep = r.type === 'once' ? [] : changes.filter((c) => isScheduledDay(r, c.due));
    return { ...edited, ...ids, ...(keep.length && r.type !== 'once' ? { recurrence: { ...r, changes: keep } } : {}) };
  }
  return { ...edited, ...ids };
}

/**
 * The account with `statement` entered for its cycle: added, or replacing what was entered before.
 * @example enterStatement(card, { statementDate: '2026-02-01', amount: 80_000, minimum: 8_000 }).statements.at(-1) // that statement
 */
export function enterStatement(debt: StatementDebt, statement: Statement): StatementDebt {
  const others = debt.statements.filter((s) => s.statementDate !== statement.statementDate);
  return { ...debt, statements: [...others, statement].sort((a, b) => (a.statementDate < b.statementDate ? -1 : 1)) };
}

/**
 * The loan with an early repayment of `amount` on `date` added (LN3, LN4), in date order, and the
 * contract's early-repayment fee as given (null or 0: none; absent: as it was).
 */
export function addPrepayment(
  debt: LoanDebt,
  prepayment: { date: Day; amount: Minor },
  prepaymentFeePpm: number | null = debt.prepaymentFeePpm ?? null,
): LoanDebt {
  const { prepaymentFeePpm: _old, ...loan } = debt;
  const prepayments = [...debt.prepayments, prepayment].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...loan, prepayments, ...(prepaymentFeePpm ? { prepaymentFeePpm } : {}) };
}

/** The loan without its early repayment at `index` (undo). */
export function removePrepayment(debt: LoanDebt, index: number): LoanDebt {
  return { ...debt, prepayments: debt.prepayments.filter((_, i) => i !== index) };
}

/**
 * The recurring bill with the occurrence scheduled on `change.due` skipped or postponed (replacing an
 * earlier change of the same occurrence), or with that change removed when `change` is `null`-action.
 * Kept in `recurrence.changes`, so the history shows what was moved.
 */
export function changeOccurrence(debt: BillDebt, due: Day, change: { action: 'skip' } | { action: 'postpone'; to: Day } | null): BillDebt {
  const r = debt.recurrence;
  if (r.type === 'once') return debt;
  const others = (r.changes ?? []).filter((c) => c.due !== due);
  const changes = change ? [...others, { due, ...change }] : others;
  const { changes: _old, ...rest } = r;
  return { ...debt, recurrence: changes.length ? { ...rest, changes } : rest };
}
