// 50 commands at once from the pages, with notification buttons pressed meanwhile (some twice): every
// one is applied exactly once (ids sent twice are applied once, a button pressed twice acts once),
// and no write is lost.
import { describe, expect, it } from 'vitest';
import type { CommandMap, CommandName, CommandResult } from '../../src/domain/commands';
import type { Day } from '../../src/domain/model';
import { fakeBrowser } from '@webext-core/fake-browser';
import { BUTTON_MARK_PAID, BUTTON_REMIND_TOMORROW } from '../../src/background/notification-actions';
import { debtInput, send, storedAppliedIds, storedData } from '../integration/background-harness';
import { useBackgroundAt, visibleState } from './faults';

const NOW = new Date(2026, 5, 15, 10, 0).getTime();

useBackgroundAt(NOW, async () => {
  for (let i = 0; i < 10; i++) await send('addDebt', debtInput({ name: `debt ${i}` }), `d${i}`);
  for (let i = 0; i < 4; i++) await send('addDebt', debtInput({ name: `reminded ${i}` }), `e${i}`);
});

/** Presses a button of the lead reminder of debt `id` (due 2026-12-10), as Chrome reports it. */
const press = (id: string, button: number) => fakeBrowser.notifications.onButtonClicked.trigger(`debt:${id}:2026-12-10:lead:7`, button);

type Sent = { [N in CommandName]: [N, CommandMap[N]['input'], string] }[CommandName];

/** 45 distinct commands from every kind of sender, then 5 of them sent a second time with the same id. */
function fiftyCommands(): Sent[] {
  const distinct: Sent[] = [
    ...Array.from({ length: 20 }, (_, i): Sent => [
      'recordPayment',
      { target: { type: 'debt', id: `d${i % 9}` }, date: '2026-06-15' as Day, amount: 100 + i, note: '' },
      `pay-${i}`,
    ]),
    ...Array.from({ length: 10 }, (_, i): Sent => [
      'snooze',
      { installmentKey: `debt:d${i}:2026-12-10`, until: NOW + (i + 1) * 3_600_000 },
      `snooze-${i}`,
    ]),
    ...Array.from({ length: 5 }, (_, i): Sent => [
      'addContact',
      {
        target: { type: 'debt', id: `d${i}` },
        at: '2026-06-15T09:00',
        channel: 'call',
        answered: true,
        thirdParty: false,
        who: '',
        summary: `call ${i}`,
        userFlags: [],
      },
      `contact-${i}`,
    ]),
    ...Array.from({ length: 5 }, (_, i): Sent => ['addDebt', debtInput({ name: `added ${i}` }), `add-${i}`]),
    ...Array.from({ length: 4 }, (_, i): Sent => ['updateSettings', { reminderTime: `1${i}:30` }, `settings-${i}`]),
    ['deleteDebt', { id: 'd9' }, 'delete-d9'],
  ];
  const retries = [0, 7, 21, 31, 40].map((i) => distinct[i]!);
  return [...distinct, ...retries];
}

describe('50 commands at once', { timeout: 60_000 }, () => {
  it('applies each once and loses none', async () => {
    const commands = fiftyCommands();
    expect(commands).toHaveLength(50);
    const buttons = [
      press('e0', BUTTON_MARK_PAID),
      press('e0', BUTTON_MARK_PAID),
      press('e1', BUTTON_MARK_PAID),
      press('e2', BUTTON_REMIND_TOMORROW),
      press('e3', BUTTON_REMIND_TOMORROW),
      press('e3', BUTTON_REMIND_TOMORROW),
    ];
    const results = await Promise.all(commands.map(([name, input, id]) => send(name, input as never, id)));
    await Promise.all(buttons);
    expect(results.filter((r: CommandResult) => !r.ok)).toEqual([]);

    // A retried id gets the first answer again, and is not applied again.
    [0, 7, 21, 31, 40].forEach((original, k) => expect(results[45 + k]).toEqual(results[original]));

    const data = await storedData();
    expect(
      data.payments
        .filter((p) => p.id.startsWith('pay-'))
        .map((p) => p.id)
        .sort(),
    ).toEqual(Array.from({ length: 20 }, (_, i) => `pay-${i}`).sort());
    // "Mark paid" pays what remains, once, however often it was pressed.
    for (const id of ['e0', 'e1'])
      expect(
        data.payments.filter((p) => p.target.id === id).map((p) => p.amount),
        id,
      ).toEqual([debtInput().amount]);
    expect(data.contacts.map((c) => c.id).sort()).toEqual(['contact-0', 'contact-1', 'contact-2', 'contact-3', 'contact-4']);
    expect(data.debts.map((d) => d.id).sort()).toEqual([
      'add-0',
      'add-1',
      'add-2',
      'add-3',
      'add-4',
      'd0',
      'd1',
      'd2',
      'd3',
      'd4',
      'd5',
      'd6',
      'd7',
      'd8',
      'e0',
      'e1',
      'e2',
      'e3',
    ]);
    const applied = await storedAppliedIds();
    expect(new Set(applied).size).toBe(applied.length);
    for (const [, , id] of commands) expect(applied).toContain(id);
    const { snoozed, settings } = await visibleState();
    // Ten snoozes were applied; the one of the deleted debt d9 is pruned with it. The buttons snoozed e2 and e3.
    expect(Object.keys(snoozed).sort()).toEqual(
      [...Array.from({ length: 9 }, (_, i) => `debt:d${i}:2026-12-10`), 'debt:e2:2026-12-10', 'debt:e3:2026-12-10'].sort(),
    );
    expect(['10:30', '11:30', '12:30', '13:30']).toContain(settings.reminderTime);
  });
});
