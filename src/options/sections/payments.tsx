/**
 * The payment history of one debt or plan: where each installment stands, every payment recorded
 * (each can be undone, and the undo itself undone), and a form to record a new one.
 */
import type { PaymentInput } from '../../domain/commands';
import { LIMITS, type Payment, type Target } from '../../domain/model';
import { formatMoney, formatMoneyPlain } from '../../domain/money';
import { paymentsInto, type InstallmentStatus } from '../../domain/status';
import { Button } from '../../ui/button';
import { parseDate, parseText, parseAmount, collect } from '../../domain/fields';
import { Field } from '../../ui/forms/field';
import { FormFooter } from '../../ui/forms/form-parts';
import { useForm } from '../../ui/forms/use-form';
import { Money } from '../../ui/money';
import { RelativeDay } from '../../ui/relative-day';
import { useToday } from '../../ui/today';
import { useCommand } from '../../ui/command';
import { formatDay } from '../../text/days';
import { tCount } from '../../text/translate';
import { useLocale } from '../../ui/locale';
import { useToast } from '../../ui/toast';

export interface PaymentHistoryProps {
  target: Target;
  name: string;
  currency: string;
  statuses: readonly InstallmentStatus[];
  payments: readonly Payment[];
  /** How to label installment n (plans: "3 / 12", debts: the due date). */
  label: (status: InstallmentStatus) => string;
}

export function PaymentHistory({ target, name, currency, statuses, payments, label }: PaymentHistoryProps) {
  const { t, tag } = useLocale();
  const { send } = useCommand();
  const toast = useToast();
  const own = payments
    .filter((p) => p.target.type === target.type && p.target.id === target.id)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const next = statuses.find((s) => s.state !== 'paid');

  const undo = (payment: Payment) =>
    send('undoPayment', { id: payment.id }, () => ({
      message: t('options_payment_removed', { amount: formatMoney(payment.amount, currency, tag), date: formatDay(payment.date, tag) }),
      action: {
        label: t('options_undo'),
        // Put back as it was, id included, so a payment linked elsewhere by id stays the same payment.
        run: () => void send('restoreItems', { debts: [], plans: [], payments: [payment], contacts: [] }),
      },
    }));
  // Mark unpaid: take back the payments that went into the installment (undoable as one).
  const markUnpaid = async (index: number) => {
    const taken = paymentsInto(statuses, own, index);
    for (const payment of taken) if (!(await send('undoPayment', { id: payment.id })).ok) return;
    toast({
      message: tCount(t, 'options_marked_unpaid', taken.length),
      action: { label: t('options_undo'), run: () => void send('restoreItems', { debts: [], plans: [], payments: taken, contacts: [] }) },
    });
  };

  return (
    <div class="payment-history">
      <h3>{t('options_installments_of', { name })}</h3>
      <div class="table-scroll">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('options_col_installment')}</th>
              <th scope="col">{t('options_col_due')}</th>
              <th scope="col" class="num">
                {t('options_col_amount')}
              </th>
              <th scope="col" class="num">
                {t('options_col_paid')}
              </th>
              <th scope="col">{t('options_col_state')}</th>
            </tr>
          </thead>
          <tbody>
            {statuses.map((s, i) => (
              <tr key={s.key} class={`state-${s.state}`}>
                <td>{label(s)}</td>
                <td>{formatDay(s.due, tag)}</td>
                <td class="num">
                  <Money minor={s.amount} currency={currency} />
                </td>
                <td class="num">
                  <Money minor={s.paid} currency={currency} />
                </td>
                <td>
                  {s.state === 'paid' ? (
                    <span class="badge badge-ok">{t('options_state_paid')}</span>
                  ) : (
                    <RelativeDay due={s.due} daysUntilDue={s.daysUntilDue} />
                  )}
                  {s.paid > 0 && (
                    <Button
                      small
                      variant="link"
                      onClick={() => void markUnpaid(i)}
                      aria-label={t('options_mark_unpaid_named', { label: label(s) })}
                    >
                      {t('options_mark_unpaid')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('options_payments_of', { name })}</h3>
      {own.length === 0 ? (
        <p class="muted">{t('options_payments_none')}</p>
      ) : (
        <ul class="plain-list payment-list">
          {own.map((p) => (
            <li key={p.id}>
              <span>{formatDay(p.date, tag, { long: true })}</span>
              <Money minor={p.amount} currency={currency} />
              {p.note && <span class="muted">{p.note}</span>}
              <Button
                small
                variant="link"
                onClick={() => void undo(p)}
                aria-label={t('options_payment_undo_named', { amount: formatMoney(p.amount, currency, tag), date: formatDay(p.date, tag) })}
              >
                {t('options_payment_undo')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <RecordPaymentForm
        key={`${next?.key ?? 'done'}:${next?.remaining ?? 0}:${own.length}`}
        target={target}
        currency={currency}
        suggested={next?.remaining ?? 0}
      />
    </div>
  );
}

interface PaymentValues {
  amount: string;
  date: string;
  note: string;
}
type PaymentField = keyof PaymentValues;

function validatePayment(values: PaymentValues) {
  return collect({
    amount: parseAmount(values.amount, { positive: true }),
    date: parseDate(values.date),
    note: parseText(values.note, LIMITS.noteLength),
  });
}

function RecordPaymentForm({ target, currency, suggested }: { target: Target; currency: string; suggested: number }) {
  const { t, tag } = useLocale();
  const today = useToday();
  const { submit } = useCommand();
  const form = useForm<PaymentValues, PaymentField, { amount: number; date: PaymentInput['date']; note: string }>(
    () => ({ amount: suggested > 0 ? formatMoneyPlain(suggested) : '', date: today, note: '' }),
    validatePayment,
    (value) =>
      submit('recordPayment', { target, ...value }, () => ({
        message: t('options_payment_recorded', { amount: formatMoney(value.amount, currency, tag) }),
      })),
  );
  return (
    <form ref={form.formRef} class="form record-payment" onSubmit={form.onSubmit} noValidate>
      <h3>{t('options_payment_record')}</h3>
      <div class="field-row">
        <Field name="amount" label={t('options_payment_amount')} error={form.shown.amount} class="field-grow">
          {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" {...form.text('amount')} />}
        </Field>
        <Field name="date" label={t('options_payment_date')} error={form.shown.date}>
          {(control) => <input {...control} type="date" {...form.text('date')} onChange={(e) => form.set('date', e.currentTarget.value)} />}
        </Field>
        <Field name="note" label={t('options_form_note')} error={form.shown.note} class="field-grow">
          {(control) => <input {...control} type="text" autoComplete="off" {...form.text('note')} />}
        </Field>
      </div>
      <FormFooter error={form.commandError} busy={form.busy} submitLabel={t('options_payment_save')} />
    </form>
  );
}
