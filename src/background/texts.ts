/**
 * The words of notifications and of the toolbar title, in the user's language. The domain gives ids
 * and numbers (an open item, a delay assessment, a badge summary); this module only words them, with
 * amounts and dates formatted by Intl for the chosen locale.
 */
import { assessOverdue } from '../domain/delay';
import { addDaysToDay, dayToDate, daysBetween } from '../domain/day';
import { messageKey } from '../domain/message-key';
import { formatMoney } from '../domain/money';
import type { Day } from '../domain/model';
import type { OpenItem } from '../domain/open-installments';
import type { BadgeSummary } from '../domain/overview';
import type { Reminder, ReminderType } from '../domain/reminders';
import { formatDays, type Translate } from '../platform/i18n';
import type { NotificationContent } from '../platform/notifications';

/** A translator with the locale its numbers and dates are formatted in. */
export interface Words {
  t: Translate;
  /** BCP 47 tag for Intl, e.g. `zh-CN`. */
  localeTag: string;
}

/** Lines a summary lists before "…and N more". */
export const SUMMARY_LINES = 3;

const days = ({ t }: Words, count: number) => formatDays(t, count);

/** "Dec 10" / "12月10日"; with the year when it is not `today`'s. */
function date({ localeTag }: Words, day: Day, today: Day): string {
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return new Intl.DateTimeFormat(localeTag, { month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) }).format(
    dayToDate(day),
  );
}

const amount = ({ localeTag }: Words, item: OpenItem) => formatMoney(item.status.remaining, item.currency, localeTag);

/** "today", "tomorrow" or "in 3 days (Dec 10)". */
function when(words: Words, item: OpenItem, today: Day): string {
  const n = item.status.daysUntilDue;
  if (n <= 0) return words.t('bg_when_today');
  if (n === 1) return words.t('bg_when_tomorrow');
  return words.t('bg_when_in', { days: days(words, n), date: date(words, item.status.due, today) });
}

function describeDueSoon(words: Words, item: OpenItem, today: Day): NotificationContent {
  const { t } = words;
  const params = {
    name: item.name,
    amount: amount(words, item),
    date: date(words, item.status.due, today),
    days: days(words, item.status.daysUntilDue),
  };
  const which = item.status.daysUntilDue <= 0 ? 'today' : item.status.daysUntilDue === 1 ? 'tomorrow' : 'lead';
  return { title: t(`bg_${which}_title`, params), message: t(`bg_${which}_message`, params) };
}

function describeOverdue(words: Words, item: OpenItem, today: Day, overdue: readonly OpenItem[]): NotificationContent {
  const { t } = words;
  const { status } = item;
  // The popup's rule: the debt's or plan's whole overdue amount, its oldest payment deciding the stage.
  const delay = assessOverdue(overdue.length > 0 ? overdue : [item], today);
  const stageTitle = (id: string) => t(`${messageKey('stage', id)}_title`);
  const lines = [
    t('bg_overdue_message', {
      name: item.name,
      amount: amount(words, item),
      date: date(words, status.due, today),
      days: days(words, status.daysOverdue),
    }),
  ];
  if (delay.grace.inGrace) lines.push(t('bg_overdue_grace', { date: date(words, addDaysToDay(status.due, item.graceDays), today) }));
  else if (status.target.type === 'plan') lines.push(t('bg_plan_broken'));
  if (delay.stage) lines.push(t('bg_overdue_stage', { stage: stageTitle(delay.stage.id) }));
  if (delay.next)
    lines.push(
      t('bg_overdue_next', {
        stage: stageTitle(delay.next.stage.id),
        date: date(words, delay.next.startsOn, today),
        days: days(words, Math.max(0, daysBetween(today, delay.next.startsOn))),
      }),
    );
  return {
    title: t('bg_overdue_title', { name: item.name, days: days(words, status.daysOverdue) }),
    message: lines.join(t('bg_sentence_gap')),
  };
}

function describePlanAtRisk(words: Words, item: OpenItem, today: Day): NotificationContent {
  const { t } = words;
  const { status } = item;
  const installment = status.seq === 0 ? t('bg_plan_down_payment') : t('bg_plan_installment', { seq: status.seq });
  const late = t('bg_plan_risk_message', {
    installment,
    amount: amount(words, item),
    date: date(words, status.due, today),
    days: days(words, status.daysOverdue),
  });
  // At risk while within the plan's grace; past it the plan may already count as broken.
  const broken = status.daysOverdue > item.graceDays;
  const consequence = broken
    ? t('bg_plan_broken')
    : t('bg_plan_risk_deadline', { deadline: date(words, addDaysToDay(status.due, item.graceDays), today) });
  return {
    title: t(broken ? 'bg_plan_broken_title' : 'bg_plan_risk_title', { name: item.name }),
    message: [late, consequence].join(t('bg_sentence_gap')),
  };
}

type Describe = (words: Words, item: OpenItem, today: Day, overdue: readonly OpenItem[]) => NotificationContent;

const DESCRIBE: Record<ReminderType, Describe> = {
  lead: describeDueSoon,
  overdue: describeOverdue,
  'plan-at-risk': describePlanAtRisk,
};

/**
 * The notification for one reminder about `item`, worded as of `today` (a late catch-up says the real
 * days left). `overdue` is every overdue item of the same debt or plan (`overdueOfTarget`): a delay is
 * assessed over all of them, as the popup does.
 */
export function describeReminder(
  words: Words,
  type: ReminderType,
  item: OpenItem,
  today: Day,
  overdue: readonly OpenItem[] = [item],
): NotificationContent {
  return DESCRIBE[type](words, item, today, overdue);
}

function summaryLine(words: Words, type: ReminderType, item: OpenItem, today: Day): string {
  const params = { name: item.name, amount: amount(words, item), days: days(words, item.status.daysOverdue) };
  if (type === 'lead') return words.t('bg_summary_line_due', { ...params, when: when(words, item, today) });
  return words.t(type === 'overdue' ? 'bg_summary_line_overdue' : 'bg_summary_line_plan', params);
}

/** One notification for several reminders (after the browser was closed): the first few, then a count. */
export function describeSummary(
  words: Words,
  items: readonly { reminder: Pick<Reminder, 'type'>; item: OpenItem }[],
  today: Day,
): NotificationContent {
  const lines = items.slice(0, SUMMARY_LINES).map(({ reminder, item }) => summaryLine(words, reminder.type, item, today));
  if (items.length > SUMMARY_LINES) lines.push(words.t('bg_summary_more', { count: items.length - SUMMARY_LINES }));
  return { title: words.t('bg_summary_title', { count: items.length }), message: lines.join('\n') };
}

/** The toolbar button's one-line title: what is overdue and what comes next. */
export function describeBadgeTitle(words: Words, summary: BadgeSummary, today: Day): string {
  const { t, localeTag } = words;
  const parts: string[] = [];
  if (summary.mostOverdue) {
    const total = summary.overdueTotals.map((m) => formatMoney(m.amount, m.currency, localeTag)).join(' + ');
    parts.push(
      t('bg_action_overdue', {
        count: summary.overdueCount,
        total,
        name: summary.mostOverdue.name,
        days: days(words, summary.mostOverdue.status.daysOverdue),
      }),
    );
  }
  if (summary.next)
    parts.push(
      t('bg_action_next', { name: summary.next.name, amount: amount(words, summary.next), when: when(words, summary.next, today) }),
    );
  return t('bg_action_title', { summary: parts.length ? parts.join(t('bg_action_separator')) : t('bg_action_nothing') });
}

/** What a notification button did that the background refused (a full disk, a record gone meanwhile). */
export function describeRefusedButton(words: Words, action: 'paid' | 'snooze', item: OpenItem): NotificationContent {
  return {
    title: words.t('bg_failed_title'),
    message: words.t(action === 'paid' ? 'bg_failed_paid' : 'bg_failed_snooze', { name: item.name }),
  };
}
