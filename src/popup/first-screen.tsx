/**
 * The popup's first screen, drawn from the derived record the background keeps (src/domain/derived.ts)
 * with the same row, summary and header components as the full popup, and no schema, store or
 * planner: the list is up before the code that reads and plans the data has loaded. The full popup
 * (full-popup.tsx) replaces it as soon as it has the data, carrying over what the user did meanwhile
 * (`Carried`: a row opened or focused, "Show all", an add form asked for).
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { LATER_ROWS, type DerivedRow, type DerivedSection, type FirstScreenRecord } from '../domain/derived-record';
import { Button } from '../ui/button';
import { useT } from '../ui/locale';
import { Section } from '../ui/section';
import { EmptyState } from './empty-state';
import { Header } from './header';
import { activeSnooze, ListRow } from './list-row';
import { PlanList } from './plans';
import type { QuickAddRequest } from './quick-add';
import { Summary } from './summary';

/** What the user did on the first screen, for the full popup to start from. */
export interface Carried {
  /** The row opened (group key). */
  openKey: string | null;
  /** The row whose button had focus when the full popup took over. */
  focusKey: string | null;
  allLater: boolean;
  adding: QuickAddRequest | null;
}

export const nothingCarried = (): Carried => ({ openKey: null, focusKey: null, allLater: false, adding: null });

/** Marks the popup as showing its list (the benchmark's "popup ready"): by the first screen or the full popup, whichever is first. */
export function markShown(): void {
  document.body.dataset.shown = '1';
}

export interface FirstScreenProps {
  record: FirstScreenRecord;
  now: number;
  carried: Carried;
}

const SECTION_TITLES = {
  overdue: ['popup_section_overdue', 'danger'],
  dueSoon: ['popup_section_due_soon', 'warning'],
  minimumPaid: ['popup_section_minimum_paid', undefined],
  later: ['popup_section_later', undefined],
} as const satisfies Record<DerivedSection, readonly [string, 'danger' | 'warning' | undefined]>;

export function FirstScreen({ record, now, carried }: FirstScreenProps) {
  const t = useT();
  const [, redraw] = useState(0);
  const carry = (change: Partial<Carried>) => {
    Object.assign(carried, change);
    redraw((n) => n + 1);
  };
  useLayoutEffect(markShown, []);
  const { day } = record;
  const header = <Header onAdd={(kind) => carry({ adding: { kind } })} />;
  if (record.empty) {
    return (
      <div class="popup">
        {header}
        {!carried.adding && <EmptyState onAddDebt={() => carry({ adding: { kind: 'debt' } })} />}
      </div>
    );
  }

  // Sections whose rows are beyond the first screen get theirs with the full popup, a moment later.
  const section = (id: DerivedSection) => {
    const rows = record.rows.filter((row) => row.section === id);
    const count = record.sectionRows[id];
    if (rows.length === 0) return null;
    const [title, tone] = SECTION_TITLES[id];
    return (
      <Section title={t(title)} aside={count} tone={tone}>
        <ul class="rows">{rows.map(listRow)}</ul>
        {id === 'later' && rows.length === LATER_ROWS && count > LATER_ROWS && (
          <Button variant="link" class="show-all" onClick={() => carry({ allLater: true })}>
            {t('popup_show_all', { count })}
          </Button>
        )}
      </Section>
    );
  };
  // The opened row's details come with the full popup, a moment later.
  const listRow = (row: DerivedRow) => (
    <ListRow
      key={row.key}
      row={row}
      today={day}
      snoozedUntil={activeSnooze(record.snoozed[row.leadKey], now)}
      open={carried.openKey === row.key}
      focus={false}
      onToggle={(open) => carry({ openKey: open ? row.key : null })}
    >
      {null}
    </ListRow>
  );

  return (
    <div class="popup">
      {header}
      <main>
        <Summary totals={record.totals} dueSoonCount={record.dueSoonCount} />
        {section('overdue')}
        {section('dueSoon')}
        {section('minimumPaid')}
        {section('later')}
        {record.rows.length === 0 && <p class="all-clear">{t('popup_all_clear')}</p>}
        {record.plans.length > 0 && <PlanList plans={record.plans} today={day} />}
      </main>
    </div>
  );
}
