// applyCommand without a browser: the state in, the answer and the records to write out.
import { describe, expect, it } from 'vitest';
import { applyCommand, rejectMalformed, type ReadBackup } from '../../src/domain/apply-command';
import type { CommandMap, CommandMessage, CommandName } from '../../src/domain/commands';
import { COMMAND_KIND } from '../../src/domain/keys';
import type { WritableState } from '../../src/domain/state';
import { data, day, debt, settings } from './fixtures';

const noBackup: ReadBackup = () => ({ ok: false, errors: ['not a backup'] });
const ctx = { now: new Date(2026, 4, 10, 12, 0).getTime(), today: day('2026-05-10'), readBackup: noBackup };
const message = <N extends CommandName>(name: N, input: CommandMap[N]['input'], id = 'cmd-1'): CommandMessage =>
  ({ kind: COMMAND_KIND, id, name, input }) as CommandMessage;

function state(over: Partial<WritableState> = {}): WritableState {
  return {
    data: data({ debts: [debt({ id: 'd1' })] }),
    settings: settings(),
    reminders: { sent: {}, snoozed: {} },
    quarantine: [],
    canUndoRestore: false,
    undo: null,
    appliedCommands: [],
    ...over,
  };
}

describe('applyCommand', () => {
  it('records a payment under the command id and says what to write', () => {
    const input = { target: { type: 'debt', id: 'd1' }, date: day('2026-05-10'), amount: 100, note: '' } as const;
    const applied = applyCommand(state(), message('recordPayment', input), ctx);
    expect(applied.result).toEqual({ ok: true, value: { id: 'cmd-1' } });
    expect(applied.write?.appliedCommands).toEqual(['cmd-1']);
    expect(applied.state.data.payments).toEqual([{ ...input, id: 'cmd-1' }]);
  });

  it('answers a retry as the first run did, writing nothing', () => {
    const applied = applyCommand(state({ appliedCommands: ['cmd-1'] }), message('addDebt', { ...debt(), id: undefined } as never), ctx);
    expect(applied).toMatchObject({ result: { ok: true, value: { id: 'cmd-1' } }, write: null });
  });

  it('refuses an invalid input with one line per field, writing nothing', () => {
    const applied = applyCommand(
      state(),
      message('recordPayment', { target: { type: 'debt', id: 'd1' }, date: 'soon', amount: -1 } as never),
      ctx,
    );
    expect(applied.write).toBeNull();
    expect(applied.result).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('snoozing forgets what was shown for the installment, so its newest reminder comes back after', () => {
    const reminders = { sent: { 'debt:d1:2026-05-10:lead:3': 1, 'debt:d2:2026-05-10:lead:3': 1 }, snoozed: {} };
    const applied = applyCommand(state({ reminders }), message('snooze', { installmentKey: 'debt:d1:2026-05-10', until: 99 }), ctx);
    expect(applied.write?.changes.reminders).toEqual({ sent: { 'debt:d2:2026-05-10:lead:3': 1 }, snoozed: { 'debt:d1:2026-05-10': 99 } });
  });

  it('reads a backup with the reader it is handed, and keeps what it replaced for undo', () => {
    const restored = data({ debts: [debt({ id: 'other' })] });
    const readBackup: ReadBackup = () => ({ ok: true, data: restored, settings: settings({ language: 'en' }) });
    const before = state();
    const applied = applyCommand(before, message('restoreBackup', { backup: {} }), { ...ctx, readBackup });
    expect(applied.result).toEqual({ ok: true, value: { debts: 1, plans: 0 } });
    expect(applied.state).toMatchObject({ data: restored, canUndoRestore: true, undo: { data: before.data, settings: before.settings } });
    expect(applyCommand(before, message('restoreBackup', { backup: {} }), ctx).result).toMatchObject({
      ok: false,
      error: { issues: ['not a backup'] },
    });
  });
});

describe('rejectMalformed', () => {
  it.each([
    ['an unknown name', { kind: COMMAND_KIND, id: 'x', name: 'dropTables', input: {} }, /Unknown command/],
    ['no valid id', { kind: COMMAND_KIND, id: '', name: 'clearQuarantine', input: {} }, /no valid id/],
  ])('%s', (_name, msg, text) => {
    expect(rejectMalformed(msg as unknown as CommandMessage)).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringMatching(text) },
    });
  });

  it('lets a command through', () => {
    expect(rejectMalformed(message('clearQuarantine', {}))).toBeNull();
  });
});
