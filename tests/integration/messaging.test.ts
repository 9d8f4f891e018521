// The command channel: ids, the one retry while the worker restarts, errors as values.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandMessage, CommandResult } from '../../src/domain/commands';
import { listenForCommands, sendCommand } from '../../src/platform/messaging';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sendCommand', () => {
  it('sends a command with a fresh UUID and resolves with the handler result', async () => {
    const seen: CommandMessage[] = [];
    listenForCommands(async (m) => {
      seen.push(m);
      return { ok: true, value: { id: m.id } };
    });
    const a = await sendCommand('deleteContact', { id: 'x' });
    const b = await sendCommand('deleteContact', { id: 'x' });
    expect(seen.map((m) => [m.kind, m.name, m.input])).toEqual([
      ['dueguard/command', 'deleteContact', { id: 'x' }],
      ['dueguard/command', 'deleteContact', { id: 'x' }],
    ]);
    expect(seen[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[0]!.id).not.toBe(seen[1]!.id);
    expect(a).toEqual({ ok: true, value: { id: seen[0]!.id } });
    expect(b.ok).toBe(true);
  });

  it('retries once, with the same id, when the worker was restarting', async () => {
    const ids: string[] = [];
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    listenForCommands(async (m) => {
      ids.push(m.id);
      return { ok: true, value: null };
    });
    expect(await sendCommand('clearQuarantine', {})).toEqual({ ok: true, value: null });
    expect(send).toHaveBeenCalledTimes(2);
    expect((send.mock.calls[0]![0] as unknown as CommandMessage).id).toBe(ids[0]);
  });

  it('gives up after the retry with an internal error value, never a rejection', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const result = await sendCommand('clearQuarantine', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('Receiving end does not exist') } });
  });

  it('turns a handler that throws into an internal error value', async () => {
    listenForCommands(async () => {
      throw new Error('boom');
    });
    expect(await sendCommand('clearQuarantine', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    } satisfies CommandResult);
  });

  it('leaves messages that are not commands to other listeners', async () => {
    const handle = vi.fn();
    listenForCommands(handle);
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    await fakeBrowser.runtime.sendMessage({ type: 'ping' });
    expect(handle).not.toHaveBeenCalled();
  });
});
