/** The words of a collection stage (`stage_<id>_title`, `stage_<id>_what` in the locales). */
import type { PlanFacts } from '../domain/delay';
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

/** What can be said about a right to a plan, by kind (PlanFacts.right). */
const PLAN_RIGHT_KEYS = { 'card-rule': 'domain_plan_card', 'none-online': 'domain_plan_other', unknown: 'domain_plan_lender' } as const;

/** "Credit cards: the bank may agree a plan of up to 5 years…": what can be said about negotiating a plan for a kind. */
export function planRightText(t: Translate, plan: PlanFacts): string {
  return t(PLAN_RIGHT_KEYS[plan.right], { years: plan.maxYears ?? '' });
}
