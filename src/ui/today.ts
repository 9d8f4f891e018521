import { useEffect, useState } from 'preact/hooks';
import { nextLocalMidnight, toDay } from '../domain/day';
import type { Day } from '../domain/model';

/** Today's local day, moving on at midnight while the page stays open (the options page may). */
export function useToday(): Day {
  const [today, setToday] = useState(() => toDay(new Date()));
  useEffect(() => {
    const timer = setTimeout(() => setToday(toDay(new Date())), nextLocalMidnight(Date.now()) - Date.now());
    return () => clearTimeout(timer);
  }, [today]);
  return today;
}
