/**
 * One line under a row's name saying where its payment stands beyond the due date, when there is
 * more to say than the date: a statement's minimum (estimated or as printed), a statement not entered
 * yet, the days of grace left, a minimum paid and what the rest costs a day, the typical late fee of
 * a statement paid below its minimum. Figures are estimates from typical patterns, and say so; their
 * sources are listed in the opened row (`phaseSources`), so the first screen does not load the
 * sources table. The phase comes with the row (row-view.ts): from the derived record or the data.
 */
import type { PaymentPhase } from '../domain/payment-phase';
import type { PayBy } from '../domain/work-calendar';
import { formatDay } from '../text/days';
import { payByReasonText } from '../text/pay-by';
import { useLocale } from '../ui/locale';
import { Money } from '../ui/money';

/** "Pay by Sep 30: National Day holiday, transfers and autopay may land late". */
function PayByNote({ payBy }: { payBy: PayBy }) {
  const locale = useLocale();
  const why = payByReasonText(payBy.reason, locale);
  return <span class="phase-pay-by">{locale.t('popup_pay_by', { date: formatDay(payBy.day, locale.tag, { long: true }), why })}</span>;
}

/** The line of a payment in `phase` (payment-phase.ts), its amounts in `currency`. */
export function PhaseLine({ phase, currency }: { phase: PaymentPhase; currency: string }) {
  const { t, tag } = useLocale();
  const money = (minor: number) => <Money minor={minor} currency={currency} />;
  switch (phase.phase) {
    case 'upcoming':
    case 'due-today':
      if (!phase.minimum && !phase.estimate && !phase.payBy) return null;
      return (
        <span class="row-meta muted phase-line">
          {phase.payBy && <PayByNote payBy={phase.payBy} />}
          {phase.minimum && (
            <span>
              {t(phase.minimum.estimated ? 'popup_minimum_estimated' : 'popup_minimum')} {money(phase.minimum.amount)}
            </span>
          )}
          {phase.estimate && <span>{t(phase.estimate === 'to-enter' ? 'popup_statement_not_entered' : 'popup_statement_awaited')}</span>}
        </span>
      );
    case 'within-grace':
      return (
        <span class="row-meta phase-line phase-grace">
          {t('popup_within_grace', { date: formatDay(phase.lastDay, tag, { long: true }) })}{' '}
        </span>
      );
    case 'minimum-paid':
      return (
        <span class="row-meta phase-line phase-minimum-paid">
          <span>{t('popup_minimum_paid')}</span>
          <span>
            {t('popup_minimum_paid_interest', { from: formatDay(phase.cost.from, tag, { long: true }) })} {money(phase.cost.dailyInterest)}
            {t('popup_per_day_estimate')}
          </span>
        </span>
      );
    case 'overdue':
      return phase.belowMinimum ? (
        <span class="row-meta phase-line phase-below-minimum">
          <span>{t('popup_below_minimum')}</span>
          <span>
            {t('popup_below_minimum_fee')} {money(phase.belowMinimum.penalty)}
          </span>
        </span>
      ) : null;
  }
}
