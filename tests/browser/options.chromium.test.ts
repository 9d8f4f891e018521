// The options page in the built extension, in headless Chromium: CSV import (good file, bad rows,
// GBK, BOM), backup restore round trip, CSV export → import round trip, .ics validity (parsed back
// with ical.js), and screenshots of every section in English and Chinese, light and dark.
// Each test starts from the same data on a page of its own (no toast or form left by another), and
// the suite runs in a random order every time, so no test can lean on another's leftovers.
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommandMap, CommandName, CommandResult } from '../../src/domain/commands';
import { DATA_KEY, type Data, type Day } from '../../src/domain/model';
import { artifactPath, CHROME_DIST, CHROMIUM_PATH, browserAvailable, launchChromium, poll, type ChromiumExtension } from './harness';

/** The extension API inside the pages that `evaluate` runs in (the types cover only what is used). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const run = browserAvailable(CHROMIUM_PATH, CHROME_DIST);
const FIXTURES = path.resolve('tests/fixtures');

/** A day `n` days from the machine's today, as the page computes it. */
function dayFromToday(n: number): Day {
  const d = new Date();
  d.setDate(d.getDate() + n);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` as Day;
}

/** A backup with a bit of everything, dated around today so every state shows. */
function sampleBackup(): unknown {
  const today = dayFromToday(0);
  return {
    format: 'dueguard-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    data: {
      debts: [
        {
          id: 'd-huabei',
          name: '花呗 账单',
          kind: 'huabei',
          currency: 'CNY',
          amount: 123456,
          recurrence: { type: 'once', dueDate: dayFromToday(3) },
          graceDays: 0,
          note: '',
          createdAt: today,
        },
        {
          id: 'd-card',
          name: 'CMB credit card',
          kind: 'credit-card',
          currency: 'CNY',
          amount: 250000,
          recurrence: { type: 'monthly', firstDue: dayFromToday(-40) },
          graceDays: 3,
          note: 'statement on the 1st',
          createdAt: today,
        },
        {
          id: 'd-baitiao',
          name: '京东白条',
          kind: 'baitiao',
          currency: 'CNY',
          amount: 38800,
          recurrence: { type: 'once', dueDate: dayFromToday(-20) },
          graceDays: 0,
          note: '',
          createdAt: today,
        },
        {
          id: 'd-jiebei',
          name: '借呗',
          kind: 'jiebei',
          currency: 'CNY',
          amount: 1200000,
          recurrence: { type: 'once', dueDate: dayFromToday(-70) },
          graceDays: 0,
          note: '',
          createdAt: today,
        },
      ],
      plans: [
        {
          id: 'p-jiebei',
          name: '借呗 协商还款',
          kind: 'jiebei',
          currency: 'CNY',
          debtId: 'd-jiebei',
          total: 1200000,
          downPayment: 100000,
          fee: 12000,
          count: 12,
          startDate: dayFromToday(-35),
          firstDue: dayFromToday(-5),
          graceDays: 3,
          note: 'agreed by phone',
          createdAt: today,
        },
      ],
      payments: [
        { id: 'pay-1', target: { type: 'plan', id: 'p-jiebei' }, date: dayFromToday(-35), amount: 100000, note: '' },
        { id: 'pay-2', target: { type: 'debt', id: 'd-card' }, date: dayFromToday(-38), amount: 250000, note: '' },
      ],
      contacts: [
        {
          id: 'c-1',
          target: { type: 'debt', id: 'd-baitiao' },
          at: `${dayFromToday(-2)}T22:40`,
          channel: 'call',
          answered: true,
          thirdParty: false,
          who: '138****0000, “legal department”',
          summary: 'Said the police would come to my office tomorrow.',
          userFlags: ['threat', 'impersonation'],
        },
        {
          id: 'c-2',
          target: { type: 'debt', id: 'd-baitiao' },
          at: `${dayFromToday(-1)}T10:05`,
          channel: 'third-party',
          answered: true,
          thirdParty: true,
          who: 'my sister',
          summary: 'They told her how much I owe.',
          userFlags: [],
        },
      ],
    },
    settings: { language: 'en', leadDays: [7, 3, 1, 0], reminderTime: '09:00' },
  };
}

async function command<N extends CommandName>(page: Page, name: N, input: CommandMap[N]['input']): Promise<CommandResult<N>> {
  return page.evaluate(([name, input]) => chrome.runtime.sendMessage({ kind: 'dueguard/command', id: crypto.randomUUID(), name, input }), [
    name,
    input,
  ] as const) as Promise<CommandResult<N>>;
}

async function storedData(page: Page): Promise<Data> {
  return page.evaluate((key) => chrome.storage.local.get(key).then((stored) => stored[key]), DATA_KEY) as Promise<Data>;
}

/** The sample backup with no records: a state to restore into. */
function emptyBackup(): unknown {
  return { ...(sampleBackup() as object), data: { debts: [], plans: [], payments: [], contacts: [] } };
}

describe.runIf(run).shuffle('options page in Chromium', () => {
  let ext: ChromiumExtension;
  let page: Page;

  beforeAll(async () => {
    ext = await launchChromium();
  });
  afterAll(() => ext?.close());

  beforeEach(async () => {
    page = await ext.open('options.html', { width: 1100, height: 900 });
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The sample data in English, whatever the test before left.
    expect((await command(page, 'restoreBackup', { backup: sampleBackup() })).ok).toBe(true);
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });
  afterEach(() => page?.close());

  async function go(hash: string) {
    await page.evaluate((h) => (location.hash = h), hash);
  }

  async function setLanguage(language: 'en' | 'zh_CN') {
    expect((await command(page, 'updateSettings', { language })).ok).toBe(true);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, language === 'en' ? 'en' : 'zh-CN');
  }

  /** Chooses a file on the import page's file input, found by its accessible name in `lang`. */
  async function chooseCsv(file: { name: string; buffer: Buffer }, lang: 'en' | 'zh_CN' = 'en') {
    await go('#import');
    await page.getByLabel(lang === 'en' ? 'Import CSV' : '导入 CSV', { exact: true }).setInputFiles({ ...file, mimeType: 'text/csv' });
  }

  it('restores a backup, and the restore can be undone', async () => {
    expect((await command(page, 'restoreBackup', { backup: emptyBackup() })).ok).toBe(true);
    await poll(async () => (await storedData(page))?.debts.length === 0, { what: 'the empty state' });
    const backup = path.join(artifactPath('options-sample-backup.json'));
    fs.writeFileSync(backup, JSON.stringify(sampleBackup()));
    await go('#data');
    await page.getByLabel('Backup file to restore', { exact: true }).setInputFiles(backup);
    await page.getByText(/debts \(4\), plans \(1\), payments \(2\) and contact-log entries \(2\)/).waitFor();
    await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Replace my data with this backup' }).click();
    await poll(async () => (await storedData(page))?.debts.length === 4, { what: 'the restore' });
    // The answer, not only the storage change: the page resets its file input once the command answers.
    await page.getByText('Backup restored (debts: 4, plans: 1).').waitFor();
    await page.getByRole('button', { name: 'Undo the last restore' }).click();
    await poll(async () => (await storedData(page))?.debts.length === 0, { what: 'the undo' });
  });

  it('refuses a bad backup whole, saying why, and changes nothing', async () => {
    await go('#data');
    const before = await storedData(page);
    const bad = structuredClone(sampleBackup()) as { data: { debts: { amount: number }[] } };
    bad.data.debts[0]!.amount = 0;
    await page
      .getByLabel('Backup file to restore', { exact: true })
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect(page.getByRole('alert').filter({ hasText: 'cannot be restored' }).textContent()).resolves.toContain(
      'data.debts[0].amount',
    );
    await page
      .getByLabel('Backup file to restore', { exact: true })
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"unfinished": ') });
    await expect(page.getByRole('alert').filter({ hasText: 'cannot be restored' }).textContent()).resolves.toContain('not JSON');
    expect(await storedData(page)).toEqual(before);
  });

  it('backup download → restore gives the same data back', async () => {
    await go('#data');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
    const file = artifactPath('options-backup-roundtrip.json');
    await download.saveAs(file);
    const before = await storedData(page);
    expect((await command(page, 'deleteDebt', { id: 'd-huabei' })).ok).toBe(true);
    await page.getByLabel('Backup file to restore', { exact: true }).setInputFiles(file);
    await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Replace my data with this backup' }).click();
    await poll(async () => (await storedData(page))?.debts.length === 4, { what: 'the restore' });
    const after = await storedData(page);
    expect(after).toEqual(before);
  });

  it('imports a good CSV file only after Import is pressed', async () => {
    const before = (await storedData(page)).debts.length;
    await chooseCsv({
      name: 'good.csv',
      buffer: Buffer.from(
        `name,kind,amount,due_date\r\nRent,loan,"1,000",${dayFromToday(10)}\r\n美团,美团月付,45.6,${dayFromToday(12)}\r\n`,
      ),
    });
    await page.getByText('2 debts found in “good.csv”').waitFor();
    expect((await storedData(page)).debts.length).toBe(before);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await poll(async () => (await storedData(page)).debts.length === before + 2, { what: 'the import' });
    const names = (await storedData(page)).debts.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['Rent', '美团']));
  });

  it('refuses a file with bad rows whole, naming each row and why', async () => {
    const before = await storedData(page);
    await chooseCsv({
      name: 'bad.csv',
      buffer: Buffer.from(
        `name,kind,amount,due_date\nOK,other,1,${dayFromToday(5)}\nBad kind,pawnshop,1,${dayFromToday(5)}\nBad money,other,1.234,${dayFromToday(5)}\n`,
      ),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'was not imported' });
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('Row 3, kind: “pawnshop” is not a kind');
    expect(text).toContain('Row 4, amount: Use at most two decimals');
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    expect(await storedData(page)).toEqual(before);
  });

  it('reads a GBK file from Excel on Chinese Windows', async () => {
    await chooseCsv({ name: 'excel-gbk.csv', buffer: fs.readFileSync(path.join(FIXTURES, 'debts-gbk.csv')) });
    await page.getByText('2 debts found in “excel-gbk.csv” (read as GBK)').waitFor();
    await expect(page.getByRole('table').filter({ hasText: '花呗 3月账单' }).textContent()).resolves.toContain('招行信用卡');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('reads a UTF-8 file with a byte-order mark', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`名称,类型,金额,到期日\n借呗,借呗,500,${dayFromToday(9)}\n`)]);
    await chooseCsv({ name: 'bom.csv', buffer: bom });
    await page.getByText('1 debt found in “bom.csv” (read as UTF-8)').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('export CSV → import gives the same debts', async () => {
    await go('#export');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const file = artifactPath('options-export.csv');
    await download.saveAs(file);
    const exported = fs.readFileSync(file);
    expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const before = await storedData(page);
    await chooseCsv({ name: 'export.csv', buffer: exported });
    await page.getByText(`${before.debts.length} debts found in “export.csv”`).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await poll(async () => (await storedData(page)).debts.length === before.debts.length * 2, { what: 'the re-import' });
    // A row holds a statement account's terms and latest statement, not its history (docs/csv-format.md).
    const strip = ({ id: _id, createdAt: _c, ...rest }: Data['debts'][number]) =>
      rest.billing === 'statement'
        ? { ...rest, firstStatement: null, statements: rest.statements.slice(-1).map(({ statementDate: _d, ...s }) => s) }
        : rest;
    const after = (await storedData(page)).debts;
    expect(after.slice(before.debts.length).map(strip)).toEqual(before.debts.map(strip));
  });

  it('exports a valid .ics with stable UIDs and an alarm per lead time', async () => {
    await go('#export');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export calendar' }).click()]);
    const file = artifactPath('options-export.ics');
    await download.saveAs(file);
    const vcalendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
    const events = vcalendar.getAllSubcomponents('vevent');
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(uids).toContain(`debt:d-huabei:${dayFromToday(3)}@dueguard`);
    expect(uids.some((u) => u.startsWith('plan:p-jiebei:'))).toBe(true);
    // Settled by the plan, and overdue: neither is a future due date of its own.
    expect(uids.some((u) => u.startsWith('debt:d-jiebei:') || u.startsWith('debt:d-baitiao:'))).toBe(false);
    expect(new Set(uids).size).toBe(uids.length);
    const huabei = events[uids.indexOf(`debt:d-huabei:${dayFromToday(3)}@dueguard`)]!;
    expect(new ICAL.Event(huabei).startDate.toString()).toBe(dayFromToday(3));
    expect(huabei.getAllSubcomponents('valarm')).toHaveLength(4);
    expect(String(huabei.getFirstPropertyValue('summary'))).toContain('花呗 账单');
  });

  it.each(['en', 'zh_CN'] as const)('forms, panels and the printed report render in %s (screenshots in artifacts/)', async (lang) => {
    await setLanguage(lang);
    const shot = (name: string) => page.screenshot({ path: artifactPath(`options-${name}-${lang}.png`), fullPage: true });

    await go('#settings');
    await go('#debts/new');
    await page.locator('form.debt-form').waitFor();
    await page.locator('form.debt-form input[name="amount"]').fill('1,23');
    await page.locator('form.debt-form input[name="statementDay"]').fill('32');
    await page.locator('form.debt-form button[type="submit"]').click();
    // A refused submit moves focus to the first field in error.
    await poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'name'), {
      what: 'focus on the name field',
    });
    expect(await page.locator('form.debt-form [aria-invalid="true"]').count()).toBeGreaterThanOrEqual(3);
    await shot('debt-form-errors');

    await go('#debts/d-card');
    await page.locator('.debt-account .enter-statement').waitFor();
    // The account alone (README screenshots), in each colour scheme.
    const account = async (name: string) => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.locator('.debt-account').screenshot({ path: artifactPath(`options-${name}-${lang}-${scheme}.png`) });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    };
    await account('card-statements');
    const loan = await command(page, 'addDebt', {
      name: lang === 'en' ? 'Jiebei' : '借呗',
      kind: 'jiebei',
      currency: 'CNY',
      billing: 'loan',
      principal: 1_200_000,
      rate: { basis: 'daily', ppm: 400 },
      term: 12,
      startDate: dayFromToday(-20) as Day,
      firstDue: dayFromToday(10) as Day,
      method: 'equal-payment',
      feePerPeriodPpm: 0,
      prepayments: [],
      lender: 'licensed',
      note: '',
    });
    expect(loan.ok).toBe(true);
    await go(`#debts/${(loan as { value: { id: string } }).value.id}`);
    await page.locator('.loan-schedule tbody tr').nth(11).waitFor();
    await account('loan-schedule');

    await go('#plans/new/d-card');
    await page.locator('form.plan-builder .schedule-preview').waitFor();
    await shot('plan-builder');

    await go('#plans/p-jiebei');
    await page.locator('.payment-history').waitFor();
    await shot('plan-payments');

    await chooseCsv({ name: 'bad.csv', buffer: Buffer.from(`name,kind,amount,due_date,colour\nX,pawnshop,1.234,2026-02-30,red\n`) }, lang);
    await page.locator('.import-errors').waitFor();
    await shot('import-errors');
    await chooseCsv({ name: 'good.csv', buffer: fs.readFileSync(path.join(FIXTURES, 'debts-gbk.csv')) }, lang);
    await page.locator('.import-preview').waitFor();
    // The button that stores the file is named "Import" / "导入".
    await page.getByRole('button', { name: lang === 'en' ? 'Import' : '导入', exact: true }).waitFor();
    await shot('import-preview');

    await go('#contacts/debt:d-baitiao');
    await page.locator('.page-header-actions button').first().click();
    await page.locator('.report-preview .print-report').waitFor();
    await shot('contact-report');
    await page.emulateMedia({ media: 'print' });
    await shot('contact-report-print');
    await page.emulateMedia({ media: 'screen' });
    expect(ext.errors).toEqual([]);
  });

  const SECTIONS = ['debts', 'plans', 'contacts/debt:d-baitiao', 'import', 'export', 'data', 'settings'];

  it.each(['en', 'zh_CN'] as const)('every section renders in %s (screenshots in artifacts/)', async (lang) => {
    await setLanguage(lang);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const section of SECTIONS) {
        await go(`#${section}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        // Fonts loaded and two frames painted, so the screenshot shows the section as drawn.
        await page.evaluate(() =>
          document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))),
        );
        await page.screenshot({ path: artifactPath(`options-${section.split('/')[0]}-${lang}-${scheme}.png`), fullPage: true });
      }
    }
    expect(ext.errors).toEqual([]);
  });
});
