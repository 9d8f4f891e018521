/**
 * The one way a page sends a command and tracks it: `useCommand()` in the popup and the options page
 * alike. The change itself arrives through the store once the background has written it; this says
 * whether the command went through, with a toast on success (with Undo when there is a way back) and,
 * unless the page shows it inline, on failure, so no action ends in silence.
 */
import { useCallback, useState } from 'preact/hooks';
import type { CommandError, CommandMap, CommandName, CommandResult } from '../domain/commands';
import { sendCommand } from '../platform/messaging';
import { messageKey } from '../text/message-key';
import type { Translate } from '../text/translate';
import { useT } from './locale';
import { useToast, type ToastInput } from './toast';

/** A command failure as one line in the page's language, with the background's details. */
export function commandErrorText(error: CommandError, t: Translate): string {
  const head = t(messageKey('ui_error', error.code));
  return error.issues?.length ? `${head} ${error.issues.join('; ')}` : head;
}

/** What to toast when the command went through: its words, or null for nothing. */
type Success<N extends CommandName> = (value: CommandMap[N]['result']) => ToastInput | null;

export interface Commands {
  /** Sends; toasts `success(value)`, and the refusal unless it is shown inline; resolves with the result (never rejects). */
  send<N extends CommandName>(name: N, input: CommandMap[N]['input'], success?: Success<N>): Promise<CommandResult<N>>;
  /** For a form's `onSubmit`: sends, toasts `success(value)`, and answers the refusal (or null) for the form to show. */
  submit<N extends CommandName>(name: N, input: CommandMap[N]['input'], success?: Success<N>): Promise<CommandError | null>;
  /** For a form that closes when saved: as `submit`, toasting `message` and running `then` on success. */
  save<N extends CommandName>(name: N, input: CommandMap[N]['input'], message: string, then: () => void): Promise<CommandError | null>;
  /** True while a send is under way: the button that started it shows it. */
  busy: boolean;
  /** The last refusal, until the next send (for pages that show it inline). */
  error: CommandError | null;
}

/**
 * Sends commands from a component. `errors: 'inline'` leaves a refusal in `error` for the component
 * to show next to what failed instead of toasting it; forms get theirs from `submit` either way.
 */
export function useCommand({ errors = 'toast' }: { errors?: 'toast' | 'inline' } = {}): Commands {
  const t = useT();
  const toast = useToast();
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<CommandError | null>(null);

  const run = useCallback(
    async <N extends CommandName>(name: N, input: CommandMap[N]['input'], success: Success<N> | undefined, toastError: boolean) => {
      setPending((n) => n + 1);
      setError(null);
      const result = await sendCommand(name, input);
      setPending((n) => n - 1);
      if (!result.ok) {
        setError(result.error);
        if (toastError) toast({ tone: 'error', message: commandErrorText(result.error, t) });
      } else {
        const message = success?.(result.value);
        if (message) toast(message);
      }
      return result;
    },
    [t, toast],
  );

  const send: Commands['send'] = (name, input, success) => run(name, input, success, errors === 'toast');
  const submit: Commands['submit'] = async (name, input, success) => {
    const result = await run(name, input, success, false);
    return result.ok ? null : result.error;
  };
  const save: Commands['save'] = async (name, input, message, then) => {
    const refused = await submit(name, input, () => ({ message }));
    if (!refused) then();
    return refused;
  };
  return { send, submit, save, busy: pending > 0, error };
}
