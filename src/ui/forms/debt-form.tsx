/**
 * Add or edit a debt: name, kind, and how it is billed: a bill (an amount once, monthly or yearly, with
 * the kind's usual due days as one-click suggestions), a statement account (statement day, due rule,
 * this cycle's statement and minimum) or an installment loan (principal, rate, term, method); then
 * grace, penalty rate and note. Amounts are read as typed (parseMoney, the reason shown when one cannot
 * be read). Used by the options page and, `short`, by the popup's quick add (name, kind, amount, due date).
 */
import { SourceList } from '../source-list';
import type { DebtInput } from '../../domain/commands';
import { nextDueDay } from '../../domain/day';
import type { Day } from '../../domain/model';
import { jiebeiDueDay, KIND_PRESETS, kindDefaults } from '../../domain/presets';
import { formatPpmPercent } from '../../domain/rate';
import { Button } from '../button';
import { useToday } from '../today';
import { useFormSettings } from './form-settings';
import { BILL_SCHEDULES, BILLINGS } from '../../domain/debt-fields';
import { AmountRow, LoanFields, RecurrenceFields, StatementFields } from './debt-form-sections';
import {
  debtFormValues,
  statementPresetValues,
  usualBilling,
  validateDebtForm,
  type DebtField,
  type DebtFormValues,
} from './debt-form-model';
import { Field } from './field';
import { FormFooter, NameAndKind, NoteField, RadioGroup } from './form-parts';
import { useForm, type SubmitOutcome } from './use-form';
import { messageKey } from '../../text/message-key';
import { useLocale } from '../locale';

export interface DebtFormProps {
  /** A debt to edit, or suggested values (e.g. a kind); empty for a new debt. */
  initial?: Partial<DebtInput> | undefined;
  /** Called with a valid debt; answer a command error to show it in the form. */
  onSubmit: (input: DebtInput) => Promise<SubmitOutcome> | SubmitOutcome;
  onCancel?: () => void;
  /** The submit button's text; "Save" by default. */
  submitLabel?: string;
  /** Only name, kind, amount and due date (the popup's quick add); the rest takes the kind's presets and can be added later. */
  short?: boolean;
}

export function DebtForm({ initial, onSubmit, onCancel, submitLabel, short = false }: DebtFormProps) {
  const { t } = useLocale();
  const settings = useFormSettings();
  const today = useToday();
  const form = useForm<DebtFormValues, DebtField, DebtInput>(
    () => debtFormValues(initial, settings.currency),
    // The short form leaves the statement day empty, so a statement account's terms come from its due date.
    (values) =>
      validateDebtForm(
        short ? { ...values, statementDay: '', billing: values.billing === 'loan' ? 'bill' : values.billing } : values,
        today,
      ),
    onSubmit,
  );
  const { values, shown } = form;
  const preset = KIND_PRESETS[values.kind];
  const defaults = kindDefaults(settings, values.kind);

  const text = form.text;

  const dueDay = /^\d{4}-\d{2}-(\d{2})$/.exec(values.due)?.[1];
  const jiebeiDay = values.kind === 'jiebei' && dueDay ? jiebeiDueDay(Number(dueDay)) : null;

  return (
    <form ref={form.formRef} class="form debt-form" onSubmit={form.onSubmit} noValidate>
      <NameAndKind
        errors={shown}
        name={text('name')}
        kind={values.kind}
        onKind={(kind) => {
          form.set('kind', kind);
          if (initial?.kind !== undefined) return;
          // A new debt follows the kind: its usual billing and statement terms (each changeable).
          form.set('billing', usualBilling(kind));
          for (const [field, value] of Object.entries(statementPresetValues(kind))) form.set(field as 'dueDays', value);
        }}
        nameHint={t('options_form_name_hint')}
      />

      {!short && (
        <RadioGroup
          legend={t('options_form_billing')}
          name="billing"
          options={BILLINGS}
          value={values.billing}
          label={(billing) => t(messageKey('options_form_billing', billing))}
          onChange={(billing) => form.set('billing', billing)}
        />
      )}

      {values.billing === 'bill' || short ? (
        <>
          <AmountRow form={form} label={t('options_form_amount')} field="amount" />
          {!short && (
            <RadioGroup
              legend={t('options_form_schedule')}
              name="schedule"
              options={BILL_SCHEDULES}
              value={values.schedule}
              label={(schedule) => t(`options_form_schedule_${schedule}`)}
              onChange={(schedule) => form.set('schedule', schedule)}
            />
          )}
          <div class="field-row">
            <Field
              name="due"
              label={t(values.schedule === 'once' || short ? 'options_form_due_date' : 'options_form_first_due')}
              error={shown.due}
              class="field-grow"
              after={
                <>
                  {preset.dueDays && (
                    <div
                      class="chips"
                      role="group"
                      aria-label={t('options_form_usual_due_days', { kind: t(messageKey('kind', values.kind)) })}
                    >
                      <span class="muted">{t('options_form_usual_due_days', { kind: t(messageKey('kind', values.kind)) })}</span>
                      {preset.dueDays.map((day) => (
                        <Button
                          key={day}
                          small
                          variant="secondary"
                          aria-pressed={Number(dueDay) === day}
                          onClick={() => form.set('due', nextDueDay(today, day))}
                        >
                          {t('options_form_day_of_month', { day })}
                        </Button>
                      ))}
                      <SourceList ids={preset.dueDayFacts} inline />
                    </div>
                  )}
                  {jiebeiDay !== null && jiebeiDay !== Number(dueDay) && (
                    <p class="field-hint">
                      {t('options_form_jiebei_day', { from: Number(dueDay), to: jiebeiDay })} <SourceList ids={preset.dueDayFacts} inline />{' '}
                      <Button
                        small
                        variant="link"
                        onClick={() => form.set('due', `${values.due.slice(0, 8)}${String(jiebeiDay).padStart(2, '0')}` as Day)}
                      >
                        {t('options_form_jiebei_use', { day: jiebeiDay })}
                      </Button>
                    </p>
                  )}
                </>
              }
            >
              {(control) => <input {...control} type="date" {...text('due')} onChange={(e) => form.set('due', e.currentTarget.value)} />}
            </Field>
          </div>
          {!short && values.schedule !== 'once' && <RecurrenceFields form={form} />}
        </>
      ) : values.billing === 'statement' ? (
        <StatementFields form={form} />
      ) : (
        <LoanFields form={form} />
      )}

      {!short && (
        <div class="field-row">
          <Field
            name="graceDays"
            label={t('options_form_grace')}
            hint={t('options_form_grace_hint', { days: defaults.graceDays })}
            error={shown.graceDays}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                placeholder={String(defaults.graceDays)}
                autoComplete="off"
                {...text('graceDays')}
              />
            )}
          </Field>
          <Field
            name="rate"
            label={t('options_form_rate')}
            hint={
              defaults.dailyRatePpm !== null
                ? t(preset.ask ? 'options_form_rate_hint_check' : 'options_form_rate_hint', {
                    rate: formatPpmPercent(defaults.dailyRatePpm),
                  })
                : t('options_form_rate_hint_unknown')
            }
            error={shown.rate}
            class="field-grow"
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="decimal"
                placeholder={defaults.dailyRatePpm !== null ? formatPpmPercent(defaults.dailyRatePpm) : ''}
                autoComplete="off"
                {...text('rate')}
              />
            )}
          </Field>
        </div>
      )}
      {!short && <NoteField error={shown.note} bind={text('note')} />}
      <FormFooter error={form.commandError} busy={form.busy} submitLabel={submitLabel ?? t('options_form_save')} onCancel={onCancel} />
    </form>
  );
}
