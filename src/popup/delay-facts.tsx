/**
 * The tracks beside the ladder, in the domain's words (src/locales/<lang>/domain.json): what the
 * delay costs (always an estimate), what the credit report may show and for how long, the grace,
 * the credit-card criminal-risk conditions and what a late plan installment risks.
 */
import {
  CARD_CRIMINAL_RISK,
  CREDIT_REPAIR_2025,
  CREDIT_REPORT_RULES,
  type DelayAssessment,
  type PlanInstallmentDelay,
} from '../domain/delay';
import type { Day, Minor } from '../domain/model';
import { formatMoney } from '../domain/money';
import { Cite, Claim } from '../ui/source-list';
import { formatDay, formatDays } from '../text/days';
import { formatRatePpm } from '../text/numbers';
import { messageKey } from '../text/message-key';
import { tCount } from '../text/translate';
import { useLocale } from '../ui/locale';

/** Cost so far and per extra day with the rate behind the estimate (a range where the sources give one), or why no figure can be given. */
export function DelayCost({ cost, currency, whatIf = false }: { cost: DelayAssessment['cost']; currency: string; whatIf?: boolean }) {
  const { t, tag } = useLocale();
  const money = (minor: Minor) => formatMoney(minor, currency, tag);
  if (!cost.known) return <p class="cost">{t('domain_cost_unknown')}</p>;
  const { range } = cost;
  const figures = range
    ? { soFar: `${money(cost.soFar)}–${money(range.high.soFar)}`, perDay: `${money(cost.perDay)}–${money(range.high.perDay)}` }
    : { soFar: money(cost.soFar), perDay: money(cost.perDay) };
  return (
    <div class="cost">
      <Claim ids={cost.facts}>{t(whatIf ? 'popup_cost_whatif' : 'domain_cost_so_far', figures)}</Claim>
      <p class="estimate">
        {range
          ? t('domain_cost_range_note', { low: formatRatePpm(range.lowPpm, tag), high: formatRatePpm(range.highPpm, tag) })
          : t('domain_cost_note', { rate: formatRatePpm(cost.ratePpm, tag) })}
        {cost.caveat && <> {t(messageKey('domain_cost_caveat', cost.caveat))}</>}
        <Cite ids={cost.facts} />
      </p>
    </div>
  );
}

/** Where the credit report stands or will stand, when it gets worse, and how long a record stays. */
export function CreditReportNote({ assessment }: { assessment: DelayAssessment }) {
  const { t, tag } = useLocale();
  const { creditReport: report, grace } = assessment;
  const day = (d: Day) => formatDay(d, tag, { long: true });
  return (
    <div class="credit-report">
      {report.reporting === 'unknown' && <Claim ids={['CR10']}>{t('domain_credit_unknown')}</Claim>}
      <Claim ids={grace.facts}>
        {grace.inGrace
          ? t('domain_grace_in', { days: grace.days })
          : grace.days === 0
            ? t('domain_grace_none')
            : t('domain_credit_late_from', { date: day(report.lateFrom) })}
      </Claim>
      {report.mayBeReported && (
        <Claim ids={report.facts}>
          {t('domain_credit_next_report')} {report.code !== null && t('domain_credit_code_if_reported', { code: report.code })}
        </Claim>
      )}
      {report.nextCode && (
        <Claim ids={['CR7']}>{t('domain_credit_next_code', { code: report.nextCode.code, date: day(report.nextCode.from) })}</Claim>
      )}
      <Claim ids={['CR1']}>{t('domain_credit_retention', { years: CREDIT_REPORT_RULES.retentionYears })}</Claim>
      <Claim ids={['CR2']} muted>
        {t('domain_credit_prior_notice')}
      </Claim>
      <Claim ids={['CR3']} muted>
        {t('domain_credit_free_reports', { count: CREDIT_REPORT_RULES.freeReportsPerYear })}
      </Claim>
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

/** The credit-card malicious-overdraft conditions, and the earliest day they could all hold while that is still ahead. */
export function CardRisk({ risk }: { risk: NonNullable<DelayAssessment['cardCriminalRisk']> }) {
  const { t, tag } = useLocale();
  return (
    <div class="warning-box" role="note">
      <Claim ids={risk.facts}>{t('domain_card_risk', { amount: formatMoney(CARD_CRIMINAL_RISK.minAmount, 'CNY', tag) })}</Claim>
      {!risk.possible && <p>{t('domain_card_risk_not_before', { date: formatDay(risk.notBefore, tag, { long: true }) })}</p>}
    </div>
  );
}

/**
 * First, for a late plan installment: what the plan risks, and where the original debt stands (N4).
 * `daysOverdue` is the assessment's, which counts from the original due day when it is known.
 */
export function PlanInstallmentNote({ late, daysOverdue }: { late: PlanInstallmentDelay; daysOverdue: number }) {
  const { t, tag } = useLocale();
  const days = formatDays(t, late.daysLate);
  return (
    <div class="warning-box plan-late" role="note">
      <p>
        <strong>{t(late.mayBeBroken ? 'popup_plan_late_may_break' : 'popup_plan_late_at_risk', { days })}</strong>
      </p>
      <Claim ids={['N4']}>{t('domain_plan_break')}</Claim>
      <p>
        {late.originalDue
          ? tCount(t, 'popup_plan_original', daysOverdue, {
              date: formatDay(late.originalDue, tag, { long: true }),
            })
          : t('popup_plan_original_unknown')}
      </p>
    </div>
  );
}
