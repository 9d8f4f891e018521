/**
 * Long lists render what is on screen first: the first `FIRST_ROWS` rows with the page's first render,
 * the rest once that render is painted (options with 1000 debts was 7× an empty page, most of it rows
 * below the fold).
 */
import { useEffect, useState } from 'preact/hooks';

/** More than a tall window shows of the options page's tables. */
export const FIRST_ROWS = 40;

/** How many of `count` rows to render now: FIRST_ROWS at first, all of them after the first paint. */
export function useFirstRows(count: number): number {
  const [all, setAll] = useState(count <= FIRST_ROWS);
  useEffect(() => {
    if (all) return;
    // After the paint: a timer set from an effect runs once the browser has drawn the first rows.
    const timer = setTimeout(() => setAll(true), 0);
    return () => clearTimeout(timer);
  }, [all]);
  return all ? count : FIRST_ROWS;
}
