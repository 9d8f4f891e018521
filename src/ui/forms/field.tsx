/**
 * One labelled form control with its hint and its error, wired for screen readers: the control is
 * described by the hint and the error (aria-describedby) and marked aria-invalid while in error.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { FieldProblem } from '../../domain/fields';
import { useT } from '../locale';
import { fieldErrorText } from '../../text/field-errors';

/** What the control inside a Field spreads onto itself. */
export interface ControlProps {
  id: string;
  name: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  name: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: FieldProblem | undefined;
  children: (control: ControlProps) => ComponentChildren;
  /** Extra content after the control (suggestion buttons and the like). */
  after?: ComponentChildren;
  class?: string;
}

export function Field({ name, label, hint, error, children, after, class: extra }: FieldProps) {
  const t = useT();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error && errorId, hint && hintId].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' field-invalid' : ''}${extra ? ` ${extra}` : ''}`}>
      <label for={id}>{label}</label>
      {children({
        id,
        name,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {error && (
        <p class="field-error" id={errorId}>
          {fieldErrorText(t, error)}
        </p>
      )}
      {hint && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {after}
    </div>
  );
}

/** Focuses the first control marked invalid inside `form`, in document order (the form's field order). */
export function focusFirstError(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
