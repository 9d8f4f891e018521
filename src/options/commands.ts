/**
 * Sending a command from the options page and saying how it went: a toast on success (with Undo
 * when there is a way back) and on failure, so no action ends in silence. Forms show their failure
 * inline instead (`useSubmit`).
 */
import type { CommandError, CommandMap, CommandName, CommandResult } from '../domain/commands';
import { sendCommand } from '../platform/messaging';
import { useToast, type ToastInput } from '../ui/toast';
import { messageKey } from '../text/message-key';
import type { Translate } from '../text/translate';
import { useT } from '../ui/locale';

/** A command failure as one line in the page's language, with the background's details. */
export function commandErrorText(error: CommandError, t: Translate): string {
  const head = t(messageKey('ui_error', error.code));
  return error.issues?.length ? `${head} ${error.issues.join('; ')}` : head;
}

type Success<N extends CommandName> = (value: CommandMap[N]['result']) => ToastInput | null;

export type Send = <N extends CommandName>(name: N, input: CommandMap[N]['input'], success?: Success<N>) => Promise<CommandResult<N>>;
export type Submit = <N extends CommandName>(name: N, input: CommandMap[N]['input'], success?: Success<N>) => Promise<CommandError | null>;

function useSender(toastErrors: boolean): Send {
  const t = useT();
  const toast = useToast();
  return async (name, input, success) => {
    const result = await sendCommand(name, input);
    if (!result.ok) {
      if (toastErrors) toast({ tone: 'error', message: commandErrorText(result.error, t) });
    } else {
      const message = success?.(result.value);
      if (message) toast(message);
    }
    return result;
  };
}

/** `send(name, input, success?)`: sends, toasts the error or `success(value)`, and returns the result. */
export function useSend(): Send {
  return useSender(true);
}

/** For a form's `onSubmit`: sends, toasts `success(value)`, and answers the error for the form to show. */
export function useSubmit(): Submit {
  const send = useSender(false);
  return async (name, input, success) => {
    const result = await send(name, input, success);
    return result.ok ? null : result.error;
  };
}

/**
 * For a form that closes when saved: sends, toasts `message` and runs `then` on success, and answers
 * the error (or null) for the form to show.
 */
export function useSave(): <N extends CommandName>(
  name: N,
  input: CommandMap[N]['input'],
  message: string,
  then: () => void,
) => Promise<CommandError | null> {
  const submit = useSubmit();
  return async (name, input, message, then) => {
    const error = await submit(name, input, () => ({ message }));
    if (!error) then();
    return error;
  };
}
