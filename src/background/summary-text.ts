/**
 * A summary notification's title and lines, from lines already worded: apart from texts.ts so the
 * worker's alarm path (alarm-wake.ts), which reads the lines from the derived record, loads no domain code.
 */
import { SUMMARY_LINES } from '../domain/notices';
import type { NotificationContent } from '../platform/notifications';
import type { Locale } from '../text/locale';

/** The summary of `count` reminders whose first lines are `lines` (only the first SUMMARY_LINES are used). */
export function summaryOfLines(locale: Locale, count: number, lines: readonly string[]): NotificationContent {
  const shown = lines.slice(0, SUMMARY_LINES);
  if (count > SUMMARY_LINES) shown.push(locale.t('bg_summary_more', { count: count - SUMMARY_LINES }));
  return { title: locale.t('bg_summary_title', { count }), message: shown.join('\n') };
}
