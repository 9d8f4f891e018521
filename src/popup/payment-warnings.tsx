/**
 * The popup's one warning line about money ahead: a cash crunch before the next payday and payments
 * bunched within a few days, with how much, linked to the month view that names every item. Its
 * own chunk (lazy-parts.ts): the first view does not wait for it.
 */
import { useMemo } from 'preact/hooks';
import type { Data, Day, Settings } from '../domain/model';
import { formatMoney } from '../domain/money';
import type { OpenItem } from '../domain/open-installments';
import { DUE_SOON_DAYS } from '../domain/overview';
import { COLLISION_WINDOW_DAYS, getSoonWarnings } from '../domain/paydays';
import { formatDay } from '../text/days';
import { optionsHref } from '../ui/links';
import { useLocale } from '../ui/locale';

export interface PaymentWarningsProps {
  items: readonly OpenItem[];
  data: Data;
  settings: Settings;
  today: Day;
}

export function PaymentWarnings({ items, data, settings, today }: PaymentWarningsProps) {
  const { t, tag } = useLocale();
  const { collision, crunch } = useMemo(() => getSoonWarnings(items, data, settings, today, DUE_SOON_DAYS), [items, data, settings, today]);
  if (!collision && !crunch) return null;
  const money = (amount: number, currency = settings.currency) => formatMoney(amount, currency, tag);
  const day = (d: Day) => formatDay(d, tag, { today });
  const zh = tag.startsWith('zh');
  const lines = [
    crunch && t('popup_crunch', { date: day(crunch.nextPayday), short: money(crunch.short), due: money(crunch.due) }),
    collision &&
      t('popup_collision', {
        count: collision.items.length,
        days: COLLISION_WINDOW_DAYS,
        date: day(collision.start),
        total: collision.totals.map((total) => money(total.amount, total.currency)).join(' + '),
      }),
  ].filter(Boolean);
  return (
    <p class="warning-box payment-warnings" role="note">
      {lines.join(zh ? '；' : '; ')}
      {zh ? '。' : '. '}
      <a href={optionsHref('calendar', (crunch ?? collision)!.start)} target="_blank" rel="noopener">
        {t('popup_calendar_link')}
      </a>
    </p>
  );
}
