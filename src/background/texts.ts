/**
 * The words of notifications and of the toolbar title, in the user's language. The domain gives ids
 * and numbers (an open item, a delay assessment, a badge summary); this module only words them, with
 * src/text's day and stage wording, as the pages use it.
 */
import { assessOverdue, CARD_CRIMINAL_RISK } from '../domain/delay';
import { addDaysToDay, daysBetween } from '../domain/day';
import { formatMoney } from '../domain/money';
import { mayBreakPlan } from '../domain/plan-status';
import { SUMMARY_LINES } from '../domain/notices';
import type { Day } from '../domain/model';
import type { OpenItem } from '../domain/open-installments';
import type { BadgeSummary } from '../domain/overview';
import type { Reminder, ReminderType } from '../domain/reminders';
import type { NotificationContent } from '../platform/notifications';
import { formatDay, formatDays } from '../text/days';
import type { Locale } from '../text/locale';
import { stageTitle } from '../text/stages';
import { summaryOfLines } from './summary-text';

const days = ({ t }: Locale, count: number) => formatDays(t, count);

/** "Dec 10" / "12月10日"; with the year when it is not `today`'s. */
const date = ({ tag }: Locale, day: Day, today: Day) => formatDay(day, tag, { today });

const amount = ({ tag }: Locale, item: OpenItem) => formatMoney(item.status.remaining, item.currency, tag);

/** "today", "tomorrow" or "in 3 days (Dec 10)". */
function when(locale: Locale, item: OpenItem, today: Day): string {
  const n = item.status.daysUntilDue;
  if (n <= 0) return locale.t('bg_when_today');
  if (n === 1) return locale.t('bg_when_tomorrow');
  return locale.t('bg_when_in', { days: days(locale, n), date: date(locale, item.status.due, today) });
}

function describeDueSoon(locale: Locale, item: OpenItem, today: Day, reminder: ReminderHead): NotificationContent {
  const { t } = locale;
  const params = {
    name: item.name,
    amount: amount(locale, item),
    date: date(locale, item.status.due, today),
    days: days(locale, item.status.daysUntilDue),
  };
  const which = item.status.daysUntilDue <= 0 ? 'today' : item.status.daysUntilDue === 1 ? 'tomorrow' : 'lead';
  const message = t(`bg_${which}_message`, params);
  // Counted to a pay-by day: the due date is on a weekend or holiday, so say by when to pay.
  const payBy = reminder.type === 'lead' && reminder.payBy && reminder.payBy >= today ? reminder.payBy : null;
  return {
    title: t(`bg_${which}_title`, params),
    message: payBy ? [message, t('bg_lead_pay_by', { date: date(locale, payBy, today) })].join(t('bg_sentence_gap')) : message,
  };
}

function describeOverdue(locale: Locale, item: OpenItem, today: Day, overdue: readonly OpenItem[]): NotificationContent {
  const { t } = locale;
  const { status } = item;
  // The popup's rule: the debt's or plan's whole overdue amount, its oldest payment deciding the stage.
  const delay = assessOverdue(overdue.length > 0 ? overdue : [item], today);
  const lines = [
    t('bg_overdue_message', {
      name: item.name,
      amount: amount(locale, item),
      date: date(locale, status.due, today),
      days: days(locale, status.daysOverdue),
    }),
  ];
  if (delay.grace.inGrace) lines.push(t('bg_overdue_grace', { date: date(locale, addDaysToDay(status.due, item.graceDays), today) }));
  else if (status.target.type === 'plan') lines.push(t('bg_plan_broken'));
  if (delay.stage) lines.push(t('bg_overdue_stage', { stage: stageTitle(t, delay.stage.id) }));
  if (delay.next?.stage.noFixedStart) lines.push(t('bg_overdue_next_open', { stage: stageTitle(t, delay.next.stage.id) }));
  else if (delay.next)
    lines.push(
      t('bg_overdue_next', {
        stage: stageTitle(t, delay.next.stage.id),
        date: date(locale, delay.next.startsOn, today),
        days: days(locale, Math.max(0, daysBetween(today, delay.next.startsOn))),
      }),
    );
  if (delay.cardCriminalRisk)
    lines.push(t('bg_overdue_card_risk', { amount: formatMoney(CARD_CRIMINAL_RISK.minAmount, 'CNY', locale.tag) }));
  return {
    title: t('bg_overdue_title', { name: item.name, days: days(locale, status.daysOverdue) }),
    message: lines.join(t('bg_sentence_gap')),
  };
}

function describePlanAtRisk(locale: Locale, item: OpenItem, today: Day): NotificationContent {
  const { t } = locale;
  const { status } = item;
  const installment = status.seq === 0 ? t('bg_plan_down_payment') : t('bg_plan_installment', { seq: status.seq });
  const late = t('bg_plan_risk_message', {
    installment,
    amount: amount(locale, item),
    date: date(locale, status.due, today),
    days: days(locale, status.daysOverdue),
  });
  // At risk while within the plan's grace; past it the plan may already count as broken.
  const broken = mayBreakPlan(status, item.graceDays);
  const consequence = broken
    ? t('bg_plan_broken')
    : t('bg_plan_risk_deadline', { deadline: date(locale, addDaysToDay(status.due, item.graceDays), today) });
  // Where the settled debt stands, as the popup places it: a late installment puts that delay back in play (N4).
  const { stage, planInstallment, daysOverdue } = assessOverdue([item], today);
  const original =
    stage && planInstallment?.originalDue
      ? [
          t('bg_plan_original_stage', {
            stage: stageTitle(t, stage.id),
            days: days(locale, daysOverdue),
          }),
        ]
      : [];
  return {
    title: t(broken ? 'bg_plan_broken_title' : 'bg_plan_risk_title', { name: item.name }),
    message: [late, consequence, ...original].join(t('bg_sentence_gap')),
  };
}

/** A statement account's new statement is out: enter it; until then its amount is the last one's. */
function describeStatement(locale: Locale, item: OpenItem, today: Day): NotificationContent {
  const { t } = locale;
  const params = { name: item.name, amount: amount(locale, item), date: date(locale, item.status.due, today) };
  return { title: t('bg_statement_title', params), message: t('bg_statement_message', params) };
}

/** What wording needs of a reminder: its type, and a lead reminder's pay-by day. */
export type ReminderHead = Pick<Reminder, 'type'> & { payBy?: Day | undefined };

type Describe = (locale: Locale, item: OpenItem, today: Day, reminder: ReminderHead, overdue: readonly OpenItem[]) => NotificationContent;

const DESCRIBE: Record<ReminderType, Describe> = {
  lead: describeDueSoon,
  overdue: (locale, item, today, _reminder, overdue) => describeOverdue(locale, item, today, overdue),
  statement: describeStatement,
  'plan-at-risk': describePlanAtRisk,
};

/**
 * The notification for one reminder about `item`, worded as of `today` (a late catch-up says the real
 * days left). `overdue` is every overdue item of the same debt or plan (`overdueOfTarget`): a delay is
 * assessed over all of them, as the popup does.
 */
export function describeReminder(
  locale: Locale,
  reminder: ReminderHead,
  item: OpenItem,
  today: Day,
  overdue: readonly OpenItem[] = [item],
): NotificationContent {
  return DESCRIBE[reminder.type](locale, item, today, reminder, overdue);
}

/** An entry's line in a summary notification. */
export function summaryLine(locale: Locale, type: ReminderType, item: OpenItem, today: Day): string {
  const params = { name: item.name, amount: amount(locale, item), days: days(locale, item.status.daysOverdue) };
  if (type === 'lead') return locale.t('bg_summary_line_due', { ...params, when: when(locale, item, today) });
  if (type === 'statement') return locale.t('bg_summary_line_statement', params);
  return locale.t(type === 'overdue' ? 'bg_summary_line_overdue' : 'bg_summary_line_plan', params);
}

/** One notification for several reminders (after the browser was closed): the first few, then a count. */
export function describeSummary(
  locale: Locale,
  items: readonly { reminder: Pick<Reminder, 'type'>; item: OpenItem }[],
  today: Day,
): NotificationContent {
  return summaryOfLines(
    locale,
    items.length,
    items.slice(0, SUMMARY_LINES).map(({ reminder, item }) => summaryLine(locale, reminder.type, item, today)),
  );
}

/** The toolbar button's one-line title: what is overdue and what comes next. */
export function describeBadgeTitle(locale: Locale, summary: BadgeSummary, today: Day): string {
  const { t, tag } = locale;
  const parts: string[] = [];
  if (summary.mostOverdue) {
    const total = summary.overdueTotals.map((m) => formatMoney(m.amount, m.currency, tag)).join(' + ');
    parts.push(
      t('bg_action_overdue', {
        count: summary.overdueCount,
        total,
        name: summary.mostOverdue.name,
        days: days(locale, summary.mostOverdue.status.daysOverdue),
      }),
    );
  }
  if (summary.next)
    parts.push(
      t('bg_action_next', { name: summary.next.name, amount: amount(locale, summary.next), when: when(locale, summary.next, today) }),
    );
  return t('bg_action_title', { summary: parts.length ? parts.join(t('bg_action_separator')) : t('bg_action_nothing') });
}

/** What a notification button did that the background refused (a full disk, a record gone meanwhile). */
export function describeRefusedButton(locale: Locale, action: 'paid' | 'snooze', item: OpenItem): NotificationContent {
  return {
    title: locale.t('bg_failed_title'),
    message: locale.t(action === 'paid' ? 'bg_failed_paid' : 'bg_failed_snooze', { name: item.name }),
  };
}
