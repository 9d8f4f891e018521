/**
 * A statement account's terms from one known due day, for when that is all there is: a card debt
 * stored before statements existed (the v3 → v4 migration) or one added in the popup's short form.
 */
import { addDaysToDay, monthlyDue } from './day';
import type { Day, DebtKind } from './model';
import { STATEMENT_PRESETS, statementDateIn, type DueRule } from './statement';

/** The offset (ST3) assumed between statement and due day when the kind's preset has a fixed due day. */
const DEFAULT_STATEMENT_OFFSET = 20;

export interface TermsFromDue {
  statementDay: number;
  dueRule: DueRule;
  /** The statement day of the cycle due on the given day. */
  firstStatement: Day;
}

/**
 * Terms under which a cycle falls due on `due` and every month after on the same day (a fixed due
 * day, ST4, so no due day moves), with the kind's statement day when it comes before the due day,
 * else the day the kind's (or the usual) offset before it.
 * @example termsFromDue('huabei', '2026-03-09') // { statementDay: 1, dueRule: { type: 'fixed', day: 9 }, firstStatement: '2026-03-01' }
 * @example termsFromDue('credit-card', '2026-03-05') // { statementDay: 13, dueRule: { type: 'fixed', day: 5 }, firstStatement: '2026-02-13' }
 */
export function termsFromDue(kind: DebtKind, due: Day): TermsFromDue {
  const preset = STATEMENT_PRESETS[kind];
  const dueDay = Number(due.slice(8, 10));
  const rule = preset?.dueRule;
  const offset = rule?.type === 'offset' ? rule.days : DEFAULT_STATEMENT_OFFSET;
  const statementDay =
    rule?.type === 'fixed' && preset!.statementDay < dueDay ? preset!.statementDay : Number(addDaysToDay(due, -offset).slice(8, 10));
  const month = statementDay < dueDay ? due : monthlyDue(due, -1);
  return {
    statementDay,
    dueRule: { type: 'fixed', day: dueDay },
    firstStatement: statementDateIn(statementDay, Number(month.slice(0, 4)), Number(month.slice(5, 7))),
  };
}
