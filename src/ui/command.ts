import { useCallback, useState } from 'preact/hooks';
import type { CommandError, CommandMap, CommandName, CommandResult } from '../domain/commands';
import { sendCommand } from '../platform/messaging';

export interface CommandRunner<N extends CommandName> {
  /** Sends the command; resolves with its result (never rejects). */
  run(input: CommandMap[N]['input']): Promise<CommandResult<N>>;
  /** True while a send is under way: disable the button that started it. */
  busy: boolean;
  /** Why the last send failed, until the next send or `clear()`. */
  error: CommandError | null;
  clear(): void;
}

/**
 * Sends command `name` from a component and tracks it for the UI. The change itself arrives through
 * the store when the background has written it; this only says whether the command went through.
 */
export function useCommand<N extends CommandName>(name: N): CommandRunner<N> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);
  const run = useCallback(
    async (input: CommandMap[N]['input']) => {
      setBusy(true);
      setError(null);
      const result = await sendCommand(name, input);
      setBusy(false);
      if (!result.ok) setError(result.error);
      return result;
    },
    [name],
  );
  const clear = useCallback(() => setError(null), []);
  return { run, busy, error, clear };
}
