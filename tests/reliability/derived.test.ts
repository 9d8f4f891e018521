// The derived record is never the source of truth: deleted, damaged, from yesterday, from a newer
// version, or left behind by a worker killed after the data write, it leads to a rebuild from the
// data, and the day's reminders reach the user once each, as they do when it is sound. And over
// random data (up to 1000 debts), an alarm wake served by the record shows the same notifications,
// badge and alarms as the full computation.
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { fireNextAlarm } from '../../bench/month-of-use';
import { addDaysToDay, toDay } from '../../src/domain/day';
import { planWake } from '../../src/domain/derived';
import {
  DERIVED_VERSION,
  FIRST_SCREEN_ROWS,
  LATER_ROWS,
  sealDerived,
  unsealDerived,
  type DerivedRecord,
  type FirstScreenRecord,
  type Sealed,
} from '../../src/domain/derived-record';
import { groupItems } from '../../src/domain/item-groups';
import { DATA_KEY, DEFAULT_SETTINGS, DERIVED_KEY, REMINDERS_KEY, type Day } from '../../src/domain/model';
import { SUMMARY_LINES } from '../../src/domain/notices';
import { FIRST_SCREEN_KEY, SHOWN_KEY } from '../../src/domain/storage-keys';
import { makeData } from '../fixtures/data';
import { debtInput, send, storedData } from '../integration/background-harness';
import { injectStorageFault, sendAndKillAtFault, useBackgroundAt } from './faults';

const HOUR = 3_600_000;
/** 07:00: before the day's 09:00 reminders. */
const START = new Date(2026, 5, 1, 7, 0).getTime();
const TODAY = toDay(new Date(START));
const END_OF_DAY = new Date(2026, 5, 1, 23, 0).getTime();

/** Records every notification shown, with its words, and whether any wake read the data record or the reminder log. */
function watch() {
  const shown: [string, string, string][] = [];
  const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((id: string, options: { title: string; message: string }) => {
    shown.push([id, options.title, options.message]);
    return create(id, options as never);
  }) as never);
  let dataReads = 0;
  let logReads = 0;
  const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
  const reads = (keys: unknown, key: string) => keys === null || (Array.isArray(keys) ? keys.includes(key) : keys === key);
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(((keys: unknown) => {
    if (reads(keys, DATA_KEY)) dataReads++;
    if (reads(keys, REMINDERS_KEY)) logReads++;
    return get(keys as never);
  }) as never);
  return { shown, dataReads: () => dataReads, logReads: () => logReads };
}

/** Runs the alarms to `until` as time passes. */
async function passTime(until: number): Promise<void> {
  while ((await fireNextAlarm(until, (t) => vi.setSystemTime(Math.max(Date.now(), t)))) !== null);
}

const storedSealed = async () => (await fakeBrowser.storage.local.get(DERIVED_KEY))[DERIVED_KEY] as Sealed<DerivedRecord>;
/** The stored record, when it is sound (else null). */
const storedDerived = async () => unsealDerived<DerivedRecord>(await storedSealed());
const reseal = (derived: DerivedRecord | null, change: Partial<DerivedRecord>) => sealDerived({ ...derived!, ...change });

describe('a derived record that cannot stand in is rebuilt, and nothing is missed or shown twice', () => {
  useBackgroundAt(START);

  /** A fresh day: four debts (due today, tomorrow, in three days, three days ago) added at 07:00; `spoil` at 08:00; alarms to 23:00. */
  async function dayWith(spoil: () => Promise<unknown>) {
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(START);
    for (const [i, days] of [0, 1, 3, -3].entries())
      await send('addDebt', debtInput({ name: `debt ${i}`, recurrence: { type: 'once', dueDate: addDaysToDay(TODAY, days) } }), `d${i}`);
    await passTime(START + HOUR);
    await spoil();
    const seen = watch();
    await passTime(END_OF_DAY);
    vi.restoreAllMocks();
    return { ids: seen.shown.map(([id]) => id), dataReads: seen.dataReads(), logReads: seen.logReads() };
  }

  it('with a sound record, the alarm wakes read neither the data nor the reminder log and show the day’s reminders', async () => {
    const { ids, dataReads, logReads } = await dayWith(async () => undefined);
    expect(ids.length).toBeGreaterThan(0);
    expect([dataReads, logReads]).toEqual([0, 0]);
  });

  const spoilers: [string, () => Promise<unknown>][] = [
    ['deleted', () => fakeBrowser.storage.local.remove(DERIVED_KEY)],
    [
      'damaged (a reminder dropped, check kept)',
      async () => {
        const [sealed, derived] = [await storedSealed(), (await storedDerived())!];
        const text = JSON.stringify({ ...derived, reminders: derived.reminders.slice(1) });
        await fakeBrowser.storage.local.set({ [DERIVED_KEY]: { ...sealed, text } });
      },
    ],
    [
      'cut short (its text truncated)',
      async () => {
        const sealed = await storedSealed();
        await fakeBrowser.storage.local.set({ [DERIVED_KEY]: { ...sealed, text: sealed.text.slice(0, -20) } });
      },
    ],
    [
      'with its check spoilt (the rest as built)',
      async () => fakeBrowser.storage.local.set({ [DERIVED_KEY]: { ...(await storedSealed()), check: 'spoilt' } }),
    ],
    [
      'stored as an object, as the version before stored it',
      async () => fakeBrowser.storage.local.set({ [DERIVED_KEY]: { ...(await storedDerived()), check: 'x' } }),
    ],
    [
      'without the words of what is due (as if the wake came when none was foreseen)',
      async () => {
        const derived = (await storedDerived())!;
        await fakeBrowser.storage.local.set({
          [DERIVED_KEY]: reseal(derived, { reminders: derived.reminders.map(({ reminder }) => ({ reminder })) }),
        });
      },
    ],
    ['not an object', () => fakeBrowser.storage.local.set({ [DERIVED_KEY]: '{"version":1' })],
    // Not the record but what the alarm path reads with it: the wake falls to the full one, which quarantines it.
    ['read with a dueguard.shown that is not a map of times', () => fakeBrowser.storage.local.set({ [SHOWN_KEY]: 'garbled' })],
    [
      'from yesterday',
      async () => {
        const derived = (await storedDerived())!;
        const day = addDaysToDay(TODAY, -1);
        await fakeBrowser.storage.local.set({
          [DERIVED_KEY]: reseal(derived, { day, builtAt: derived.builtAt - 24 * HOUR, nextMidnight: derived.nextMidnight - 24 * HOUR }),
        });
      },
    ],
    [
      'from a newer version',
      async () =>
        fakeBrowser.storage.local.set({
          [DERIVED_KEY]: reseal(await storedDerived(), { version: (DERIVED_VERSION + 1) as never, reminders: [] }),
        }),
    ],
    [
      'built in another time zone',
      async () => {
        const derived = (await storedDerived())!;
        await fakeBrowser.storage.local.set({ [DERIVED_KEY]: reseal(derived, { tzOffset: derived.tzOffset + 60, reminders: [] }) });
      },
    ],
    [
      'built after now (the clock moved back)',
      async () => {
        const derived = (await storedDerived())!;
        await fakeBrowser.storage.local.set({ [DERIVED_KEY]: reseal(derived, { builtAt: derived.builtAt + 4 * HOUR, reminders: [] }) });
      },
    ],
    [
      'for other settings (changed on another device, through sync)',
      async () => fakeBrowser.storage.local.set({ [DERIVED_KEY]: reseal(await storedDerived(), { settingsHash: 'other', reminders: [] }) }),
    ],
  ];

  it.each(spoilers)('%s: rebuilt from the data, the same reminders shown once each', async (_name, spoil) => {
    const sound = await dayWith(async () => undefined);
    const spoiled = await dayWith(spoil);
    expect(sound.dataReads).toBe(0);
    expect(spoiled.dataReads, 'the data was read to rebuild').toBeGreaterThan(0);
    expect(
      spoiled.ids.filter((id, i) => spoiled.ids.indexOf(id) !== i),
      'shown twice',
    ).toEqual([]);
    expect(spoiled.ids).toEqual(sound.ids);
    expect((await storedDerived())?.day, 'written again, sound, for today').toBe(TODAY);
  });

  it('the worker killed right after a command’s data write: the next alarm rebuilds and reminds of the new debt', async () => {
    await dayWith(async () => undefined);
    vi.setSystemTime(START + HOUR);
    await passTime(START + HOUR);
    // The command's read first takes what the day's alarm wakes showed into the log (write 0); its own
    // write (its data, its id and the voided record) lands next, and the worker dies before anything else.
    expect(Object.keys((await fakeBrowser.storage.local.get(SHOWN_KEY))[SHOWN_KEY] ?? {})).not.toHaveLength(0);
    const { hit } = injectStorageFault(1, 'killed-after-write');
    const input = debtInput({ name: 'late addition', recurrence: { type: 'once', dueDate: TODAY } });
    expect(await sendAndKillAtFault('addDebt', input, 'k1', hit)).toBe('killed');
    expect((await storedData()).debts.some((d) => d.id === 'k1')).toBe(true);
    expect((await storedSealed()) ?? null, 'voided with the data').toBeNull();
    const seen = watch();
    // The killed worker armed nothing for it: the next wake the browser brings (here a restart) rebuilds.
    await fakeBrowser.runtime.onStartup.trigger();
    await passTime(END_OF_DAY);
    const ids = seen.shown.map(([id]) => id);
    expect(ids.some((id) => id.includes('debt:k1:'))).toBe(true);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(seen.dataReads()).toBeGreaterThan(0);
  });
});

describe('over random data, an alarm wake from the derived record equals the full computation', () => {
  useBackgroundAt(START);

  /** The day's notifications, badge, title and alarms, with the record served or deleted before every wake. */
  async function runDay(n: number, seedDay: Day, fromDerived: boolean) {
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(START);
    await fakeBrowser.storage.local.set({ [DATA_KEY]: makeData({ debts: n, plans: Math.ceil(n / 10) }, seedDay) });
    await fakeBrowser.runtime.onStartup.trigger();
    const seen = watch();
    const states: unknown[] = [];
    for (;;) {
      if (!fromDerived) await fakeBrowser.storage.local.remove(DERIVED_KEY);
      const fired = await fireNextAlarm(END_OF_DAY, (t) => vi.setSystemTime(Math.max(Date.now(), t)));
      if (fired === null) break;
      states.push({
        badge: await fakeBrowser.action.getBadgeText({}),
        title: await fakeBrowser.action.getTitle({}),
        alarms: (await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]).sort(),
      });
    }
    vi.restoreAllMocks();
    return { shown: seen.shown, states, dataReads: seen.dataReads() };
  }

  it.each([
    [10, '2026-06-01'],
    [100, '2026-06-20'],
    [1000, '2026-05-25'],
  ] as const)('%i debts', { timeout: 120_000 }, async (n, seedDay) => {
    const full = await runDay(n, seedDay as Day, false);
    const derived = await runDay(n, seedDay as Day, true);
    expect(full.dataReads).toBeGreaterThan(0);
    expect(derived.dataReads, 'every alarm wake served from the record').toBe(0);
    expect(full.states.length).toBeGreaterThan(0);
    expect(full.shown.length).toBeGreaterThan(0);
    expect(derived.shown).toEqual(full.shown);
    expect(derived.states).toEqual(full.states);
  });

  it('words only what the day’s wakes show on time: a thousand debts due at 09:00 are one summary of a few lines', async () => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: makeData({ debts: 1000, plans: 100 }, TODAY) });
    await fakeBrowser.runtime.onStartup.trigger();
    const { reminders } = (await storedDerived())!;
    const wakes = new Set(reminders.map((r) => r.reminder.fireAt)).size;
    expect(reminders.length).toBeGreaterThan(1000);
    expect(wakes).toBe(1);
    expect(reminders.filter((r) => r.line !== undefined)).toHaveLength(SUMMARY_LINES);
    expect(reminders.filter((r) => r.notice !== undefined)).toHaveLength(0);
  });

  it.each([3, 1000])('the first screen’s rows are the popup’s own first groups of the full overview, at %i debts', async (debts) => {
    const data = makeData({ debts, plans: Math.ceil(debts / 10) }, TODAY);
    await fakeBrowser.storage.local.set({ [DATA_KEY]: data });
    await fakeBrowser.runtime.onStartup.trigger();
    const { overview } = planWake({ data, settings: DEFAULT_SETTINGS }, START);
    const sections = { overdue: overview.overdue, dueSoon: overview.dueSoon, minimumPaid: overview.minimumPaid, later: overview.later };
    const groups = Object.values(sections).map(groupItems);
    const listed = groups.flatMap((of, i) => (i === 3 ? of.slice(0, LATER_ROWS) : of));
    const record = unsealDerived<FirstScreenRecord>((await fakeBrowser.storage.local.get(FIRST_SCREEN_KEY))[FIRST_SCREEN_KEY])!;
    expect(record.rows.map((r) => [r.key, r.amount, r.due])).toEqual(
      listed.slice(0, FIRST_SCREEN_ROWS).map((g) => [g.key, g.remaining, g.lead.status.due]),
    );
    expect(Object.values(record.sectionRows)).toEqual(groups.map((of) => of.length));
    // The plan list comes with the first screen only when every row does (it is drawn below them).
    expect(record.plans.length).toBe(listed.length <= FIRST_SCREEN_ROWS ? overview.plans.length : 0);
  });
});
