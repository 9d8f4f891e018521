import { describe, expect, it } from 'vitest';
import {
  assessDelay,
  assessmentSources,
  assessOverdue,
  CREDIT_REPAIR_2025,
  reportCode,
  type DelayInput,
  type OverdueItem,
} from '../../src/domain/delay';
import { addDaysToDay } from '../../src/domain/day';
import { MAX_MINOR, type Day } from '../../src/domain/model';

const day = (s: string) => s as Day;
const base: DelayInput = {
  kind: 'huabei',
  amount: 100_000,
  due: day('2026-03-09'),
  graceDays: 0,
  dailyRatePpm: 500,
  today: day('2026-03-09'),
};
/** The assessment `d` days after the due day. */
const after = (d: number, over: Partial<DelayInput> = {}) => {
  const input = { ...base, ...over };
  return assessDelay({ ...input, today: addDaysToDay(input.due, d) });
};

describe('assessDelay: ladder', () => {
  it.each([
    ['due today', 0, null, 'reminders', '2026-03-10'],
    ['first day late', 1, 'reminders', 'calls', '2026-03-25'],
    ['last reminders day', 15, 'reminders', 'calls', '2026-03-25'],
    ['first calls day', 16, 'calls', 'contacts', '2026-05-09'],
    ['last calls day', 60, 'calls', 'contacts', '2026-05-09'],
    ['first contacts day', 61, 'contacts', 'visits', '2026-06-08'],
    ['last contacts day', 90, 'contacts', 'visits', '2026-06-08'],
    ['first visits day', 91, 'visits', 'legal', '2026-09-06'],
    ['last visits day', 180, 'visits', 'legal', '2026-09-06'],
    ['first legal day', 181, 'legal', null, null],
    ['a year late', 365, 'legal', null, null],
  ])('%s (D = %i): stage %s, next %s on %s', (_name, d, stage, next, startsOn) => {
    const a = after(d);
    expect(a.daysOverdue).toBe(d);
    expect(a.stage?.id ?? null).toBe(stage);
    expect(a.next?.stage.id ?? null).toBe(next);
    expect(a.next?.startsOn ?? null).toBe(startsOn);
  });

  it.each([
    ['not yet due', -5, ['future', 'future', 'future', 'future', 'future']],
    ['in reminders', 1, ['current', 'future', 'future', 'future', 'future']],
    ['in contacts', 61, ['past', 'past', 'current', 'future', 'future']],
    ['in legal', 400, ['past', 'past', 'past', 'past', 'current']],
  ])('timeline %s', (_name, d, positions) => {
    const a = after(d);
    expect(a.timeline.map((t) => t.position)).toEqual(positions);
    expect(a.daysOverdue).toBe(Math.max(0, d));
  });

  it('puts every stage on the debt calendar, across month ends and DST', () => {
    const a = assessDelay({ ...base, due: day('2026-02-28'), today: day('2026-03-09') });
    expect(a.daysOverdue).toBe(9);
    expect(a.timeline.map((t) => [t.stage.id, t.startsOn, t.endsOn])).toEqual([
      ['reminders', '2026-03-01', '2026-03-15'],
      ['calls', '2026-03-16', '2026-04-29'],
      ['contacts', '2026-04-30', '2026-05-29'],
      ['visits', '2026-05-30', '2026-08-27'],
      ['legal', '2026-08-28', null],
    ]);
  });

  it.each([
    ['leap February', '2028-02-28', '2028-03-01', 2],
    ['New York spring-forward day', '2026-03-07', '2026-03-09', 2],
    ['New York fall-back day', '2026-10-31', '2026-11-02', 2],
    ['year end', '2026-12-31', '2027-01-01', 1],
  ])('counts calendar days over %s', (_name, due, today, d) => {
    expect(assessDelay({ ...base, due: day(due), today: day(today) }).daysOverdue).toBe(d);
  });

  it('adds card-only facts to the current stage', () => {
    expect(after(100, { kind: 'credit-card' }).stage?.facts).toEqual(['T5', 'T2']);
    expect(after(100, { kind: 'jiebei' }).stage?.facts).toEqual(['T5']);
  });
});

describe('assessDelay: grace', () => {
  it.each([
    ['inside grace', 3, 2, true, null, 0],
    ['last grace day', 3, 3, true, null, 0],
    ['first day past grace counts from the due date', 3, 4, false, 1, 200],
    ['no grace', 0, 1, false, 1, 50],
    ['not yet due', 3, 0, false, null, 0],
  ])('%s', (_name, graceDays, d, inGrace, code, soFar) => {
    const a = after(d, { graceDays });
    expect(a.grace.inGrace).toBe(inGrace);
    expect(a.creditReport.code).toBe(code);
    expect(a.cost.known && a.cost.soFar).toBe(soFar);
  });

  it.each([
    ['credit-card', ['B7']],
    ['huabei', ['B6']],
    ['jiebei', ['B5']],
    ['loan', []],
  ] as const)('grace facts for %s', (kind, facts) => {
    expect(after(1, { kind, graceDays: 3 }).grace).toEqual({ days: 3, inGrace: true, facts });
  });

  it('does not move the ladder', () => {
    expect(after(2, { graceDays: 3 }).stage?.id).toBe('reminders');
  });

  it('moves the first late day past grace, and nothing may be reported within it', () => {
    const a = after(1, { graceDays: 30, due: day('2026-03-09') });
    expect(a.creditReport.lateFrom).toBe('2026-04-09');
    expect([a.creditReport.mayBeReported, a.creditReport.code]).toEqual([false, null]);
    expect(a.creditReport.nextCode).toEqual({ code: 2, from: '2026-04-09' });
  });
});

describe('assessDelay: credit report', () => {
  it.each([
    ['not late', 0, null],
    ['1 day', 1, 1],
    ['30 days', 30, 1],
    ['31 days', 31, 2],
    ['90 days', 90, 3],
    ['91 days', 91, 4],
    ['150 days', 150, 5],
    ['151 days', 151, 6],
    ['180 days', 180, 6],
    ['181 days', 181, 7],
    ['1000 days', 1000, 7],
  ])('reportCode %s → %s', (_name, d, code) => {
    expect(reportCode(d)).toBe(code);
  });

  it.each([
    ['before lateness', 0, { code: 1, from: '2026-03-10' }],
    ['code 1 turns 2 on day 31', 5, { code: 2, from: '2026-04-09' }],
    ['code 6 turns 7 on day 181', 160, { code: 7, from: '2026-09-06' }],
    ['code 7 is the last', 200, null],
  ])('nextCode %s', (_name, d, next) => {
    expect(after(d).creditReport.nextCode).toEqual(next);
  });

  it.each([
    ['not late', 0, 0, false],
    ['one day late, no grace: no day is promised before which nothing is reported', 1, 0, true],
    ['within grace', 2, 3, false],
    ['past grace', 4, 3, true],
  ])('mayBeReported: %s', (_name, d, graceDays, may) => {
    expect(after(d, { graceDays }).creditReport.mayBeReported).toBe(may);
  });

  it('where reporting is unknown (Meituan), gives no status code and no next code, however late', () => {
    const track = after(100, { kind: 'meituan' }).creditReport;
    expect([track.reporting, track.mayBeReported, track.code, track.nextCode]).toEqual(['unknown', false, null, null]);
  });

  it.each([
    ['huabei', 'reported', ['CR7', 'CR8', 'CR9']],
    ['credit-card', 'reported', ['CR7', 'CR11']],
    ['meituan', 'unknown', ['CR7', 'CR10']],
    ['loan', 'reported', ['CR7']],
  ] as const)('%s: %s, facts %j', (kind, reporting, facts) => {
    const track = after(10, { kind }).creditReport;
    expect(track.reporting).toBe(reporting);
    expect(track.facts).toEqual(facts);
  });

  it.each([
    ['inside every condition', 1_000_000, '2025-06-01', '2026-01-10', []],
    ['over ¥10,000', 1_000_001, '2025-06-01', '2026-01-10', ['amount-too-large']],
    ['first late day in 2026', 500, '2025-12-31', '2026-01-10', ['arose-outside-window']],
    ['arose before 2020', 500, '2019-12-30', '2026-01-10', ['arose-outside-window']],
    ['after the repayment deadline', 500, '2025-06-01', '2026-04-01', ['deadline-passed']],
    ['all three', 2_000_000, '2026-02-01', '2026-04-01', ['amount-too-large', 'arose-outside-window', 'deadline-passed']],
  ])('one-time repair: %s', (_name, amount, due, today, misses) => {
    const repair = assessDelay({ ...base, amount, due: day(due), today: day(today) }).creditReport.repair;
    expect(repair).toEqual(misses.length ? { covered: false, misses } : { covered: true, repayBy: CREDIT_REPAIR_2025.repaidBy });
  });
});

describe('assessDelay: cost of delay', () => {
  it.each([
    // Huabei's default comes from published contract terms (P1, grade C): check your contract.
    ['huabei 0.05 %/day, 16 days', 'huabei', 100_000, 500, 16, 800, 50, ['P1'], 'contract-terms'],
    // A rate the user typed is theirs: no caveat.
    ['rounds half up', 'meituan', 1, 500_000, 1, 1, 1, ['P4'], null],
    ['rounds below half down', 'meituan', 1, 499_999, 1, 0, 0, ['P4'], null],
    ['soFar from the exact product, not perDay × D', 'baitiao', 333, 151, 100, 5, 0, ['P3'], null],
    ['zero rate', 'loan', 100_000, 0, 30, 0, 0, [], null],
    [
      'largest amount, highest rate, ten years: exact',
      'other',
      MAX_MINOR,
      100_000,
      3650,
      3_650_000_000_000_000,
      1_000_000_000_000,
      [],
      null,
    ],
  ] as const)('%s', (_name, kind, amount, ppm, d, soFar, perDay, facts, caveat) => {
    const cost = after(d, { kind, amount, dailyRatePpm: ppm }).cost;
    expect(cost).toEqual({ estimate: true, known: true, ratePpm: ppm, caveat, range: null, soFar, perDay, facts });
  });

  it('gives Baitiao’s default as the range its sources give (0.015-0.07 %/day, P3), with the sources-differ caveat', () => {
    const cost = after(10, { kind: 'baitiao', amount: 100_000, dailyRatePpm: 150 }).cost;
    expect(cost).toMatchObject({
      caveat: 'sources-differ',
      soFar: 150,
      perDay: 15,
      range: { lowPpm: 150, highPpm: 700, high: { soFar: 700, perDay: 70 } },
    });
  });

  it('sums the range too when several amounts are overdue', () => {
    const bill = (due: string): OverdueItem => ({
      kind: 'baitiao',
      graceDays: 0,
      dailyRatePpm: 150,
      status: { due: day(due), remaining: 100_000 },
      plan: null,
    });
    const cost = assessOverdue([bill('2026-03-01'), bill('2026-03-06')], day('2026-03-11')).cost;
    expect(cost).toMatchObject({ soFar: 150 + 75, range: { high: { soFar: 700 + 350, perDay: 140 } } });
  });

  it('stays exact where doubles would not (amount × rate × D > 2^53)', () => {
    const amount = 9_999_999_999_999;
    const cost = after(7, { kind: 'other', amount, dailyRatePpm: 333 }).cost;
    const exact = (BigInt(amount) * 333n * 7n + 500_000n) / 1_000_000n;
    expect(cost.known && BigInt(cost.soFar)).toBe(exact);
    expect(Number.isSafeInteger(cost.known && cost.soFar)).toBe(true);
  });

  it.each([
    ['jiebei', ['P2']],
    ['credit-card', ['P6', 'P7']],
  ] as const)('unknown rate for %s: ask the lender', (kind, facts) => {
    expect(after(40, { kind, dailyRatePpm: null }).cost).toEqual({ estimate: true, known: false, ratePpm: null, facts });
  });

  it.each([
    ['negative amount', { amount: -1 }],
    ['fractional amount', { amount: 1.5 }],
    ['negative grace', { graceDays: -1 }],
    ['fractional rate', { dailyRatePpm: 0.5 }],
  ])('refuses %s', (_name, over) => {
    expect(() => after(1, over)).toThrow(RangeError);
  });
});

describe('assessDelay: card criminal risk and plans', () => {
  it.each([
    // Two notices at least 30 days apart (the first the day after the due day), then more than 3 months: due + 122.
    ['card ¥50,000 at 91 days: not yet', 'credit-card', 5_000_000, 91, { possible: false, notBefore: '2026-07-09', facts: ['T1'] }],
    ['card ¥50,000 the day before', 'credit-card', 5_000_000, 121, { possible: false, notBefore: '2026-07-09', facts: ['T1'] }],
    ['card ¥50,000 on the earliest day', 'credit-card', 5_000_000, 122, { possible: true, notBefore: '2026-07-09', facts: ['T1'] }],
    ['card just under ¥50,000', 'credit-card', 4_999_999, 200, null],
    ['huabei over ¥50,000', 'huabei', 9_000_000, 200, null],
  ] as const)('%s', (_name, kind, amount, d, risk) => {
    expect(after(d, { kind, amount }).cardCriminalRisk).toEqual(risk);
  });

  it.each([
    ['credit-card', true, 5, true, 'N3'],
    ['huabei', false, null, false, 'N7'],
    ['meituan', false, null, false, 'N7'],
    ['loan', false, null, false, 'N4'],
  ] as const)('plan facts for %s', (kind, statutory, maxYears, stops, fact) => {
    const plan = after(10, { kind }).plan;
    expect([plan.statutory, plan.maxYears, plan.collectionMustStop]).toEqual([statutory, maxYears, stops]);
    expect(plan.facts).toContain(fact);
    expect(plan.facts).toContain('N4');
    // Only the card rule gives a right; for online credit there is none; for loans nothing is known either way.
    expect(plan.right).toBe(kind === 'credit-card' ? 'card-rule' : kind === 'loan' ? 'unknown' : 'none-online');
  });
});

describe('assessOverdue: one rule for a debt’s overdue amounts', () => {
  const bill = (due: string, remaining: number, kind: OverdueItem['kind'] = 'credit-card'): OverdueItem => ({
    kind,
    graceDays: 0,
    dailyRatePpm: 500,
    status: { due: day(due), remaining },
    plan: null,
  });
  const today = day('2026-06-20');

  it('applies the ¥50,000 card threshold to the whole overdue amount, not to one bill', () => {
    const bills = [bill('2026-02-10', 3_000_000), bill('2026-03-10', 3_000_000)];
    expect(bills.map((b) => assessOverdue([b], today).cardCriminalRisk)).toEqual([null, null]);
    expect(assessOverdue(bills, today).cardCriminalRisk).toMatchObject({ possible: true, notBefore: '2026-06-12' });
  });

  it('takes stage and dates from the oldest amount, whatever the order given', () => {
    const newest = bill('2026-06-10', 10_000, 'huabei');
    const oldest = bill('2026-03-10', 10_000, 'huabei');
    const assessment = assessOverdue([newest, oldest], today);
    expect([assessment.daysOverdue, assessment.stage?.id]).toEqual([
      102,
      assessDelay({ ...base, due: oldest.status.due, today }).stage?.id,
    ]);
  });

  it('sums the cost of each amount, each late by its own days', () => {
    const bills = [bill('2026-06-10', 100_000, 'huabei'), bill('2026-06-15', 100_000, 'huabei')];
    const each = bills.map((b) => assessOverdue([b], today).cost);
    const both = assessOverdue(bills, today).cost;
    expect(both.known && each.every((c) => c.known)).toBe(true);
    if (both.known && each[0]!.known && each[1]!.known) expect(both.soFar).toBe(each[0]!.soFar + each[1]!.soFar);
  });

  it('refuses an empty list', () => {
    expect(() => assessOverdue([], today)).toThrow(RangeError);
  });

  it('gives no stage for an amount not yet overdue (the what-if on day 0)', () => {
    expect(assessOverdue([bill('2026-06-20', 10_000)], today)).toMatchObject({ daysOverdue: 0, stage: null, planInstallment: null });
  });
});

describe('assessOverdue: a late plan installment is placed by the original debt’s delay (N4)', () => {
  const today = day('2026-06-20');
  /** An installment of a card plan agreed on a debt due `originalDue`, the plan's balance `remaining`. */
  const installment = (due: string, originalDue: string | null, over: Partial<OverdueItem> = {}): OverdueItem => ({
    kind: 'credit-card',
    graceDays: 0,
    dailyRatePpm: null,
    status: { due: day(due), remaining: 50_000 },
    plan: { remaining: 6_000_000, originalDue: originalDue === null ? null : day(originalDue) },
    ...over,
  });

  it('on a card debt 200 days overdue, an installment 3 days late is in the legal stage, not reminders', () => {
    const a = assessOverdue([installment('2026-06-17', '2025-12-02')], today);
    expect([a.daysOverdue, a.stage?.id, a.creditReport.code]).toEqual([200, 'legal', 7]);
    expect(a.planInstallment).toEqual({ daysLate: 3, mayBeBroken: true, originalDue: '2025-12-02' });
    // The whole balance is at stake, and the conditions are counted from the original due day.
    expect(a.cardCriminalRisk).toMatchObject({ possible: true, notBefore: '2026-04-03' });
  });

  it('within the plan’s grace the plan is at risk, not yet broken, and the grace is the plan’s', () => {
    const a = assessOverdue([installment('2026-06-17', '2025-12-02', { graceDays: 5 })], today);
    expect(a.planInstallment).toMatchObject({ daysLate: 3, mayBeBroken: false });
    expect(a.grace).toMatchObject({ days: 5, inGrace: true });
    expect(a.stage?.id).toBe('legal');
  });

  it('without a known original delay, counts from the installment, and says it does not know', () => {
    const a = assessOverdue([installment('2026-06-17', null)], today);
    expect([a.daysOverdue, a.stage?.id]).toEqual([3, 'reminders']);
    expect(a.planInstallment).toEqual({ daysLate: 3, mayBeBroken: true, originalDue: null });
  });

  it('an installment paid on time has no stage, whatever the original debt’s age', () => {
    expect(assessOverdue([installment('2026-06-20', '2025-12-02')], today)).toMatchObject({ stage: null, planInstallment: null });
  });

  it('cites the sources of the stages still ahead on the timeline too', () => {
    // Day 1: reminders now; the legal stage's T5 and the visits seeds are on the timeline already.
    expect(assessmentSources(after(1))).toEqual(expect.arrayContaining(['T5', '000', '003']));
  });

  it('cites the plan-break fact beside the stage’s', () => {
    expect(assessmentSources(assessOverdue([installment('2026-06-17', '2025-12-02')], today))).toEqual(
      expect.arrayContaining(['N4', 'T1', 'T5']),
    );
  });
});
