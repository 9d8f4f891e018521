/**
 * One row of the popup's list, drawn from its `RowView` (src/domain/row-view.ts): the same component
 * whether the row came from the derived record (the first screen) or from the data (the full popup).
 * Overdue rows carry `data-stage` with the ladder stage of the oldest item (a test contract); the chip
 * of a plan's row says first what the plan risks. The row opens into `children`.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Day } from '../domain/model';
import type { RowView } from '../domain/row-view';
import { formatDay } from '../text/days';
import { stageTitle } from '../text/stages';
import { Disclosure } from '../ui/disclosure';
import { KindIcon } from '../ui/kind-icon';
import { useLocale } from '../ui/locale';
import { Money } from '../ui/money';
import { RelativeDay } from '../ui/relative-day';
import { PhaseLine } from './phase-line';

export interface ListRowProps {
  row: RowView;
  today: Day;
  /** Until when the row's reminders are silenced (epoch ms), if they are now. */
  snoozedUntil: number | null;
  open: boolean;
  /** Scroll to this row and focus its button once. */
  focus: boolean;
  onToggle: (open: boolean) => void;
  children: ComponentChildren;
}

/** `until` when it is still ahead of `now`: a snooze that has run out is not shown. */
export const activeSnooze = (until: number | undefined, now: number): number | null => (until !== undefined && until > now ? until : null);

export function ListRow({ row, today, snoozedUntil, open, focus, onToggle, children }: ListRowProps) {
  const { t, tag } = useLocale();
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!focus || !item.current) return;
    item.current.scrollIntoView?.({ block: 'nearest' });
    item.current.querySelector<HTMLButtonElement>('.disclosure-toggle')?.focus();
  }, [focus]);
  const { stage, plan } = row;

  const summary = (
    <span class="row-head">
      <KindIcon kind={row.kind} />
      <span class="row-text">
        <span class="row-name">{row.name}</span>
        <span class="row-meta">
          <span>{formatDay(row.due, tag, { today })}</span>
          {/* A statement with its minimum paid is not overdue: its phase line says where it stands. */}
          {row.state !== 'minimum-paid' && <RelativeDay due={row.due} daysUntilDue={row.days} />}
        </span>
        {(row.count > 1 || plan || row.paid > 0 || snoozedUntil !== null) && (
          <span class="row-meta muted">
            {row.count > 1 ? (
              <span>{t(stage ? 'popup_payments_overdue' : 'popup_payments_due', { count: row.count })}</span>
            ) : (
              plan && <span>{plan.seq === 0 ? t('popup_plan_down_payment') : t('popup_plan_installment', { seq: plan.seq })}</span>
            )}
            {row.paid > 0 && (
              <span>
                {t('popup_partly_paid')} <Money minor={row.paid} currency={row.currency} />
              </span>
            )}
            {snoozedUntil !== null && (
              <span>
                {t('popup_snoozed_until', {
                  time: new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeStyle: 'short' }).format(snoozedUntil),
                })}
              </span>
            )}
          </span>
        )}
        <PhaseLine phase={row.phase} currency={row.currency} />
      </span>
      <span class="row-side">
        <Money class="row-amount" minor={row.amount} currency={row.currency} />
        {stage && (
          <span class="stage-chip" data-chip={stage} aria-description={t('domain_disclaimer')}>
            {plan ? t(plan.mayBreak ? 'popup_plan_state_broken' : 'popup_plan_state_at_risk') : stageTitle(t, stage)}
          </span>
        )}
      </span>
    </span>
  );

  return (
    <li ref={item} class={`row row-${row.state}`} data-stage={stage ?? undefined} data-row={row.key}>
      <Disclosure open={open} onToggle={onToggle} summary={summary}>
        {children}
      </Disclosure>
    </li>
  );
}
