import type { Day } from '../domain/model';
import { formatRelativeDays } from './format';
import { useI18n } from './i18n';

/** "in 3 days" / "逾期 5 天" for a due day, as a `<time>` so assistive tech gets the date itself. */
export function RelativeDay({ due, daysUntilDue }: { due: Day; daysUntilDue: number }) {
  const i18n = useI18n();
  const tone = daysUntilDue < 0 ? 'overdue' : daysUntilDue <= 1 ? 'soon' : 'later';
  return (
    <time class={`relative-day relative-day-${tone}`} dateTime={due}>
      {formatRelativeDays(daysUntilDue, i18n)}
    </time>
  );
}
