import type { TimelineEntry } from '../domain/delay';
import { messageKey } from '../domain/message-key';
import type { Day } from '../domain/model';
import { formatDay } from '../ui/format';
import { useI18n } from '../ui/i18n';

/**
 * The collection ladder on this debt's own calendar, as an ordered list: each stage with the day it
 * begins, stages passed dimmed, the current one highlighted and marked `aria-current="step"`.
 */
export function LadderTimeline({ timeline, label, today }: { timeline: TimelineEntry[]; label: string; today: Day }) {
  const { t, tag } = useI18n();
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
          <span class="ladder-title">{t(`${messageKey('stage', stage.id)}_title`)}</span>
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
