/**
 * The state every DueGuard form shares: typed values, which fields were changed, whether a submit was
 * tried, a pending command and its error. A field's error shows as soon as the field is changed (so
 * the amount's reason appears while typing) and for every field after a submit attempt; a refused
 * submit moves focus to the first field in error. Errors never appear on blur: a message appearing
 * under a field as focus leaves it shifts the layout under the pointer heading for Save, and the
 * click would be lost.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CommandError } from '../../domain/commands';
import { focusFirstError } from './field';
import type { FieldProblems, FieldsResult } from '../../domain/fields';

/** What a form's `onSubmit` may answer: nothing (done), or the command's error to show in the form. */
export type SubmitOutcome = void | null | CommandError;

export interface FormState<V, F extends string, T> {
  values: V;
  set: <K extends keyof V>(field: K, value: V[K]) => void;
  setMany: (patch: Partial<V>) => void;
  /** The errors to show now (changed fields, or all after a submit attempt). */
  shown: FieldProblems<F>;
  result: FieldsResult<F, T>;
  touch: (field: F) => void;
  busy: boolean;
  commandError: CommandError | null;
  formRef: { current: HTMLFormElement | null };
  onSubmit: (event: Event) => void;
  /** Props binding a text-like control to a string field. */
  text: (field: F & keyof V) => { value: string; onInput: (event: Event) => void };
}

export function useForm<V, F extends string, T>(
  initial: () => V,
  validate: (values: V) => FieldsResult<F, T>,
  submit: (value: T) => Promise<SubmitOutcome> | SubmitOutcome,
): FormState<V, F, T> {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<F>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [commandError, setCommandError] = useState<CommandError | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const result = validate(values);
  const errors = result.ok ? {} : result.errors;
  const shown = submitted
    ? errors
    : (Object.fromEntries(Object.entries(errors).filter(([field]) => touched.has(field as F))) as FieldProblems<F>);

  // A layout effect: the focus moves in the same commit that shows the messages, not a frame later.
  useLayoutEffect(() => {
    if (focusRequest) focusFirstError(formRef.current);
  }, [focusRequest]);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    if (!result.ok) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setBusy(true);
    setCommandError(null);
    void Promise.resolve(submit(result.value))
      .then((outcome) => setCommandError(outcome ?? null))
      .catch((e: unknown) => setCommandError({ code: 'internal', message: String(e) }))
      .finally(() => setBusy(false));
  };

  const touch = (field: F) => setTouched((t) => (t.has(field) ? t : new Set([...t, field])));
  const set = <K extends keyof V>(field: K, value: V[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    touch(field as unknown as F);
  };
  return {
    values,
    set,
    setMany: (patch) => setValues((v) => ({ ...v, ...patch })),
    shown,
    result,
    touch,
    busy,
    commandError,
    formRef,
    onSubmit,
    text: (field) => ({
      value: String(values[field]),
      onInput: (event) => set(field, (event.currentTarget as HTMLInputElement).value as V[typeof field]),
    }),
  };
}
