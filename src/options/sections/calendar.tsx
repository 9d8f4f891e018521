/**
 * #calendar: a month as a table, Monday first: each day's due items coloured and worded by status,
 * statement days, pay-by days, paydays, holidays and make-up workdays, and what is left to pay that
 * day; the month's collision and cash-crunch warnings above it. `#calendar/2026-10` opens a month,
 * `#calendar/2026-10-01` a day. The grid is one tab stop (roving tabindex): arrows move by day and
 * week, Home/End to the week's ends, PageUp/PageDown by month; the chosen day's items, with their
 * actions, are listed under it.
 */
import './calendar.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { workCalendar } from '../../domain/year-file';
import { addDaysToDay, dayToDate, monthlyDue, parseDay } from '../../domain/day';
import type { Day } from '../../domain/model';
import { formatMoney } from '../../domain/money';
import {
  getMonthGrid,
  getMonthWarnings,
  monthBounds,
  monthKey,
  monthOf,
  parseMonth,
  type DueEntry,
  type DueTone,
  type GridDay,
  type MonthWarnings,
} from '../../domain/month-grid';
import type { OpenItem } from '../../domain/open-installments';
import type { MoneyTotal } from '../../domain/overview';
import { COLLISION_WINDOW_DAYS } from '../../domain/paydays';
import { minimumLeft } from '../../domain/status';
import { formatDay } from '../../text/days';
import type { Locale } from '../../text/locale';
import { payByReasonText } from '../../text/pay-by';
import { tCount } from '../../text/translate';
import { Button } from '../../ui/button';
import { useCommand } from '../../ui/command';
import { KindIcon } from '../../ui/kind-icon';
import { useLocale } from '../../ui/locale';
import type { Snapshot } from '../../ui/store';
import { useToday } from '../../ui/today';
import { PageHeader } from '../page-header';
import { routeHash, type Route } from '../route';

/** Items shown in a cell before "+n more": the day's list below has them all. */
const CELL_ITEMS = 3;

/** A glyph per tone, so no status is told by colour alone (the legend and the day's list word them). */
const TONE_ICON: Record<DueTone, string> = {
  paid: '✓',
  upcoming: '○',
  'due-soon': '◔',
  overdue: '!',
  'plan-at-risk': '▲',
  'minimum-paid': '½',
};
const TONES = Object.keys(TONE_ICON) as DueTone[];
const toneKey = (tone: DueTone) => `options_calendar_tone_${tone.replaceAll('-', '_')}`;

/** The day the route names (`2026-10-01`), or in the month it names (`2026-10`: today if it is in it, else the 1st); else today. */
function dayFromRoute(arg: string | undefined, today: Day): Day {
  const day = arg ? parseDay(arg) : null;
  if (day) return day;
  const month = arg ? parseMonth(arg) : null;
  if (!month || monthKey(month) === today.slice(0, 7)) return today;
  return monthBounds(month).first;
}

/** Monday = 0 … Sunday = 6. */
const weekdayIndex = (day: Day) => (dayToDate(day).getDay() + 6) % 7;

/** The day a key moves the focus to, or null for a key the grid does not take. */
function moveBy(key: string, day: Day): Day | null {
  switch (key) {
    case 'ArrowLeft':
      return addDaysToDay(day, -1);
    case 'ArrowRight':
      return addDaysToDay(day, 1);
    case 'ArrowUp':
      return addDaysToDay(day, -7);
    case 'ArrowDown':
      return addDaysToDay(day, 7);
    case 'Home':
      return addDaysToDay(day, -weekdayIndex(day));
    case 'End':
      return addDaysToDay(day, 6 - weekdayIndex(day));
    // The same day of the next or previous month, clamped to its end.
    case 'PageUp':
      return monthlyDue(day, -1);
    case 'PageDown':
      return monthlyDue(day, 1);
    default:
      return null;
  }
}

export function CalendarSection({ snapshot, route }: { snapshot: Snapshot; route: Route }) {
  const { t, tag } = useLocale();
  const today = useToday();
  const [selected, setSelected] = useState<Day>(() => dayFromRoute(route.args[0], today));
  const focusCell = useRef(false);
  const table = useRef<HTMLTableElement>(null);
  const panelTitle = useRef<HTMLHeadingElement>(null);
  const { data, settings } = snapshot;
  const month = monthOf(selected);
  const key = monthKey(month);
  const grid = useMemo(
    () => getMonthGrid(data, settings, today, month, workCalendar(settings.workCalendarYears)),
    [data, settings, today, key],
  );
  const warnings = useMemo(() => getMonthWarnings(grid, data, settings, today), [grid, data, settings, today]);
  const chosen = grid.weeks.flat().find((d) => d?.day === selected)!;

  // The address names the month shown, without a history entry per step or a new render of the page.
  useEffect(() => history.replaceState(null, '', routeHash('calendar', key)), [key]);
  useEffect(() => {
    if (!focusCell.current) return;
    focusCell.current = false;
    table.current?.querySelector<HTMLElement>(`[data-day="${selected}"]`)?.focus();
  }, [selected]);

  const go = (day: Day, focus: boolean) => {
    focusCell.current = focus;
    setSelected(day);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      panelTitle.current?.focus();
      return;
    }
    const next = moveBy(event.key, selected);
    if (!next) return;
    event.preventDefault();
    go(next, true);
  };
  const title = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long' }).format(dayToDate(grid.first));

  return (
    <div class="calendar-view">
      <PageHeader title={t('options_nav_calendar')} lead={t('options_calendar_lead')} />
      <div class="calendar-nav no-print">
        <Button onClick={() => go(monthlyDue(selected, -1), false)}>‹ {t('options_calendar_prev')}</Button>
        <Button onClick={() => go(today, false)} disabled={key === today.slice(0, 7)}>
          {t('options_calendar_this_month')}
        </Button>
        <Button onClick={() => go(monthlyDue(selected, 1), false)}>{t('options_calendar_next')} ›</Button>
      </div>
      <Warnings
        warnings={warnings}
        today={today}
        currency={settings.currency}
        paydaysSet={settings.paydays.type !== 'none' && settings.availablePerPayday !== null}
      />
      {!grid.covered && (
        <p class="calendar-note" role="note">
          {t('options_calendar_uncovered', { year: grid.year })}
        </p>
      )}
      <div class="table-scroll">
        <table ref={table} class="calendar-grid" role="grid" aria-describedby="calendar-keys" onKeyDown={onKeyDown}>
          <caption>{title}</caption>
          <thead>
            <tr>
              {grid.weeks[0]!.map((_, i) => {
                // 2024-01-01 was a Monday: the week's days from it, in the page's language.
                const date = dayToDate(addDaysToDay('2024-01-01' as Day, i));
                return (
                  <th key={i} scope="col">
                    <span aria-hidden="true">{new Intl.DateTimeFormat(tag, { weekday: 'short' }).format(date)}</span>
                    <span class="sr-only">{new Intl.DateTimeFormat(tag, { weekday: 'long' }).format(date)}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {grid.weeks.map((week, w) => (
              <tr key={w}>
                {week.map((day, i) =>
                  day ? (
                    <DayCell key={day.day} day={day} selected={day.day === selected} onSelect={() => go(day.day, true)} />
                  ) : (
                    <td key={i} class="calendar-empty" />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id="calendar-keys" class="muted small no-print">
        {t('options_calendar_keys')}
      </p>
      <Legend />
      <DayPanel day={chosen} titleRef={panelTitle} today={today} />
      <p class="muted small">{t('options_calendar_estimate')}</p>
    </div>
  );
}

/** The parts of a day a cell and its accessible name both say, in order. */
function useDayMarks(day: GridDay): { holiday: string | null; workday: boolean; payday: boolean } {
  const { t, tag } = useLocale();
  const { status } = day;
  const holiday =
    status.known && status.holiday
      ? t('options_calendar_holiday', { name: tag.startsWith('zh') ? status.holiday.zh : status.holiday.en })
      : null;
  return { holiday, workday: status.known && status.makeUpWorkday, payday: day.payday };
}

function totalsText(totals: readonly MoneyTotal[], tag: string): string {
  return totals.map((total) => formatMoney(total.amount, total.currency, tag)).join(' + ');
}

function DayCell({ day, selected, onSelect }: { day: GridDay; selected: boolean; onSelect: () => void }) {
  const { t, tag } = useLocale();
  const marks = useDayMarks(day);
  const total = day.totals.length > 0 ? t('options_calendar_total', { amount: totalsText(day.totals, tag) }) : null;
  const entries = [
    ...day.dues.map((due) => ({ key: due.item.status.key, class: `tone-${due.tone}`, icon: TONE_ICON[due.tone], text: due.item.name })),
    ...day.payBys.map((p) => ({
      key: `payby:${p.item.status.key}`,
      class: 'calendar-pay-by',
      icon: '→',
      text: t('options_calendar_pay_by', { name: p.item.name }),
    })),
    ...day.statements.map((debt) => ({
      key: `statement:${debt.id}`,
      class: 'calendar-statement',
      icon: '≡',
      text: t('options_calendar_statement', { name: debt.name }),
    })),
  ];
  // The name starts with what the cell shows, in the same order and words (so a voice-control user can
  // say what they see), then the full date and what only colour and glyphs show: the payments' states.
  // Commas in both languages: a screen reader pauses at them, and they are not words to match.
  const label = [
    String(Number(day.day.slice(8))),
    marks.holiday,
    marks.workday && t('options_calendar_workday'),
    marks.payday && t('options_calendar_payday'),
    total,
    ...entries.map((entry) => entry.text),
    new Intl.DateTimeFormat(tag, { weekday: 'long', month: 'long', day: 'numeric' }).format(dayToDate(day.day)),
    day.isToday && t('options_calendar_today'),
    day.dues.length > 0 &&
      `${tCount(t, 'options_calendar_count', day.dues.length)} (${day.dues.map((d) => t(toneKey(d.tone))).join(', ')})`,
  ]
    .filter(Boolean)
    .join(', ');
  const classes = [
    'calendar-day',
    day.isToday && 'is-today',
    marks.holiday && 'is-holiday',
    marks.workday && 'is-workday',
    !day.status.known && day.status.weekend && 'is-weekend',
    day.status.known && !day.status.workday && !marks.holiday && 'is-weekend',
  ];
  return (
    <td
      data-day={day.day}
      class={classes.filter(Boolean).join(' ')}
      tabIndex={selected ? 0 : -1}
      aria-selected={selected}
      aria-label={label}
      onClick={onSelect}
    >
      <div aria-hidden="true">
        {/* Spaces between the parts: the text read as one string (voice control, axe) keeps the words apart. */}
        <span class="calendar-date">{Number(day.day.slice(8))}</span>{' '}
        {marks.holiday && <span class="calendar-mark mark-holiday">{marks.holiday}</span>}{' '}
        {marks.workday && <span class="calendar-mark mark-workday">{t('options_calendar_workday')}</span>}{' '}
        {marks.payday && <span class="calendar-mark mark-payday">{t('options_calendar_payday')}</span>}{' '}
        {total && <span class="calendar-total">{total}</span>}{' '}
        {entries.length > 0 && (
          // Glyphs and "+n more" are drawn by CSS (data-icon, data-more): not text the name must repeat.
          <ul
            class="calendar-entries"
            data-more={entries.length > CELL_ITEMS ? t('options_calendar_more', { count: entries.length - CELL_ITEMS }) : undefined}
          >
            {entries.slice(0, CELL_ITEMS).map((entry) => (
              <li key={entry.key} class={entry.class} data-icon={entry.icon}>
                {entry.text}{' '}
              </li>
            ))}
          </ul>
        )}
      </div>
    </td>
  );
}

function Legend() {
  const { t } = useLocale();
  return (
    <section class="calendar-legend" aria-labelledby="calendar-legend">
      <h2 id="calendar-legend" class="small">
        {t('options_calendar_legend')}
      </h2>
      <ul>
        {TONES.map((tone) => (
          <li key={tone} class={`tone-${tone}`}>
            <span class="calendar-icon">{TONE_ICON[tone]}</span> {t(toneKey(tone))}
          </li>
        ))}
        <li class="calendar-pay-by">
          <span class="calendar-icon">→</span> {t('options_calendar_legend_pay_by')}
        </li>
        <li class="calendar-statement">
          <span class="calendar-icon">≡</span> {t('options_calendar_legend_statement')}
        </li>
        <li>
          <span class="calendar-mark mark-holiday">{t('options_calendar_legend_holiday')}</span>
        </li>
        <li>
          <span class="calendar-mark mark-workday">{t('options_calendar_workday')}</span>
        </li>
        <li>
          <span class="calendar-mark mark-payday">{t('options_calendar_payday')}</span>
        </li>
      </ul>
    </section>
  );
}

/** "Huabei ¥1,200.00 (Oct 9); Card ¥3,000.00 (Oct 10)": the items a warning names. */
function itemsText(items: readonly OpenItem[], { t, tag }: Pick<Locale, 't' | 'tag'>, today: Day): string {
  return items
    .map((item) =>
      t('options_calendar_item', {
        name: item.name,
        amount: formatMoney(item.status.remaining, item.currency, tag),
        date: formatDay(item.status.due, tag, { today }),
      }),
    )
    .join(tag.startsWith('zh') ? '；' : '; ');
}

function Warnings({
  warnings,
  currency,
  paydaysSet,
  today,
}: {
  warnings: MonthWarnings;
  currency: string;
  paydaysSet: boolean;
  today: Day;
}) {
  const locale = useLocale();
  const { t, tag } = locale;
  // A crunch counts the user's currency only (getCashCrunches).
  const money = (amount: number) => formatMoney(amount, currency, tag);
  const lines = [
    ...warnings.crunches.map((c) => ({
      key: `crunch:${c.start}`,
      text: t(c.current ? 'options_calendar_crunch_now' : 'options_calendar_crunch_later', {
        payday: formatDay(c.nextPayday, tag, { today }),
        start: formatDay(c.start, tag, { today }),
        end: formatDay(c.end, tag, { today }),
        due: money(c.due),
        available: money(c.available),
        short: money(c.short),
        items: itemsText(c.items, locale, today),
      }),
    })),
    ...warnings.collisions.map((c) => ({
      key: `collision:${c.start}`,
      text: t('options_calendar_collision', {
        count: c.items.length,
        days: COLLISION_WINDOW_DAYS,
        from: formatDay(c.start, tag, { today }),
        to: formatDay(c.end, tag, { today }),
        items: itemsText(c.items, locale, today),
        total: totalsText(c.totals, tag),
      }),
    })),
  ];
  return (
    <>
      {lines.length > 0 && (
        <section class="calendar-warnings" aria-labelledby="calendar-warnings">
          <h2 id="calendar-warnings">{t('options_calendar_warnings')}</h2>
          <ul>
            {lines.map((line) => (
              <li key={line.key}>
                <span class="calendar-icon" aria-hidden="true">
                  !
                </span>{' '}
                {line.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!paydaysSet && (
        <p class="muted small no-print">
          <a href={routeHash('settings')}>{t('options_calendar_set_paydays')}</a>
        </p>
      )}
    </>
  );
}

function DayPanel({ day, titleRef, today }: { day: GridDay; titleRef: { current: HTMLHeadingElement | null }; today: Day }) {
  const { t, tag } = useLocale();
  const marks = useDayMarks(day);
  const empty = day.dues.length + day.payBys.length + day.statements.length === 0;
  return (
    <section class="panel calendar-day-panel no-print" aria-labelledby="calendar-day-title">
      <h2 id="calendar-day-title" ref={titleRef} tabIndex={-1}>
        {new Intl.DateTimeFormat(tag, { dateStyle: 'full' }).format(dayToDate(day.day))}
      </h2>
      {(marks.holiday || marks.workday || marks.payday) && (
        <p class="calendar-day-marks">
          {marks.holiday && <span class="calendar-mark mark-holiday">{marks.holiday}</span>}
          {marks.workday && <span class="calendar-mark mark-workday">{t('options_calendar_workday')}</span>}
          {marks.payday && <span class="calendar-mark mark-payday">{t('options_calendar_payday')}</span>}
        </p>
      )}
      {empty ? (
        <p class="muted">{t('options_calendar_day_empty')}</p>
      ) : (
        <ul class="plain-list calendar-day-items">
          {day.dues.map((due) => (
            <DueRow key={due.item.status.key} due={due} today={today} />
          ))}
          {day.payBys.map(({ item, payBy }) => (
            <li key={`payby:${item.status.key}`} class="calendar-pay-by">
              <span class="calendar-icon" aria-hidden="true">
                →
              </span>{' '}
              {t('options_calendar_pay_by_item', {
                name: item.name,
                date: formatDay(item.status.due, tag, { today }),
                why: payByReasonText(payBy.reason, { t, tag }),
              })}
            </li>
          ))}
          {day.statements.map((debt) => (
            <li key={`statement:${debt.id}`} class="calendar-statement">
              <span class="calendar-icon" aria-hidden="true">
                ≡
              </span>{' '}
              {t('options_calendar_statement_item', { name: debt.name })}{' '}
              <a href={routeHash('debts', debt.id)}>{t('options_calendar_enter_statement')}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One due item of the day: its status in words, what is left, its pay-by day, and the actions on it. */
function DueRow({ due, today }: { due: DueEntry; today: Day }) {
  const { t, tag } = useLocale();
  const { send, busy } = useCommand();
  const { item, tone, payBy } = due;
  const { status } = item;
  const money = (amount: number) => formatMoney(amount, item.currency, tag);
  const minimum = tone === 'paid' ? null : minimumLeft(status);
  const pay = (amount: number) =>
    send('recordPayment', { target: status.target, date: today, amount, note: '' }, ({ id }) => ({
      message: t('options_payment_recorded', { amount: money(amount) }),
      action: { label: t('options_undo'), run: () => void send('undoPayment', { id }) },
    }));
  return (
    <li class={`calendar-due tone-${tone}`}>
      <span class="item-name">
        <KindIcon kind={item.kind} />
        <strong>{item.name}</strong>
      </span>{' '}
      <span class="calendar-tone">
        <span class="calendar-icon" aria-hidden="true">
          {TONE_ICON[tone]}
        </span>{' '}
        {t(toneKey(tone))}
      </span>{' '}
      <span class="num">
        {tone === 'paid' ? money(status.amount) : t('options_calendar_remaining', { amount: money(status.remaining) })}
      </span>
      {payBy && (
        <span class="muted">
          {' '}
          · {t('options_pay_by', { date: formatDay(payBy.day, tag, { today }) })} ({payByReasonText(payBy.reason, { t, tag })})
        </span>
      )}
      <div class="row-actions">
        {tone !== 'paid' && (
          <Button small variant="primary" busy={busy} onClick={() => void pay(status.remaining)}>
            {t('options_calendar_mark_paid', { amount: money(status.remaining) })}
          </Button>
        )}
        {minimum !== null && (
          <Button small busy={busy} onClick={() => void pay(minimum)}>
            {t('options_calendar_pay_minimum', { amount: money(minimum) })}
          </Button>
        )}
        <a class="btn btn-secondary btn-small" href={routeHash(status.target.type === 'plan' ? 'plans' : 'debts', status.target.id)}>
          {t('options_calendar_history')}
        </a>
      </div>
    </li>
  );
}
