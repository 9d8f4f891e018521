/**
 * Fault injection for the fake browser's storage: count the writes a command makes, and make the n-th
 * one fail with the browser's quota error or never finish (the service worker killed mid-command,
 * with the write either lost or already committed).
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, vi } from 'vitest';
import type { CommandMap, CommandName } from '../../src/domain/commands';
import { loadState } from '../../src/platform/storage';
import { fakeLocales, send, startBackground } from '../integration/background-harness';

/** Chrome's message for a full storage.local; Firefox says "QuotaExceededError: … exceeded its quota". */
export const QUOTA_MESSAGE = 'QUOTA_BYTES quota exceeded';

/** The worker killed at a write: before the browser committed it, or after (the answer was lost). */
export type Fault = 'killed-before-write' | 'killed-after-write';

const WRITES = [
  ['local', 'set'],
  ['local', 'remove'],
  ['local', 'clear'],
  ['sync', 'set'],
  ['sync', 'remove'],
  ['sync', 'clear'],
] as const;

/**
 * Wraps every storage write; the write numbered `at` (0-based, over both areas) gets `fault`.
 * @returns the number of writes seen so far, and a promise that settles when the fault was injected
 */
export function injectStorageFault(at: number, fault: Fault | null): { writes: () => number; hit: Promise<void> } {
  let count = 0;
  let onHit = () => {};
  const hit = new Promise<void>((resolve) => (onHit = resolve));
  for (const [area, method] of WRITES) {
    const storage = fakeBrowser.storage[area] as unknown as Record<string, (arg?: unknown) => Promise<void>>;
    const original = storage[method]!.bind(storage);
    vi.spyOn(storage, method).mockImplementation(async (arg?: unknown) => {
      if (count++ !== at || fault === null) return original(arg);
      onHit();
      if (fault === 'killed-after-write') await original(arg);
      return new Promise<void>(() => {}); // the worker is gone: this write never reports back
    });
  }
  return { writes: () => count, hit };
}

/** Makes every `set` in `areas` fail as a full storage area does. */
export function fillStorage(areas: readonly ('local' | 'sync')[]): void {
  for (const area of areas) vi.spyOn(fakeBrowser.storage[area], 'set').mockRejectedValue(new Error(QUOTA_MESSAGE));
}

/** Both storage areas, deep-copied. */
export async function rawStorage(): Promise<{ local: Record<string, unknown>; sync: Record<string, unknown> }> {
  return structuredClone({ local: await fakeBrowser.storage.local.get(null), sync: await fakeBrowser.storage.sync.get(null) });
}

/** Puts both areas back to `raw`. */
export async function setRawStorage(raw: { local: Record<string, unknown>; sync: Record<string, unknown> }): Promise<void> {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.sync.clear();
  await fakeBrowser.storage.local.set(structuredClone(raw.local));
  await fakeBrowser.storage.sync.set(structuredClone(raw.sync));
}

/**
 * What the user sees of the stored state (through the pages' own reader): data, settings, snoozes,
 * the records kept aside, and whether a restore can be undone.
 */
export async function visibleState() {
  const { data: records, settings, reminders, quarantine, canUndoRestore } = await loadState();
  return { records, settings, snoozed: reminders.snoozed, quarantine, canUndoRestore };
}

/** Sends a command and, when a write hangs, kills the worker there and starts a fresh one. */
export async function sendAndKillAtFault<N extends CommandName>(
  name: N,
  input: CommandMap[N]['input'],
  id: string,
  hit: Promise<void>,
): Promise<'answered' | 'killed'> {
  const answered = send(name, input, id).then(() => 'answered' as const);
  const outcome = await Promise.race([answered, hit.then(() => 'killed' as const)]);
  if (outcome === 'killed') {
    vi.restoreAllMocks();
    await startBackground();
  }
  return outcome;
}

/** Registers hooks that start a fresh background (locales served) before each test, with the clock stopped at `now`. */
export function useBackgroundAt(now: number, seed: () => Promise<unknown> = async () => undefined): void {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now });
    fakeLocales();
    await startBackground();
    await seed();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
}
