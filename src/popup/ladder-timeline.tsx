import type { TimelineEntry } from '../domain/delay';
import type { Day } from '../domain/model';
import { stageTitle } from '../text/stages';
import { formatDay } from '../text/days';
import { useLocale } from '../ui/locale';

/**
 * The collection ladder on this debt's own calendar, as an ordered list: each stage with the day it
 * begins, stages passed dimmed, the current one highlighted and marked `aria-current="step"`.
 */
export function LadderTimeline({ timeline, label, today }: { timeline: TimelineEntry[]; label: string; today: Day }) {
  const { t, tag } = useLocale();
  return (
    <ol class="ladder" aria-label={label}>
      {timeline.map(({ stage, startsOn, position }) => (
        <li
          key={stage.id}
          class={`ladder-step ladder-${position}`}
          data-step={stage.id}
          aria-current={position === 'current' ? 'step' : undefined}
        >
          <span class="ladder-dot" aria-hidden="true" />
          <span class="ladder-title">{stageTitle(t, stage.id)}</span>
          <span class="ladder-date">
            {position === 'current' ? (
              <strong>{t('popup_ladder_now')}</strong>
            ) : (
              t('popup_ladder_from', { date: formatDay(startsOn, tag, { today }) })
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
