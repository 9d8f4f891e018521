/**
 * The tracks beside the ladder, in the domain's words (src/locales/<lang>/domain.json): what the
 * delay costs (always an estimate), what the credit report shows and for how long, and the grace.
 */
import { CREDIT_REPAIR_2025, CREDIT_REPORT_RULES, type DelayAssessment } from '../domain/delay';
import type { Day, Minor } from '../domain/model';
import { formatMoney } from '../domain/money';
import { formatDay } from '../text/days';
import { formatRatePpm } from '../text/numbers';
import { useLocale } from '../ui/locale';

/** Cost so far and per extra day with the rate behind the estimate, or why no figure can be given. */
export function DelayCost({ cost, currency, whatIf = false }: { cost: DelayAssessment['cost']; currency: string; whatIf?: boolean }) {
  const { t, tag } = useLocale();
  const money = (minor: Minor) => formatMoney(minor, currency, tag);
  if (!cost.known) return <p class="cost">{t('domain_cost_unknown')}</p>;
  return (
    <div class="cost">
      <p>{t(whatIf ? 'popup_cost_whatif' : 'domain_cost_so_far', { soFar: money(cost.soFar), perDay: money(cost.perDay) })}</p>
      <p class="estimate">
        {t('domain_cost_note', { rate: formatRatePpm(cost.ratePpm, tag) })}
        {cost.checkContract && <> {t('domain_cost_check_contract')}</>}
      </p>
    </div>
  );
}

/** Where the credit report stands or will stand, when it gets worse, and how long a record stays. */
export function CreditReportNote({ assessment, today }: { assessment: DelayAssessment; today: Day }) {
  const { t, tag } = useLocale();
  const { creditReport: report, grace } = assessment;
  const day = (d: Day) => formatDay(d, tag, { long: true });
  return (
    <div class="credit-report">
      {report.reporting === 'unknown' && <p>{t('domain_credit_unknown')}</p>}
      <p>
        {grace.inGrace
          ? t('domain_grace_in', { days: grace.days })
          : grace.days === 0
            ? t('domain_grace_none')
            : t('domain_credit_late_from', { date: day(report.lateFrom) })}
      </p>
      {report.likelyReported && report.code !== null ? (
        <p>{t('domain_credit_likely_reported', { code: report.code })}</p>
      ) : (
        <p>{t('domain_credit_report_from', { date: day(report.earliestReport > today ? report.earliestReport : today) })}</p>
      )}
      {report.nextCode && report.code !== null && (
        <p>{t('domain_credit_next_code', { code: report.nextCode.code, date: day(report.nextCode.from) })}</p>
      )}
      <p>{t('domain_credit_retention', { years: CREDIT_REPORT_RULES.retentionYears })}</p>
      <p class="muted">{t('domain_credit_prior_notice')}</p>
      {report.repair.covered && (
        <p>
          {t('domain_credit_repair_covered', {
            amount: formatMoney(CREDIT_REPAIR_2025.maxAmount, 'CNY', tag),
            from: day(CREDIT_REPAIR_2025.arisingFrom),
            until: day(CREDIT_REPAIR_2025.arisingUntil),
            date: day(report.repair.repayBy),
          })}
        </p>
      )}
    </div>
  );
}
