/**
 * The popup: what is owed next and whether anything is late, at a glance; for an open item, the
 * actions and (overdue) the collection-stage explainer or (upcoming) the what-if control.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { getOpenInstallments } from '../domain/open-installments';
import { getOverview } from '../domain/overview';
import { LATER_ROWS } from '../domain/derived-record';
import { planViews } from '../domain/row-view';
import type { Day } from '../domain/model';
import { optionsHref } from '../ui/links';
import { Button } from '../ui/button';
import { Section } from '../ui/section';
import type { Snapshot } from '../ui/store';
import { EmptyState } from './empty-state';
import { markShown, nothingCarried, type Carried } from './first-screen';
import { Header } from './header';
import { groupItems, type ItemGroup } from '../domain/item-groups';
import { ItemRow } from './item-row';
import { PaymentWarnings, QuickAdd, preloadParts } from './lazy-parts';
import { PlanList } from './plans';
import type { QuickAddRequest } from './quick-add';
import { Summary } from './summary';
import { useT } from '../ui/locale';

export interface PopupProps {
  snapshot: Snapshot;
  today: Day;
  /** The installment to open first (`?focus=` from a notification click). */
  focusKey: string | null;
  /** What the user did on the first screen before this took over (first-screen.tsx). */
  carried?: Carried;
}

/** How long after the first render the other chunks are fetched: after the first paint, before a click. */
const PRELOAD_DELAY_MS = 50;

export function Popup({ snapshot, today, focusKey, carried = nothingCarried() }: PopupProps) {
  const t = useT();
  const { data, settings, reminders } = snapshot;
  const open = useMemo(() => getOpenInstallments(data, settings, today), [data, settings, today]);
  const overview = useMemo(() => getOverview(open, settings.currency), [open, settings.currency]);
  const plans = useMemo(() => planViews(overview.plans), [overview.plans]);
  const sections = useMemo(
    () => ({
      overdue: groupItems(overview.overdue),
      dueSoon: groupItems(overview.dueSoon),
      minimumPaid: groupItems(overview.minimumPaid),
      later: groupItems(overview.later),
    }),
    [overview],
  );
  const focusGroup = useMemo(
    () =>
      focusKey ? findGroupKey([...sections.overdue, ...sections.dueSoon, ...sections.minimumPaid, ...sections.later], focusKey) : null,
    [sections, focusKey],
  );
  const [openKey, setOpenKey] = useState<string | null>(carried.openKey ?? focusGroup);
  const [allLater, setAllLater] = useState(carried.allLater);
  const [adding, setAdding] = useState<QuickAddRequest | null>(carried.adding);

  // Set once the first render with data is in the DOM (before the browser paints it): tests wait for
  // `ready` (everything works from here), the benchmark for `shown` (the list is up), which the first
  // screen may have set already.
  useLayoutEffect(() => {
    document.body.dataset.ready = '1';
    markShown();
  }, []);
  // Once the list is up, fetch the chunks a click will need, so opening a row or a form never waits.
  useEffect(() => {
    // A failure here is shown, and retried, where the part is opened.
    const timer = setTimeout(() => void preloadParts().catch(() => undefined), PRELOAD_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);

  const rows = (groups: ItemGroup[]) => (
    <ul class="rows">
      {groups.map((group) => (
        <ItemRow
          key={group.key}
          group={group}
          today={today}
          settings={settings}
          snoozedUntil={reminders.snoozed[group.lead.status.key]}
          open={openKey === group.key}
          focus={focusGroup === group.key || carried.focusKey === group.key}
          onToggle={(open) => setOpenKey(open ? group.key : null)}
          onNegotiate={setAdding}
        />
      ))}
    </ul>
  );

  const isEmpty = data.debts.length === 0 && data.plans.length === 0;
  const { overdue, dueSoon, minimumPaid, later } = sections;
  // A focused row in the tail of "Later" is shown with the rest.
  const laterShown = allLater || later.slice(LATER_ROWS).some((g) => g.key === focusGroup) ? later : later.slice(0, LATER_ROWS);
  return (
    <div class="popup">
      <Header onAdd={(kind) => setAdding({ kind })} />
      {adding && <QuickAdd request={adding} onClose={() => setAdding(null)} />}
      {isEmpty ? (
        !adding && <EmptyState onAddDebt={() => setAdding({ kind: 'debt' })} />
      ) : (
        <main>
          <Summary totals={overview.totals} dueSoonCount={overview.dueSoon.length} />
          <PaymentWarnings items={open.items} data={data} settings={settings} today={today} />
          {snapshot.quarantine.length > 0 && (
            <p class="warning-box" role="note">
              {t('popup_quarantine', { count: snapshot.quarantine.length })}{' '}
              <a href={optionsHref('data')} target="_blank" rel="noopener">
                {t('popup_quarantine_link')}
              </a>
            </p>
          )}
          {overdue.length > 0 && (
            <Section title={t('popup_section_overdue')} aside={overdue.length} tone="danger">
              {rows(overdue)}
            </Section>
          )}
          {dueSoon.length > 0 && (
            <Section title={t('popup_section_due_soon')} aside={dueSoon.length} tone="warning">
              {rows(dueSoon)}
            </Section>
          )}
          {minimumPaid.length > 0 && (
            <Section title={t('popup_section_minimum_paid')} aside={minimumPaid.length}>
              {rows(minimumPaid)}
            </Section>
          )}
          {later.length > 0 && (
            <Section title={t('popup_section_later')} aside={later.length}>
              {rows(laterShown)}
              {laterShown.length < later.length && (
                <Button variant="link" class="show-all" onClick={() => setAllLater(true)}>
                  {t('popup_show_all', { count: later.length })}
                </Button>
              )}
            </Section>
          )}
          {overdue.length + dueSoon.length + minimumPaid.length + later.length === 0 && <p class="all-clear">{t('popup_all_clear')}</p>}
          {plans.length > 0 && <PlanList plans={plans} today={today} />}
        </main>
      )}
    </div>
  );
}

/** The row (group key) holding the installment `installmentKey`, or null when none is open. */
function findGroupKey(groups: ItemGroup[], installmentKey: string): string | null {
  return groups.find((group) => group.items.some((item) => item.status.key === installmentKey))?.key ?? null;
}
