/**
 * "What if I pay N days late?" for an item not yet overdue: the stage that delay reaches, the day
 * it would be, what typically happens then and what it would cost (an estimate), by the same rule
 * as the explainer (`assessOverdue` as of that day), with its sources and the same caveat.
 */
import { useId, useState } from 'preact/hooks';
import { assessmentSources, assessOverdue, CARD_CRIMINAL_RISK } from '../domain/delay';
import { addDaysToDay } from '../domain/day';
import type { Day } from '../domain/model';
import type { OpenItem } from '../domain/open-installments';
import { CardRisk, DelayCost, PlanInstallmentNote } from './delay-facts';
import { LadderTimeline } from './ladder-timeline';
import { Claim, SourceList } from '../ui/source-list';
import { Disclosure } from '../ui/disclosure';
import { stageTitle, stageWhat } from '../text/stages';
import { formatDay, formatDays } from '../text/days';
import { tCount } from '../text/translate';
import { useLocale } from '../ui/locale';

/** The slider's range in days late. */
export const WHAT_IF_MAX_DAYS = 365;

const clampDays = (n: number) => (Number.isFinite(n) ? Math.min(WHAT_IF_MAX_DAYS, Math.max(0, Math.round(n))) : 0);

export function WhatIf({ item, today }: { item: OpenItem; today: Day }) {
  const { t, tag } = useLocale();
  const id = useId();
  const [days, setDays] = useState(0);
  const { status } = item;
  const payOn = addDaysToDay(status.due, days);
  const assessment = assessOverdue([item], payOn);
  const { stage, creditReport, cost, timeline, grace, cardCriminalRisk, planInstallment } = assessment;
  const payDay = formatDay(payOn, tag, { long: true });
  const onInput = (event: { currentTarget: HTMLInputElement }) => setDays(clampDays(event.currentTarget.valueAsNumber));

  return (
    <div class="what-if">
      <h3>{t('popup_whatif_title')}</h3>
      <div class="what-if-controls">
        <label for={`${id}-range`}>{tCount(t, 'popup_whatif_label', days)}</label>
        <input
          id={`${id}-range`}
          type="range"
          min={0}
          max={WHAT_IF_MAX_DAYS}
          step={1}
          value={days}
          aria-valuetext={formatDays(t, days)}
          onInput={onInput}
        />
        <input
          type="number"
          class="what-if-days"
          min={0}
          max={WHAT_IF_MAX_DAYS}
          value={days}
          aria-label={t('popup_whatif_days_label')}
          onInput={onInput}
        />
      </div>
      <div class="what-if-result" aria-live="polite">
        {stage === null ? (
          <p>{t('popup_whatif_on_time', { date: payDay })}</p>
        ) : (
          <>
            {planInstallment && <PlanInstallmentNote late={planInstallment} daysOverdue={assessment.daysOverdue} />}
            <p>
              {t('popup_whatif_stage', { date: payDay, stage: stageTitle(t, stage.id) })}{' '}
              {grace.inGrace && t('domain_grace_in', { days: grace.days })}
            </p>
            <Claim ids={[...stage.seeds.map((s) => s.seed), ...stage.facts]} muted>
              {stageWhat(t, stage.id)}
            </Claim>
            <DelayCost cost={cost} currency={item.currency} whatIf />
            {creditReport.code !== null && (
              <Claim ids={creditReport.facts}>{t('popup_whatif_report', { status: t(`domain_report_code_${creditReport.code}`) })}</Claim>
            )}
            {cardCriminalRisk && assessment.daysOverdue >= CARD_CRIMINAL_RISK.afterDays && <CardRisk risk={cardCriminalRisk} />}
          </>
        )}
      </div>
      {stage && (
        <>
          <LadderTimeline timeline={timeline} label={t('popup_ladder_label')} today={today} current={t('popup_ladder_then')} />
          <Disclosure summary={t('popup_sources_heading')}>
            <SourceList ids={assessmentSources(assessment)} />
          </Disclosure>
          <p class="not-a-promise">{t('domain_disclaimer')}</p>
        </>
      )}
    </div>
  );
}
