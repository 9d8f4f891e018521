import { Fragment } from 'preact';
import type { MoneyTotal, OverviewTotals } from '../domain/overview';
import { optionsHref } from '../ui/links';
import { Money } from '../ui/money';
import { useT } from '../ui/locale';
import { tCount } from '../text/translate';

/** One amount per currency, joined: ¥1,200.00 + US$30.00. */
function Totals({ totals }: { totals: MoneyTotal[] }) {
  return (
    <>
      {totals.map((total, i) => (
        <Fragment key={total.currency}>
          {i > 0 && ' + '}
          <Money minor={total.amount} currency={total.currency} />
        </Fragment>
      ))}
    </>
  );
}

/**
 * The one-glance answer: how much is overdue, and how much falls due in the next 30 days. It counts
 * payments, not rows: a monthly bill missed twice is one row but two overdue payments. With something
 * overdue or due soon, it links to "What to pay first" for when the money does not cover it all.
 */
export function Summary({ totals, dueSoonCount }: { totals: OverviewTotals; dueSoonCount: number }) {
  const t = useT();
  return (
    <div class="summary">
      {totals.overdueCount > 0 ? (
        <p class="summary-overdue">
          {tCount(t, 'popup_summary_overdue', totals.overdueCount)} <Totals totals={totals.overdue} />
        </p>
      ) : (
        <p class="summary-ok">{t('popup_summary_none_overdue')}</p>
      )}
      {totals.dueNext30.length > 0 ? (
        <p>
          {t('popup_summary_next30')} <Totals totals={totals.dueNext30} />
          {dueSoonCount > 0 && <span class="muted"> · {tCount(t, 'popup_summary_due_soon', dueSoonCount)}</span>}
        </p>
      ) : (
        <p class="muted">{t('popup_summary_next30_none')}</p>
      )}
      {(totals.overdueCount > 0 || dueSoonCount > 0) && (
        <p>
          <a href={optionsHref('triage')} target="_blank" rel="noopener">
            {t('popup_summary_triage')}
          </a>
        </p>
      )}
    </div>
  );
}
