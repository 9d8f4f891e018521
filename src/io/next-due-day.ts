import { parseDay } from '../domain/day';
import type { Day } from '../domain/model';

/** The first day on or after `today` that is day `dueDay` of its month (months without that day are skipped). */
export function nextDueDay(today: Day, dueDay: number): Day {
  const [y, m] = today.split('-').map(Number) as [number, number];
  for (let i = 0; ; i++) {
    const month = m - 1 + i;
    const day = parseDay(`${y + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(dueDay).padStart(2, '0')}`);
    if (day && day >= today) return day;
  }
}
