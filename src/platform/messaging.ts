/**
 * The typed command channel between the pages and the background (docs/architecture.md § Commands).
 * Pages call `sendCommand`; the background registers one `listenForCommands` handler. Errors cross as
 * `CommandResult` values, never as exceptions.
 */
import { browser, type Runtime } from './browser';
import type { CommandMap, CommandMessage, CommandName, CommandResult } from '../domain/commands';
import { COMMAND_KIND, REBUILD_KIND } from '../domain/keys';
/** How long to wait before the one retry, giving a restarting service worker time to register its listeners. */
const RETRY_DELAY_MS = 150;

export function isCommandMessage(message: unknown): message is CommandMessage {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<CommandMessage>;
  return m.kind === COMMAND_KIND && typeof m.id === 'string' && typeof m.name === 'string';
}

function isCommandResult(x: unknown): x is CommandResult {
  return typeof x === 'object' && x !== null && typeof (x as { ok?: unknown }).ok === 'boolean';
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Sends one command to the background and resolves with its result; never rejects.
 *
 * The command gets a fresh id (`crypto.randomUUID()`). When the message finds no listener or the
 * channel closes before an answer (the service worker was stopping or starting), it is sent once more
 * with the same id: the background records applied ids, so the retry cannot apply it twice.
 */
export async function sendCommand<N extends CommandName>(name: N, input: CommandMap[N]['input']): Promise<CommandResult<N>> {
  const message: CommandMessage<N> = { kind: COMMAND_KIND, id: crypto.randomUUID(), name, input };
  let failure = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    try {
      const answer: unknown = await browser.runtime.sendMessage(message);
      if (isCommandResult(answer)) return answer as CommandResult<N>;
      failure = 'the background did not answer';
    } catch (e) {
      failure = errorText(e);
    }
  }
  return { ok: false, error: { code: 'internal', message: `Could not reach the background: ${failure}` } };
}

/**
 * Registers the background's one command handler (synchronously: call it at the top level of the
 * service worker). Messages that are not commands are left to other listeners.
 */
export function listenForCommands(handle: (message: CommandMessage) => Promise<CommandResult>): void {
  const listener = (message: unknown, _sender: Runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
    if (!isCommandMessage(message)) return false;
    // sendResponse + `true` (rather than returning a promise) works with the polyfill, Firefox and the test fake alike.
    handle(message).then(sendResponse, (e: unknown) =>
      sendResponse({ ok: false, error: { code: 'internal', message: errorText(e) } } satisfies CommandResult),
    );
    return true;
  };
  // The polyfill's types only know listeners that always answer; `false` (not ours) is what Chrome expects otherwise.
  browser.runtime.onMessage.addListener(listener as Runtime.OnMessageListenerCallback);
}

/**
 * Asks the background to rebuild the derived record (a page found it missing, stale or damaged). Not
 * a command: it changes no data, and nothing waits for it; a background that cannot be reached
 * rebuilds on its next wake anyway.
 */
export function requestRebuild(): void {
  browser.runtime.sendMessage({ kind: REBUILD_KIND }).catch(() => undefined);
}

/** Registers the background's handler of `requestRebuild` (synchronously, at the top level of the worker). */
export function onRebuildRequested(rebuild: () => Promise<void>): void {
  const listener = (message: unknown) => {
    if (typeof message !== 'object' || message === null || (message as { kind?: unknown }).kind !== REBUILD_KIND) return false;
    void rebuild();
    return false;
  };
  browser.runtime.onMessage.addListener(listener as Runtime.OnMessageListenerCallback);
}
