// Reminder planning over 1k, 10k and 100k installments: ms, and µs per installment to show linear growth.
import { importTs } from './load-ts.mjs';

const SIZES = [1_000, 10_000, 100_000];
const TARGET_MS_100K = 100;
/** Linear means the cost per installment at 100k stays within this factor of the cost at 1k. */
const LINEAR_FACTOR = 2;

export async function measurePlanning() {
  const { makeStatuses, timePlanning } = await importTs('bench/planning.ts');
  const now = Date.now();
  const today = new Date(now).toLocaleDateString('sv');
  const perItem = [];
  const rows = SIZES.map((n) => {
    const { ms, reminders } = timePlanning(makeStatuses(n, today), now, n >= 100_000 ? 7 : 21);
    perItem.push((ms * 1000) / n);
    const target = n === 100_000 ? `≤ ${TARGET_MS_100K} ms` : '';
    return {
      figure: `planReminders, ${n.toLocaleString('en')} installments (median)`,
      value: `${ms.toFixed(1)} ms, ${perItem.at(-1).toFixed(2)} µs each (${reminders.toLocaleString('en')} reminders)`,
      target,
      met: target ? ms <= TARGET_MS_100K : null,
    };
  });
  const growth = perItem.at(-1) / perItem[0];
  rows.push({
    figure: 'planning cost per installment, 100k ÷ 1k',
    value: `${growth.toFixed(2)}×`,
    target: `≤ ${LINEAR_FACTOR}× (linear)`,
    met: growth <= LINEAR_FACTOR,
  });
  return rows;
}
