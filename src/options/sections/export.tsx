/**
 * #export: the debts as CSV (the import format, so it round-trips) and the due dates as an
 * iCalendar file for any calendar app, with alarms at the user's lead times.
 */
import { addDaysToDay } from '../../domain/day';
import { formatMoney } from '../../domain/money';
import { serializeDebtsCsv } from '../../io/csv';
import type { OpenItem } from '../../domain/open-installments';
import { buildIcs, calendarMinimum, getCalendarItems, getStatementDays, type CalendarEntry, type StatementDayItem } from '../../io/ics';
import { Button } from '../../ui/button';
import type { Snapshot } from '../../ui/store';
import { useToday } from '../../ui/today';
import { useToast } from '../../ui/toast';
import { datedFileName, downloadFile } from '../download';
import { PageHeader } from '../page-header';
import { routeHash } from '../route';
import { messageKey } from '../../text/message-key';
import { tCount, type Translate } from '../../text/translate';
import { formatDay } from '../../text/days';
import { useLocale } from '../../ui/locale';

/** How far ahead the calendar reaches: a year of monthly bills. */
export const CALENDAR_DAYS = 366;

/** A calendar item worded for the event: title, description and the UID's key. */
export function calendarEntry(item: OpenItem, t: Translate, tag: string): CalendarEntry {
  const amount = formatMoney(item.status.remaining, item.currency, tag);
  const what = item.plan ? t('options_ics_plan_item', { name: item.name, n: item.status.seq, count: item.plan.count }) : item.name;
  const title =
    item.plan && item.status.seq === 0
      ? t('options_ics_down_payment', { name: item.name, amount })
      : t('options_ics_title', { what, amount });
  const minimum = calendarMinimum(item);
  const description = t('options_ics_description', {
    kind: t(messageKey('kind', item.kind)),
    amount,
    date: formatDay(item.status.due, tag, { long: true }),
  });
  return {
    key: item.status.key,
    due: item.status.due,
    title,
    description: minimum
      ? `${description} ${t(minimum.estimated ? 'options_ics_minimum_estimated' : 'options_ics_minimum', { minimum: formatMoney(minimum.minimum, item.currency, tag) })}`
      : description,
  };
}

/** A statement day worded for its event: the new statement is out, enter it. */
export function statementDayEntry(day: StatementDayItem, t: Translate, tag: string): CalendarEntry {
  return {
    key: day.key,
    due: day.statementDate,
    type: 'statement',
    title: t('options_ics_statement_title', { name: day.name }),
    description: t('options_ics_statement_description', {
      name: day.name,
      date: formatDay(day.statementDate, tag, { long: true }),
      due: formatDay(day.due, tag, { long: true }),
    }),
  };
}

/** "7 days before, 1 day before and on the due day": the lead times in words, longest first. */
function leadDaysText(leadDays: readonly number[], t: Translate, tag: string): string {
  const parts = [...leadDays]
    .sort((a, b) => b - a)
    .map((days) => (days === 0 ? t('options_ics_lead_same_day') : tCount(t, 'options_settings_lead_n', days)));
  return new Intl.ListFormat(tag, { type: 'conjunction' }).format(parts);
}

export function ExportSection({ snapshot }: { snapshot: Snapshot }) {
  const { t, tag } = useLocale();
  const today = useToday();
  const toast = useToast();
  const { data, settings } = snapshot;
  const until = addDaysToDay(today, CALENDAR_DAYS);
  const items = getCalendarItems(data, settings, today, until);

  const exportCsv = () => {
    // The BOM makes Excel read the file as UTF-8 (Chinese names intact); the importer accepts it.
    downloadFile(datedFileName('debts', today, 'csv'), `\uFEFF${serializeDebtsCsv(data.debts)}`, 'text/csv;charset=utf-8');
    toast({ message: tCount(t, 'options_export_csv_done', data.debts.length) });
  };
  const exportIcs = () => {
    const text = buildIcs(
      [
        ...items.map((item) => calendarEntry(item, t, tag)),
        ...getStatementDays(data, today, until).map((day) => statementDayEntry(day, t, tag)),
      ],
      {
        name: t('options_ics_calendar_name'),
        leadDays: settings.leadDays,
        reminderTime: settings.reminderTime,
        alarmText: (lead, entry) =>
          lead === 0 ? t('options_ics_alarm_today', { title: entry.title }) : tCount(t, 'options_ics_alarm', lead, { title: entry.title }),
      },
      Date.now(),
    );
    downloadFile(datedFileName('calendar', today, 'ics'), text, 'text/calendar;charset=utf-8');
    toast({ message: tCount(t, 'options_export_ics_done', items.length) });
  };

  return (
    <>
      <PageHeader title={t('options_nav_export')} lead={t('options_export_lead')} />
      <section class="panel" aria-labelledby="export-csv">
        <h2 id="export-csv">{t('options_export_csv_title')}</h2>
        <p>{tCount(t, 'options_export_csv_body', data.debts.length)}</p>
        <p class="muted">{t('options_export_csv_note')}</p>
        <div class="form-actions">
          <Button variant="primary" onClick={exportCsv} disabled={data.debts.length === 0}>
            {t('options_export_csv')}
          </Button>
        </div>
      </section>
      <section class="panel" aria-labelledby="export-ics">
        <h2 id="export-ics">{t('options_export_ics_title')}</h2>
        <p>{tCount(t, 'options_export_ics_body', items.length, { date: formatDay(until, tag, { long: true }) })}</p>
        <p class="muted">
          {settings.leadDays.length > 0
            ? t('options_export_ics_alarms', { when: leadDaysText(settings.leadDays, t, tag), time: settings.reminderTime })
            : t('options_export_ics_no_alarms')}{' '}
          <a href={routeHash('settings')}>{t('options_export_ics_change')}</a>
        </p>
        <p class="muted">{t('options_export_ics_update')}</p>
        <div class="form-actions">
          <Button variant="primary" onClick={exportIcs} disabled={items.length === 0}>
            {t('options_export_ics')}
          </Button>
        </div>
      </section>
      <p class="muted">
        {t('options_export_backup_hint')} <a href={routeHash('data')}>{t('options_nav_data')}</a>
      </p>
    </>
  );
}
