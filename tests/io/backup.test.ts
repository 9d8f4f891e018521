import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, parseJsonText, serializeBackup } from '../../src/io/backup';
import {
  DEFAULT_SETTINGS,
  DebtSchema,
  SCHEMA_VERSION,
  SettingsSchema,
  emptyData,
  type Data,
  type Day,
  type Debt,
} from '../../src/domain/model';
import { getDebtInstallments } from '../../src/domain/schedule';

const fixture = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures', name), 'utf8'));
const NOW = Date.UTC(2026, 2, 1, 9, 30);

function parsed(json: unknown) {
  const result = parseBackup(json);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the refusal table breaks fixtures in arbitrary ways
type LooseDoc = any;

/** The v1 fixture with one change applied, for the refusal table. */
function v1With(change: (doc: LooseDoc) => void): unknown {
  const doc = structuredClone(fixture('backup-v1.json')) as LooseDoc;
  change(doc);
  return doc;
}

describe('parseBackup: the fixtures of every version', () => {
  it('reads a storage dump of the first prototype (no version, money in yuan) as the storage reader does', () => {
    const expected = fixture('storage/v0-expected.json') as Record<string, unknown>;
    const { data, settings } = parsed(fixture('storage/v0.json'));
    expect(data).toEqual(expected['dueguard.data']);
    expect(settings).toEqual(expected['dueguard.settings']);
  });

  it('refuses a storage dump whose data a newer DueGuard wrote', () => {
    expect(parseBackup({ 'dueguard.data': { version: SCHEMA_VERSION + 1, debts: [] } })).toEqual({
      ok: false,
      errors: [`data: version ${SCHEMA_VERSION + 1} was written by a newer DueGuard (this one reads up to ${SCHEMA_VERSION})`],
    });
  });

  it.each([
    { file: 'backup-v1.json', debts: 2, plans: 1, payments: 2, contacts: 1, language: 'zh_CN', exportedAt: '2026-03-01T09:30:00.000Z' },
    { file: 'backup-v0.json', debts: 1, plans: 0, payments: 1, contacts: 0, language: 'en', exportedAt: null },
    { file: 'backup-v0-bare.json', debts: 1, plans: 0, payments: 0, contacts: 0, language: 'auto', exportedAt: null },
  ])('$file', ({ file, debts, plans, payments, contacts, language, exportedAt }) => {
    const { data, settings, exportedAt: at } = parsed(fixture(file));
    expect([data.debts.length, data.plans.length, data.payments.length, data.contacts.length]).toEqual([debts, plans, payments, contacts]);
    expect(settings.language).toBe(language);
    expect(at).toBe(exportedAt);
    expect(data.version).toBe(SCHEMA_VERSION);
    // A raw storage dump's command bookkeeping is not data: it is not restored.
    expect(data).not.toHaveProperty('appliedCommands');
  });

  it('v0 storage dump: defaults filled in, settings taken from the dump', () => {
    const { data, settings } = parsed(fixture('backup-v0.json'));
    expect(data.debts[0]).toMatchObject({ currency: 'CNY', note: '' });
    expect(data.debts[0]!.graceDays).toBeUndefined();
    expect(data.payments[0]!.note).toBe('');
    expect(settings.leadDays).toEqual([3, 0]);
    expect(settings.reminderTime).toBe('09:00');
  });
});

describe('parseBackup: grace days', () => {
  const graces = (result: ReturnType<typeof parsed>) => ({
    debts: result.data.debts.map((d) => d.graceDays),
    plans: result.data.plans.map((p) => p.graceDays),
  });

  it('v1: a debt’s 0 (what every form wrote for an empty field) becomes none given; a plan keeps its 0, and one without gets 0', () => {
    const doc = v1With((d) => {
      delete d.data.plans[0].graceDays;
      d.data.plans.push({ ...d.data.plans[0], id: 'p-2', graceDays: 0 }, { ...d.data.plans[0], id: 'p-3', graceDays: 4 });
    });
    expect(graces(parsed(doc))).toEqual({ debts: [undefined, 3], plans: [0, 0, 4] });
  });

  it('v2 (current): 0 stays 0 and none given stays none given, for debts and plans', () => {
    const doc = v1With((d) => {
      d.version = 2;
      delete d.data.debts[1].graceDays;
      d.data.plans.push({ ...d.data.plans[0], id: 'p-2', graceDays: undefined });
    });
    expect(graces(parsed(JSON.parse(JSON.stringify(doc))))).toEqual({ debts: [0, undefined], plans: [0, undefined] });
  });

  it.each([
    { name: 'storage data v1: read the v1 way', version: 1, expected: [undefined, 5] },
    { name: 'storage data without a version: read the v1 way', version: undefined, expected: [undefined, 5] },
    { name: 'storage data v2: as it is', version: 2, expected: [0, 5] },
  ])('v0 $name', ({ version, expected }) => {
    const bare = fixture('backup-v0-bare.json') as LooseDoc;
    bare.version = version;
    bare.debts.push({ ...bare.debts[0], id: 'd-5', graceDays: 5 });
    bare.debts[0].graceDays = 0;
    expect(graces(parsed(bare)).debts).toEqual(expected);
  });

  it('serializes none given as no field, and reads it back the same', () => {
    const first = parsed(fixture('backup-v1.json'));
    const doc = JSON.parse(serializeBackup(first.data, first.settings, NOW));
    expect('graceDays' in doc.data.debts[0]).toBe(false);
    expect(doc.data.plans[0].graceDays).toBe(0);
    expect(graces(parsed(doc))).toEqual(graces(first));
  });
});

describe('serializeBackup', () => {
  it('writes the current format, version and export time, without the command log', () => {
    const { data, settings } = parsed(fixture('backup-v0.json'));
    const doc = JSON.parse(serializeBackup(data, settings, NOW));
    expect(doc).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2026-03-01T09:30:00.000Z' });
    expect(Object.keys(doc.data).sort()).toEqual(['contacts', 'debts', 'payments', 'plans']);
  });

  it.each(['backup-v1.json', 'backup-v0.json', 'backup-v0-bare.json'])(
    'round-trips %s: parse → serialize → parse gives the same',
    (file) => {
      const first = parsed(fixture(file));
      const second = parsed(JSON.parse(serializeBackup(first.data, first.settings, NOW)));
      expect(second.data).toEqual(first.data);
      expect(second.settings).toEqual(first.settings);
    },
  );

  it('round-trips empty data and default settings', () => {
    const settings = v.parse(SettingsSchema, {});
    const back = parsed(
      JSON.parse(serializeBackup({ version: SCHEMA_VERSION, debts: [], plans: [], payments: [], contacts: [] }, settings, NOW)),
    );
    expect(back.data.debts).toEqual([]);
    expect(back.settings).toEqual(settings);
  });
});

describe('parseBackup refuses a bad file whole, saying why', () => {
  it.each([
    { name: 'null', json: null, error: /no JSON object/ },
    { name: 'an array', json: [], error: /no JSON object/ },
    { name: 'a string', json: 'hello', error: /no JSON object/ },
    { name: 'another format', json: { format: 'other-app', version: 1 }, error: /not a DueGuard backup \(format "other-app"\)/ },
    { name: 'a plain object without debts', json: { hello: 1 }, error: /no "format" field and no list of debts/ },
    {
      name: 'a newer version',
      json: v1With((d) => (d.version = BACKUP_VERSION + 1)),
      error: new RegExp(`newer DueGuard \\(format version ${BACKUP_VERSION + 1}`),
    },
    { name: 'a fractional version', json: v1With((d) => (d.version = 1.5)), error: /^version: must be a whole number/ },
    { name: 'no data', json: v1With((d) => delete d.data), error: /^data: missing/ },
    { name: 'debts not a list', json: v1With((d) => (d.data.debts = {})), error: /^data\.debts: must be a list/ },
    { name: 'an unreadable export time', json: v1With((d) => (d.exportedAt = 'yesterday')), error: /^exportedAt: must be a date and time/ },
    {
      name: 'a zero amount',
      json: v1With((d) => (d.data.debts[0].amount = 0)),
      error: /^data\.debts\[0\]\.amount: amount must be more than zero/,
    },
    // debts[1] is an open-ended card bill: since version 3 it is read as a statement account, its amount the first statement's.
    {
      name: 'an amount with fen fractions',
      json: v1With((d) => (d.data.debts[1].amount = 12.5)),
      error: /^data\.debts\[1\]\.statements\[0\]\.amount:/,
    },
    {
      name: 'an impossible date',
      json: v1With((d) => (d.data.debts[0].recurrence.dueDate = '2026-02-30')),
      error: /^data\.debts\[0\]\.recurrence\.dueDate: must be a date/,
    },
    { name: 'an unknown kind', json: v1With((d) => (d.data.plans[0].kind = 'pawnshop')), error: /^data\.plans\[0\]\.kind:/ },
    {
      name: 'a plan whose down payment exceeds its total',
      json: v1With((d) => (d.data.plans[0].downPayment = 9_999_999)),
      error: /down payment cannot exceed the total/,
    },
    {
      name: 'a duplicate id',
      json: v1With((d) => (d.data.debts[1].id = 'd-huabei')),
      error: /^data\.debts\[1\]\.id: "d-huabei" appears twice/,
    },
    {
      name: 'a payment for a missing debt',
      json: v1With((d) => (d.data.payments[1].target.id = 'gone')),
      error: /^data\.payments\[1\]\.target: no debt with id "gone"/,
    },
    {
      name: 'a contact for a missing plan',
      json: v1With((d) => (d.data.contacts[0].target.id = 'gone')),
      error: /^data\.contacts\[0\]\.target: no plan with id "gone"/,
    },
    {
      name: 'a contact at an impossible time',
      json: v1With((d) => (d.data.contacts[0].at = '2026-02-20T25:00')),
      error: /^data\.contacts\[0\]\.at: not a real date and time/,
    },
    { name: 'a lead time not offered', json: v1With((d) => (d.settings.leadDays = [5])), error: /^settings\.leadDays\[0\]:/ },
    { name: 'settings not an object', json: v1With((d) => (d.settings = 'x')), error: /^settings: must be an object/ },
  ])('$name', ({ json, error }) => {
    const result = parseBackup(json);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(
        result.errors.some((e) => error.test(e)),
        result.errors.join('\n'),
      ).toBe(true);
  });

  it('names every problem, not only the first', () => {
    const result = parseBackup(
      v1With((d) => {
        d.data.debts[0].amount = -1;
        d.data.debts[1].name = '';
        d.settings.reminderTime = '25:00';
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.split(':')[0])).toEqual(['data.debts[0].amount', 'data.debts[1].name', 'settings.reminderTime']);
  });
});

describe('parseJsonText', () => {
  it.each([
    { name: 'plain JSON', text: '{"a":1}', ok: true },
    { name: 'JSON after a byte-order mark', text: '\uFEFF{"a":1}', ok: true },
    { name: 'truncated JSON', text: '{"a":', ok: false },
    { name: 'a CSV file', text: 'name,kind\nx,huabei', ok: false },
  ])('$name', ({ text, ok }) => {
    const result = parseJsonText(text);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.errors[0]).toMatch(/^The file is not JSON/);
  });
});

describe('parseBackup: statement accounts and loans (storage schema v4)', () => {
  const base = { currency: 'CNY', note: '', createdAt: '2026-01-05' as Day };
  const debts: Debt[] = [
    {
      ...base,
      id: 'bill',
      name: 'Rent',
      kind: 'other',
      amount: 300_000,
      recurrence: { type: 'monthly', firstDue: '2026-01-31' as Day, lastDay: true },
    },
    {
      ...base,
      id: 'card',
      name: '招行信用卡',
      kind: 'credit-card',
      billing: 'statement',
      statementDay: 5,
      dueRule: { type: 'offset', days: 20 },
      firstStatement: '2026-01-05' as Day,
      minimumRule: { percentPpm: 100_000, floor: 0 },
      interestOn: 'whole',
      statements: [
        { statementDate: '2026-01-05' as Day, amount: 500_000, minimum: 50_000 },
        { statementDate: '2026-02-05' as Day, amount: 120_000 },
      ],
    },
    {
      ...base,
      id: 'loan',
      name: '借呗',
      kind: 'jiebei',
      billing: 'loan',
      principal: 1_000_000,
      rate: { basis: 'daily', ppm: 400 },
      term: 12,
      startDate: '2026-01-05' as Day,
      firstDue: '2026-02-05' as Day,
      method: 'equal-payment',
      feePerPeriodPpm: 0,
      prepayments: [{ date: '2026-04-01' as Day, amount: 200_000 }],
      lender: 'licensed',
    },
  ];
  const data: Data = { ...emptyData(), debts };
  const doc = () => JSON.parse(serializeBackup(data, DEFAULT_SETTINGS, NOW)) as LooseDoc;

  it('round-trips each billing, prepayments and every statement included', () => {
    expect(parsed(doc()).data).toEqual(data);
  });

  it.each([
    {
      name: 'a minimum above its statement',
      change: (d: LooseDoc) => (d.data.debts[1].statements[1].minimum = 120_001),
      error: 'data.debts[1].statements[1]: the minimum payment cannot be more than the statement',
    },
    {
      name: 'a statement day of 32',
      change: (d: LooseDoc) => (d.data.debts[1].statementDay = 32),
      error: 'data.debts[1].statementDay: must be a day of the month from 1 to 31',
    },
    {
      name: 'a statement account without statements',
      change: (d: LooseDoc) => (d.data.debts[1].statements = []),
      error: 'data.debts[1].statements: at least one statement is needed',
    },
    {
      name: 'a loan due before it starts',
      change: (d: LooseDoc) => (d.data.debts[2].firstDue = '2026-01-01'),
      error: 'data.debts[2]: firstDue: the first due day must come after the start date',
    },
    {
      name: 'a loan method DueGuard does not know',
      change: (d: LooseDoc) => (d.data.debts[2].method = 'balloon'),
      error: /^data\.debts\[2\]\.method: /,
    },
  ])('refuses $name with a line naming the field, and restores nothing', ({ change, error }) => {
    const broken = doc();
    change(broken);
    const result = parseBackup(broken);
    expect(result).toEqual({
      ok: false,
      errors: expect.arrayContaining([typeof error === 'string' ? error : expect.stringMatching(error)]),
    });
    expect(result).not.toHaveProperty('data');
  });

  it('a storage dump of schema v3: an open-ended card bill becomes a statement account with the same due days; other bills stay bills', () => {
    const card = {
      ...base,
      id: 'card',
      name: 'Card',
      kind: 'credit-card',
      amount: 250_000,
      recurrence: { type: 'monthly', firstDue: '2026-01-31' },
      note: '',
    };
    const phone = { ...card, id: 'phone', kind: 'other' };
    const counted = { ...card, id: 'counted', recurrence: { type: 'monthly', firstDue: '2026-01-31', count: 6 } };
    const { data: restored } = parsed({
      'dueguard.data': { version: 3, debts: [card, phone, counted], plans: [], payments: [], contacts: [] },
    });
    const [account, ...bills] = restored.debts;
    expect(account).toMatchObject({
      billing: 'statement',
      dueRule: { type: 'fixed', day: 31 },
      statements: [{ amount: 250_000, statementDate: account!.billing === 'statement' ? account!.firstStatement : '' }],
    });
    const dues = (debt: Debt) => getDebtInstallments(debt, '2026-12-31' as Day).map((i) => i.due);
    expect(dues(account!)).toEqual(dues({ ...(card as unknown as Debt), billing: undefined } as Debt));
    expect(bills.map((d) => d.billing)).toEqual([undefined, undefined]);
  });
});

describe('docs/backup-format.md', () => {
  const doc = fs.readFileSync(path.join(__dirname, '../../docs/backup-format.md'), 'utf8');
  const debts = [...doc.matchAll(/```json\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((text) => text.trimStart().startsWith('{\n  "id"'))
    .map((text) => JSON.parse(text) as Record<string, unknown>);

  it('has a debt example of each billing', () => {
    expect(debts.map((d) => d.billing ?? 'bill')).toEqual(['bill', 'statement', 'loan']);
  });

  it.each(debts.map((debt) => ({ billing: debt.billing ?? 'bill', debt })))('the $billing example is a valid debt', ({ debt }) => {
    const result = v.safeParse(DebtSchema, debt);
    expect(result.issues?.map((i) => i.message) ?? []).toEqual([]);
  });
});
