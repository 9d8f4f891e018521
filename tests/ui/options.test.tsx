// The options page's sections in happy-dom: what each shows, and which commands each action sends
// (answered by a fake background listening on the fake browser's runtime).
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandMessage, CommandResult } from '../../src/domain/commands';
import { emptyData, SettingsSchema, type Data, type Day, type Debt, type Plan } from '../../src/domain/model';
import { serializeBackup } from '../../src/io/backup';
import { OptionsPage } from '../../src/options/app';
import { parseRoute } from '../../src/options/route';
import { listenForCommands } from '../../src/platform/messaging';
import type { Snapshot } from '../../src/ui/store';
import { appStore } from '../../src/ui/store';
import { renderWithLocale } from './popup-render';

const TODAY = new Date();
const day = (offset: number): Day => {
  const d = new Date(TODAY);
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` as Day;
};

const DEBT: Debt = {
  id: 'd1',
  name: '花呗 账单',
  kind: 'huabei',
  currency: 'CNY',
  amount: 123_456,
  recurrence: { type: 'once', dueDate: day(3) },
  graceDays: 0,
  note: '',
  createdAt: day(-10),
};
const LATE: Debt = {
  id: 'd2',
  name: 'Old card',
  kind: 'credit-card',
  currency: 'CNY',
  amount: 50_000,
  recurrence: { type: 'once', dueDate: day(-20) },
  graceDays: 0,
  note: '',
  createdAt: day(-40),
};
const PLAN: Plan = {
  id: 'p1',
  name: '借呗 协商',
  kind: 'jiebei',
  currency: 'CNY',
  total: 120_000,
  downPayment: 0,
  fee: 0,
  count: 12,
  startDate: day(-40),
  firstDue: day(-10),
  graceDays: 0,
  note: '',
  createdAt: day(-40),
};
const DATA: Data = {
  ...emptyData(),
  debts: [DEBT, LATE],
  plans: [PLAN],
  payments: [{ id: 'pay1', target: { type: 'debt', id: 'd2' }, date: day(-25), amount: 10_000, note: 'part' }],
  contacts: [
    {
      id: 'c1',
      target: { type: 'debt', id: 'd2' },
      at: `${day(-1)}T23:15`,
      channel: 'call',
      answered: true,
      thirdParty: false,
      who: 'agency',
      summary: 'Shouted at me',
      userFlags: ['insult'],
    },
  ],
};

function snapshot(change: Partial<Snapshot> = {}): Snapshot {
  return {
    data: DATA,
    settings: v.parse(SettingsSchema, {}),
    reminders: { sent: {}, snoozed: {} },
    quarantine: [],
    canUndoRestore: false,
    ...change,
  };
}

let sent: CommandMessage[];
let answer: (message: CommandMessage) => CommandResult;

beforeEach(() => {
  sent = [];
  answer = (message) =>
    ({
      ok: true,
      value:
        message.name === 'deleteDebt' || message.name === 'deletePlan'
          ? { debts: [DEBT], plans: [], payments: [], contacts: [] }
          : message.name === 'importDebts'
            ? { count: (message.input as { debts: unknown[] }).debts.length }
            : null,
    }) as CommandResult;
  listenForCommands(async (message) => {
    sent.push(message);
    return answer(message);
  });
});
afterEach(() => {
  cleanup();
  location.hash = '';
});

function open(hash: string, snap: Snapshot = snapshot(), lang: 'en' | 'zh_CN' = 'en') {
  location.hash = hash;
  act(() => appStore.setState({ status: 'ready', ...snap }, true));
  return renderWithLocale(<OptionsPage snapshot={snap} />, lang);
}

const names = () => sent.map((m) => m.name);
const chooseFile = (label: string, file: File) => fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });

describe('routes', () => {
  it.each([
    ['', { section: 'debts', args: [] }],
    ['#import', { section: 'import', args: [] }],
    ['#plans/new/d1', { section: 'plans', args: ['new', 'd1'] }],
    ['#contacts/debt%3Ad1', { section: 'contacts', args: ['debt:d1'] }],
    ['#nonsense/x', { section: 'debts', args: [] }],
  ])('%j opens %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('marks the current section in the navigation and titles the page', () => {
    open('#settings');
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings');
  });

  it('badges the data section with the number of records set aside', () => {
    open('#debts', snapshot({ quarantine: [{ key: 'dueguard.data', record: {}, reason: 'bad', at: 0 }] }));
    expect(screen.getByLabelText('1 record set aside')).toBeTruthy();
  });
});

describe('#debts', () => {
  it('lists each debt with its schedule and what is next', () => {
    open('#debts');
    const row = screen.getByRole('rowheader', { name: /Old card/ }).closest('tr')!;
    expect(row.textContent).toContain('20 days overdue');
    expect(screen.getByRole('rowheader', { name: /花呗 账单/ }).closest('tr')!.textContent).toContain('in 3 days');
  });

  it('deletes only after confirmation, and Undo puts back what was removed', async () => {
    open('#debts');
    const row = screen.getByRole('rowheader', { name: /花呗 账单/ }).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “花呗 账单”?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(sent).toEqual([]);
    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Deleted “花呗 账单”.');
    expect(sent[0]).toMatchObject({ name: 'deleteDebt', input: { id: 'd1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(names()).toEqual(['deleteDebt', 'restoreItems']));
    expect(sent[1]!.input).toEqual({ debts: [DEBT], plans: [], payments: [], contacts: [] });
  });

  it('adds a debt from #debts/new and closes the form', async () => {
    open('#debts/new');
    fireEvent.click(screen.getByLabelText('A bill (a set amount)'));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Rent' } });
    fireEvent.input(screen.getByLabelText('Amount due'), { target: { value: '3000' } });
    fireEvent.input(screen.getByLabelText('Due date'), { target: { value: day(5) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add debt' }));
    await screen.findByText('Added “Rent”.');
    expect(sent[0]).toMatchObject({ name: 'addDebt', input: { name: 'Rent', amount: 300_000 } });
    expect(screen.queryByRole('button', { name: 'Add debt' })).toBeNull();
  });

  it('payment history: undo a payment, and undo the undo', async () => {
    open('#debts');
    const row = screen.getByRole('rowheader', { name: /Old card/ }).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Payments' }));
    fireEvent.click(screen.getByRole('button', { name: /^Undo the payment of CN¥100.00/ }));
    await screen.findByText(/Removed the payment of CN¥100.00/);
    expect(sent[0]).toMatchObject({ name: 'undoPayment', input: { id: 'pay1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(sent[1]).toMatchObject({
        name: 'restoreItems',
        input: { payments: [{ id: 'pay1', target: { type: 'debt', id: 'd2' }, amount: 10_000, date: day(-25), note: 'part' }] },
      }),
    );
  });

  it('records a payment, suggesting what is left on the next installment', async () => {
    open('#debts');
    fireEvent.click(within(screen.getByRole('rowheader', { name: /Old card/ }).closest('tr')!).getByRole('button', { name: 'Payments' }));
    expect((screen.getByLabelText('Amount paid') as HTMLInputElement).value).toBe('400.00');
    fireEvent.click(screen.getByRole('button', { name: 'Record payment' }));
    await waitFor(() =>
      expect(sent[0]).toMatchObject({ name: 'recordPayment', input: { target: { type: 'debt', id: 'd2' }, amount: 40_000 } }),
    );
  });
});

describe('#plans', () => {
  it('shows progress and what a broken plan means', () => {
    open('#plans');
    expect(screen.getByText('0 of 12 paid')).toBeTruthy();
    expect(screen.getByText('May be broken')).toBeTruthy();
    expect(screen.getByText(/The lender may cancel the plan/)).toBeTruthy();
  });

  it('#plans/new/<debt> starts the builder from that debt and saves a plan settling it', async () => {
    open('#plans/new/d2');
    expect(screen.getByRole('heading', { name: 'Plan for “Old card”' })).toBeTruthy();
    expect((screen.getByLabelText('Total agreed') as HTMLInputElement).value).toBe('500.00');
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(sent[0]).toMatchObject({ name: 'addPlan', input: { debtId: 'd2', total: 50_000, kind: 'credit-card' } }));
  });
});

describe('#import', () => {
  const csv = (text: string, name = 'debts.csv') => new File([text], name, { type: 'text/csv' });

  it('previews a good file and stores nothing until Import is pressed', async () => {
    open('#import');
    chooseFile('Import CSV', csv(`name,kind,amount,due_date\nRent,loan,"1,000",${day(4)}\n`));
    await screen.findByText('1 debt found in “debts.csv” (read as UTF-8):');
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported 1 debt.');
    expect(sent[0]).toMatchObject({ name: 'importDebts', input: { debts: [{ name: 'Rent', kind: 'loan', amount: 100_000 }] } });
  });

  it('refuses a file with bad rows whole, listing each row and why', async () => {
    open('#import');
    chooseFile('Import CSV', csv(`name,kind,amount,due_date\nA,other,1,${day(4)}\nB,pawnshop,1,${day(4)}\nC,other,1.234,someday\n`));
    const list = (await screen.findByText(/was not imported/)).closest('[role="alert"]')!;
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Row 3, kind: “pawnshop” is not a kind DueGuard knows (huabei, jiebei, credit-card, baitiao, meituan, loan, other, or their Chinese names).',
      'Row 4, amount: Use at most two decimals (fen).',
      'Row 4, due_date: “someday” is not a date DueGuard can read: write it like 2026-03-10.',
    ]);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(sent).toEqual([]);
  });

  const manyRows = (count: number) =>
    ['name,kind,amount,due_date', ...Array.from({ length: count }, (_, i) => `Debt ${i},other,1,${day(4)}`)].join('\n');

  it.each([
    {
      lang: 'en' as const,
      input: 'Import CSV',
      text: 'The file has 1001 debts: DueGuard imports at most 1000 at once. Split it into files of up to 1000 debts and import each.',
    },
    {
      lang: 'zh_CN' as const,
      input: '导入 CSV',
      text: '文件中有 1001 笔欠款，DueGuard 一次最多导入 1000 笔。请拆分为每个不超过 1000 笔的文件，分别导入。',
    },
  ])(
    'refuses a file of more than 1000 debts at preview, saying the limit and the count ($lang), and stores nothing',
    async ({ lang, input, text }) => {
      open('#import', snapshot(), lang);
      chooseFile(input, csv(manyRows(1001), 'all.csv'));
      const alert = (await screen.findByText(/all\.csv/)).closest('[role="alert"]')!;
      expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([text]);
      expect(screen.queryByRole('button', { name: lang === 'en' ? 'Import' : '导入' })).toBeNull();
      expect(screen.queryByRole('table', { name: /preview|预览/i })).toBeNull();
      expect(sent).toEqual([]);
    },
  );

  it('previews a file of exactly 1000 debts', async () => {
    open('#import');
    chooseFile('Import CSV', csv(manyRows(1000)));
    await screen.findByText('1000 debts found in “debts.csv” (read as UTF-8):');
    expect(sent).toEqual([]);
  });

  it('in Chinese, the file input is named 导入 CSV and the button 导入', async () => {
    open('#import', snapshot(), 'zh_CN');
    chooseFile('导入 CSV', csv(`名称,类型,金额,到期日\n花呗,花呗,88,${day(4)}\n`));
    await screen.findByRole('button', { name: '导入' });
  });
});

describe('#data', () => {
  const json = (value: unknown, name = 'backup.json') =>
    new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });

  it('a bad backup changes nothing and says why', async () => {
    open('#data');
    chooseFile('Backup file to restore', json('{"format":"dueguard-backup","version":7}'));
    expect((await screen.findByText(/cannot be restored/)).closest('[role="alert"]')!.textContent).toContain('newer DueGuard');
    expect(screen.queryByRole('button', { name: 'Replace my data with this backup' })).toBeNull();
    expect(sent).toEqual([]);
  });

  it('a good backup is summarised, restored after confirmation, and the restore can be undone', async () => {
    open('#data');
    chooseFile('Backup file to restore', json(serializeBackup(DATA, v.parse(SettingsSchema, {}), Date.now())));
    await screen.findByText(/holds debts \(2\), plans \(1\), payments \(1\) and contact-log entries \(1\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Replace my data with this backup' }));
    expect(sent).toEqual([]);
    answer = () => ({ ok: true, value: { debts: 2, plans: 1 } });
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Replace my data with this backup' }));
    await screen.findByText('Backup restored (debts: 2, plans: 1).');
    expect(sent[0]!.name).toBe('restoreBackup');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(names()).toEqual(['restoreBackup', 'undoRestore']));
  });

  it('explains records set aside, and clears them on request', async () => {
    open(
      '#data',
      snapshot({
        quarantine: [{ key: 'dueguard.data', record: { id: 'x', amount: -1 }, reason: 'debts.0.amount: Invalid value', at: Date.now() }],
      }),
    );
    expect(screen.getByText(/1 stored record failed its checks/)).toBeTruthy();
    expect(screen.getByText('Why: debts.0.amount: Invalid value')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the list' }));
    expect(sent).toEqual([]);
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Forget the records set aside?' })).getByRole('button', { name: 'Clear the list' }),
    );
    await waitFor(() => expect(names()).toEqual(['clearQuarantine']));
  });

  it('offers to undo the last restore while its data is kept', async () => {
    open('#data', snapshot({ canUndoRestore: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo the last restore' }));
    await waitFor(() => expect(names()).toEqual(['undoRestore']));
  });
});

describe('#settings', () => {
  it('saves lead times, time and per-kind figures through updateSettings', async () => {
    open('#settings');
    fireEvent.click(screen.getByLabelText('14 days before'));
    fireEvent.click(screen.getByLabelText('1 day before'));
    fireEvent.input(screen.getByLabelText('Reminder time'), { target: { value: '08:30' } });
    fireEvent.input(screen.getByLabelText('Penalty per day for Credit card, in percent'), { target: { value: '0.05' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect(sent[0]).toMatchObject({
      name: 'updateSettings',
      input: { leadDays: [14, 7, 3, 0], reminderTime: '08:30', kindDefaults: { 'credit-card': { dailyRatePpm: 500, graceDays: 0 } } },
    });
    // Kinds left at their preset are not stored, so a corrected preset still reaches them.
    expect(Object.keys((sent[0]!.input as { kindDefaults: object }).kindDefaults)).toEqual(['credit-card']);
  });

  it('refuses a bad rate on its field', async () => {
    open('#settings');
    const field = screen.getByLabelText('Grace days for Huabei');
    fireEvent.input(field, { target: { value: '99' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(sent).toEqual([]);
  });
});

describe('#contacts', () => {
  it('flags what breaks the rules and logs a new contact with what the user ticked', async () => {
    open('#contacts/debt:d2');
    const log = screen.getByRole('heading', { name: '1 contact logged for “Old card”' }).parentElement!;
    const entry = within(log).getByText('Shouted at me').closest('li')!;
    expect(within(entry).getByRole('list', { name: 'Flags' }).querySelectorAll('li').length).toBeGreaterThanOrEqual(2);
    fireEvent.input(screen.getByLabelText('Who'), { target: { value: '400-123' } });
    fireEvent.click(screen.getByLabelText('threatened me or my family'));
    fireEvent.click(screen.getByRole('button', { name: 'Add to log' }));
    await screen.findByText('Added to the contact log.');
    expect(sent[0]).toMatchObject({
      name: 'addContact',
      input: { target: { type: 'debt', id: 'd2' }, channel: 'call', who: '400-123', userFlags: ['threat'] },
    });
    // Left unchecked, the agency-list answer is not stored at all.
    expect('agencyListed' in (sent[0]!.input as object)).toBe(false);
  });

  it('records what the user found on the lender’s list of collection agencies, and says where to check', async () => {
    open('#contacts/debt:d2');
    const select = screen.getByLabelText('Is the agency on the lender’s list of collection agencies?');
    expect(screen.getByText(/Banks publish the agencies they hire for collection/)).toBeTruthy();
    fireEvent.change(select, { target: { value: 'no' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to log' }));
    await screen.findByText('Added to the contact log.');
    expect(sent[0]).toMatchObject({ name: 'addContact', input: { agencyListed: 'no' } });
  });

  it('warns of the scams that target people in debt', () => {
    open('#contacts/debt:d2');
    expect(screen.getByRole('region', { name: 'Watch out for scams' }).textContent).toContain('personal or third-party account');
  });

  it('deleting an entry can be undone, and Undo puts back the same entry, id included', async () => {
    open('#contacts/debt:d2');
    fireEvent.click(screen.getByRole('button', { name: /^Delete the entry of/ }));
    await screen.findByText('Removed from the contact log.');
    expect(sent[0]).toMatchObject({ name: 'deleteContact', input: { id: 'c1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(sent[1]).toEqual(expect.objectContaining({ name: 'restoreItems' })));
    expect(sent[1]!.input).toEqual({ debts: [], plans: [], payments: [], contacts: [DATA.contacts[0]] });
  });

  it('the report lists the entries and where to complain, with numbers', () => {
    open('#contacts/debt:d2');
    fireEvent.click(screen.getByRole('button', { name: 'Show report' }));
    const report = screen.getByRole('article', { name: 'Collection contact log: Old card' });
    expect(report.textContent).toContain('Shouted at me');
    expect(report.textContent).toContain('12378');
    expect(report.textContent).toContain('110');
  });
});

describe('#settings: holidays and make-up workdays', () => {
  const yearFile = (value: unknown) => new File([JSON.stringify(value)], '2027.json', { type: 'application/json' });
  const FILE_2027 = {
    format: 'dueguard-work-calendar' as const,
    version: 1 as const,
    year: 2027,
    holidays: [{ name: { zh: '元旦', en: "New Year's Day" }, days: ['2027-01-01'] }],
  };
  const LABEL = 'Load a year from a JSON file (format in docs/work-calendar-format.md)';

  it('lists the bundled years and says the next one is weekends only', () => {
    open('#settings');
    expect(screen.getByText('2026: included with DueGuard')).toBeTruthy();
    expect(screen.getByText('2027 holiday arrangement not yet included: weekends only.')).toBeTruthy();
  });

  it('refuses a bad file whole, saying every reason, and sends nothing', async () => {
    open('#settings');
    chooseFile(LABEL, yearFile({ ...FILE_2027, workdays: ['2026-12-26', '2027-01-04'] }));
    const alert = (await screen.findByText(/was not loaded/)).closest('[role="alert"]')!;
    expect(
      within(alert as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(["2026-12-26 is not in the file's year.", '2027-01-04 is a make-up workday but not a Saturday or Sunday.']);
    expect(sent).toEqual([]);
  });

  it('loads a good file into the settings, and removes it again', async () => {
    open('#settings');
    chooseFile(LABEL, yearFile(FILE_2027));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ name: 'updateSettings', input: { workCalendarYears: [{ ...FILE_2027, source: '', workdays: [] }] } });
    cleanup();
    sent = [];
    const base = snapshot();
    open('#settings', { ...base, settings: { ...base.settings, workCalendarYears: [{ ...FILE_2027, source: '', workdays: [] }] } });
    expect(screen.getByText('2027: loaded from a file')).toBeTruthy();
    expect(screen.getByText('2028 holiday arrangement not yet included: weekends only.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove the 2027 arrangement' }));
    await waitFor(() => expect(sent).toEqual([expect.objectContaining({ name: 'updateSettings', input: { workCalendarYears: [] } })]));
  });
});
