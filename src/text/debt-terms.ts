/** A debt's terms in one line, for lists and the import preview: how often it falls due and until when, or its statement or loan terms. */
import type { DebtInput } from '../domain/commands';
import type { Recurrence } from '../domain/model';
import { formatPpmPercent } from '../domain/rate';
import { formatDay } from './days';
import { messageKey } from './message-key';
import type { Translate } from './translate';

/** "Every 2 months from Mar 10, 2026" and the like, without the end. */
function recurrenceStart(t: Translate, r: Exclude<Recurrence, { type: 'once' }>, tag: string): string {
  const date = formatDay(r.firstDue, tag);
  if (r.type === 'yearly') return t('options_schedule_yearly_from', { date });
  if (r.lastDay) return t('options_schedule_last_day_from', { date });
  return (r.every ?? 1) > 1
    ? t('options_schedule_every_months_from', { every: r.every!, date })
    : t('options_schedule_monthly_from', { date });
}

/**
 * @example describeTerms(t, { recurrence: { type: 'monthly', firstDue: '2026-03-10', count: 12 }, … }, 'en')
 *          // 'Monthly from Mar 10, 2026, 12 payments'
 * @example describeTerms(t, { billing: 'statement', statementDay: 1, dueRule: { type: 'fixed', day: 10 }, … }, 'en')
 *          // 'Statement on day 1, due on day 10'
 */
export function describeTerms(t: Translate, debt: DebtInput, tag: string): string {
  switch (debt.billing) {
    case 'statement': {
      const rule = debt.dueRule;
      return rule.type === 'offset'
        ? t('options_terms_statement_offset', { day: debt.statementDay, days: rule.days })
        : t('options_terms_statement_fixed', { day: debt.statementDay, due: rule.day });
    }
    case 'loan':
      return t('options_terms_loan', {
        term: debt.term,
        method: t(messageKey('domain_loan_method', debt.method)),
        rate: formatPpmPercent(debt.rate.ppm),
        per: t(`options_form_rate_basis_${debt.rate.basis}`),
      });
    default: {
      const r = debt.recurrence;
      if (r.type === 'once') return t('options_schedule_once', { date: formatDay(r.dueDate, tag) });
      const end =
        r.count !== undefined
          ? t('options_schedule_end_count', { count: r.count })
          : r.until !== undefined
            ? t('options_schedule_end_until', { date: formatDay(r.until, tag) })
            : t('options_schedule_end_none');
      return t('options_schedule_recurring', { start: recurrenceStart(t, r, tag), end });
    }
  }
}
