/** Negotiated repayment plans: progress, the next installment, and what their state means. */
import { addDaysToDay } from '../domain/day';
import type { Day } from '../domain/model';
import type { PlanView } from '../domain/row-view';
import { KindIcon } from '../ui/kind-icon';
import { Money } from '../ui/money';
import { RelativeDay } from '../ui/relative-day';
import { Section } from '../ui/section';
import { messageKey } from '../text/message-key';
import { formatDay } from '../text/days';
import { useLocale } from '../ui/locale';

/** `plans` in the order `planViews` gives (from the derived record or the data). */
export function PlanList({ plans, today }: { plans: PlanView[]; today: Day }) {
  const { t } = useLocale();
  return (
    <Section title={t('popup_section_plans')} aside={plans.length}>
      <ul class="rows">
        {plans.map((plan) => (
          <PlanRow key={plan.id} plan={plan} today={today} />
        ))}
      </ul>
      {/* What a late plan may lead to is a typical pattern: the lender decides (N4). */}
      {plans.some((s) => s.state === 'at-risk' || s.state === 'broken') && <p class="not-a-promise">{t('domain_disclaimer')}</p>}
    </Section>
  );
}

function PlanRow({ plan, today }: { plan: PlanView; today: Day }) {
  const { t, tag } = useLocale();
  const { state, paidCount, count, next, lateDue, graceDays } = plan;
  return (
    <li class={`plan-row plan-${state}`} data-plan-state={state}>
      <div class="row-head">
        <KindIcon kind={plan.kind} />
        <span class="row-text">
          <span class="row-name">{plan.name}</span>
          <span class="row-meta">
            <span class={`plan-badge plan-badge-${state}`}>{t(messageKey('popup_plan_state', state))}</span>
            <span>{t('popup_plan_progress', { paid: paidCount, count })}</span>
          </span>
        </span>
        <progress class="plan-progress" value={paidCount} max={count} aria-label={t('popup_plan_progress', { paid: paidCount, count })} />
      </div>
      {next && state !== 'completed' && (
        <p class="plan-next">
          {t('popup_plan_next')} <Money minor={next.remaining} currency={plan.currency} /> · {formatDay(next.due, tag, { today })} ·{' '}
          <RelativeDay due={next.due} daysUntilDue={next.daysUntilDue} />
        </p>
      )}
      {state === 'at-risk' && lateDue && (
        <p class="plan-warning">{t('popup_plan_at_risk', { date: formatDay(addDaysToDay(lateDue, graceDays), tag, { long: true }) })}</p>
      )}
      {state === 'broken' && <p class="plan-warning">{t('domain_plan_broken')}</p>}
    </li>
  );
}
