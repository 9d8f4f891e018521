/** The words of a collection stage (`stage_<id>_title`, `stage_<id>_what` in the locales). */
import { messageKey } from './message-key';
import type { Translate } from './translate';

/** "Phone calls" / "电话催收": the stage's short name. */
export function stageTitle(t: Translate, stageId: string): string {
  return t(`${messageKey('stage', stageId)}_title`);
}

/** What happens in the stage, in a sentence or two. */
export function stageWhat(t: Translate, stageId: string): string {
  return t(`${messageKey('stage', stageId)}_what`);
}
