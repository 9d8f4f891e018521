import { useEffect, useRef } from 'preact/hooks';
import { daysBetween } from '../domain/day';
import { getStage, ladderDue } from '../domain/ladder';
import { mayBreakPlan } from '../domain/plan-status';
import type { Day, Settings } from '../domain/model';
import { Disclosure } from '../ui/disclosure';
import { KindIcon } from '../ui/kind-icon';
import { Money } from '../ui/money';
import { RelativeDay } from '../ui/relative-day';
import type { ItemGroup } from '../domain/item-groups';
import { RowDetails } from './lazy-parts';
import { PhaseLine } from './phase-line';
import { workCalendar } from '../domain/year-file';
import type { QuickAddRequest } from './quick-add';
import { stageTitle } from '../text/stages';
import { formatDay } from '../text/days';
import { useLocale } from '../ui/locale';

export interface ItemRowProps {
  group: ItemGroup;
  today: Day;
  settings: Settings;
  /** Until when reminders of the lead item are silenced (epoch ms), if they are. */
  snoozedUntil: number | undefined;
  open: boolean;
  /** Scroll to this row and focus it once (it holds the item named in `?focus=`). */
  focus: boolean;
  onToggle: (open: boolean) => void;
  onNegotiate: (request: QuickAddRequest) => void;
}

/**
 * The open items of one debt or plan in one section. Overdue rows carry `data-stage` with the ladder
 * stage of the oldest item (a test contract), placed as the explainer places it (`ladderDue`: a late
 * plan installment by its debt's original delay); the chip of a plan's row says first what the plan
 * risks. The row opens into its actions and the explainer or the what-if.
 */
export function ItemRow({ group, today, settings, snoozedUntil, open, focus, onToggle, onNegotiate }: ItemRowProps) {
  const { t, tag } = useLocale();
  const { lead, items } = group;
  const { status } = lead;
  const stage = status.state === 'overdue' ? getStage(daysBetween(ladderDue(lead), today)) : null;
  const row = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!focus || !row.current) return;
    row.current.scrollIntoView?.({ block: 'nearest' });
    row.current.querySelector<HTMLButtonElement>('.disclosure-toggle')?.focus();
  }, [focus]);
  const snoozed = snoozedUntil !== undefined && snoozedUntil > Date.now();
  const isPlan = status.target.type === 'plan';

  const summary = (
    <span class="row-head">
      <KindIcon kind={lead.kind} />
      <span class="row-text">
        <span class="row-name">{lead.name}</span>
        <span class="row-meta">
          <span>{formatDay(status.due, tag, { today })}</span>
          {/* A statement with its minimum paid is not overdue: its phase line says where it stands. */}
          {status.state !== 'minimum-paid' && <RelativeDay due={status.due} daysUntilDue={status.daysUntilDue} />}
        </span>
        {(items.length > 1 || isPlan || group.paid > 0 || snoozed) && (
          <span class="row-meta muted">
            {items.length > 1 ? (
              <span>{t(stage ? 'popup_payments_overdue' : 'popup_payments_due', { count: items.length })}</span>
            ) : (
              isPlan && <span>{status.seq === 0 ? t('popup_plan_down_payment') : t('popup_plan_installment', { seq: status.seq })}</span>
            )}
            {group.paid > 0 && (
              <span>
                {t('popup_partly_paid')} <Money minor={group.paid} currency={lead.currency} />
              </span>
            )}
            {snoozed && (
              <span>
                {t('popup_snoozed_until', {
                  time: new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeStyle: 'short' }).format(snoozedUntil),
                })}
              </span>
            )}
          </span>
        )}
        <PhaseLine item={lead} calendar={workCalendar(settings.workCalendarYears)} />
      </span>
      <span class="row-side">
        <Money class="row-amount" minor={group.remaining} currency={lead.currency} />
        {stage && (
          <span class="stage-chip" data-chip={stage.id} aria-description={t('domain_disclaimer')}>
            {isPlan
              ? t(mayBreakPlan(status, lead.graceDays) ? 'popup_plan_state_broken' : 'popup_plan_state_at_risk')
              : stageTitle(t, stage.id)}
          </span>
        )}
      </span>
    </span>
  );

  return (
    <li ref={row} class={`row row-${status.state}`} data-stage={stage?.id}>
      <Disclosure open={open} onToggle={onToggle} summary={summary}>
        <RowDetails group={group} today={today} settings={settings} snoozed={snoozed} stage={stage} onNegotiate={onNegotiate} />
      </Disclosure>
    </li>
  );
}
