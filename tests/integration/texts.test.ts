// The words of notifications and of the toolbar title, with the real locale files, in both languages.
import { describe, expect, it } from 'vitest';
import { describeBadgeTitle, describeRefusedButton, describeReminder, describeSummary } from '../../src/background/texts';
import type { Day, DebtKind } from '../../src/domain/model';
import { assessOverdue } from '../../src/domain/delay';
import type { OpenItem } from '../../src/domain/open-installments';
import type { ReminderType } from '../../src/domain/reminders';
import type { BadgeSummary } from '../../src/domain/overview';
import type { InstallmentState } from '../../src/domain/status';
import type { Locale } from '../../src/text/locale';
import { localeFor } from '../fixtures/locale';

const EN = localeFor('en');
const ZH = localeFor('zh_CN');
const TODAY = '2026-12-01' as Day;

function item(
  due: string,
  daysUntilDue: number,
  over: { name?: string; kind?: DebtKind; plan?: boolean; seq?: number; graceDays?: number; remaining?: number } = {},
): OpenItem {
  const state: InstallmentState = daysUntilDue < 0 ? 'overdue' : daysUntilDue === 0 ? 'due-today' : 'upcoming';
  const target = over.plan ? ({ type: 'plan', id: 'p' } as const) : ({ type: 'debt', id: 'd' } as const);
  const remaining = over.remaining ?? 123456;
  return {
    status: {
      key: `${target.type}:${target.id}:${due}`,
      target,
      seq: over.seq ?? 1,
      due: due as Day,
      amount: remaining,
      paid: 0,
      remaining,
      state,
      daysOverdue: Math.max(0, -daysUntilDue),
      daysUntilDue,
    },
    name: over.name ?? '花呗 11月账单',
    kind: over.kind ?? 'huabei',
    currency: 'CNY',
    graceDays: over.graceDays ?? 0,
    dailyRatePpm: 500,
    plan: over.plan ? { count: 12, remaining: remaining * 12, originalDue: null } : null,
  };
}

describe('describeReminder', () => {
  it.each<[string, Locale, ReminderType, OpenItem, string, string]>([
    [
      'lead, zh (the issue’s example)',
      ZH,
      'lead',
      item('2026-12-04', 3),
      '3 天后到期：花呗 11月账单',
      '花呗 11月账单 ¥1,234.56 将于 3 天后（12月4日）到期。',
    ],
    ['lead, en', EN, 'lead', item('2026-12-04', 3), 'Due in 3 days: 花呗 11月账单', '花呗 11月账单 CN¥1,234.56 is due in 3 days (Dec 4).'],
    ['tomorrow', ZH, 'lead', item('2026-12-02', 1), '明天到期：花呗 11月账单', '花呗 11月账单 ¥1,234.56 将于明天（12月2日）到期。'],
    [
      'today',
      EN,
      'lead',
      item('2026-12-01', 0),
      'Due today: 花呗 11月账单',
      '花呗 11月账单 CN¥1,234.56 is due today (Dec 1). Pay as early as you can: some banks have a cut-off time on the last day.',
    ],
    [
      'next year shows the year',
      EN,
      'lead',
      item('2027-01-05', 35),
      'Due in 35 days: 花呗 11月账单',
      '花呗 11月账单 CN¥1,234.56 is due in 35 days (Jan 5, 2027).',
    ],
    [
      'partly paid: what remains',
      EN,
      'lead',
      item('2026-12-04', 3, { remaining: 5000 }),
      'Due in 3 days: 花呗 11月账单',
      '花呗 11月账单 CN¥50.00 is due in 3 days (Dec 4).',
    ],
    [
      '1 day overdue, singular, in the reminders stage',
      EN,
      'overdue',
      item('2026-11-30', -1),
      '1 day overdue: 花呗 11月账单',
      '花呗 11月账单 CN¥1,234.56 was due on Nov 30 and is 1 day overdue. Typically at this point: Reminders (a common pattern, not a promise). Next, typically: Phone calls from Dec 16 (in 15 days).',
    ],
    [
      'overdue within the grace the user set',
      ZH,
      'overdue',
      item('2026-11-29', -2, { kind: 'credit-card', graceDays: 3 }),
      '已逾期 2 天：花呗 11月账单',
      '花呗 11月账单 ¥1,234.56 应于11月29日还款，已逾期 2 天。仍在宽限期内：最晚于12月2日（含当天）还清，通常仍视为按时还款。通常此时处于：逾期提醒（常见情况，并非承诺）。下一阶段通常为：电话催收，约12月15日起（14 天后）。',
    ],
    [
      'plan down payment at risk',
      EN,
      'plan-at-risk',
      item('2026-11-29', -2, { plan: true, seq: 0, graceDays: 5, name: '借呗 协商' }),
      'Plan at risk: 借呗 协商',
      'the down payment of your repayment plan (CN¥1,234.56, due Nov 29) is 2 days late. Still unpaid after Dec 4, the lender may treat the plan as broken: cancel it, restore interest and resume collection on the whole balance.',
    ],
    [
      'plan installment past its grace',
      ZH,
      'plan-at-risk',
      item('2026-11-20', -11, { plan: true, seq: 3, graceDays: 5, name: '借呗 协商' }),
      '协商还款计划可能违约：借呗 协商',
      '协商还款计划第 3 期（¥1,234.56，应于11月20日还款）已逾期 11 天。该期已超过协议约定的宽限期：机构可能视为违约，撤销协议、恢复计息，并对全部欠款重新催收。',
    ],
  ])('%s', (_name, w, type, openItem, title, message) => {
    expect(describeReminder(w, { type }, openItem, TODAY)).toEqual({ title, message });
  });
});

describe('a lead reminder counted to a pay-by day', () => {
  it('says by when to pay, in both languages', () => {
    const openItem = item('2026-12-05', 4);
    const reminder = { type: 'lead', payBy: '2026-12-04' as Day } as const;
    expect([describeReminder(EN, reminder, openItem, TODAY).message, describeReminder(ZH, reminder, openItem, TODAY).message]).toEqual([
      expect.stringMatching(/ It falls on a weekend or holiday: pay by Dec 4, since bank transfers and autopay may land late\.$/),
      expect.stringMatching(/。还款日在周末或节假日：建议在12月4日前还款，银行转账和自动还款可能延后到账。$/),
    ]);
  });

  it('says nothing of a pay-by day already past', () => {
    expect(describeReminder(EN, { type: 'lead', payBy: '2026-11-30' as Day }, item('2026-12-05', 4), TODAY).message).not.toContain(
      'pay by',
    );
  });
});

describe('describeReminder agrees with the popup on a delay', () => {
  it('a newer missed bill names the stage of the debt’s oldest overdue one, as the stage explainer does', () => {
    const older = item('2026-11-10', -21);
    const newer = item('2026-11-28', -3);
    const { message } = describeReminder(EN, { type: 'overdue' }, newer, TODAY, [older, newer]);
    const popupStage = assessOverdue([older, newer], TODAY).stage?.id;
    expect(popupStage).toBe('calls');
    expect(message).toContain('Typically at this point: Phone calls (a common pattern, not a promise).');
  });
});

describe('describeReminder places a late plan installment by the original debt’s delay (N4)', () => {
  it('a plan-at-risk notification says where the original debt stands if the plan is cancelled', () => {
    const installment: OpenItem = {
      ...item('2026-11-28', -3, { plan: true, graceDays: 0 }),
      plan: { count: 12, remaining: 1_000_000, originalDue: '2026-05-15' as Day },
    };
    const { message } = describeReminder(EN, { type: 'plan-at-risk' }, installment, TODAY);
    expect(message).toContain(
      'If the plan is cancelled, collection resumes on the original debt, 200 days overdue: typically Legal action.',
    );
  });

  it('an overdue card debt of ¥50,000 or more carries the criminal-risk line; a smaller one does not', () => {
    const card = (remaining: number) => item('2026-09-01', -91, { kind: 'credit-card', remaining });
    expect(describeReminder(EN, { type: 'overdue' }, card(5_000_000), TODAY).message).toContain('it can become a criminal matter');
    expect(describeReminder(EN, { type: 'overdue' }, card(4_999_999), TODAY).message).not.toContain('criminal');
    expect(describeReminder(ZH, { type: 'overdue' }, card(5_000_000), TODAY).message).toContain('可能涉嫌刑事犯罪');
  });
});

describe('describeRefusedButton', () => {
  it.each([
    ['paid', 'The payment for 花呗 11月账单 could not be recorded: nothing was changed. Open DueGuard to record it there.'],
    ['snooze', 'The reminders for 花呗 11月账单 could not be snoozed: they stay on. Open DueGuard to try again.'],
  ] as const)('%s, en', (action, message) => {
    expect(describeRefusedButton(EN, action, item('2026-12-04', 3))).toEqual({ title: 'DueGuard: not done', message });
  });
});

describe('describeSummary', () => {
  it('lists the first three and counts the rest', () => {
    const items = [
      item('2026-12-04', 3, { name: 'A' }),
      item('2026-11-28', -3, { name: 'B' }),
      item('2026-11-28', -3, { name: 'C', plan: true }),
      item('2026-12-01', 0, { name: 'D' }),
      item('2026-12-02', 1, { name: 'E' }),
    ];
    const types = ['lead', 'overdue', 'plan-at-risk', 'lead', 'lead'] as const;
    expect(
      describeSummary(
        EN,
        items.map((i, n) => ({ reminder: { type: types[n]! }, item: i })),
        TODAY,
      ),
    ).toEqual({
      title: 'DueGuard: 5 payment reminders',
      message: [
        'A CN¥1,234.56: due in 3 days (Dec 4)',
        'B CN¥1,234.56: 3 days overdue',
        'C CN¥1,234.56: plan installment 3 days late',
        '…and 2 more. Open DueGuard for details.',
      ].join('\n'),
    });
  });
});

describe('describeBadgeTitle', () => {
  const none: BadgeSummary = { overdueCount: 0, overdueTotals: [], mostOverdue: null, next: null };
  it.each<[string, Locale, BadgeSummary, string]>([
    ['nothing open', EN, none, 'DueGuard: nothing to pay'],
    ['nothing open, zh', ZH, none, 'DueGuard：暂无待还款项'],
    ['next only', ZH, { ...none, next: item('2026-12-04', 3) }, 'DueGuard：下一笔：花呗 11月账单 ¥1,234.56，3 天后（12月4日）到期'],
    [
      'overdue in two currencies and a next one',
      EN,
      {
        overdueCount: 2,
        overdueTotals: [
          { currency: 'CNY', amount: 10000 },
          { currency: 'USD', amount: 500 },
        ],
        mostOverdue: item('2026-11-01', -30, { name: 'Card' }),
        next: item('2026-12-01', 0, { name: 'Loan' }),
      },
      'DueGuard: 2 overdue (CN¥100.00 + $5.00), longest: Card, 30 days · next: Loan CN¥1,234.56, due today',
    ],
  ])('%s', (_name, w, summary, title) => {
    expect(describeBadgeTitle(w, summary, TODAY)).toBe(title);
  });
});
