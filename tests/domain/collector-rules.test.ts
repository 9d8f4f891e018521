import { describe, expect, it } from 'vitest';
import { COLLECTOR_RULES, getHelpFor, getRule, getRulesFor, HELP_CHANNELS } from '../../src/domain/collector-rules';
import { ruleBasis } from '../../src/domain/rule-basis';
import { DEBT_KINDS } from '../../src/domain/model';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('COLLECTOR_RULES', () => {
  it('has unique ids', () => {
    expect(new Set(ids(COLLECTOR_RULES)).size).toBe(COLLECTOR_RULES.length);
  });

  it.each([
    ['China hours 08:00–22:00', 'hours', { allowedFrom: '08:00', allowedUntil: '22:00', facts: ['K1', 'K5', 'K6'] }],
    ['online credit: 3 conversations a day', 'daily-conversations', { limit: 3, counts: 'answered-calls', facts: ['K2', 'K5'] }],
    [
      'banks: 6 unanswered attempts a day per method',
      'daily-attempts',
      { limit: 6, counts: 'unanswered-attempts-per-method', facts: ['K7'] },
    ],
    ['card plan stops collection', 'plan-stops-collection', { kinds: ['credit-card'], facts: ['N3'] }],
  ] as const)('%s', (_name, id, expected) => {
    expect(getRule(id)).toMatchObject(expected);
  });

  it.each(DEBT_KINDS.map((k) => [k]))('%s has hours, a daily count, third-party and conduct rules', (kind) => {
    const types = getRulesFor(kind).map((r) => r.type);
    for (const t of ['hours', 'daily-count', 'third-party', 'conduct']) expect(types).toContain(t);
  });

  it.each([
    ['huabei', ['daily-conversations']],
    ['meituan', ['daily-conversations']],
    ['credit-card', ['daily-attempts']],
    ['loan', ['daily-attempts']],
    ['other', ['daily-conversations', 'daily-attempts']],
  ] as const)('%s counts with %j', (kind, rules) => {
    expect(ids(getRulesFor(kind).filter((r) => r.type === 'daily-count'))).toEqual(rules);
  });

  it.each([
    ['hours', 'standard'],
    ['daily-conversations', 'standard'],
    ['third-party', 'law'],
    ['no-impersonation', 'law'],
    ['state-identity', 'standard'],
    ['plan-stops-collection', 'law'],
  ] as const)('%s rests on %s', (id, basis) => {
    expect(ruleBasis(getRule(id))).toBe(basis);
  });
});

describe('HELP_CHANNELS', () => {
  it('has unique ids and the numbers of the spec', () => {
    expect(new Set(ids(HELP_CHANNELS)).size).toBe(HELP_CHANNELS.length);
    expect(Object.fromEntries(HELP_CHANNELS.map((h) => [h.id, 'number' in h ? h.number : null]))).toEqual({
      alipay: '95188',
      nfra: '12378',
      pboc: '12363',
      'credit-dispute': null,
      mediation: null,
      nifa: null,
      court: '12368',
      police: '110',
      spam: '12321',
    });
  });

  it.each([
    ['huabei', ['alipay', 'nfra', 'pboc', 'credit-dispute', 'mediation', 'nifa', 'court', 'police', 'spam']],
    ['credit-card', ['nfra', 'pboc', 'credit-dispute', 'mediation', 'court', 'police', 'spam']],
    ['loan', ['nfra', 'pboc', 'credit-dispute', 'mediation', 'court', 'police', 'spam']],
    ['baitiao', ['nfra', 'pboc', 'credit-dispute', 'mediation', 'nifa', 'court', 'police', 'spam']],
  ] as const)('%s → %j', (kind, expected) => {
    expect(ids(getHelpFor(kind))).toEqual(expected);
  });

  it('the credit dispute is answered within 20 days (CR4)', () => {
    expect(HELP_CHANNELS.find((h) => h.id === 'credit-dispute')).toMatchObject({ replyDays: 20 });
  });
});
