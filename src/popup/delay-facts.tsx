/** The two tracks beside the ladder, in words: what the delay costs and what the credit report shows. */
import type { DelayAssessment } from '../domain/delay';
import { CREDIT_REPORT_RULES } from '../domain/delay';
import type { Day, Minor } from '../domain/model';
import { formatMoney } from '../domain/money';
import { formatDay, formatRatePpm } from '../ui/format';
import { useI18n } from '../ui/i18n';

/** Cost so far and per extra day, always labelled an estimate; or why no figure can be given. */
export function DelayCost({ cost, currency, whatIf = false }: { cost: DelayAssessment['cost']; currency: string; whatIf?: boolean }) {
  const { t, tag } = useI18n();
  const money = (minor: Minor) => formatMoney(minor, currency, tag);
  if (!cost.known) return <p class="cost">{t('popup_cost_unknown')}</p>;
  return (
    <p class="cost">
      {t(whatIf ? 'popup_cost_whatif' : 'popup_cost_so_far', { soFar: money(cost.soFar), perDay: money(cost.perDay) })}{' '}
      <span class="estimate">{t('popup_cost_estimate', { rate: formatRatePpm(cost.ratePpm, tag) })}</span>
      {cost.checkContract && <> {t('popup_cost_check_contract')}</>}
    </p>
  );
}

/** Where the credit report stands or will stand, and how long a record stays. */
export function CreditReportNote({ report, inGrace }: { report: DelayAssessment['creditReport']; inGrace: boolean }) {
  const { t, tag } = useI18n();
  const day = (d: Day) => formatDay(d, tag);
  return (
    <div class="credit-report">
      {report.reporting === 'unknown' && <p>{t('popup_report_unknown')}</p>}
      {inGrace ? (
        <p>{t('popup_report_in_grace', { date: day(report.lateFrom) })}</p>
      ) : report.likelyReported && report.code !== null ? (
        <p>{t('popup_report_likely', { code: report.code })}</p>
      ) : (
        <p>{t('popup_report_from', { date: day(report.earliestReport) })}</p>
      )}
      <p>{t('popup_report_retention', { years: CREDIT_REPORT_RULES.retentionYears })}</p>
      {report.repair.covered && <p>{t('popup_report_repair', { date: day(report.repair.repayBy) })}</p>}
    </div>
  );
}
