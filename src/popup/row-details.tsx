/**
 * What an open row shows: its actions, then for an overdue debt the collection-stage explainer and
 * for an upcoming one the what-if control (none for a statement whose minimum is paid). Loaded as its own chunk (src/ui/lazy.tsx): most popup
 * openings only glance at the list, and the explainer carries the ladder, rules and sources.
 */
import type { Day, Settings } from '../domain/model';
import { daysBetween } from '../domain/day';
import { getStage, ladderDue } from '../domain/ladder';
import { phaseSources } from '../domain/payment-phase';
import { workCalendar } from '../domain/year-file';
import { SourceList } from '../ui/source-list';
import { ItemActions } from './item-actions';
import type { ItemGroup } from '../domain/item-groups';
import type { QuickAddRequest } from './quick-add';
import { StageExplainer } from './stage-explainer';
import { WhatIf } from './what-if';

export interface RowDetailsProps {
  group: ItemGroup;
  today: Day;
  settings: Settings;
  snoozed: boolean;
  onNegotiate: (request: QuickAddRequest) => void;
}

export function RowDetails({ group, today, settings, snoozed, onNegotiate }: RowDetailsProps) {
  const { lead } = group;
  // The ladder stage of an overdue row, placed as its chip places it (row-view.ts); null for an upcoming one.
  const stage = lead.status.state === 'overdue' ? getStage(daysBetween(ladderDue(lead), today)) : null;
  // The sources of what the row's phase line says (its grace, a minimum's interest, a late fee).
  const sources = phaseSources(lead, workCalendar(settings.workCalendarYears));
  const actions = (
    <>
      {sources.length > 0 && <SourceList ids={sources} inline />}
      <ItemActions group={group} today={today} settings={settings} snoozed={snoozed} />
    </>
  );
  if (stage) return <StageExplainer group={group} today={today} onNegotiate={onNegotiate} actions={actions} />;
  // Past its due day with the minimum paid, a statement cannot be paid late any more: no what-if.
  return lead.status.state === 'minimum-paid' ? (
    actions
  ) : (
    <>
      {actions}
      <WhatIf item={lead} today={today} />
    </>
  );
}
