// The CSV reader and the debt form check against the same LIMITS: what one accepts, the other does
// too, and one past the limit is refused by both (each in its own words).
import { describe, expect, it } from 'vitest';
import { LIMITS, type Day } from '../../src/domain/model';
import { parseDebtsCsv } from '../../src/io/csv';
import { debtFormValues, validateDebtForm } from '../../src/ui/forms/debt-form-model';

const TODAY = '2026-03-01' as Day;
type Field = { csv: 'name' | 'note' | 'grace_days' | 'months'; form: 'name' | 'note' | 'graceDays' | 'months' };

/** One monthly huabei debt with `value` in the field, read both ways: did each accept it? */
function accepted({ csv, form }: Field, value: string): { csv: boolean; form: boolean } {
  const row: Record<string, string> = {
    name: 'Huabei',
    kind: 'huabei',
    amount: '100',
    due_date: '2026-03-09',
    months: '3',
    note: '',
    grace_days: '',
  };
  row[csv] = value;
  const header = Object.keys(row);
  const csvLine = header.map((k) => `"${row[k]}"`).join(',');
  const values = {
    ...debtFormValues(undefined, 'CNY'),
    billing: 'bill' as const,
    name: 'Huabei',
    amount: '100',
    due: '2026-03-09',
    schedule: 'monthly' as const,
    months: '3',
  };
  return {
    csv: parseDebtsCsv(`${header.join(',')}\n${csvLine}`, TODAY).ok,
    form: validateDebtForm({ ...values, [form]: value }, TODAY).ok,
  };
}

describe('one set of limits for the CSV and the form', () => {
  it.each<[string, Field, string, string]>([
    ['name length', { csv: 'name', form: 'name' }, 'n'.repeat(LIMITS.nameLength), 'n'.repeat(LIMITS.nameLength + 1)],
    ['note length', { csv: 'note', form: 'note' }, 'x'.repeat(LIMITS.noteLength), 'x'.repeat(LIMITS.noteLength + 1)],
    ['grace days', { csv: 'grace_days', form: 'graceDays' }, String(LIMITS.graceDays), String(LIMITS.graceDays + 1)],
    ['monthly count', { csv: 'months', form: 'months' }, String(LIMITS.monthlyCount), String(LIMITS.monthlyCount + 1)],
  ])('%s: the limit is accepted by both, one past it refused by both', (_name, field, atLimit, past) => {
    expect(accepted(field, atLimit)).toEqual({ csv: true, form: true });
    expect(accepted(field, past)).toEqual({ csv: false, form: false });
  });
});
