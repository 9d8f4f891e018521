/**
 * The two alarms DueGuard uses: one for the next reminder and one for the next local midnight (when
 * the badge's day counts change). Each wake re-derives both from storage and re-arms them, so an alarm
 * the browser lost (Chrome may clear them on restart) costs nothing.
 */
import { browser } from './browser';

export const REMINDER_ALARM = 'dueguard.next-reminder';
export const MIDNIGHT_ALARM = 'dueguard.midnight';
export type AlarmName = typeof REMINDER_ALARM | typeof MIDNIGHT_ALARM;

/**
 * Arms `name` to fire once at `when` (epoch ms), or clears it when `when` is null. An alarm already
 * armed for that very time is left alone: every wake re-arms both alarms, and most wakes move neither,
 * so `alarms.create` is called only when the time changes (or the browser lost the alarm).
 */
export async function armAlarm(name: AlarmName, when: number | null): Promise<void> {
  if (when === null) {
    await browser.alarms.clear(name);
    return;
  }
  const armed = await browser.alarms.get(name);
  if (armed?.scheduledTime === when && armed.periodInMinutes === undefined) return;
  await browser.alarms.create(name, { when });
}

/**
 * Registers `listener` for every alarm (call at the top level of the background). A promise it returns
 * is handed back to the browser, which lets tests await the whole wake.
 */
export function onAlarm(listener: (name: string) => Promise<void> | void): void {
  browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}
