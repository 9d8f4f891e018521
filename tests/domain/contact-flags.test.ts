import { describe, expect, it } from 'vitest';
import { contactContext, flagContact, flagLog, type ContactContext } from '../../src/domain/contact-flags';
import type { ContactEntry, Day } from '../../src/domain/model';
import { getOpenInstallments } from '../../src/domain/open-installments';
import { data, day, debt, plan, settings } from './fixtures';

let seq = 0;
function entry(over: Partial<ContactEntry> = {}): ContactEntry {
  seq += 1;
  return {
    id: `c${String(seq).padStart(3, '0')}`,
    target: { type: 'debt', id: 'hb' },
    at: '2026-03-02T10:00',
    channel: 'call',
    answered: true,
    thirdParty: false,
    who: '',
    summary: '',
    userFlags: [],
    ...over,
  };
}

const context: ContactContext = {
  targets: {
    'debt:hb': { kind: 'huabei' },
    'debt:cc': { kind: 'credit-card', plan: { state: 'on-track', startDate: '2026-03-01' as Day } },
    'debt:cc-late': { kind: 'credit-card', plan: { state: 'at-risk', startDate: '2026-03-01' as Day } },
    'plan:p1': { kind: 'credit-card', plan: { state: 'on-track', startDate: '2026-03-01' as Day } },
    'debt:jb-plan': { kind: 'jiebei', plan: { state: 'on-track', startDate: '2026-03-01' as Day } },
    'debt:loan': { kind: 'loan' },
  },
};
const ids = (e: ContactEntry, log: ContactEntry[] = []) => flagContact(e, log, context).map((f) => f.id);

/** `n` calls on one target and day, ten minutes apart from 09:00. */
function calls(n: number, over: Partial<ContactEntry>): ContactEntry[] {
  return Array.from({ length: n }, (_, i) =>
    entry({ at: `2026-03-02T${String(9 + Math.floor(i / 6)).padStart(2, '0')}:${String((i % 6) * 10).padStart(2, '0')}`, ...over }),
  );
}

describe('flagContact: hours', () => {
  it.each([
    ['07:59 is too early', '2026-03-02T07:59', 'call', ['outside-hours']],
    ['08:00 is allowed', '2026-03-02T08:00', 'call', []],
    ['21:59 is allowed', '2026-03-02T21:59', 'sms', []],
    ['22:00 is too late', '2026-03-02T22:00', 'sms', ['outside-hours']],
    ['midnight visit', '2026-03-02T00:00', 'visit', ['outside-hours']],
    ['a letter read at night is not a contact at night', '2026-03-02T23:30', 'letter', []],
  ] as const)('%s', (_name, at, channel, expected) => {
    expect(ids(entry({ at, channel }))).toEqual(expected);
  });

  it('names the hours rule', () => {
    expect(flagContact(entry({ at: '2026-03-02T06:00' }), [], context)).toEqual([{ id: 'outside-hours', rules: ['hours'] }]);
  });
});

describe('flagContact: daily counts', () => {
  it.each([
    ['online: 3rd answered call is fine', 'hb', true, 3, []],
    ['online: 4th answered call is over (K2)', 'hb', true, 4, ['daily-conversations']],
    ['online: unanswered attempts are not conversations', 'hb', false, 10, []],
    ['bank: 6th unanswered attempt is fine', 'loan', false, 6, []],
    ['bank: 7th unanswered attempt is over (K7)', 'loan', false, 7, ['daily-attempts']],
    ['bank: answered calls are not attempts', 'loan', true, 10, []],
    ['unknown target (other): answered limit', 'unknown', true, 4, ['daily-conversations']],
    ['unknown target (other): unanswered limit', 'unknown', false, 7, ['daily-attempts']],
  ] as const)('%s', (_name, target, answered, n, rules) => {
    const log = calls(n, { target: { type: 'debt', id: target }, answered });
    const flags = flagContact(log.at(-1)!, log, context).filter((f) => f.id === 'over-daily-count');
    expect(flags).toEqual(rules.length ? [{ id: 'over-daily-count', rules }] : []);
  });

  it('flags only the calls past the limit, in time order whatever the log order', () => {
    const log = calls(5, { target: { type: 'debt', id: 'hb' } }).reverse();
    const flagged = log.filter((e) => ids(e, log).includes('over-daily-count')).map((e) => e.at);
    expect(flagged.sort()).toEqual(['2026-03-02T09:30', '2026-03-02T09:40']);
  });

  it.each([
    ['another day', { at: '2026-03-03T09:00' }],
    ['another debt', { target: { type: 'debt' as const, id: 'other-debt' } }],
    ['an SMS', { channel: 'sms' as const }],
    ['a call to a relative', { thirdParty: true }],
  ])('does not count %s', (_name, over) => {
    const log = [...calls(3, {}), entry({ at: '2026-03-02T12:00', ...over })];
    expect(ids(log.at(-1)!, log)).not.toContain('over-daily-count');
  });

  it('works whether or not the log holds the entry itself', () => {
    const log = calls(4, {});
    const last = log.at(-1)!;
    expect(ids(last, log)).toEqual(ids(last, log.slice(0, 3)));
  });
});

describe('flagContact: third parties, plans, user ticks', () => {
  it.each([
    ['a relative was called', { thirdParty: true }, ['third-party']],
    ['third-party channel', { channel: 'third-party' as const }, ['third-party']],
    ['card plan on track', { target: { type: 'debt' as const, id: 'cc' } }, ['during-plan']],
    ['contact on the plan itself', { target: { type: 'plan' as const, id: 'p1' } }, ['during-plan']],
    ['contact before the plan was agreed', { target: { type: 'debt' as const, id: 'cc' }, at: '2026-02-28T10:00' }, []],
    ['card plan at risk: collection may resume', { target: { type: 'debt' as const, id: 'cc-late' } }, []],
    ['jiebei plan: no rule stops collection', { target: { type: 'debt' as const, id: 'jb-plan' } }, []],
    ['threat ticked', { userFlags: ['threat' as const] }, ['threat']],
    [
      'all three ticked',
      { userFlags: ['impersonation' as const, 'threat' as const, 'insult' as const] },
      ['threat', 'insult', 'impersonation'],
    ],
    [
      'night, third party, threat',
      { at: '2026-03-02T23:10', thirdParty: true, userFlags: ['threat' as const] },
      ['outside-hours', 'third-party', 'threat'],
    ],
    ['an ordinary call', {}, []],
  ])('%s', (_name, over, expected) => {
    expect(ids(entry(over))).toEqual(expected);
  });

  it.each([
    ['threat', 'no-threats'],
    ['insult', 'no-insults'],
    ['impersonation', 'no-impersonation'],
  ] as const)('%s names rule %s', (tick, rule) => {
    expect(flagContact(entry({ userFlags: [tick] }), [], context)).toEqual([{ id: tick, rules: [rule] }]);
  });

  it('names the card plan rule', () => {
    expect(flagContact(entry({ target: { type: 'debt', id: 'cc' } }), [], context)).toEqual([
      { id: 'during-plan', rules: ['plan-stops-collection'] },
    ]);
  });
});

describe('flagLog', () => {
  it('equals flagContact on every entry', () => {
    const log = [
      ...calls(8, { target: { type: 'debt', id: 'loan' }, answered: false }),
      ...calls(5, {}),
      entry({ at: '2026-03-02T23:00', thirdParty: true }),
      entry({ target: { type: 'debt', id: 'cc' }, userFlags: ['insult'] }),
    ].reverse();
    const all = flagLog(log, context);
    expect(Object.keys(all).sort()).toEqual(log.map((e) => e.id).sort());
    for (const e of log) expect(all[e.id]).toEqual(flagContact(e, log, context));
    expect(Object.values(all).filter((f) => f.length > 0).length).toBe(2 + 2 + 2);
  });

  it('maps an empty log to nothing', () => {
    expect(flagLog([], context)).toEqual({});
  });
});

describe('contactContext', () => {
  it('gives each debt its kind and the plan that settles it, with the plan’s state on the day', () => {
    const d = data({
      debts: [debt({ id: 'card', kind: 'credit-card' }), debt({ id: 'hb', kind: 'huabei' })],
      plans: [plan({ id: 'p', kind: 'credit-card', debtId: 'card', startDate: day('2026-01-01'), firstDue: day('2026-01-10') })],
    });
    const today = day('2026-01-11'); // installment 1 a day late, no grace: broken
    const { targets } = contactContext(d, getOpenInstallments(d, settings(), today).plans);
    expect(targets).toEqual({
      'plan:p': { kind: 'credit-card', plan: { state: 'broken', startDate: '2026-01-01' } },
      'debt:card': { kind: 'credit-card', plan: { state: 'broken', startDate: '2026-01-01' } },
      'debt:hb': { kind: 'huabei' },
    });
  });
});

describe('flagContact: an agency not on the lender’s published list (SC8, SC9)', () => {
  it.each([
    ['not checked', undefined, []],
    ['listed', 'yes', []],
    ['not listed', 'no', ['agency-not-listed']],
  ] as const)('%s', (_name, agencyListed, expected) => {
    expect(ids(entry(agencyListed ? { agencyListed } : {}))).toEqual(expected);
  });

  it('names the banks’ notice and identity rules where they apply, none for Huabei', () => {
    const flag = (target: string) =>
      flagContact(entry({ target: { type: 'debt', id: target }, agencyListed: 'no' }), [], context).find(
        (f) => f.id === 'agency-not-listed',
      );
    expect(flag('loan')?.rules).toEqual(['outsourcing-notice', 'state-identity']);
    expect(flag('hb')?.rules).toEqual([]);
  });
});
