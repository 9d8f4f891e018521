// The popup in every state, rendered with the real locale text: first run, only upcoming items,
// overdue at each collection stage (the data-stage contract), the explainer, what-if, plans, quick
// actions and their errors, and the ?focus= item of a notification click.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CommandMessage, CommandResult } from '../../src/domain/commands';
import type { Data } from '../../src/domain/model';
import { listenForCommands } from '../../src/platform/messaging';
import { preloadParts } from '../../src/popup/lazy-parts';
import { Popup } from '../../src/popup/popup';
import { getSource } from '../../src/domain/sources';
import type { Snapshot } from '../../src/ui/store';
import { data, day, debt, payment, plan, settings } from '../domain/fixtures';
import { renderWithLocale } from './popup-render';

// The parts a click opens come from their own chunks (tests/ui/lazy.test.tsx covers the loading itself).
beforeAll(preloadParts);

const TODAY = day('2026-05-10');

afterEach(() => {
  cleanup();
  delete document.body.dataset.ready;
});

function snapshot(d: Data, snoozed: Record<string, number> = {}): Snapshot {
  return { data: d, settings: settings(), reminders: { sent: {}, snoozed }, quarantine: [], canUndoRestore: false };
}

function renderPopup(d: Data, { lang = 'en', focusKey = null }: { lang?: 'en' | 'zh_CN'; focusKey?: string | null } = {}) {
  return renderWithLocale(<Popup snapshot={snapshot(d)} today={TODAY} focusKey={focusKey} />, lang);
}

/** The `<li>` row that shows `name`. */
const rowOf = (name: string) => screen.getByText(name).closest('li')!;

/** Answers commands like the background would, recording what was sent. */
function fakeBackground(answer: (m: CommandMessage) => CommandResult = () => ({ ok: true, value: { id: 'pay-1' } })) {
  const sent: CommandMessage[] = [];
  listenForCommands(async (message) => {
    sent.push(message);
    return answer(message);
  });
  return sent;
}

describe('first run', () => {
  it('offers adding a debt and importing a CSV, and marks the page ready', () => {
    renderPopup(data());
    expect(screen.getByRole('heading', { name: 'Never miss a due date' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Add a debt' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Import CSV' }).getAttribute('href')).toBe('options.html#import');
    expect(document.body.dataset.ready).toBe('1');
  });
});

describe('only upcoming items', () => {
  const upcoming = data({
    debts: [
      debt({ id: 'd1', name: 'Meituan', kind: 'meituan', amount: 45_678, recurrence: { type: 'once', dueDate: day('2026-05-13') } }),
      debt({ id: 'd2', name: 'Rent loan', kind: 'loan', amount: 320_000, recurrence: { type: 'once', dueDate: day('2026-05-25') } }),
    ],
  });

  it('says nothing is overdue, sums the next 30 days and lists due soon and later without a stage', () => {
    renderPopup(upcoming);
    expect(screen.getByText('Nothing overdue')).toBeTruthy();
    expect(screen.getByText('Due in the next 30 days:').textContent).toContain('CN¥3,656.78');
    expect(within(screen.getByRole('region', { name: 'Due soon' })).getByText('Meituan')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Later' })).getByText('Rent loan')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Overdue' })).toBeNull();
    expect(document.querySelectorAll('[data-stage]')).toHaveLength(0);
    expect(rowOf('Meituan').textContent).toContain('in 3 days');
  });

  it('says it in Chinese', () => {
    renderPopup(upcoming, { lang: 'zh_CN' });
    expect(screen.getByText('没有逾期')).toBeTruthy();
    expect(rowOf('Meituan').textContent).toContain('3 天后');
    expect(rowOf('Meituan').textContent).toContain('5月13日');
  });
});

describe('overdue at each stage', () => {
  it.each([
    { stage: 'reminders', due: '2026-05-05', days: 5 },
    { stage: 'calls', due: '2026-04-20', days: 20 },
    { stage: 'contacts', due: '2026-03-01', days: 70 },
    { stage: 'visits', due: '2026-01-30', days: 100 },
    { stage: 'legal', due: '2025-10-22', days: 200 },
  ])('$days days overdue: data-stage="$stage" on the row with the name', ({ stage, due, days }) => {
    renderPopup(
      data({ debts: [debt({ name: 'Huabei bill', kind: 'huabei', amount: 123_456, recurrence: { type: 'once', dueDate: day(due) } })] }),
    );
    const row = document.querySelector(`li[data-stage="${stage}"]`)!;
    expect(row.textContent).toContain('Huabei bill');
    expect(row.textContent).toContain(`${days} days overdue`);
    expect(screen.getByText('1 payment overdue:').textContent).toContain('CN¥1,234.56');
  });

  it('says the days overdue in Chinese', () => {
    renderPopup(data({ debts: [debt({ name: '花呗', kind: 'huabei', recurrence: { type: 'once', dueDate: day('2026-05-05') } })] }), {
      lang: 'zh_CN',
    });
    expect(rowOf('花呗').textContent).toContain('逾期 5 天');
  });

  it('renders what the user typed as text, never as markup', () => {
    renderPopup(
      data({ debts: [debt({ name: '<img src=x onerror=alert(1)>', recurrence: { type: 'once', dueDate: day('2026-05-05') } })] }),
    );
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('the stage explainer', () => {
  const card = data({
    debts: [
      debt({
        id: 'card',
        name: 'CMB card',
        kind: 'credit-card',
        amount: 880_000,
        dailyRatePpm: 500,
        recurrence: { type: 'once', dueDate: day('2026-03-01') },
      }),
    ],
  });

  function openExplainer() {
    renderPopup(card);
    const toggle = within(rowOf('CMB card')).getAllByRole('button')[0]!;
    fireEvent.click(toggle);
    return { toggle, row: rowOf('CMB card') };
  }

  it('draws the ladder with the current stage marked and each stage dated', () => {
    const { row } = openExplainer();
    const steps = within(row).getByRole('list', { name: 'Collection stages and when each typically begins' }).querySelectorAll('li');
    expect([...steps].map((s) => s.getAttribute('data-step'))).toEqual(['reminders', 'calls', 'contacts', 'visits', 'legal']);
    expect(row.querySelector('[aria-current="step"]')!.getAttribute('data-step')).toBe('contacts');
    expect(steps[0]!.textContent).toContain('from Mar 2');
    expect(steps[3]!.textContent).toContain('typically from May 31');
    expect(steps[4]!.textContent).toContain('no fixed day');
  });

  it('gives the next stage, the cost as an estimate, the credit report, help and the disclaimer', () => {
    const { row } = openExplainer();
    expect(row.textContent).toContain('typically from May 31, 2026 (in 21 days)');
    // 8,800.00 × 0.05 % × 70 days = 308.00; one more day 4.40.
    expect(row.textContent).toContain('About CN¥308.00 so far, and about CN¥4.40 more each day.');
    expect(row.textContent).toContain('An estimate: a simple daily penalty of 0.05%');
    expect(row.textContent).toContain('Negative records stay 5 years from the day the debt is settled');
    expect(row.textContent).toContain('12378');
    expect(row.textContent).toContain('not a promise about any one lender');
  });

  it('links to the contact log of this debt and offers a pre-filled plan', () => {
    const { row } = openExplainer();
    expect(
      within(row)
        .getByRole('link', { name: /Keep evidence/ })
        .getAttribute('href'),
    ).toBe('options.html#contacts/debt%3Acard');
    fireEvent.click(within(row).getByRole('button', { name: 'Negotiate a plan' }));
    expect(screen.getByRole('region', { name: 'Add a plan' })).toBeTruthy();
  });

  it('lists the rules and the sources on request', () => {
    const { row } = openExplainer();
    fireEvent.click(within(row).getByRole('button', { name: 'Sources' }));
    expect(row.querySelector('.sources')!.textContent).toContain('Credit Reporting Regulation, Art. 16');
    // Laws and standards are linked; blogs, Q&A pages and reported lender terms (B, C) are named only.
    const items = [...row.querySelectorAll('.sources li')];
    const linked = items.filter((li) => li.querySelector('a'));
    expect(linked.length).toBeGreaterThan(0);
    for (const li of linked) expect(li.textContent).toMatch(/law, text checked|law, as reported|industry rule or standard/);
    const named = items.filter((li) => /blogs and Q&A|lender terms/.test(li.textContent!));
    expect(named.length).toBeGreaterThan(0);
    for (const li of named) expect(li.querySelector('a')).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: 'Rules and industry standards for collectors' }));
    expect(row.querySelectorAll('.rules li').length).toBeGreaterThan(3);
    // Each rule says what it rests on: a card issuer's third-party rule is law, the calling hours an industry standard.
    expect(row.querySelector('.rules li[data-basis="standard"]')!.textContent).toMatch(/^Industry standard: No collection from/);
    expect(row.querySelector('.rules [data-basis="law"]')!.textContent).toMatch(/^Law: /);
  });

  it('puts a source marker on every claim, and each marker opens sources DueGuard lists', () => {
    const { row } = openExplainer();
    fireEvent.click(within(row).getByRole('button', { name: 'Rules and industry standards for collectors' }));
    // Every paragraph and list item that says something; DueGuard's own statement about itself needs no source.
    const claims = [
      ...row.querySelectorAll('.explainer p, .explainer .help li, .explainer .rules li, .explainer .scam-warnings li'),
    ].filter((el) => !el.matches('.not-a-promise') && el.getAttribute('data-scam') !== 'not-a-lender' && !el.closest('.item-actions'));
    expect(claims.length).toBeGreaterThan(15);
    const uncited = claims.filter((el) => !el.querySelector('button.cite')).map((el) => el.textContent);
    expect(uncited).toEqual([]);
    const marker = claims[0]!.querySelector<HTMLButtonElement>('button.cite')!;
    expect(marker.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(marker);
    expect(marker.getAttribute('aria-expanded')).toBe('true');
    const ids = [...row.querySelectorAll('button.cite')].flatMap((b) => /\[([^\]]+)\]/.exec(b.textContent!)![1]!.split(', '));
    for (const id of ids) expect(getSource(id), id).toBeDefined();
  });

  it('warns of paid agents, fake credit repair and fake court messages, and says what a plan does not do', () => {
    const { row } = openExplainer();
    const scams = within(row).getByRole('region', { name: 'Watch out for scams' });
    expect(scams.textContent).toContain('the five financial regulators warned against them on 2026-02-06');
    expect(scams.textContent).toContain('12368');
    expect(scams.textContent).toContain('never asks for money');
    expect(row.textContent).toContain('A plan does not guarantee that interest stops (停息挂账)');
    expect(row.textContent).toContain('A plan does not erase past overdue records.');
  });

  it('closes on Escape and gives focus back to the row', () => {
    const { toggle, row } = openExplainer();
    const inside = within(row).getByRole('button', { name: 'Sources' });
    inside.focus();
    fireEvent.keyDown(inside, { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });
});

describe('what if I pay late', () => {
  function openWhatIf() {
    renderPopup(
      data({
        debts: [
          debt({ id: 'hb', name: 'Huabei', kind: 'huabei', amount: 100_000, recurrence: { type: 'once', dueDate: day('2026-05-13') } }),
        ],
      }),
    );
    fireEvent.click(within(rowOf('Huabei')).getAllByRole('button')[0]!);
    return screen.getByRole('slider');
  }

  it('starts on time', () => {
    openWhatIf();
    expect(screen.getByText('Paid on May 13, 2026: on time, nothing happens.')).toBeTruthy();
  });

  it('shows the stage, its date and the cost for N days late', () => {
    const slider = openWhatIf();
    fireEvent.input(slider, { target: { value: '20' } });
    const result = document.querySelector('.what-if-result')!;
    expect(result.textContent).toContain('Paid on June 2, 2026');
    // 1,000.00 × 0.05 % × 20 = 10.00
    expect(result.textContent).toContain('About CN¥10.00 in penalties by then (CN¥0.50 a day).');
    expect(result.textContent).toContain('Likely credit-report status 1: 1–30 days late.');
    expect(document.querySelector('.what-if [aria-current="step"]')!.getAttribute('data-step')).toBe('calls');
  });

  it('keeps typed days within 0-365', () => {
    openWhatIf();
    const days = screen.getByRole('spinbutton', { name: 'Days late' }) as HTMLInputElement;
    fireEvent.input(days, { target: { value: '900' } });
    expect((screen.getByRole('slider') as HTMLInputElement).value).toBe('365');
    expect(document.querySelector('.what-if [aria-current="step"]')!.getAttribute('data-step')).toBe('legal');
  });
});

describe('negotiated plans', () => {
  const base = {
    id: 'p1',
    name: 'Card plan',
    total: 120_000,
    count: 12,
    startDate: day('2026-01-01'),
    firstDue: day('2026-01-10'),
    graceDays: 3,
  };
  const paidThrough = (n: number) => Array.from({ length: n }, (_, i) => payment(`2026-0${i + 1}-10`, 10_000, { type: 'plan', id: 'p1' }));

  it.each([
    { name: 'on track', payments: paidThrough(4), today: '2026-05-09', state: 'on-track', badge: 'On track', text: '4/12 paid' },
    {
      name: 'at risk',
      payments: paidThrough(4),
      today: '2026-05-12',
      state: 'at-risk',
      badge: 'At risk',
      text: 'pay it by May 13, 2026 (the last grace day, included).',
    },
    {
      name: 'broken',
      payments: paidThrough(3),
      today: '2026-05-10',
      state: 'broken',
      badge: 'May be broken',
      text: 'collect the whole balance',
    },
    {
      name: 'completed',
      payments: [payment('2026-01-10', 120_000, { type: 'plan', id: 'p1' })],
      today: '2026-05-10',
      state: 'completed',
      badge: 'Completed',
      text: '12/12 paid',
    },
  ])('$name', ({ payments, today, state, badge, text }) => {
    renderWithLocale(<Popup snapshot={snapshot(data({ plans: [plan(base)], payments }))} today={day(today)} focusKey={null} />);
    const row = document.querySelector(`[data-plan-state="${state}"]`)!;
    expect(within(row as HTMLElement).getByText(badge)).toBeTruthy();
    expect(row.textContent).toContain(text);
    // A late plan's consequences are typical patterns, and the list says so.
    expect(row.closest('section')!.querySelector('.not-a-promise') !== null).toBe(state === 'at-risk' || state === 'broken');
  });

  it('shows progress and the next installment', () => {
    renderPopup(
      data({
        plans: [plan(base)],
        payments: paidThrough(3)
          .slice(0, 3)
          .concat(payment('2026-05-01', 10_000, { type: 'plan', id: 'p1' })),
      }),
    );
    const row = document.querySelector('[data-plan-state]')!;
    expect(row.querySelector('progress')!.getAttribute('value')).toBe('4');
    expect(row.textContent).toContain('Next: CN¥100.00');
  });
});

describe('a late installment of a plan agreed on an overdue card debt (N4)', () => {
  // The card fell due on 2025-11-01 and was still unpaid when the plan was agreed; on 2026-05-10 the
  // May installment is 3 days late: the plan may be broken, and the card's own delay is 190 days.
  const planTarget = { type: 'plan', id: 'p-card' } as const;
  const late = data({
    debts: [debt({ id: 'card', name: 'CMB card', amount: 9_600_000, recurrence: { type: 'once', dueDate: day('2025-11-01') } })],
    plans: [
      plan({
        id: 'p-card',
        name: 'CMB card plan',
        debtId: 'card',
        total: 9_600_000,
        count: 12,
        startDate: day('2026-01-01'),
        firstDue: day('2026-02-07'),
        graceDays: 0,
      }),
    ],
    payments: ['2026-02-07', '2026-03-07', '2026-04-07'].map((date) => payment(date, 800_000, planTarget)),
  });

  /** The plan's overdue row (the plan list shows its name too). */
  const lateRow = () => document.querySelector<HTMLElement>('li.row[data-stage]')!;

  it('marks the row by the debt’s original delay, and its chip says the plan may be broken', () => {
    renderPopup(late);
    const row = lateRow();
    expect(row.getAttribute('data-stage')).toBe('legal');
    expect(row.querySelector('.stage-chip')!.textContent).toBe('May be broken');
    expect(row.querySelector('.stage-chip')!.getAttribute('aria-description')).toContain('not a promise');
  });

  it('says first what the plan risks, then where the original debt stands on the ladder', () => {
    renderPopup(late);
    fireEvent.click(within(lateRow()).getAllByRole('button')[0]!);
    const explainer = lateRow().querySelector('.explainer')!;
    expect(explainer.getAttribute('data-explainer-stage')).toBe('legal');
    const first = explainer.firstElementChild!;
    expect(first.textContent).toContain('This plan installment is 3 days late, past the plan’s grace');
    expect(first.textContent).toContain('resume collection on the whole balance');
    expect(first.textContent).toContain('190 days overdue since November 1, 2025');
    expect(explainer.querySelector('h3')!.textContent).toBe('190 days overdue: Legal action');
    // The conditions are counted from the card's own due day, with the plan's whole balance (¥72,000) at stake.
    expect(explainer.textContent).toContain('principal overdrawn of CN¥50,000.00 or more');
    expect(explainer.textContent).not.toContain('cannot all be met before');
  });

  it('says it in Chinese', () => {
    renderPopup(late, { lang: 'zh_CN' });
    fireEvent.click(within(lateRow()).getAllByRole('button')[0]!);
    const first = lateRow().querySelector('.explainer')!.firstElementChild!;
    expect(first.textContent).toContain('本期已逾期 3 天，已超过协议宽限期');
    expect(first.textContent).toContain('自2025年11月1日起已逾期 190 天');
  });
});

describe('wording at the edges', () => {
  const render = (dueDate: string, kind: 'huabei' | 'meituan' | 'baitiao' = 'huabei', lang: 'en' | 'zh_CN' = 'en') => {
    renderPopup(
      data({ debts: [debt({ id: 'x', name: 'Bill', kind, amount: 100_000, recurrence: { type: 'once', dueDate: day(dueDate) } })] }),
      {
        lang,
      },
    );
    fireEvent.click(within(rowOf('Bill')).getAllByRole('button')[0]!);
    return rowOf('Bill');
  };

  it('one day overdue is “1 day”, and a stage starting tomorrow is “in 1 day”, not “due tomorrow”', () => {
    expect(render('2026-05-09').querySelector('h3')!.textContent).toBe('1 day overdue: Reminders');
    cleanup();
    const row = render('2026-04-25');
    expect(row.textContent).toContain('typically from May 11, 2026 (in 1 day)');
    expect(row.textContent).not.toContain('due tomorrow');
  });

  it('gives no report date and, where reporting is unknown (Meituan), no status code', () => {
    const huabei = render('2026-04-20');
    expect(huabei.textContent).toContain('may report it at its next reporting');
    expect(huabei.textContent).toContain('If reported, the record shows repayment status “1”.');
    expect(huabei.textContent).not.toMatch(/reported from about/);
    cleanup();
    const meituan = render('2026-04-20', 'meituan');
    expect(meituan.textContent).toContain('It is not known whether this lender reports');
    expect(meituan.textContent).not.toMatch(/status “\d”/);
  });

  it('shows Baitiao’s cost as the range its sources give, and Huabei’s with check-your-contract', () => {
    // 1,000.00 × 0.015 %…0.07 % × 20 days.
    const baitiao = render('2026-04-20', 'baitiao');
    expect(baitiao.textContent).toContain('About CN¥3.00–CN¥14.00 so far, and about CN¥0.15–CN¥0.70 more each day.');
    expect(baitiao.textContent).toContain('sources give between 0.015% and 0.07% a day');
    cleanup();
    expect(render('2026-04-20').textContent).toContain('which may have changed: check your contract.');
  });

  it('the what-if says “1 day”, marks the stage of that day “then”, cites its sources and says it is not a promise', () => {
    const row = render('2026-05-13');
    const slider = within(row).getByRole('slider');
    fireEvent.input(slider, { target: { value: '1' } });
    expect(row.textContent).toContain('If I pay 1 day late');
    expect(row.querySelector('.what-if [aria-current="step"]')!.textContent).toContain('then');
    expect(within(row).getByRole('button', { name: 'Sources' })).toBeTruthy();
    expect(row.querySelector('.what-if .not-a-promise')!.textContent).toContain('not a promise');
  });

  it('the Chinese what-if names the legal stage once (no “阶段阶段”)', () => {
    const row = render('2026-05-13', 'huabei', 'zh_CN');
    fireEvent.input(within(row).getByRole('slider'), { target: { value: '300' } });
    expect(row.textContent).toContain('通常处于“起诉风险”阶段');
    expect(row.textContent).not.toContain('阶段阶段');
  });
});

describe('quick actions', () => {
  const one = data({
    debts: [debt({ id: 'd1', name: 'Huabei', kind: 'huabei', amount: 123_456, recurrence: { type: 'once', dueDate: day('2026-05-05') } })],
  });

  function openRow() {
    renderPopup(one);
    fireEvent.click(within(rowOf('Huabei')).getAllByRole('button')[0]!);
  }

  it('marks the whole remaining amount paid today and offers undo', async () => {
    const sent = fakeBackground();
    openRow();
    fireEvent.click(screen.getByRole('button', { name: 'Mark paid (CN¥1,234.56)' }));
    await screen.findByText('Recorded CN¥1,234.56 paid on Huabei.');
    expect(sent[0]).toMatchObject({
      name: 'recordPayment',
      input: { target: { type: 'debt', id: 'd1' }, date: '2026-05-10', amount: 123_456 },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(sent[1]).toMatchObject({ name: 'undoPayment', input: { id: 'pay-1' } }));
  });

  it('records a part payment typed as money, refusing what is not an amount', async () => {
    const sent = fakeBackground();
    openRow();
    fireEvent.click(screen.getByRole('button', { name: 'Other amount or date…' }));
    const field = screen.getByLabelText('Amount paid (CNY)');
    fireEvent.input(field, { target: { value: '12.345' } });
    fireEvent.submit(field.closest('form')!);
    expect(screen.getByText('Use at most two decimals (fen).')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(field, { target: { value: '¥500' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.input).toMatchObject({ amount: 50_000, date: TODAY });
  });

  it('records a payment made on an earlier day, starting from what is left, and refuses a day after today', async () => {
    const sent = fakeBackground();
    openRow();
    fireEvent.click(screen.getByRole('button', { name: 'Other amount or date…' }));
    expect((screen.getByLabelText('Amount paid (CNY)') as HTMLInputElement).value).not.toBe('');
    const date = screen.getByLabelText('Paid on') as HTMLInputElement;
    expect(date.value).toBe(TODAY);
    fireEvent.input(date, { target: { value: '2026-05-11' } });
    fireEvent.submit(date.closest('form')!);
    expect(screen.getByText('A payment cannot be recorded for a day after today.')).toBeTruthy();
    expect(date.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(date, { target: { value: '2026-05-08' } });
    fireEvent.submit(date.closest('form')!);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.input).toMatchObject({ date: '2026-05-08' });
  });

  it('snoozes until tomorrow at the reminder time', async () => {
    const sent = fakeBackground(() => ({ ok: true, value: null }));
    openRow();
    fireEvent.click(screen.getByRole('button', { name: 'Remind me tomorrow' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      name: 'snooze',
      input: { installmentKey: 'debt:d1:2026-05-05', until: new Date(2026, 4, 11, 9, 0).getTime() },
    });
  });

  it('shows why a command failed', async () => {
    fakeBackground(() => ({ ok: false, error: { code: 'invalid', message: 'x', issues: ['amount: must be more than zero'] } }));
    openRow();
    fireEvent.click(screen.getByRole('button', { name: 'Mark paid (CN¥1,234.56)' }));
    expect(await screen.findByText('That was not saved: some values are not valid.')).toBeTruthy();
    expect(screen.getByText('amount: must be more than zero')).toBeTruthy();
  });
});

describe('opened from a notification', () => {
  it('opens and focuses the ?focus= item', () => {
    const d = data({
      debts: [
        debt({ id: 'a', name: 'First', recurrence: { type: 'once', dueDate: day('2026-05-05') } }),
        debt({ id: 'b', name: 'Second', recurrence: { type: 'once', dueDate: day('2026-05-12') } }),
      ],
    });
    renderPopup(d, { focusKey: 'debt:b:2026-05-12' });
    const toggle = within(rowOf('Second')).getAllByRole('button')[0]!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(toggle);
    expect(within(rowOf('First')).getAllByRole('button')[0]!.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('text', () => {
  /** A message key left on screen (a missing translation) looks like `stage_calls_title`. */
  const RAW_KEY = /\b(?:stage|channel|rule|help|source|domain|popup|ui|kind|money_error)_[a-z0-9_]+\b/i;

  it.each(['en', 'zh_CN'] as const)('every panel of every stage is fully translated in %s', (lang) => {
    const debts = [5, 20, 70, 100, 200].map((days, i) =>
      debt({
        id: `d${i}`,
        name: `Debt ${i}`,
        kind: i % 2 ? 'credit-card' : 'huabei',
        amount: 6_000_000,
        recurrence: { type: 'once', dueDate: day(new Date(Date.UTC(2026, 4, 10 - days)).toISOString().slice(0, 10)) },
      }),
    );
    const upcoming = debt({ id: 'up', name: 'Upcoming', recurrence: { type: 'once', dueDate: day('2026-05-20') } });
    const plans = [plan({ id: 'p1', name: 'Plan' })];
    renderPopup(data({ debts: [...debts, upcoming], plans }), { lang });
    // Rows open one at a time: open each with everything inside it, and read it.
    const seen: string[] = [document.body.textContent!];
    for (const li of document.querySelectorAll('li.row')) {
      fireEvent.click(li.querySelector('button')!);
      for (const button of li.querySelectorAll('.disclosure-body .disclosure-toggle')) fireEvent.click(button);
      const slider = li.querySelector('input[type="range"]');
      if (slider) fireEvent.input(slider, { target: { value: '200' } });
      seen.push(li.textContent!);
    }
    expect(seen.filter((text) => text.includes('12378'))).toHaveLength(document.querySelectorAll('li[data-stage]').length);
    expect(seen.join('\n')).not.toMatch(RAW_KEY);
  });

  it.each(['en', 'zh_CN'] as const)('the first-run view is fully translated in %s', (lang) => {
    renderPopup(data(), { lang });
    expect(document.body.textContent).not.toMatch(RAW_KEY);
  });
});

describe('records set aside', () => {
  it('says how many stored records could not be read and where to review them', () => {
    const d = data({ debts: [debt({ recurrence: { type: 'once', dueDate: day('2026-05-20') } })] });
    const quarantine = [{ key: 'dueguard.data', record: { id: 'x' }, reason: 'amount: must be more than zero', at: 0 }];
    renderWithLocale(<Popup snapshot={{ ...snapshot(d), quarantine }} today={TODAY} focusKey={null} />);
    expect(screen.getByRole('note').textContent).toContain('1 stored record(s) could not be read');
    expect(screen.getByRole('link', { name: 'Review them' }).getAttribute('href')).toBe('options.html#data');
  });
});

describe('one row per debt', () => {
  // A monthly Huabei bill of ¥1,000.00 unpaid since Feb 10: Feb, Mar, Apr overdue (89, 61, 30 days), May 10 due today.
  const monthly = data({
    debts: [
      debt({
        id: 'hb',
        name: 'Huabei',
        kind: 'huabei',
        amount: 100_000,
        dailyRatePpm: 500,
        recurrence: { type: 'monthly', firstDue: day('2026-02-10'), count: 6 },
      }),
    ],
  });

  it('shows the overdue payments of a debt as one row with their total and the oldest stage', () => {
    renderPopup(monthly);
    const row = within(screen.getByRole('region', { name: 'Overdue' }))
      .getByText('Huabei')
      .closest('li')!;
    expect(row.getAttribute('data-stage')).toBe('contacts');
    expect(row.textContent).toContain('3 payments overdue');
    expect(row.textContent).toContain('89 days overdue');
    expect(row.textContent).toContain('CN¥3,000.00');
    expect(screen.getByRole('region', { name: 'Overdue' }).querySelectorAll('li.row')).toHaveLength(1);
    // The summary counts payments, and says so: one row, three payments.
    expect(screen.getByText('3 payments overdue:').textContent).toContain('CN¥3,000.00');
    expect(screen.getByText(/^\s*·\s*1 payment within a week$/)).toBeTruthy();
  });

  it('with something overdue, links to What to pay first on the options page', () => {
    renderPopup(monthly);
    expect(screen.getByRole('link', { name: "Can't pay everything? What to pay first" }).getAttribute('href')).toBe('options.html#triage');
  });

  it('adds up the cost of each overdue payment, each late by its own days', () => {
    renderPopup(monthly);
    fireEvent.click(
      within(
        within(screen.getByRole('region', { name: 'Overdue' }))
          .getByText('Huabei')
          .closest('li')!,
      ).getAllByRole('button')[0]!,
    );
    // 0.05 % a day of ¥1,000.00 is ¥0.50: (89 + 61 + 30) days × ¥0.50 = ¥90.00, and ¥1.50 a day for three.
    expect(screen.getByText('About CN¥90.00 so far, and about CN¥1.50 more each day.')).toBeTruthy();
  });

  it('marks them all paid at once and snoozes each', async () => {
    const sent = fakeBackground((m) => ({ ok: true, value: m.name === 'recordPayment' ? { id: 'p' } : null }));
    renderPopup(monthly);
    const row = within(screen.getByRole('region', { name: 'Overdue' }))
      .getByText('Huabei')
      .closest('li')!;
    fireEvent.click(within(row).getAllByRole('button')[0]!);
    fireEvent.click(within(row).getByRole('button', { name: 'Mark paid (CN¥3,000.00)' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.input).toMatchObject({ amount: 300_000 });
    fireEvent.click(within(row).getByRole('button', { name: 'Remind me tomorrow' }));
    await waitFor(() => expect(sent).toHaveLength(4));
    expect(sent.slice(1).map((m) => (m.input as { installmentKey: string }).installmentKey)).toEqual([
      'debt:hb:2026-02-10',
      'debt:hb:2026-03-10',
      'debt:hb:2026-04-10',
    ]);
  });

  it('opens the row that holds the ?focus= installment', () => {
    renderPopup(monthly, { focusKey: 'debt:hb:2026-03-10' });
    const row = within(screen.getByRole('region', { name: 'Overdue' }))
      .getByText('Huabei')
      .closest('li')!;
    expect(within(row).getAllByRole('button')[0]!.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('a long "Later" list', () => {
  const later = data({
    debts: Array.from({ length: 7 }, (_, i) =>
      debt({ id: `d${i}`, name: `Far ${i}`, recurrence: { type: 'once', dueDate: day(`2026-06-${String(10 + i)}`) } }),
    ),
  });

  it('shows the soonest five and the rest on request', () => {
    renderPopup(later);
    const section = screen.getByRole('region', { name: 'Later' });
    expect(section.querySelectorAll('li.row')).toHaveLength(5);
    fireEvent.click(within(section).getByRole('button', { name: 'Show all 7' }));
    expect(section.querySelectorAll('li.row')).toHaveLength(7);
  });

  it('shows all when the ?focus= item is among the rest', () => {
    renderPopup(later, { focusKey: 'debt:d6:2026-06-16' });
    expect(screen.getByRole('region', { name: 'Later' }).querySelectorAll('li.row')).toHaveLength(7);
  });
});
