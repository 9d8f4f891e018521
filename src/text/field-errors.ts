/** The words of a field's problem (src/domain/fields.ts), the same in every form and in a refused import. */
import type { FieldProblem } from '../domain/fields';
import { messageKey } from './message-key';
import type { Translate } from './translate';

/** Its message key: parseMoney's reasons keep their own (`money_error_*`), the others are `field_error_*`. */
export function fieldErrorKey(reason: FieldProblem['reason']): string {
  return reason.startsWith('money-') ? messageKey('money_error', reason.slice('money-'.length)) : messageKey('field_error', reason);
}

export function fieldErrorText(t: Translate, { reason, params }: FieldProblem): string {
  return t(fieldErrorKey(reason), params);
}
