import type { TimelineEntry } from '../domain/delay';
import type { Day } from '../domain/model';
import { stageTitle } from '../text/stages';
import { formatDay } from '../text/days';
import { useLocale } from '../ui/locale';

/**
 * The collection ladder on this debt's own calendar, as an ordered list: each stage with the day it
 * typically begins, stages passed dimmed, the current one highlighted, marked `aria-current="step"`
 * and labelled `current` ("now" in the explainer, "then" in the what-if, which looks at a later day).
 */
export function LadderTimeline({
  timeline,
  label,
  today,
  current,
}: {
  timeline: TimelineEntry[];
  label: string;
  today: Day;
  current: string;
}) {
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
              <strong>{current}</strong>
            ) : stage.noFixedStart ? (
              t('popup_ladder_no_fixed_day')
            ) : (
              t('popup_ladder_from', { date: formatDay(startsOn, tag, { today }) })
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
