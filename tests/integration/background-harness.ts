// Helpers for driving the background against the fake browser: start (or "restart") the worker by
// re-importing its entry with only storage kept, send raw command messages, build sample inputs.
import { fakeBrowser } from '@webext-core/fake-browser';
import fs from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import type { BillInput, CommandMap, CommandMessage, CommandName, CommandResult } from '../../src/domain/commands';
import { COMMAND_KIND } from '../../src/domain/keys';
import { APPLIED_KEY, DATA_KEY, type Data, type Day } from '../../src/domain/model';

/**
 * Starts a fresh background: drops every listener and in-memory module (what a killed service worker
 * loses) and imports the entry again. Storage, alarms and notifications are the browser's and stay.
 */
export async function startBackground(): Promise<void> {
  for (const event of [
    fakeBrowser.runtime.onMessage,
    fakeBrowser.runtime.onInstalled,
    fakeBrowser.runtime.onStartup,
    fakeBrowser.alarms.onAlarm,
    fakeBrowser.notifications.onClicked,
    fakeBrowser.notifications.onButtonClicked,
    fakeBrowser.storage.onChanged,
  ])
    event?.removeAllListeners();
  vi.resetModules();
  await import('../../src/background/index');
}

/** Sends a command with a chosen id, as a page (or a retry of one) would. */
export async function send<N extends CommandName>(
  name: N,
  input: CommandMap[N]['input'],
  id: string = crypto.randomUUID(),
): Promise<CommandResult<N>> {
  const message: CommandMessage<N> = { kind: COMMAND_KIND, id, name, input };
  return (await fakeBrowser.runtime.sendMessage(message)) as CommandResult<N>;
}

export async function storedData(): Promise<Data> {
  return (await fakeBrowser.storage.local.get(DATA_KEY))[DATA_KEY] as Data;
}

/** The ids of the commands applied, as stored. */
export async function storedAppliedIds(): Promise<string[]> {
  return (await fakeBrowser.storage.local.get(APPLIED_KEY))[APPLIED_KEY] as string[];
}

export function debtInput(over: Partial<BillInput> = {}): BillInput {
  return {
    name: '花呗 11月账单',
    kind: 'huabei',
    currency: 'CNY',
    amount: 123456,
    recurrence: { type: 'once', dueDate: '2026-12-10' as Day },
    graceDays: 0,
    note: '',
    ...over,
  };
}

const LOCALES = path.resolve(__dirname, '../../src/locales');

/** The merged messages of one locale, as the build writes them to `_locales/<lang>/messages.json`. */
function messagesOf(lang: string): Record<string, { message: string }> {
  const dir = path.join(LOCALES, lang);
  return Object.assign({}, ...fs.readdirSync(dir).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))));
}

/**
 * Thin fakes for what @webext-core/fake-browser lacks: the browser's UI language, and `fetch` of the
 * extension's own `_locales/<lang>/messages.json` (served from src/locales).
 */
export function fakeLocales(uiLanguage = 'en-US'): void {
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
  vi.stubGlobal('fetch', async (url: string | URL) => {
    const lang = /\/_locales\/(\w+)\/messages\.json$/.exec(String(url))?.[1];
    if (!lang) throw new Error(`unexpected fetch of ${String(url)}`);
    return new Response(JSON.stringify(messagesOf(lang)));
  });
}
