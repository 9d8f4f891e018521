/** Pieces every form repeats: a radio group, the currency field, the note field, and the footer with the command error and buttons. */
import type { ComponentChildren } from 'preact';
import type { CommandError } from '../../domain/commands';
import type { DebtKind } from '../../domain/model';
import { Button } from '../button';
import { ErrorMessage } from '../error-message';
import type { FieldProblem } from '../../domain/fields';
import { Field } from './field';
import { KindSelect } from './kind-select';
import { useT } from '../locale';

type TextBinding = { value: string; onInput: (event: Event) => void };

/** The name and the kind, side by side: how every debt and plan form starts. */
export function NameAndKind({
  errors,
  name,
  kind,
  onKind,
  nameHint,
}: {
  errors: { name?: FieldProblem | undefined; kind?: FieldProblem | undefined };
  name: TextBinding;
  kind: DebtKind;
  onKind: (kind: DebtKind) => void;
  nameHint?: string;
}) {
  const t = useT();
  return (
    <div class="field-row">
      <Field name="name" label={t('options_form_name')} error={errors.name} hint={nameHint} class="field-grow">
        {(control) => <input {...control} type="text" maxLength={120} autoComplete="off" {...name} />}
      </Field>
      <Field name="kind" label={t('options_form_kind')} error={errors.kind}>
        {(control) => <KindSelect {...control} value={kind} onChange={onKind} />}
      </Field>
    </div>
  );
}

/**
 * A choice of one among a few, as radio buttons under a legend; `label` words each option
 * (usually `messageKey(prefix, option)`).
 */
export function RadioGroup<T extends string>({
  legend,
  name,
  options,
  value,
  label,
  onChange,
}: {
  legend: ComponentChildren;
  name: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  onChange: (option: T) => void;
}) {
  return (
    <fieldset class="field radio-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} class="radio">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}

/** The currency code field (three letters); `bind` is `form.text('currency')`. */
export function CurrencyField({ error, bind }: { error: FieldProblem | undefined; bind: TextBinding }) {
  const t = useT();
  return (
    <Field name="currency" label={t('options_form_currency')} error={error} class="field-narrow">
      {(control) => <input {...control} type="text" maxLength={3} autoComplete="off" spellcheck={false} {...bind} />}
    </Field>
  );
}

/** A code as typed when it is one (`usd` → `USD`), else `fallback`: what amounts are shown in while typing. */
export function typedCurrency(text: string, fallback: string): string {
  return /^[A-Za-z]{3}$/.test(text.trim()) ? text.trim().toUpperCase() : fallback;
}

/** The note field; `bind` is `form.text('note')`. */
export function NoteField({ error, hint, bind }: { error: FieldProblem | undefined; hint?: string; bind: TextBinding }) {
  const t = useT();
  return (
    <Field name="note" label={t('options_form_note')} hint={hint} error={error}>
      {(control) => <textarea {...control} rows={2} maxLength={1000} {...bind} />}
    </Field>
  );
}

/** The command's error (if the last submit failed), the submit button, and Cancel when there is somewhere to go back to. */
export function FormFooter({
  error,
  busy,
  submitLabel,
  onCancel,
}: {
  error: CommandError | null;
  busy: boolean;
  submitLabel: string;
  onCancel?: (() => void) | undefined;
}) {
  const t = useT();
  return (
    <>
      {error && <ErrorMessage error={error} />}
      <div class="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('options_form_cancel')}</Button>}
      </div>
    </>
  );
}
