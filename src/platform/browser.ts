/**
 * The one place that reaches the browser's extension API: everything else in src/platform goes
 * through this `browser`, and no other layer touches browser APIs at all.
 *
 * Firefox provides the promise-based `browser` namespace; Chrome provides the same promise API on
 * `chrome` for everything DueGuard calls (storage, alarms, notifications, action, runtime, tabs;
 * Chrome ≥ 123 is the manifest's minimum). So no polyfill is bundled: it cost 10 KB in every page and
 * in the worker. webextension-polyfill's type declarations still describe the API.
 */
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };

export const browser: Browser = scope.browser ?? (scope.chrome as Browser);

export type { Runtime, Storage, Alarms, Notifications, Action } from 'webextension-polyfill';
