/**
 * A month of use, simulated: the real background (bundled with the fake browser in place of the
 * browser's API) on a fake clock that jumps from alarm to alarm. It counts what woke the worker and every
 * `alarms.create`, to show the background wakes only for a reminder or a midnight refresh: no polling.
 */
// First: the platform layer reads the browser namespace when it loads.
import './fake-browser';
import fs from 'node:fs';
import path from 'node:path';
import { fakeBrowser } from '@webext-core/fake-browser';
import { COMMAND_KIND } from '../src/domain/keys';
import { toDay } from '../src/domain/day';
import { DATA_KEY, DEFAULT_SETTINGS, type Data } from '../src/domain/model';
import { getOpenInstallments } from '../src/domain/open-installments';
import { getOverview } from '../src/domain/overview';
import { MIDNIGHT_ALARM } from '../src/platform/alarms';

const DAY_MS = 86_400_000;

export interface MonthOfUse {
  days: number;
  /** Alarm wakes that showed at least one notification. */
  reminderWakes: number;
  /** Notifications shown (a summary counts once). */
  notifications: number;
  midnightWakes: number;
  /** Alarm wakes that showed nothing and were not midnight: polling. */
  idleWakes: number;
  /** Payments the simulated user made when reminded (everything overdue or due that day). */
  payments: number;
  createCalls: number;
  /** `alarms.create` calls that moved an alarm to a new time. */
  createCallsThatMoved: number;
}

/**
 * Fires the earliest alarm if it is due by `until`, as the browser would: the clock moves to its time,
 * the one-shot alarm is removed, and the background's listener runs to the end.
 * @returns the alarm's name, or null when none is due by `until`
 */
export async function fireNextAlarm(until: number, moveClock: (to: number) => void): Promise<string | null> {
  const [next] = (await fakeBrowser.alarms.getAll()).sort((a, b) => a.scheduledTime - b.scheduledTime);
  if (!next || next.scheduledTime > until) return null;
  moveClock(next.scheduledTime);
  await fakeBrowser.alarms.clear(next.name);
  await fakeBrowser.alarms.onAlarm.trigger(next);
  return next.name;
}

/** The user pays, from the popup, every open item overdue or due today; returns how many payments. */
async function payWhatIsDue(now: number): Promise<number> {
  const data = (await fakeBrowser.storage.local.get(DATA_KEY))[DATA_KEY] as Data;
  const today = toDay(new Date(now));
  const { overdue, dueSoon } = getOverview(getOpenInstallments(data, DEFAULT_SETTINGS, today), DEFAULT_SETTINGS.currency);
  const due = [...overdue, ...dueSoon.filter((item) => item.status.due === today)];
  for (const { status } of due) {
    const input = { target: status.target, date: today, amount: status.remaining, note: '' };
    await fakeBrowser.runtime.sendMessage({ kind: COMMAND_KIND, id: crypto.randomUUID(), name: 'recordPayment', input });
  }
  return due.length;
}

/** Replaces `Date` so that `Date.now()` and `new Date()` read `clock.now`. */
function installClock(clock: { now: number }): () => void {
  const RealDate = Date;
  class ClockDate extends RealDate {
    constructor(...args: unknown[]) {
      // Whatever the caller passed goes on to Date unchanged (typed as the longest numeric form).
      super(...((args.length === 0 ? [clock.now] : args) as [number, number, number, number, number, number, number]));
    }
    static override now() {
      return clock.now;
    }
  }
  globalThis.Date = ClockDate as DateConstructor;
  return () => (globalThis.Date = RealDate);
}

/** What the fake browser lacks: the UI language and the extension's own locale files (from the build). */
function serveLocales(dist: string): void {
  fakeBrowser.i18n.getUILanguage = () => 'zh-CN';
  globalThis.fetch = async (url: string | URL | Request) => {
    const rel = /^chrome-extension:\/\/[^/]+\/(_locales\/\w+\/messages\.json)$/.exec(String(url))?.[1];
    if (!rel) throw new Error(`the background fetched ${String(url)}`);
    return new Response(fs.readFileSync(path.join(dist, rel)));
  };
}

/**
 * Runs the background for `days` from `start` (epoch ms) with `data` stored, firing each alarm at its
 * time. After each reminder the user opens the popup and pays what is overdue or due that day.
 */
export async function simulateMonth({
  data,
  start,
  days,
  dist,
}: {
  data: Data;
  start: number;
  days: number;
  dist: string;
}): Promise<MonthOfUse> {
  const clock = { now: start };
  const restoreDate = installClock(clock);
  serveLocales(dist);
  const counts: MonthOfUse = {
    days,
    reminderWakes: 0,
    notifications: 0,
    midnightWakes: 0,
    idleWakes: 0,
    payments: 0,
    createCalls: 0,
    createCallsThatMoved: 0,
  };

  const create = fakeBrowser.alarms.create.bind(fakeBrowser.alarms);
  fakeBrowser.alarms.create = (async (name: string, info: { when: number }) => {
    counts.createCalls++;
    if ((await fakeBrowser.alarms.get(name))?.scheduledTime !== info.when) counts.createCallsThatMoved++;
    return create(name, info);
  }) as typeof fakeBrowser.alarms.create;
  const shown: string[] = [];
  const notify = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
  fakeBrowser.notifications.create = ((id: string, options: never) => {
    shown.push(id);
    return notify(id, options);
  }) as typeof fakeBrowser.notifications.create;

  // The background logs what fails instead of throwing (listeners have no one to answer): collect it.
  const errors: unknown[] = [];
  const logError = console.error;
  console.error = (...args: unknown[]) => errors.push(args);
  try {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: data });
    await import('../src/background/index');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const end = start + days * DAY_MS;
    for (;;) {
      const before = shown.length;
      const fired = await fireNextAlarm(end, (t) => (clock.now = Math.max(clock.now, t)));
      if (fired === null) break;
      const fresh = shown.slice(before);
      counts.notifications += fresh.length;
      if (fresh.length > 0) counts.reminderWakes++;
      else if (fired === MIDNIGHT_ALARM) counts.midnightWakes++;
      else counts.idleWakes++;
      if (fresh.length > 0) counts.payments += await payWhatIsDue(clock.now);
    }
    if (errors.length > 0) throw new Error(`the background failed: ${String(errors[0])}`);
    return counts;
  } finally {
    restoreDate();
    console.error = logError;
  }
}
