/**
 * The popup: what is owed next and whether anything is late, at a glance; for an open item, the
 * actions and (overdue) the collection-stage explainer or (upcoming) the what-if control.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getOverview, type OpenItem } from '../domain/overview';
import type { Day } from '../domain/model';
import { Section } from '../ui/section';
import { useT } from '../ui/i18n';
import type { Snapshot } from '../ui/store';
import { EmptyState } from './empty-state';
import { Header } from './header';
import { ItemRow } from './item-row';
import { PlanList } from './plans';
import { QuickAdd, type QuickAddRequest } from './quick-add';
import { Summary } from './summary';

export interface PopupProps {
  snapshot: Snapshot;
  today: Day;
  /** The installment to open first (`?focus=` from a notification click). */
  focusKey: string | null;
}

export function Popup({ snapshot, today, focusKey }: PopupProps) {
  const t = useT();
  const { data, settings, reminders } = snapshot;
  const overview = useMemo(() => getOverview(data, settings, today), [data, settings, today]);
  const [openKey, setOpenKey] = useState<string | null>(focusKey);
  const [adding, setAdding] = useState<QuickAddRequest | null>(null);

  useEffect(() => {
    document.body.dataset.ready = '1';
  }, []);

  const toggle = (key: string) => (open: boolean) => setOpenKey(open ? key : null);
  const rows = (items: OpenItem[]) => (
    <ul class="rows">
      {items.map((item) => (
        <ItemRow
          key={item.status.key}
          item={item}
          today={today}
          settings={settings}
          snoozedUntil={reminders.snoozed[item.status.key]}
          open={openKey === item.status.key}
          focus={focusKey === item.status.key}
          onToggle={toggle(item.status.key)}
          onNegotiate={(request) => setAdding(request)}
        />
      ))}
    </ul>
  );

  const isEmpty = data.debts.length === 0 && data.plans.length === 0;
  return (
    <div class="popup">
      <Header onAdd={(kind) => setAdding({ kind })} />
      {adding && <QuickAdd request={adding} today={today} settings={settings} onClose={() => setAdding(null)} />}
      {isEmpty ? (
        !adding && <EmptyState onAddDebt={() => setAdding({ kind: 'debt' })} />
      ) : (
        <main>
          <Summary totals={overview.totals} dueSoonCount={overview.dueSoon.length} />
          {overview.overdue.length > 0 && (
            <Section title={t('popup_section_overdue')} aside={overview.overdue.length} tone="danger">
              {rows(overview.overdue)}
            </Section>
          )}
          {overview.dueSoon.length > 0 && (
            <Section title={t('popup_section_due_soon')} aside={overview.dueSoon.length} tone="warning">
              {rows(overview.dueSoon)}
            </Section>
          )}
          {overview.later.length > 0 && (
            <Section title={t('popup_section_later')} aside={overview.later.length}>
              {rows(overview.later)}
            </Section>
          )}
          {overview.overdue.length + overview.dueSoon.length + overview.later.length === 0 && <p class="all-clear">{t('popup_all_clear')}</p>}
          {overview.plans.length > 0 && <PlanList plans={overview.plans} today={today} />}
        </main>
      )}
    </div>
  );
}
