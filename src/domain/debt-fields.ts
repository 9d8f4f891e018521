/**
 * A debt from the texts of its fields, the one reader behind the debt form and each CSV row: the same
 * parsers, limits and problems for both.
 */
import type { DebtInput } from './commands';
import type { DebtKind } from './model';
import { LIMITS } from './model';
import {
  collect,
  optional,
  parseAmount,
  parseCurrencyCode,
  parseDailyRate,
  parseDate,
  parseGraceDays,
  parseKindField,
  parseMonths,
  parseName,
  parseText,
  type FieldsResult,
} from './fields';

/** A debt's fields as typed or imported; empty optional fields take the kind's defaults. */
export interface DebtTexts {
  name: string;
  kind: string;
  amount: string;
  currency: string;
  /** Monthly from `due`, else once on `due`. */
  monthly: boolean;
  due: string;
  /** Number of monthly payments; empty = open-ended. */
  months: string;
  graceDays: string;
  /** Daily penalty in % per day. */
  rate: string;
  note: string;
}

export type DebtTextField = Exclude<keyof DebtTexts, 'monthly'>;

/**
 * The debt the texts describe, or each bad field's problem. `kindAlias` reads the names a kind goes by
 * (the importer's Chinese and English names); ids are always read.
 * @example readDebtFields({ ...texts, amount: '1,23' }) // { ok: false, errors: { amount: { reason: 'money-misplaced-comma', … } } }
 */
export function readDebtFields(texts: DebtTexts, kindAlias?: (text: string) => DebtKind | null): FieldsResult<DebtTextField, DebtInput> {
  const checked = collect({
    name: parseName(texts.name),
    kind: parseKindField(texts.kind, kindAlias),
    amount: parseAmount(texts.amount, { positive: true }),
    currency: parseCurrencyCode(texts.currency),
    due: parseDate(texts.due),
    months: texts.monthly ? optional(texts.months, parseMonths) : null,
    graceDays: optional(texts.graceDays, parseGraceDays),
    rate: optional(texts.rate, parseDailyRate),
    note: parseText(texts.note, LIMITS.noteLength),
  });
  if (!checked.ok) return checked;
  const c = checked.value;
  return {
    ok: true,
    value: {
      name: c.name,
      kind: c.kind,
      currency: c.currency,
      amount: c.amount,
      recurrence: texts.monthly
        ? { type: 'monthly', firstDue: c.due, ...(c.months !== null ? { count: c.months } : {}) }
        : { type: 'once', dueDate: c.due },
      note: c.note,
      ...(c.graceDays !== null ? { graceDays: c.graceDays } : {}),
      ...(c.rate !== null ? { dailyRatePpm: c.rate } : {}),
    },
  };
}
