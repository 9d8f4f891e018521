/**
 * Quick actions on a row's open items: mark them paid today (their whole remaining amount), pay a
 * statement's minimum, record another amount or a payment made on an earlier day (applied to the
 * oldest first), or silence their reminders until tomorrow. Each is a command; the list updates when the background has stored the
 * change.
 */
import { useId, useState } from 'preact/hooks';
import type { Day, Minor, Settings } from '../domain/model';
import { parseDate } from '../domain/fields';
import { formatMoney, formatMoneyPlain, parseMoney } from '../domain/money';
import { fieldErrorText } from '../text/field-errors';
import { snoozeUntilTomorrow } from '../domain/reminders';
import { Button } from '../ui/button';
import { useCommand } from '../ui/command';
import { ErrorMessage } from '../ui/error-message';
import { minimumLeft } from '../domain/status';
import { optionsHref } from '../ui/links';
import { useToast } from '../ui/toast';
import type { ItemGroup } from '../domain/item-groups';
import { messageKey } from '../text/message-key';
import { useLocale } from '../ui/locale';

export interface ItemActionsProps {
  group: ItemGroup;
  today: Day;
  settings: Settings;
  snoozed: boolean;
}

/** Sends recordPayment and offers Undo in a toast once it is stored. */
function usePayment({ lead }: ItemGroup, today: Day) {
  const { t, tag } = useLocale();
  const toast = useToast();
  const record = useCommand({ errors: 'inline' });
  // A failed undo is said in the popup's own words: what to do instead.
  const undo = useCommand({ errors: 'inline' });
  const pay = async (amount: Minor, date: Day = today): Promise<boolean> => {
    const result = await record.send('recordPayment', { target: lead.status.target, date, amount, note: '' }, ({ id }) => ({
      message: t('popup_paid_toast', { amount: formatMoney(amount, lead.currency, tag), name: lead.name }),
      action: {
        label: t('popup_undo'),
        run: () =>
          void undo.send('undoPayment', { id }).then((r) => {
            if (!r.ok) toast({ message: t('popup_undo_failed'), tone: 'error' });
          }),
      },
    }));
    return result.ok;
  };
  return { pay, busy: record.busy, error: record.error };
}

export function ItemActions({ group, today, settings, snoozed }: ItemActionsProps) {
  const { t, tag } = useLocale();
  const toast = useToast();
  const payment = usePayment(group, today);
  const snooze = useCommand({ errors: 'inline' });
  const [partOpen, setPartOpen] = useState(false);
  const remaining = formatMoney(group.remaining, group.lead.currency, tag);
  const { status } = group.lead;
  // What is left of the oldest statement's minimum, if it has one and it is not met yet (MP4).
  const minimum = minimumLeft(status);

  const snoozeTillTomorrow = async () => {
    const until = snoozeUntilTomorrow(today, settings);
    // One command per installment; stop at the first refusal, which the error line then shows.
    for (const { status } of group.items) if (!(await snooze.send('snooze', { installmentKey: status.key, until })).ok) return;
    toast({
      message: t('popup_snoozed_toast', { time: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(until) }),
    });
  };

  return (
    <div class="item-actions">
      <div class="action-buttons">
        <Button variant="primary" small busy={payment.busy} onClick={() => void payment.pay(group.remaining)}>
          {t('popup_mark_paid', { amount: remaining })}
        </Button>
        {minimum !== null && (
          <Button small busy={payment.busy} onClick={() => void payment.pay(minimum)}>
            {t('popup_pay_minimum', { amount: formatMoney(minimum, group.lead.currency, tag) })}
          </Button>
        )}
        <Button small aria-expanded={partOpen} onClick={() => setPartOpen(!partOpen)}>
          {t('popup_pay_part')}
        </Button>
        {!snoozed && (
          <Button small busy={snooze.busy} onClick={() => void snoozeTillTomorrow()}>
            {t('popup_snooze')}
          </Button>
        )}
        {status.cycle?.estimated && status.cycle.statementDate <= today && (
          <a class="btn btn-secondary btn-small" href={optionsHref('debts', status.target.id)} target="_blank" rel="noopener">
            {t('popup_enter_statement')}
          </a>
        )}
      </div>
      {partOpen && (
        <PartPayment
          currency={group.lead.currency}
          remaining={group.remaining}
          today={today}
          busy={payment.busy}
          onPay={async (amount, date) => (await payment.pay(amount, date)) && setPartOpen(false)}
          onCancel={() => setPartOpen(false)}
        />
      )}
      {payment.error && <ErrorMessage error={payment.error} />}
      {snooze.error && <ErrorMessage error={snooze.error} />}
    </div>
  );
}

interface PartPaymentProps {
  currency: string;
  /** What is left to pay: the amount the form starts with. */
  remaining: Minor;
  today: Day;
  busy: boolean;
  onPay: (amount: Minor, date: Day) => void;
  onCancel: () => void;
}

/**
 * Another amount, or a payment made on an earlier day: the amount checked as typed money (¥1,234.56,
 * 1234.5, 1234元), the day as a date no later than today, before either is sent.
 */
function PartPayment({ currency, remaining, today, busy, onPay, onCancel }: PartPaymentProps) {
  const { t } = useLocale();
  const id = useId();
  const [text, setText] = useState(formatMoneyPlain(remaining));
  const [date, setDate] = useState<string>(today);
  const [problem, setProblem] = useState<{ field: 'amount' | 'date'; text: string } | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = parseMoney(text);
    if (!parsed.ok) return setProblem({ field: 'amount', text: t(messageKey('money_error', parsed.reason)) });
    if (parsed.minor === 0) return setProblem({ field: 'amount', text: t('ui_money_zero') });
    const day = parseDate(date);
    if (typeof day !== 'string') return setProblem({ field: 'date', text: fieldErrorText(t, day) });
    if (day > today) return setProblem({ field: 'date', text: t('popup_part_date_future') });
    setProblem(null);
    onPay(parsed.minor, day);
  };
  const invalid = (field: 'amount' | 'date') =>
    problem?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-problem` } : {};
  return (
    <form class="part-payment" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onCancel())}>
      <label for={`${id}-amount`}>{t('popup_part_amount', { currency })}</label>
      <div class="part-payment-row">
        <input
          id={`${id}-amount`}
          inputMode="decimal"
          autoComplete="off"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          {...invalid('amount')}
          // Opened by a deliberate click: the amount is what the user types next.
          autoFocus
        />
        <label for={`${id}-date`}>{t('popup_part_date')}</label>
        <input
          id={`${id}-date`}
          type="date"
          max={today}
          value={date}
          onInput={(e) => setDate(e.currentTarget.value)}
          onChange={(e) => setDate(e.currentTarget.value)}
          {...invalid('date')}
        />
        <Button type="submit" small variant="primary" busy={busy}>
          {t('popup_record_payment')}
        </Button>
      </div>
      {problem && (
        <p id={`${id}-problem`} class="field-problem" role="alert">
          {problem.text}
        </p>
      )}
    </form>
  );
}
