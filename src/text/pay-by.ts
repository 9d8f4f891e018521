/** Why a due date has a pay-by day, in words: the popup's row and the calendar say it the same way. */
import type { PayByReason } from '../domain/work-calendar';
import type { Locale } from './locale';

/**
 * "National Day holiday, transfers and autopay may land late" / "国庆节假期，银行转账和自动还款可能延后到账".
 * @example payByReasonText({ type: 'weekend' }, locale) // 'a weekend, transfers and autopay may land late'
 */
export function payByReasonText(reason: PayByReason, { t, tag }: Pick<Locale, 't' | 'tag'>): string {
  if (reason.type === 'holiday')
    return t('popup_pay_by_holiday', { holiday: tag.startsWith('zh') ? reason.holiday.zh : reason.holiday.en });
  return reason.type === 'weekend' ? t('popup_pay_by_weekend') : t('popup_pay_by_uncovered', { year: reason.year });
}
