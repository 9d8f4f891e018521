/**
 * #triage, "What to pay first": the money there is now (and by the next payday), and the order to pay
 * the open payments in so that the least harm follows (src/domain/triage.ts), each with why and its
 * sources, what stays unpaid and what it triggers, against paying in due-date order, and, where the
 * money does not reach, how to negotiate yourself. A calculation: it sends no command and writes nothing.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Day, Minor } from '../../domain/model';
import { formatMoney, formatMoneyPlain } from '../../domain/money';
import { nextPayday } from '../../domain/paydays';
import { workCalendar } from '../../domain/year-file';
import { getOpenInstallments } from '../../domain/open-installments';
import {
  readTriageFields,
  triage,
  type Triage,
  type TriageAllocation,
  type TriageEvent,
  type TriageHarm,
  type TriageLeftover,
  type TriageTexts,
} from '../../domain/triage';
import { Disclosure } from '../../ui/disclosure';
import { Field } from '../../ui/forms/field';
import { FormFooter } from '../../ui/forms/form-parts';
import { useForm } from '../../ui/forms/use-form';
import { Cite, Claim, SourceList } from '../../ui/source-list';
import type { Snapshot } from '../../ui/store';
import { useToday } from '../../ui/today';
import { useLocale } from '../../ui/locale';
import { formatDay } from '../../text/days';
import { planRightText, stageTitle } from '../../text/stages';
import { tCount, type Translate } from '../../text/translate';
import { PageHeader } from '../page-header';

/** What was last asked: the form's values once valid (a refused form keeps the last result). */
interface Asked {
  now: Minor;
  byPayday: Minor | null;
  payday: Day | null;
}

type Words = { t: Translate; tag: string; today: Day; money: (minor: Minor) => string };

export function TriageSection({ snapshot }: { snapshot: Snapshot }) {
  const { t, tag } = useLocale();
  const today = useToday();
  const [asked, setAsked] = useState<Asked | null>(null);
  const { currency, paydays, availablePerPayday } = snapshot.settings;
  const calendar = workCalendar(snapshot.settings.workCalendarYears);
  // Worked out again when the data, the day or the question changes, not on each keystroke.
  const items = useMemo(
    () => getOpenInstallments(snapshot.data, snapshot.settings, today).items,
    [snapshot.data, snapshot.settings, today],
  );
  const run = (a: Asked) => triage({ items, today, currency, now: a.now, byPayday: a.byPayday ?? 0, payday: a.payday, calendar });
  const form = useForm<TriageTexts, keyof TriageTexts, Asked>(
    // The payday settings, when given, fill in the next payday and what it usually brings.
    () => ({
      now: '',
      byPayday: availablePerPayday === null ? '' : formatMoneyPlain(availablePerPayday),
      payday: nextPayday(paydays, today) ?? '',
    }),
    (values) => readTriageFields(values, today),
    (value) => setAsked(value),
  );
  const words: Words = { t, tag, today, money: (minor) => formatMoney(minor, currency, tag) };
  const open = useMemo(() => run({ now: 0, byPayday: null, payday: null }), [items, today, currency]);
  const result = useMemo(() => asked && run(asked), [items, today, currency, asked]);

  return (
    <>
      <PageHeader title={t('options_nav_triage')} lead={t('options_triage_lead')} />
      <p class="triage-note" role="note">
        {t('options_triage_not_advice')}
      </p>
      {open.outcome === 'nothing-open' ? (
        <NothingOpen result={open} words={words} />
      ) : (
        <form ref={form.formRef} class="form panel triage-form" onSubmit={form.onSubmit} noValidate>
          <h2>{t('options_triage_form_title')}</h2>
          <div class="field-row">
            <Field name="now" label={t('options_triage_now')} hint={t('options_triage_now_hint')} error={form.shown.now} class="field-grow">
              {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" {...form.text('now')} />}
            </Field>
            <Field name="byPayday" label={t('options_triage_by_payday')} error={form.shown.byPayday} class="field-grow">
              {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" {...form.text('byPayday')} />}
            </Field>
            <Field name="payday" label={t('options_triage_payday')} error={form.shown.payday}>
              {(control) => (
                <input {...control} type="date" {...form.text('payday')} onChange={(e) => form.set('payday', e.currentTarget.value)} />
              )}
            </Field>
          </div>
          <FormFooter error={null} busy={false} submitLabel={t('options_triage_submit')} />
        </form>
      )}
      <div class="triage-result" aria-live="polite">
        {result && result.outcome !== 'nothing-open' && <TriageResult result={result} words={words} />}
      </div>
      <p class="not-a-promise">{t('domain_disclaimer')}</p>
    </>
  );
}

function NothingOpen({ result, words: { t, tag } }: { result: Extract<Triage, { outcome: 'nothing-open' }>; words: Words }) {
  return (
    <div class="empty-state" role="status">
      <p>{t('options_triage_nothing_open', { date: formatDay(result.until, tag, { long: true }) })}</p>
      {result.otherCurrency > 0 && <p>{tCount(t, 'options_triage_other_currency', result.otherCurrency)}</p>}
    </div>
  );
}

type Ordered = Exclude<Triage, { outcome: 'nothing-open' }>;

function TriageResult({ result, words }: { result: Ordered; words: Words }) {
  const { t, money } = words;
  const { allocations, leftovers, unallocated } = result;
  const paid = allocations.reduce((sum, a) => sum + a.amount, 0);
  const left = leftovers.reduce((sum, l) => sum + l.amount, 0);
  const phases = (['now', 'payday'] as const).map((phase) => allocations.filter((a) => a.phase === phase)).filter((list) => list.length);
  const cited = [
    ...allocations.flatMap((a) => [...a.facts, ...a.before.flatMap((e) => e.facts)]),
    ...leftovers.flatMap((l) => l.events.flatMap((e) => e.facts)),
    ...(result.negotiate ? [...result.negotiate.scam.facts, ...result.negotiate.lenders.flatMap((l) => l.plan.rightFacts)] : []),
  ];
  return (
    <section class="panel triage" aria-labelledby="triage-result-title" data-outcome={result.outcome}>
      <h2 id="triage-result-title">{t('options_triage_result_title')}</h2>
      <p role="status">
        {result.outcome === 'covers-nothing'
          ? t('options_triage_covers_nothing')
          : leftovers.length === 0
            ? tCount(t, 'options_triage_summary_all', allocations.length, {
                paid: money(paid),
                date: formatDay(result.until, words.tag, { long: true }),
              })
            : tCount(t, 'options_triage_summary', allocations.length, { paid: money(paid), left: money(left) })}
      </p>
      {result.outcome === 'covers-nothing' && result.negotiate && <Negotiate advice={result.negotiate} words={words} />}
      {phases.map((list) => (
        <div key={list[0]!.phase}>
          {allocations.some((a) => a.phase === 'payday') && (
            <h3>
              {list[0]!.phase === 'now'
                ? t('options_triage_phase_now')
                : t('options_triage_phase_payday', { date: formatDay(list[0]!.by, words.tag, { long: true }) })}
            </h3>
          )}
          <ol class="triage-list">
            {list.map((a) => (
              <AllocationRow key={`${a.item.status.key}:${a.part}`} allocation={a} words={words} />
            ))}
          </ol>
        </div>
      ))}
      {unallocated > 0 && <p>{t('options_triage_unallocated', { amount: money(unallocated) })}</p>}
      {result.otherCurrency > 0 && <p class="muted">{tCount(t, 'options_triage_other_currency', result.otherCurrency)}</p>}

      {leftovers.length > 0 && (
        <>
          <h3>{t('options_triage_left_title')}</h3>
          <ul class="triage-list">
            {leftovers.map((l) => (
              <LeftoverRow key={l.item.status.key} leftover={l} words={words} />
            ))}
          </ul>
        </>
      )}
      <Comparison result={result} words={words} />
      {result.outcome !== 'covers-nothing' && result.negotiate && <Negotiate advice={result.negotiate} words={words} />}
      <Disclosure summary={t('options_triage_sources')}>
        <SourceList ids={cited} />
      </Disclosure>
    </section>
  );
}

/** "Huabei (the minimum)", "Plan 3/12": the item and the part of it a line is. */
function lineName(t: Translate, line: { item: TriageAllocation['item']; part: TriageAllocation['part'] }): string {
  const { item } = line;
  const name = item.plan ? t('options_ics_plan_item', { name: item.name, n: item.status.seq, count: item.plan.count }) : item.name;
  if (line.part === 'whole') return name;
  return line.part === 'minimum' ? t('options_triage_part_minimum', { name }) : t('options_triage_part_rest', { name });
}

/** A day, or "today". */
const dayText = ({ t, tag, today }: Words, d: Day) => (d === today ? t('options_triage_today') : formatDay(d, tag, { long: true }));

/** What one event brings, in a clause: "the “Phone calls” stage begins", "credit-report status 1 → 2". */
function eventText(t: Translate, event: TriageEvent): string {
  switch (event.type) {
    case 'plan-break':
      return t('options_triage_event_plan_break');
    case 'stage':
      return t('options_triage_event_stage', { stage: stageTitle(t, event.stage) });
    case 'report':
      return event.code === 1 ? t('options_triage_event_late') : t('options_triage_event_report', { from: event.code - 1, to: event.code });
    case 'card-risk':
      return t('options_triage_event_card_risk');
  }
}

/** The events of one day in one sentence: "on June 4: it is late …; the “Reminders” stage begins". */
const eventsText = (t: Translate, events: readonly TriageEvent[]) => events.map((e) => eventText(t, e)).join(t('options_triage_and'));

function AllocationRow({ allocation: a, words }: { allocation: TriageAllocation; words: Words }) {
  const { t, money } = words;
  const minimumEstimated = a.part === 'minimum' && a.item.status.cycle?.minimumEstimated;
  const why = (() => {
    switch (a.rule) {
      case 'plan':
        return t('options_triage_why_plan', { amount: money(a.item.plan?.remaining ?? a.amount) });
      case 'minimum':
        return t('options_triage_why_minimum');
      case 'boundary':
        return t('options_triage_why_boundary', { date: dayText(words, a.avoids[0]!.day), what: eventsText(t, a.avoids) });
      case 'cost':
        return t('options_triage_why_cost', { amount: money(a.perDay ?? 0) });
      case 'cost-unknown':
        return t('options_triage_why_cost_unknown');
    }
  })();
  return (
    <li data-rule={a.rule} data-key={a.item.status.key}>
      <strong>{t('options_triage_pay', { amount: money(a.amount), name: lineName(t, a), date: dayText(words, a.by) })}</strong>
      {t('options_triage_because', { why })}
      <Cite ids={a.facts} />
      {minimumEstimated && <span class="muted"> {t('options_triage_minimum_estimated')}</span>}
      {a.before.length > 0 && (
        <p class="muted">
          {t('options_triage_before', {
            what: a.before.map((e) => `${dayText(words, e.day)}: ${eventText(t, e)}`).join(t('options_triage_and')),
          })}
        </p>
      )}
    </li>
  );
}

function LeftoverRow({ leftover: l, words }: { leftover: TriageLeftover; words: Words }) {
  const { t, money } = words;
  // One line per day: what that day brings.
  const days = [...new Set(l.events.map((e) => e.day))];
  return (
    <li data-key={l.item.status.key}>
      <strong>{t('options_triage_left_item', { name: lineName(t, { item: l.item, part: 'whole' }), amount: money(l.amount) })}</strong>{' '}
      {l.part === 'rest' && t('options_triage_left_rest')}{' '}
      {l.perDay === null ? t('options_triage_left_cost_unknown') : t('options_triage_left_cost', { amount: money(l.perDay) })}
      {days.length > 0 && (
        <ul>
          {days.map((d) => {
            const events = l.events.filter((e) => e.day === d);
            return (
              <li key={d}>
                {t(d <= words.today ? 'options_triage_since' : 'options_triage_on', {
                  date: dayText(words, d),
                  what: eventsText(t, events),
                })}
                <Cite ids={events.flatMap((e) => e.facts)} />
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

/** This order against paying in due-date order: a table with a header row and a header per measure. */
function Comparison({ result, words }: { result: Ordered; words: Words }) {
  const { t, tag, money } = words;
  const { triage: mine, dueOrder } = result.comparison;
  const rows: [string, (h: TriageHarm) => string][] = [
    [t('options_triage_cmp_plans'), (h) => String(h.plansAtRisk)],
    [t('options_triage_cmp_lines'), (h) => String(h.unpaidLines)],
    [t('options_triage_cmp_crossings', { date: formatDay(result.horizon, tag, { long: true }) }), (h) => String(h.crossings)],
    [t('options_triage_cmp_unpaid'), (h) => money(h.unpaid)],
    [
      t('options_triage_cmp_per_day'),
      (h) =>
        h.unknownRate > 0 ? tCount(t, 'options_triage_cmp_per_day_unknown', h.unknownRate, { amount: money(h.perDay) }) : money(h.perDay),
    ],
  ];
  return (
    // Focusable, so a keyboard can scroll the table where it is wider than the page.
    <div class="table-scroll" tabIndex={0} role="region" aria-label={t('options_triage_cmp_caption')}>
      <table class="table triage-compare">
        <caption>{t('options_triage_cmp_caption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col" class="num">
              {t('options_triage_cmp_this')}
            </th>
            <th scope="col" class="num">
              {t('options_triage_cmp_due')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td class="num">{value(mine)}</td>
              <td class="num">{value(dueOrder)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Ask each lender yourself for a plan (协商还款), and never pay an agent to do it. */
function Negotiate({ advice, words: { t } }: { advice: NonNullable<Ordered['negotiate']>; words: Words }) {
  return (
    <div class="triage-negotiate" data-negotiate>
      <h3>{t('options_triage_negotiate_title')}</h3>
      <p>{t('options_triage_negotiate')}</p>
      <ul>
        {advice.lenders.map((lender, i) => (
          <li key={i}>
            <strong>{lender.name}</strong>: {planRightText(t, lender.plan)}
            <Cite ids={lender.plan.rightFacts} />
          </li>
        ))}
      </ul>
      <Claim ids={['N4']}>{t('domain_plan_break')}</Claim>
      <div class="triage-warning" role="note" data-scam={advice.scam.id}>
        <Claim ids={advice.scam.facts}>{t('scam_paid_agents')}</Claim>
      </div>
    </div>
  );
}
