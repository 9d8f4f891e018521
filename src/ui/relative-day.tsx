import type { Day } from '../domain/model';
import { formatRelativeDays } from '../text/days';
import { useLocale } from './locale';

/** "in 3 days" / "逾期 5 天" for a due day, as a `<time>` so assistive tech gets the date itself. */
export function RelativeDay({ due, daysUntilDue }: { due: Day; daysUntilDue: number }) {
  const locale = useLocale();
  const tone = daysUntilDue < 0 ? 'overdue' : daysUntilDue <= 1 ? 'soon' : 'later';
  return (
    <time class={`relative-day relative-day-${tone}`} dateTime={due}>
      {formatRelativeDays(daysUntilDue, locale)}
    </time>
  );
}
