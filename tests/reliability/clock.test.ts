// The clock moved forward (a laptop asleep for days) and back (a clock corrected): every reminder of
// the period reaches the user, none is shown twice.
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { fireNextAlarm } from '../../bench/month-of-use';
import { REMINDERS_KEY, type Day, type ReminderState } from '../../src/domain/model';
import { debtInput, send } from '../integration/background-harness';
import { useBackgroundAt } from './faults';

const DAY_MS = 86_400_000;
const START = new Date(2026, 5, 1, 7, 0).getTime();
const at = (days: number, hours = 0) => START + days * DAY_MS + hours * 3_600_000;
/** Due on days 3, 5, 8, 12 and 15 of the run (June 4, 6, 9, 13, 16). */
const DUE_DAYS = [3, 5, 8, 12, 15].map((n) => new Date(at(n)).toLocaleDateString('sv') as Day);

useBackgroundAt(START, async () => {
  for (const [i, due] of DUE_DAYS.entries())
    await send('addDebt', debtInput({ name: `debt ${i}`, recurrence: { type: 'once', dueDate: due } }), `d${i}`);
});

/** Runs the alarms up to `until` as time passes normally. */
async function passTime(until: number): Promise<void> {
  while ((await fireNextAlarm(until, (t) => vi.setSystemTime(Math.max(Date.now(), t)))) !== null);
  vi.setSystemTime(Math.max(Date.now(), until));
}

/** Sets the clock to `to` and wakes the worker as the browser does after a jump: a restart. */
async function jumpTo(to: number): Promise<void> {
  vi.setSystemTime(to);
  await fakeBrowser.runtime.onStartup.trigger();
}

describe('the clock moved back and forward', { timeout: 60_000 }, () => {
  it.each([
    ['forward over several reminders (asleep 4 days)', [at(2), at(6, 10), at(20)]],
    ['back two days after reminders were shown', [at(6, 10), at(4, 10), at(20)]],
    ['back across midnight and forward again, twice', [at(3, 10), at(2, 23), at(5, 10), at(4, 12), at(20)]],
  ])('%s: every debt reminded, nothing shown twice', async (_name, moves) => {
    const shown: string[] = [];
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((id: string, options: never) => {
      shown.push(id);
      return create(id, options);
    }) as never);

    for (const to of moves) {
      if (to > Date.now()) await passTime(to);
      else await jumpTo(to);
    }

    expect(shown.length).toBeGreaterThan(0);
    expect(
      shown.filter((id, i) => shown.indexOf(id) !== i),
      'notifications shown twice',
    ).toEqual([]);
    const { sent } = (await fakeBrowser.storage.local.get(REMINDERS_KEY))[REMINDERS_KEY] as ReminderState;
    // Each installment's reminders, by type and day: every one went out once (alone or in a summary).
    for (const [i, due] of DUE_DAYS.entries()) {
      const keys = Object.keys(sent).filter((key) => key.startsWith(`debt:d${i}:${due}:`));
      expect(
        keys.some((key) => key.includes(':overdue:')),
        `debt ${i} (due ${due}) reminded once overdue`,
      ).toBe(true);
      const days = keys.map((key) => key.slice(key.lastIndexOf(':') + 1));
      expect(new Set(days).size, `debt ${i}: one reminder per day`).toBe(days.length);
    }
  });
});
