/**
 * The one import site of webextension-polyfill: everything else in src/platform reaches the browser
 * through this `browser`, and no other layer touches browser APIs at all.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Storage, Alarms, Notifications, Action } from 'webextension-polyfill';
