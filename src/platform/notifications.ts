/**
 * Desktop notifications. Chrome shows up to two buttons; Firefox supports only basic ones (title,
 * message, icon) and refuses `buttons`. The capability is detected, never guessed from the browser's
 * name: Firefox defines `onButtonClicked` (registering on it logs "unimplemented") but has no
 * `notifications.update`, which every browser with buttons has. A create refused anyway is retried
 * without buttons.
 */
import { browser } from './browser';

export interface NotificationContent {
  title: string;
  message: string;
  /** Button labels, in order; dropped where the browser has no notification buttons. */
  buttons?: string[];
}

/** Whether this browser shows notification buttons and delivers their clicks. */
export function supportsButtons(): boolean {
  // Neither is in the polyfill's (Firefox's) types: both are looked up as unknowns.
  const notifications = browser.notifications as { update?: unknown; onButtonClicked?: { addListener?: unknown } };
  return typeof notifications.update === 'function' && typeof notifications.onButtonClicked?.addListener === 'function';
}

/** Shows (or replaces) the notification `id`. */
export async function showNotification(id: string, { title, message, buttons }: NotificationContent): Promise<void> {
  const basic = { type: 'basic' as const, iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message };
  if (buttons?.length && supportsButtons()) {
    try {
      // Not a literal on purpose: the polyfill's (Firefox) types have no `buttons`, Chrome's API does.
      const withButtons = { ...basic, buttons: buttons.map((label) => ({ title: label })) };
      await browser.notifications.create(id, withButtons);
      return;
    } catch {
      // The browser has the event but refused the buttons: fall through to a basic notification.
    }
  }
  await browser.notifications.create(id, basic);
}

export function clearNotification(id: string): Promise<boolean> {
  return browser.notifications.clear(id);
}

/** Registers the click listeners (call at the top level of the background). */
export function onNotificationClicked(listener: (id: string) => Promise<void> | void): void {
  browser.notifications.onClicked.addListener(listener);
}

export function onNotificationButtonClicked(listener: (id: string, buttonIndex: number) => Promise<void> | void): void {
  if (supportsButtons()) browser.notifications.onButtonClicked.addListener(listener);
}
