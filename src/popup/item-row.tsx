import { useMemo } from 'preact/hooks';
import type { ItemGroup } from '../domain/item-groups';
import type { Day, Settings } from '../domain/model';
import { rowView } from '../domain/row-view';
import { workCalendar } from '../domain/year-file';
import { RowDetails } from './lazy-parts';
import { activeSnooze, ListRow } from './list-row';
import type { QuickAddRequest } from './quick-add';

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
 * The open items of one debt or plan in one section, as the full popup draws them from the data: the
 * row (list-row.tsx) opens into its actions and the explainer or the what-if.
 */
export function ItemRow({ group, today, settings, snoozedUntil, open, focus, onToggle, onNegotiate }: ItemRowProps) {
  const calendar = workCalendar(settings.workCalendarYears);
  const row = useMemo(() => rowView(group, today, calendar), [group, today, calendar]);
  const snooze = activeSnooze(snoozedUntil, Date.now());
  return (
    <ListRow row={row} today={today} snoozedUntil={snooze} open={open} focus={focus} onToggle={onToggle}>
      <RowDetails group={group} today={today} settings={settings} snoozed={snooze !== null} onNegotiate={onNegotiate} />
    </ListRow>
  );
}
