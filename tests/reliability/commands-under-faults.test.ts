// Every command with a fault at every storage write it makes: the browser's quota error, and the
// worker killed just before or just after the write. The user's data is then exactly as before the
// command or exactly as after it, never half; a quota error is answered clearly; a retry after a
// kill applies the command once.
import { describe, expect, it, vi } from 'vitest';
import backupV1 from '../fixtures/backup-v1.json';
import type { CommandMap, CommandName, ContactInput } from '../../src/domain/commands';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DATA_KEY, type Day, type Debt, type Plan } from '../../src/domain/model';
import { debtInput, send, startBackground, storedData } from '../integration/background-harness';
import {
  fillStorage,
  injectStorageFault,
  useBackgroundAt,
  rawStorage,
  sendAndKillAtFault,
  setRawStorage,
  visibleState,
  type Fault,
} from './faults';

const NOW = new Date(2026, 5, 15, 10, 0).getTime();
const planInput = {
  name: 'negotiated',
  kind: 'credit-card',
  currency: 'CNY',
  total: 1_200_000,
  downPayment: 0,
  fee: 0,
  count: 12,
  startDate: '2026-06-01' as Day,
  firstDue: '2026-07-01' as Day,
  graceDays: 3,
  note: '',
} as const;
const contactInput: ContactInput = {
  target: { type: 'debt', id: 'd1' },
  at: '2026-06-14T09:30',
  channel: 'call',
  answered: true,
  thirdParty: false,
  who: 'collector',
  summary: 'asked to pay',
  userFlags: [],
};

/** Data every row starts from: two debts, a plan, a payment, a contact entry, a restore to undo, a record in quarantine. */
async function seed(): Promise<{ debt: Debt; plan: Plan }> {
  await send('restoreBackup', { backup: backupV1 }, 'seed-restore');
  await send('addDebt', debtInput(), 'd1');
  await send('addDebt', debtInput({ name: 'second' }), 'd2');
  await send('addPlan', planInput, 'p1');
  await send('recordPayment', { target: { type: 'debt', id: 'd1' }, date: '2026-06-10' as Day, amount: 500, note: '' }, 'pay1');
  await send('addContact', contactInput, 'c1');
  const data = await storedData();
  await fakeBrowser.storage.local.set({ [DATA_KEY]: { ...data, debts: [...data.debts, { id: 'corrupt', amount: -1 }] } });
  await send('snooze', { installmentKey: 'seed', until: NOW }, 'quarantine-it');
  return { debt: data.debts.find((d) => d.id === 'd1')!, plan: data.plans.find((p) => p.id === 'p1')! };
}

type Row = { [N in CommandName]: { name: N; input: (s: { debt: Debt; plan: Plan }) => CommandMap[N]['input'] } }[CommandName];

const ROWS: Row[] = [
  { name: 'addDebt', input: () => debtInput({ name: 'new' }) },
  { name: 'updateDebt', input: ({ debt }) => ({ ...debt, amount: 7777 }) },
  { name: 'deleteDebt', input: () => ({ id: 'd1' }) },
  { name: 'addPlan', input: () => planInput },
  { name: 'updatePlan', input: ({ plan }) => ({ ...plan, count: 24 }) },
  { name: 'deletePlan', input: () => ({ id: 'p1' }) },
  { name: 'restoreItems', input: ({ debt }) => ({ debts: [{ ...debt, id: 'back' }], plans: [], payments: [], contacts: [] }) },
  {
    name: 'recordPayment',
    input: () => ({ target: { type: 'plan', id: 'p1' }, date: '2026-06-15' as Day, amount: 100_000, note: 'partial' }),
  },
  { name: 'undoPayment', input: () => ({ id: 'pay1' }) },
  { name: 'snooze', input: () => ({ installmentKey: 'debt:d1:2026-12-10', until: NOW + 86_400_000 }) },
  { name: 'updateSettings', input: () => ({ leadDays: [3, 0], reminderTime: '20:00', language: 'en' }) },
  { name: 'importDebts', input: () => ({ debts: [debtInput({ name: 'imported a' }), debtInput({ name: 'imported b' })] }) },
  { name: 'restoreBackup', input: () => ({ backup: { ...backupV1, settings: { ...backupV1.settings, reminderTime: '07:15' } } }) },
  { name: 'undoRestore', input: () => ({}) },
  { name: 'addContact', input: () => ({ ...contactInput, channel: 'sms' }) },
  { name: 'deleteContact', input: () => ({ id: 'c1' }) },
  { name: 'clearQuarantine', input: () => ({}) },
];

useBackgroundAt(NOW);

/** Runs the row cleanly from the seeded state: the state before, after, and how many writes it made. */
async function cleanRun(row: Row) {
  const seeded = await seed();
  const raw = await rawStorage();
  const before = await visibleState();
  const counter = injectStorageFault(-1, null);
  const result = await send(row.name, row.input(seeded) as never, 'cmd');
  const writes = counter.writes();
  vi.restoreAllMocks();
  expect(result).toMatchObject({ ok: true });
  const after = await visibleState();
  expect(after).not.toEqual(before);
  return { seeded, raw, before, after, writes };
}

describe.each(ROWS)('$name under storage faults', { timeout: 60_000 }, (row) => {
  it('storage.local full: a clear error, and nothing lost or changed', async () => {
    const { seeded, raw, before } = await cleanRun(row);
    for (const areas of [['local'], ['local', 'sync']] as const) {
      await setRawStorage(raw);
      await startBackground();
      fillStorage(areas);
      const result = await send(row.name, row.input(seeded) as never, `quota-${areas.join('-')}`);
      vi.restoreAllMocks();
      expect(result, areas.join(' and ')).toMatchObject({
        ok: false,
        error: { code: 'quota', message: expect.stringMatching(/storage is full.*nothing was changed/i) },
      });
      expect(await visibleState(), areas.join(' and ')).toEqual(before);
    }
  });

  it('storage.sync full: settings stay in storage.local, nothing is lost', async () => {
    const { seeded, raw, after } = await cleanRun(row);
    await setRawStorage(raw);
    await startBackground();
    fillStorage(['sync']);
    expect(await send(row.name, row.input(seeded) as never, 'cmd')).toMatchObject({ ok: true });
    vi.restoreAllMocks();
    expect(await visibleState()).toEqual(after);
  });

  it.each<Fault>(['killed-before-write', 'killed-after-write'])(
    '%s, at any write: before or after, never half; the retry applies once',
    async (fault) => {
      const { seeded, raw, before, after, writes } = await cleanRun(row);
      for (let at = 0; at < writes; at++) {
        await setRawStorage(raw);
        await startBackground();
        const { hit } = injectStorageFault(at, fault);
        expect(await sendAndKillAtFault(row.name, row.input(seeded) as never, 'cmd', hit), `write ${at}`).toBe('killed');
        expect([before, after], `write ${at}`).toContainEqual(await visibleState());
        // The page's one retry, with the same id, after the worker restarted.
        expect(await send(row.name, row.input(seeded) as never, 'cmd'), `write ${at}`).toMatchObject({ ok: true });
        expect(await visibleState(), `write ${at}`).toEqual(after);
      }
    },
  );
});
