/**
 * The settings form without the DOM: the stored settings as editable values, and back, with each
 * field checked. Per-kind rate and grace are stored only where they differ from the kind's preset,
 * so a preset corrected in a later version still reaches users who never changed it.
 */
import { DEBT_KINDS, LEAD_DAY_CHOICES, type DebtKind, type Minor, type Paydays, type Settings } from '../../domain/model';
import { formatMoneyPlain } from '../../domain/money';
import { KIND_PRESETS, kindDefaults, leadsToPayBy } from '../../domain/presets';
import { formatPpmPercent } from '../../domain/rate';
import {
  optional,
  parseAmount,
  parseCurrencyCode,
  parseDayOfMonth,
  parseDailyRate,
  parseGraceDays,
  problem,
  collect,
  type FieldProblem,
  type FieldProblems,
  type FieldsResult,
} from '../../domain/fields';

export interface KindValues {
  /** % per day; empty = unknown (ask the lender). */
  rate: string;
  grace: string;
  /** Lead reminders count to the pay-by day. */
  leadToPayBy: boolean;
}

export interface SettingsValues {
  leadDays: number[];
  reminderTime: string;
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
  dailyOverdue: boolean;
  language: Settings['language'];
  theme: Settings['theme'];
  currency: string;
  kinds: Record<DebtKind, KindValues>;
  paydayType: Paydays['type'];
  /** The payday (monthly), or the first of two. */
  paydayFirst: string;
  paydaySecond: string;
  /** What is usually available for debts each payday; empty = not said. */
  available: string;
}

/** Field names: the plain ones, and `rate.<kind>` / `grace.<kind>` for the per-kind table. */
export type SettingsField = Exclude<keyof SettingsValues, 'kinds'> | `rate.${DebtKind}` | `grace.${DebtKind}`;

export function settingsValues(settings: Settings): SettingsValues {
  const kinds = Object.fromEntries(
    DEBT_KINDS.map((kind) => {
      const d = kindDefaults(settings, kind);
      return [
        kind,
        {
          rate: d.dailyRatePpm === null ? '' : formatPpmPercent(d.dailyRatePpm),
          grace: String(d.graceDays),
          leadToPayBy: leadsToPayBy(settings, kind),
        },
      ];
    }),
  ) as Record<DebtKind, KindValues>;
  return {
    leadDays: [...settings.leadDays],
    reminderTime: settings.reminderTime,
    quietEnabled: settings.quietHours.enabled,
    quietStart: settings.quietHours.start,
    quietEnd: settings.quietHours.end,
    dailyOverdue: settings.dailyOverdue,
    language: settings.language,
    theme: settings.theme,
    currency: settings.currency,
    kinds,
    ...paydayValues(settings),
  };
}

function paydayValues({ paydays, availablePerPayday }: Settings) {
  const [first, second] = paydays.type === 'none' ? [] : paydays.type === 'monthly' ? [paydays.day] : paydays.days;
  return {
    paydayType: paydays.type,
    paydayFirst: first === undefined ? '' : String(first),
    paydaySecond: second === undefined ? '' : String(second),
    available: availablePerPayday === null ? '' : formatMoneyPlain(availablePerPayday),
  };
}

/**
 * The payday fields of the chosen kind, checked (the others are kept as typed, unchecked): a day of
 * the month 1-31 each, and two different days for twice a month.
 */
function checkPaydays({ paydayType, paydayFirst, paydaySecond }: SettingsValues) {
  if (paydayType === 'none') return { paydayFirst: null, paydaySecond: null };
  const first = parseDayOfMonth(paydayFirst);
  if (paydayType === 'monthly') return { paydayFirst: first, paydaySecond: null };
  const second = parseDayOfMonth(paydaySecond);
  return {
    paydayFirst: first,
    paydaySecond: typeof second === 'number' && second === first ? problem('paydays-same', { day: second }) : second,
  };
}

/** Checked days as stored: two paydays in ascending order. */
function paydaysOf(type: Paydays['type'], first: number | null, second: number | null): Paydays {
  if (type === 'none' || first === null) return { type: 'none' };
  if (type === 'monthly' || second === null) return { type: 'monthly', day: first };
  return { type: 'twice', days: first < second ? [first, second] : [second, first] };
}

/** What is available each payday: empty = not said; zero is refused (an empty field says "not known"). */
function checkAvailable(text: string): Minor | null | FieldProblem {
  const amount = optional(text, (t) => parseAmount(t, { positive: false }));
  return amount === 0 ? problem('available-zero') : amount;
}

const checkTime = (text: string): string | FieldProblem => (/^([01]\d|2[0-3]):[0-5]\d$/.test(text) ? text : problem('time-invalid'));

const orDefault = (text: string, fallback: string): string => (typeof checkTime(text) === 'string' ? text : fallback);

/** What the form edits: every setting but the loaded holiday arrangements, which are loaded and removed on their own. */
export type FormSettings = Omit<Settings, 'workCalendarYears'>;

/** The settings the values describe, or each invalid field's error. */
export function validateSettings(values: SettingsValues): FieldsResult<SettingsField, FormSettings> {
  const perKind: Record<string, unknown> = {};
  for (const kind of DEBT_KINDS) {
    const { rate, grace } = values.kinds[kind];
    perKind[`rate.${kind}`] = rate.trim() === '' ? null : parseDailyRate(rate);
    perKind[`grace.${kind}`] = parseGraceDays(grace || '0');
  }
  const checked = collect({
    leadDays: values.leadDays.filter((d) => (LEAD_DAY_CHOICES as readonly number[]).includes(d)).sort((a, b) => b - a),
    reminderTime: checkTime(values.reminderTime),
    quietEnabled: values.quietEnabled,
    // Disabled quiet hours keep their times, or the usual ones when the field was left unusable.
    quietStart: values.quietEnabled ? checkTime(values.quietStart) : orDefault(values.quietStart, '22:00'),
    quietEnd: values.quietEnabled ? checkTime(values.quietEnd) : orDefault(values.quietEnd, '08:00'),
    dailyOverdue: values.dailyOverdue,
    language: values.language,
    theme: values.theme,
    currency: parseCurrencyCode(values.currency),
    ...perKind,
    ...checkPaydays(values),
    available: checkAvailable(values.available),
  });
  if (!checked.ok) return { ok: false, errors: checked.errors as FieldProblems<SettingsField> };
  const c = checked.value as Record<string, unknown>;
  const kindDefaultsOut: Settings['kindDefaults'] = {};
  for (const kind of DEBT_KINDS) {
    const own = { dailyRatePpm: c[`rate.${kind}`] as number | null, graceDays: c[`grace.${kind}`] as number };
    const preset = KIND_PRESETS[kind];
    const leadToPayBy = values.kinds[kind].leadToPayBy;
    const ownPayBy = leadToPayBy !== (preset.paidBy === 'transfer');
    if (own.dailyRatePpm !== preset.dailyRatePpm || own.graceDays !== preset.graceDays || ownPayBy)
      kindDefaultsOut[kind] = ownPayBy ? { ...own, leadToPayBy } : own;
  }
  return {
    ok: true,
    value: {
      leadDays: c.leadDays as Settings['leadDays'],
      reminderTime: c.reminderTime as string,
      quietHours: { enabled: values.quietEnabled, start: c.quietStart as string, end: c.quietEnd as string },
      dailyOverdue: values.dailyOverdue,
      language: values.language,
      theme: values.theme,
      currency: c.currency as string,
      kindDefaults: kindDefaultsOut,
      paydays: paydaysOf(values.paydayType, c.paydayFirst as number | null, c.paydaySecond as number | null),
      availablePerPayday: c.available as Minor | null,
    },
  };
}
