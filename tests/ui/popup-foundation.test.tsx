// The shared UI foundation in src/ui: the store and the small shared components.
import fs from 'node:fs';
import path from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommandMessage, CommandResult } from '../../src/domain/commands';
import { DATA_KEY, emptyData, type Day, type Settings } from '../../src/domain/model';
import { listenForCommands } from '../../src/platform/messaging';
import { AppShell } from '../../src/ui/app-shell';
import { applyTheme } from '../../src/ui/theme';
import { Button } from '../../src/ui/button';
import { useCommand } from '../../src/ui/command';
import { Disclosure } from '../../src/ui/disclosure';
import { ErrorMessage } from '../../src/ui/error-message';
import { KindIcon } from '../../src/ui/kind-icon';
import { Money } from '../../src/ui/money';
import { RelativeDay } from '../../src/ui/relative-day';
import { Section } from '../../src/ui/section';
import { appStore, connectStore, createAppStore, useStore, type Snapshot, type StateSource } from '../../src/ui/store';
import { useToast } from '../../src/ui/toast';
import { localeMessages } from '../fixtures/locale';
import { renderWithLocale } from './popup-render';
import { preloadMessages } from '../../src/ui/locale';

afterEach(cleanup);

const SETTINGS = { language: 'en', theme: 'auto' } as Settings;

function snapshot(settings: Partial<Settings> = {}): Snapshot {
  return {
    data: emptyData(),
    settings: { ...SETTINGS, ...settings },
    reminders: { sent: {}, snoozed: {} },
    quarantine: [],
    canUndoRestore: false,
  };
}

interface ManualSource extends StateSource {
  first: Promise<Snapshot>;
  listeners: Set<(state: Snapshot) => void>;
  change(state: Snapshot): void;
}

/** A state source the test drives: `loadState` answers `first`; `change()` delivers a new state. */
function manualSource(first: Promise<Snapshot>): ManualSource {
  const source: ManualSource = {
    first,
    listeners: new Set(),
    loadState: () => source.first,
    onStateChanged(listener) {
      source.listeners.add(listener);
      return () => source.listeners.delete(listener);
    },
    change(state) {
      source.listeners.forEach((l) => l(state));
    },
  };
  return source;
}

describe('connectStore', () => {
  it('is loading, then holds what the source read', async () => {
    const store = createAppStore();
    expect(store.getState().status).toBe('loading');
    connectStore(manualSource(Promise.resolve(snapshot())), store);
    await waitFor(() => expect(store.getState().status).toBe('ready'));
  });

  it('takes each change and stops listening when told', async () => {
    const store = createAppStore();
    const source = manualSource(Promise.resolve(snapshot()));
    const stop = connectStore(source, store);
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    source.change(snapshot({ language: 'zh_CN' }));
    expect(store.getState()).toMatchObject({ settings: { language: 'zh_CN' } });
    stop();
    expect(source.listeners.size).toBe(0);
  });

  it('drops a first read that answers after a newer change', async () => {
    const store = createAppStore();
    let answerFirst!: (s: Snapshot) => void;
    const source = manualSource(new Promise((resolve) => (answerFirst = resolve)));
    connectStore(source, store);
    source.change(snapshot({ theme: 'dark' }));
    answerFirst(snapshot({ theme: 'light' }));
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState()).toMatchObject({ settings: { theme: 'dark' } });
  });

  it('reports a read that failed', async () => {
    const store = createAppStore();
    connectStore(manualSource(Promise.reject(new Error('storage is corrupt'))), store);
    await waitFor(() => expect(store.getState()).toEqual({ status: 'error', reason: 'storage is corrupt' }));
  });

  it('follows what the background writes to extension storage', async () => {
    const store = createAppStore();
    const stop = connectStore(undefined, store);
    await waitFor(() => expect(store.getState()).toMatchObject({ status: 'ready', data: { debts: [] } }));
    const data = {
      ...emptyData(),
      debts: [
        {
          id: 'd1',
          name: '花呗',
          kind: 'huabei',
          currency: 'CNY',
          amount: 12345,
          recurrence: { type: 'once', dueDate: '2026-03-08' },
          graceDays: 0,
          note: '',
          createdAt: '2026-02-01',
        },
      ],
    };
    await fakeBrowser.storage.local.set({ [DATA_KEY]: data });
    await waitFor(() => expect(store.getState()).toMatchObject({ data: { debts: [{ name: '花呗' }] } }));
    stop();
  });
});

describe('useStore', () => {
  it('re-renders on every change', async () => {
    const store = createAppStore();
    function Status() {
      return <p>{useStore((s) => s.status, store)}</p>;
    }
    render(<Status />);
    expect(screen.getByText('loading')).toBeTruthy();
    act(() => store.setState({ status: 'error', reason: 'x' }, true));
    expect(screen.getByText('error')).toBeTruthy();
  });
});

describe('AppShell', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    appStore.setState({ status: 'loading' }, true);
    delete document.documentElement.dataset.theme;
  });

  beforeEach(() => {
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
  });

  function serveLocales() {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        const lang = /_locales\/(\w+)\//.exec(url)![1] as 'en' | 'zh_CN';
        const messages = Object.fromEntries(Object.entries(localeMessages(lang)).map(([k, message]) => [k, { message }]));
        return new Response(JSON.stringify(messages));
      }),
    );
  }

  it('renders a busy placeholder, then the page in the language and theme of the settings', async () => {
    serveLocales();
    const { container } = render(<AppShell render={() => <Section title="x">{null}</Section>} />);
    expect(container.querySelector('[aria-busy="true"]')).toBeTruthy();
    act(() => appStore.setState({ status: 'ready', ...snapshot({ language: 'zh_CN', theme: 'dark' }) }, true));
    await screen.findByRole('region', { name: 'x' });
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('renders preloaded text in the first render with data', async () => {
    serveLocales();
    preloadMessages('en');
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 0));
    act(() => appStore.setState({ status: 'ready', ...snapshot({ language: 'en' }) }, true));
    render(<AppShell render={() => <Section title="first">{null}</Section>} />);
    expect(screen.getByRole('region', { name: 'first' })).toBeTruthy();
  });

  it('says why the data could not be read, in the browser language', async () => {
    serveLocales();
    fakeBrowser.i18n.getUILanguage = () => 'zh-CN';
    render(<AppShell render={() => null} />);
    act(() => appStore.setState({ status: 'error', reason: 'boom' }, true));
    expect((await screen.findByText('无法读取你的数据：boom')).getAttribute('role')).toBe('alert');
  });
});

describe('applyTheme', () => {
  it.each([
    { theme: 'light', attr: 'light' },
    { theme: 'dark', attr: 'dark' },
    { theme: 'auto', attr: undefined },
  ] as const)('$theme', ({ theme, attr }) => {
    const root = document.createElement('html');
    root.dataset.theme = 'dark';
    applyTheme(theme, root);
    expect(root.dataset.theme).toBe(attr);
  });
});

describe('shared components', () => {
  it('Disclosure opens on click and closes on Escape with focus back on its button', () => {
    renderWithLocale(
      <Disclosure summary="Details">
        <a href="#x">inside</a>
      </Disclosure>,
    );
    const toggle = screen.getByRole('button', { name: 'Details' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const link = screen.getByText('inside');
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('ErrorMessage says the kind of failure and each invalid field', () => {
    renderWithLocale(<ErrorMessage error={{ code: 'invalid', message: 'x', issues: ['amount: must be more than zero'] }} />, 'zh_CN');
    const alert = screen.getByText('未保存：部分内容无效。').closest('[role="alert"]')!;
    expect(alert.textContent).toContain('未保存：部分内容无效。');
    expect(alert.textContent).toContain('amount: must be more than zero');
  });

  it('Button is a plain button that is disabled and marked busy while a command runs', () => {
    renderWithLocale(<Button busy>Pay</Button>);
    const button = screen.getByRole('button', { name: 'Pay' }) as HTMLButtonElement;
    expect(button.type).toBe('button');
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
  });

  it.each([
    { lang: 'en', text: 'CN¥1,234.56' },
    { lang: 'zh_CN', text: '¥1,234.56' },
  ] as const)('Money formats fen in $lang', ({ lang, text }) => {
    renderWithLocale(<Money minor={123456} currency="CNY" />, lang);
    expect(screen.getByText(text)).toBeTruthy();
  });

  it.each([
    { kind: 'huabei', lang: 'zh_CN', name: '花呗' },
    { kind: 'credit-card', lang: 'en', name: 'Credit card' },
  ] as const)('KindIcon of $kind is an image named by the kind', ({ kind, lang, name }) => {
    renderWithLocale(<KindIcon kind={kind} />, lang);
    expect(screen.getByRole('img', { name }).querySelector('svg path')).toBeTruthy();
  });

  it('RelativeDay is a time element with the date', () => {
    renderWithLocale(<RelativeDay due={'2026-03-08' as Day} daysUntilDue={-5} />, 'zh_CN');
    const time = screen.getByText('逾期 5 天');
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('datetime')).toBe('2026-03-08');
  });

  it('a toast is announced, runs its action once, and can be dismissed', () => {
    const undo = vi.fn();
    function Trigger() {
      const toast = useToast();
      return <button onClick={() => toast({ message: 'Deleted', action: { label: 'Undo', run: undo } })}>go</button>;
    }
    renderWithLocale(<Trigger />);
    fireEvent.click(screen.getByText('go'));
    expect(screen.getByRole('status').textContent).toContain('Deleted');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});

describe('useCommand', () => {
  function Snooze() {
    const snooze = useCommand({ errors: 'inline' });
    return (
      <>
        <Button busy={snooze.busy} onClick={() => void snooze.send('snooze', { installmentKey: 'debt:d1:2026-03-08', until: 1 })}>
          snooze
        </Button>
        {snooze.error && <ErrorMessage error={snooze.error} />}
      </>
    );
  }

  it('sends the command through the runtime and is busy until the answer', async () => {
    let answer!: (result: CommandResult) => void;
    const received: CommandMessage[] = [];
    listenForCommands((message) => {
      received.push(message);
      return new Promise((resolve) => (answer = resolve));
    });
    renderWithLocale(<Snooze />);
    fireEvent.click(screen.getByRole('button', { name: 'snooze' }));
    await waitFor(() => expect(received).toHaveLength(1));
    expect(received[0]).toMatchObject({ kind: 'dueguard/command', name: 'snooze', input: { installmentKey: 'debt:d1:2026-03-08' } });
    expect(screen.getByRole('button', { name: 'snooze' }).getAttribute('aria-busy')).toBe('true');
    answer({ ok: true, value: null });
    await waitFor(() => expect(screen.getByRole('button', { name: 'snooze' }).getAttribute('aria-busy')).toBeNull());
  });

  it('toasts a refusal, unless the component shows it inline', async () => {
    listenForCommands(async () => ({ ok: false, error: { code: 'not-found', message: 'no such installment' } }));
    function Delete() {
      const { send } = useCommand();
      return <Button onClick={() => void send('deleteDebt', { id: 'd1' })}>delete</Button>;
    }
    renderWithLocale(<Delete />);
    fireEvent.click(screen.getByRole('button', { name: 'delete' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/no longer exists/));
  });

  it('shows the error a refused command returns', async () => {
    listenForCommands(async () => ({ ok: false, error: { code: 'not-found', message: 'no such installment' } }));
    renderWithLocale(<Snooze />);
    fireEvent.click(screen.getByRole('button', { name: 'snooze' }));
    expect(await screen.findByText(/no longer exists/)).toBeTruthy();
  });
});

describe('the ui and popup locale fragments', () => {
  const SOURCE_DIRS = ['src/ui', 'src/popup', 'src/text'];
  const sources = SOURCE_DIRS.flatMap((dir) =>
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8')),
  ).join('\n');
  const messages = localeMessages('en');
  const own = (lang: 'en' | 'zh_CN') =>
    ['ui', 'popup'].flatMap((f) => Object.keys(JSON.parse(fs.readFileSync(`src/locales/${lang}/${f}.json`, 'utf8'))));

  it('define every key the code names literally', () => {
    const named = [...sources.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!);
    const counted = [...sources.matchAll(/\btCount\(t, '([a-z_]+)'/g)].flatMap((m) => [`${m[1]}_one`, `${m[1]}_other`]);
    expect([...named, ...counted].filter((key) => !(key in messages))).toEqual([]);
  });

  it('hold no key the code never uses', () => {
    const prefixes = [...sources.matchAll(/(?:messageKey|tCount)\((?:t, )?'([a-z_]+)'/g)].map((m) => `${m[1]}_`);
    const unused = own('en').filter((key) => !sources.includes(`'${key}'`) && !prefixes.some((p) => key.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('have the same keys in both languages', () => {
    expect(own('zh_CN')).toEqual(own('en'));
  });
});
