/**
 * Desktop notifications. Chrome shows up to two buttons; Firefox supports only basic ones (title,
 * message, icon) and refuses `buttons`. The capability is detected (the button event exists, and a
 * refused create is retried without buttons), never guessed from the browser's name.
 */
import { browser } from './browser';

export interface NotificationContent {
  title: string;
  message: string;
  /** Button labels, in order; dropped where the browser has no notification buttons. */
  buttons?: string[];
}

/** Whether this browser delivers notification button clicks. */
export function supportsButtons(): boolean {
  return typeof browser.notifications.onButtonClicked?.addListener === 'function';
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
