import { useEffect, useRef } from 'preact/hooks';
import { getStage } from '../domain/ladder';
import { messageKey } from '../domain/message-key';
import type { Day, Settings } from '../domain/model';
import type { OpenItem } from '../domain/overview';
import { Disclosure } from '../ui/disclosure';
import { formatDay } from '../ui/format';
import { useI18n } from '../ui/i18n';
import { KindIcon } from '../ui/kind-icon';
import { Money } from '../ui/money';
import { RelativeDay } from '../ui/relative-day';
import { ItemActions } from './item-actions';
import type { QuickAddRequest } from './quick-add';
import { StageExplainer } from './stage-explainer';
import { WhatIf } from './what-if';

export interface ItemRowProps {
  item: OpenItem;
  today: Day;
  settings: Settings;
  /** Until when reminders of this installment are silenced (epoch ms), if they are. */
  snoozedUntil: number | undefined;
  open: boolean;
  /** Scroll to this row and focus it once (it was named in `?focus=`). */
  focus: boolean;
  onToggle: (open: boolean) => void;
  onNegotiate: (request: QuickAddRequest) => void;
}

/**
 * One open debt occurrence or plan installment. Overdue rows carry `data-stage` with the ladder
 * stage id (a test contract); the row opens into its actions and the explainer or the what-if.
 */
export function ItemRow({ item, today, settings, snoozedUntil, open, focus, onToggle, onNegotiate }: ItemRowProps) {
  const { t, tag } = useI18n();
  const { status } = item;
  const stage = status.state === 'overdue' ? getStage(status.daysOverdue) : null;
  const row = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!focus || !row.current) return;
    row.current.scrollIntoView?.({ block: 'nearest' });
    row.current.querySelector<HTMLButtonElement>('.disclosure-toggle')?.focus();
  }, [focus]);
  const snoozed = snoozedUntil !== undefined && snoozedUntil > Date.now();

  const summary = (
    <span class="row-head">
      <KindIcon kind={item.kind} />
      <span class="row-text">
        <span class="row-name">{item.name}</span>
        <span class="row-meta">
          <span>{formatDay(status.due, tag, { today })}</span>
          <RelativeDay due={status.due} daysUntilDue={status.daysUntilDue} />
        </span>
        {(status.target.type === 'plan' || status.paid > 0 || snoozed) && (
          <span class="row-meta muted">
            {status.target.type === 'plan' && <span>{status.seq === 0 ? t('popup_plan_down_payment') : t('popup_plan_installment', { seq: status.seq })}</span>}
            {status.paid > 0 && (
              <span>
                {t('popup_partly_paid')} <Money minor={status.paid} currency={item.currency} />
              </span>
            )}
            {snoozed && <span>{t('popup_snoozed_until', { time: new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeStyle: 'short' }).format(snoozedUntil) })}</span>}
          </span>
        )}
      </span>
      <span class="row-side">
        <Money class="row-amount" minor={status.remaining} currency={item.currency} />
        {stage && (
          <span class="stage-chip" data-chip={stage.id}>
            {t(`${messageKey('stage', stage.id)}_title`)}
          </span>
        )}
      </span>
    </span>
  );

  return (
    <li ref={row} class={`row row-${status.state}`} data-stage={stage?.id}>
      <Disclosure open={open} onToggle={onToggle} summary={summary}>
        {stage ? (
          <StageExplainer item={item} today={today} onNegotiate={onNegotiate} actions={<ItemActions item={item} today={today} settings={settings} snoozed={snoozed} />} />
        ) : (
          <>
            <ItemActions item={item} today={today} settings={settings} snoozed={snoozed} />
            <WhatIf item={item} today={today} />
          </>
        )}
      </Disclosure>
    </li>
  );
}
