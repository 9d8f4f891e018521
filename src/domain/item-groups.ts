/**
 * The popup lists one row per debt or plan in each section: a monthly bill missed three times is one
 * overdue row ("3 payments overdue") rather than three, which keeps the list readable and short.
 */
import { compareDays } from './day';
import type { Minor } from './model';
import { groupByTarget, type OpenItem } from './open-installments';

/** The open items of one debt or plan within one section, oldest first. */
export interface ItemGroup {
  /** `debt:<id>` or `plan:<id>`. */
  key: string;
  /** The oldest item: its due date, days and stage stand for the group. */
  lead: OpenItem;
  items: OpenItem[];
  /** Left to pay over all the items. */
  remaining: Minor;
  /** Paid so far on the items. */
  paid: Minor;
}

/**
 * Groups a section's items by their debt or plan, keeping the section's order (a group sits where its
 * first item was). Items within a group are sorted oldest due date first.
 * @example groupItems([a1, b1, a2]).map((g) => g.key) // ['debt:a', 'debt:b']
 */
export function groupItems(items: readonly OpenItem[]): ItemGroup[] {
  return [...groupByTarget(items)].map(([key, members]) => {
    const sorted = members.sort((a, b) => compareDays(a.status.due, b.status.due));
    return {
      key,
      lead: sorted[0]!,
      items: sorted,
      remaining: sorted.reduce((sum, item) => sum + item.status.remaining, 0),
      paid: sorted.reduce((sum, item) => sum + item.status.paid, 0),
    };
  });
}
